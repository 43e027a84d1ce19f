// Every runtime message, one discriminated union named by direction (STYLE.md §7).
// Add a variant here with its sender → receiver in the type name.

export type PopupToContent =
  | { type: "popup→content:status" }
  | { type: "popup→content:insert"; text: string };

export type ContentToBackground = { type: "content→background:lookup-words"; words: string[] };

export type Message = PopupToContent | ContentToBackground;
