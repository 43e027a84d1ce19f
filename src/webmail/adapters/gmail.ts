// Gmail (mail.google.com): new-message windows, pop-outs (?view=cm), inline replies and
// forwards. Every Gmail selector lives here, each with where it was observed (shared
// WEBMAIL.md cites the sources); test/webmail/gmail.test.ts checks each against the saved
// pages in test/fixtures/gmail-*.html. Never UI text: staff run Gmail in Latvian.
import type { Adapter, Compose, SendKind } from "../adapter.ts";
import { insertByExecCommand } from "../insert.ts";
import { firstBefore } from "./dom.ts";

export const GMAIL_SELECTORS = {
  // The body editor: g_editable + contenteditable. InboxSDK has used `.Ap [g_editable=true]`
  // since 2014 (InboxSDK/InboxSDK : gmail-compose-view.ts). Not the hidden `textarea.Ak`
  // that carries the same aria-label (saved 2020 compose DOM, evan-brass/js-min history).
  editor: '[g_editable="true"][contenteditable="true"]',
  // Compose root: `.M9` (the compose form), else the dialog of a pop-up window
  // (KartikTalwar/gmail.js : src/gmail.js; InboxSDK gmail-message-view.ts).
  root: ".M9",
  rootFallback: '[role="dialog"]',
  // Inline reply/forward container (InboxSDK gmail-message-view.ts: `.ip.adB`, `.AO`).
  inlineRoot: ".ip.adB, .AO",
  // Quoted history inside the editor: `div.gmail_quote` (since 2025 also
  // `gmail_quote_container`) holding `div.gmail_attr` and `blockquote.gmail_quote`
  // (InboxSDK test/data draft payloads; public Gmail messages). The first in document order
  // is the outermost.
  quote: ".gmail_quote_container, div.gmail_quote, blockquote.gmail_quote",
  // The "…" control that expands the trimmed quote kept outside the editor (WEBMAIL.md).
  collapsedQuote: 'div.ajR[role="button"]',
  // Signature block (InboxSDK test/data drafts): `-- ` prefix span, then the signature div.
  signature: 'div.gmail_signature, [data-smartmail="gmail_signature"]',
  // Send controls, relative to the compose root (InboxSDK getPresendingStream.ts):
  // `.Uo` is Send & Archive, `.hG` (aria-haspopup) opens scheduled send.
  send: '.IZ .Up div > div[role="button"]:not(.Uo):not([aria-haspopup="true"])',
  sendArchive: '.IZ .Up div > div[role="button"].Uo',
  schedule: '.IZ .Up div > div[role="button"].hG',
  // Subject field (stable since 2014: InboxSDK gmail-compose-view.ts).
  subject: 'input[name="subjectbox"]',
} as const;

function rootOf(editor: HTMLElement): HTMLElement {
  return (
    editor.closest<HTMLElement>(GMAIL_SELECTORS.root) ??
    editor.closest<HTMLElement>(GMAIL_SELECTORS.rootFallback) ??
    editor.closest<HTMLElement>(GMAIL_SELECTORS.inlineRoot) ??
    editor.parentElement ??
    editor
  );
}

export const gmail: Adapter = {
  name: "gmail",
  matches: (url) => url.hostname === "mail.google.com",
  findComposes(doc: Document): Compose[] {
    return [...doc.querySelectorAll<HTMLElement>(GMAIL_SELECTORS.editor)]
      .filter((editor) => editor.parentElement?.closest('[contenteditable="true"]') == null)
      .map((editor) => ({ root: rootOf(editor), editor }));
  },
  findQuoteStart: (editor) => editor.querySelector(GMAIL_SELECTORS.quote),
  findSignature(editor) {
    return firstBefore(editor.querySelectorAll<HTMLElement>(GMAIL_SELECTORS.signature), gmail.findQuoteStart(editor));
  },
  findSendControls(compose) {
    const { root } = compose;
    const pick = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
    return [...pick(GMAIL_SELECTORS.send), ...pick(GMAIL_SELECTORS.sendArchive), ...pick(GMAIL_SELECTORS.schedule)];
  },
  sendKind(control): SendKind {
    if (control.classList.contains("Uo")) return "send-archive";
    if (control.classList.contains("hG")) return "schedule";
    return "send";
  },
  insertText: (compose, range, text) => insertByExecCommand(compose.editor, range, text),
};

/** Whether the reply keeps its quote collapsed behind Gmail's "…" control, outside the editor. */
export function hasCollapsedQuote(compose: Compose): boolean {
  return compose.root.querySelector(GMAIL_SELECTORS.collapsedQuote) !== null;
}
