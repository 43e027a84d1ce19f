// What every webmail adapter answers (DESIGN.md → webmail/). Selectors live in the adapter
// files under adapters/, each with a note of where it was observed.

export type AdapterName = "gmail" | "outlook" | "generic";

export interface Compose {
  /** The compose window (dialog, pop-out, inline reply); the chip is placed relative to it. */
  root: HTMLElement;
  /** The message-body editor (contenteditable). */
  editor: HTMLElement;
}

/** What a Send control does; all of them send the mail (Gmail's Send & Archive, scheduled send). */
export type SendKind = "send" | "send-archive" | "schedule";

export interface Adapter {
  name: AdapterName;
  /** Whether this adapter serves the page at `url`. */
  matches(url: URL): boolean;
  /** Compose editors now in the document (never To/Cc/Subject fields), in document order. */
  findComposes(doc: Document): Compose[];
  /** The first node of quoted history inside the editor — everything from it on is the client's words — or null. */
  findQuoteStart(editor: HTMLElement): Node | null;
  /** The signature block inside the editor (before any quoted history), or null. */
  findSignature(editor: HTMLElement): HTMLElement | null;
  /** The controls that send this compose (Send, Send & Archive, scheduled send), Send first. */
  findSendControls(compose: Compose): HTMLElement[];
  /** What `control` (one of findSendControls) does. */
  sendKind(control: HTMLElement): SendKind;
  /** Replaces `range` (inside the editor) with plain text as one undo step in the webmail's own history. */
  insertText(compose: Compose, range: Range, text: string): Promise<boolean>;
}
