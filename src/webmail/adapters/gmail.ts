// Gmail (mail.google.com): new-message windows, pop-outs (?view=cm), inline replies and
// forwards. Every Gmail selector lives here, each with where it was observed (shared
// WEBMAIL.md cites the sources); test/webmail/gmail.test.ts checks each against the saved
// pages in test/fixtures/gmail-*.html. Never UI text: staff run Gmail in Latvian.
import type { Adapter, Compose, SendKind } from "../adapter.ts";
import { insertByExecCommand } from "../insert.ts";
import { buildTextMap } from "../text-map.ts";
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
  // Gmail's default puts it BELOW the quote (sent replies 2024–25, WEBMAIL.md).
  signature: 'div.gmail_signature, [data-smartmail="gmail_signature"]',
  signaturePrefix: "span.gmail_signature_prefix",
  // The trimmed content (quote and, by default, the signature) while the quote is collapsed:
  // the hidden `input[name="uet"]` holds its HTML (gmail.js "quoted_reply").
  trimmed: 'input[name="uet"]',
  // Send controls, relative to the compose root (InboxSDK getPresendingStream.ts): Send is
  // Gmail's button `.T-I.aoO` (`.T-I.J-J5-Ji.aoO.v7.T-I-atl.L3` in public test scripts), `.Uo`
  // is Send & Archive. Not `.hG`: that chevron only opens the "more send options" menu
  // (InboxSDK, Oct/Dec 2024). Other extensions put Gmail-styled buttons in the same cell
  // (InboxSDK excludes its own `inboxsdk_` ones): only Gmail's classes count.
  send: '.IZ .Up div > div[role="button"].T-I.aoO:not(.Uo):not([aria-haspopup="true"])',
  sendArchive: '.IZ .Up div > div[role="button"].T-I.Uo',
  foreign: '[class*="inboxsdk_"]',
  // The menu's scheduling entry (outside the compose, in Gmail's menu layer), while this
  // compose's "more send options" chevron has its menu open (aria-expanded).
  menuOpener: '.IZ .Up div[role="button"].hG[aria-expanded="true"]',
  schedule: '[selector="scheduledSend"]',
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

/**
 * A reply or new-message compose, not another editor Gmail marks g_editable (the signature
 * editor in Settings carries it too — WEBMAIL.md): a compose has a subject field or a Send
 * control in its root.
 */
function isCompose(compose: Compose): boolean {
  const { root, editor } = compose;
  if (root === editor || root === editor.parentElement) return false;
  return root.querySelector(GMAIL_SELECTORS.subject) !== null || gmail.findSendControls(compose).length > 0;
}

export const gmail: Adapter = {
  name: "gmail",
  matches: (url) => url.hostname === "mail.google.com",
  findComposes(doc: Document): Compose[] {
    return [...doc.querySelectorAll<HTMLElement>(GMAIL_SELECTORS.editor)]
      .filter((editor) => editor.parentElement?.closest('[contenteditable="true"]') == null)
      .map((editor) => ({ root: rootOf(editor), editor }))
      .filter(isCompose);
  },
  findQuoteStart: (editor) => editor.querySelector(GMAIL_SELECTORS.quote),
  findSignature(editor) {
    const quote = gmail.findQuoteStart(editor);
    const all = editor.querySelectorAll<HTMLElement>(GMAIL_SELECTORS.signature);
    // Above the quote ("insert signature before quoted text"), else Gmail's default below it —
    // never one inside the quoted message (the client's own signature).
    return firstBefore(all, quote) ?? [...all].find((el) => !quote?.contains(el) && !el.parentElement?.closest(GMAIL_SELECTORS.signature)) ?? null;
  },
  signatureBlockStart(signature) {
    // `<span class="gmail_signature_prefix">-- </span><br>` belongs to the block.
    let node = signature.previousSibling;
    while (node && ((node.nodeType === 3 && !node.textContent?.trim()) || (node as Element).localName === "br")) node = node.previousSibling;
    return node && (node as Element).matches?.(GMAIL_SELECTORS.signaturePrefix) ? node : signature;
  },
  findTrimmedSignature(compose) {
    if (!hasCollapsedQuote(compose)) return null;
    const input = compose.root.querySelector<HTMLInputElement>(GMAIL_SELECTORS.trimmed);
    if (!input?.value) return null;
    // Parsed inert (DOMParser runs no scripts and loads nothing); only its text is used.
    const trimmed = new DOMParser().parseFromString(input.value, "text/html");
    const quote = trimmed.querySelector(GMAIL_SELECTORS.quote);
    const signature = [...trimmed.querySelectorAll<HTMLElement>(GMAIL_SELECTORS.signature)].find((el) => !quote?.contains(el));
    return signature ? buildTextMap(signature).text.trim() || null : null;
  },
  findSendControls(compose) {
    const { root, editor } = compose;
    const own = (el: HTMLElement) => !el.matches(GMAIL_SELECTORS.foreign) && !editor.contains(el);
    const pick = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)].filter(own);
    const menu = root.querySelector(GMAIL_SELECTORS.menuOpener) ? [...root.ownerDocument.querySelectorAll<HTMLElement>(GMAIL_SELECTORS.schedule)] : [];
    return [...pick(GMAIL_SELECTORS.send), ...pick(GMAIL_SELECTORS.sendArchive), ...menu.filter(own)];
  },
  sendKind(control): SendKind {
    if (control.classList.contains("Uo")) return "send-archive";
    if (control.matches(GMAIL_SELECTORS.schedule)) return "schedule";
    return "send";
  },
  insertText: (compose, range, text) => insertByExecCommand(compose.editor, range, text),
};

/** Whether the reply keeps its quote collapsed behind Gmail's "…" control, outside the editor. */
export function hasCollapsedQuote(compose: Compose): boolean {
  return compose.root.querySelector(GMAIL_SELECTORS.collapsedQuote) !== null;
}
