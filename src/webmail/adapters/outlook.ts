// Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com,
// outlook.cloud.microsoft): new mail, reply/forward in the reading pane, pop-out. The body
// editor is RoosterJS (WEBMAIL.md): it stops key and input events at the editor, keeps its
// own undo snapshots and treats any DOM change inside the editor as an edit — so we only read
// its DOM, and insert through the paste path it records (insert.ts). Every Outlook selector
// lives here with where it was observed; test/webmail/outlook.test.ts checks each against
// test/fixtures/outlook-*.html. Never UI text: staff run Outlook in Latvian.
import type { Adapter, Compose, SendKind } from "../adapter.ts";
import { insertByPaste } from "../insert.ts";
import { firstBefore } from "./dom.ts";

export const OUTLOOK_HOSTS = ["outlook.office.com", "outlook.office365.com", "outlook.live.com", "outlook.cloud.microsoft"];

export const OUTLOOK_SELECTORS = {
  // The body editor. To/Cc/Bcc are contenteditable too, so a bare [contenteditable] is
  // ambiguous; the body is the multi-line textbox (Briskine/briskine : src/content/plugins/outlook.js).
  editor: 'div[contenteditable="true"][role="textbox"][aria-multiline="true"]',
  // Compose root: the docked compose part in the main window, `[data-app-section]` in a
  // pop-out, else the main region (Briskine outlook.js; WEBMAIL.md).
  root: '[id^="docking_InitVisiblePart"]',
  popoutRoot: "[data-app-section]",
  mainRoot: '[role="main"]',
  // Quoted history: everything from `#appendonsend` on — then `hr` + `#divRplyFwdMsg` (the
  // localised From/Sent/To/Subject header) and the quoted message; newer builds wrap it in
  // `#mail-editor-reference-message-container`. Received copies prefix ids with `x_`, hence
  // `$=` (WEBMAIL.md; public OWA reply HTML). The first match in document order starts it.
  quote:
    '[id$="appendonsend"], [id$="divRplyFwdMsg"], [id$="mail-editor-reference-message-container"]',
  replyHeader: '[id$="divRplyFwdMsg"]',
  // Signature block: `#Signature` (`x_Signature` in received copies).
  signature: '[id="Signature"], [id$="_Signature"]',
  // Send: the command bar's Send button. Its label is localised; `data-testid` seen in a
  // public OWA content script's selector list (unverified against the live site). Ctrl+Enter
  // also sends (WEBMAIL.md) — the send guard handles that key itself.
  // Since 2024 it wraps a Fluent v9 split button: the first button is Send, the second the
  // chevron (several public scripts; WEBMAIL.md → Outlook Send).
  send: '[data-testid="ComposeSendButton"]',
} as const;

/**
 * A compose, not another multi-line editor: OWA's signature editor in Settings is a
 * `role=textbox aria-multiline` contenteditable too (WEBMAIL.md) — a compose has Send.
 */
function isCompose(compose: Compose): boolean {
  return outlook.findSendControls(compose).length > 0;
}

function rootOf(editor: HTMLElement): HTMLElement {
  return (
    editor.closest<HTMLElement>(OUTLOOK_SELECTORS.root) ??
    editor.closest<HTMLElement>(OUTLOOK_SELECTORS.popoutRoot) ??
    editor.closest<HTMLElement>(OUTLOOK_SELECTORS.mainRoot) ??
    editor.parentElement ??
    editor
  );
}

export const outlook: Adapter = {
  name: "outlook",
  matches: (url) => OUTLOOK_HOSTS.includes(url.hostname),
  findComposes(doc: Document): Compose[] {
    return [...doc.querySelectorAll<HTMLElement>(OUTLOOK_SELECTORS.editor)]
      .filter((editor) => editor.parentElement?.closest('[contenteditable="true"]') == null)
      .map((editor) => ({ root: rootOf(editor), editor }))
      .filter(isCompose);
  },
  findQuoteStart(editor) {
    const first = editor.querySelector(OUTLOOK_SELECTORS.quote);
    // The header's separator rule belongs to the quote too.
    if (first?.matches(OUTLOOK_SELECTORS.replyHeader) && first.previousElementSibling?.tagName === "HR") {
      return first.previousElementSibling;
    }
    return first;
  },
  findSignature(editor) {
    return firstBefore(editor.querySelectorAll<HTMLElement>(OUTLOOK_SELECTORS.signature), outlook.findQuoteStart(editor));
  },
  findSendControls(compose) {
    const found = [...compose.root.querySelectorAll<HTMLElement>(OUTLOOK_SELECTORS.send)].filter((el) => !compose.editor.contains(el));
    // A test id on a wrapper: its first button (the split button's primary action) is Send.
    return found.map((el) => (el.tagName === "BUTTON" ? el : (el.querySelector<HTMLElement>("button") ?? el)));
  },
  sendKind: (): SendKind => "send",
  insertText: (compose, range, text) => insertByPaste(compose.editor, range, text),
};
