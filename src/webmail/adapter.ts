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
  /** The user's signature block inside the editor (before the quote, or Gmail's default below it), or null. */
  findSignature(editor: HTMLElement): HTMLElement | null;
  /** The first node of the signature block (a `-- ` line before it belongs to it); the signature itself by default. */
  signatureBlockStart?(signature: HTMLElement): Node;
  /** The signature's text when the webmail keeps it outside the editor (Gmail's collapsed trimmed content), or null. */
  findTrimmedSignature?(compose: Compose): string | null;
  /** The controls that send this compose (Send, Send & Archive, scheduled send), Send first. */
  findSendControls(compose: Compose): HTMLElement[];
  /** What `control` (one of findSendControls) does. */
  sendKind(control: HTMLElement): SendKind;
  /** Replaces `range` (inside the editor) with plain text as one undo step in the webmail's own history. */
  insertText(compose: Compose, range: Range, text: string): Promise<boolean>;
}
