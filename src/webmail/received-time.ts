// When the message a reply answers arrived, from what the page shows (issue 15): first the
// webmail's own conversation view — the date of the last message above the compose, found by
// stable attributes, never by UI text (both webmails run in Latvian) — and failing that the
// topmost quoted header inside the editor. Nothing is stored or sent: it is read on the page,
// when the compose's structure changes, and handed to lint().
import { findReceived, parseMailDate, type ReceivedTime } from "../core/received.ts";
import type { AdapterName, Compose } from "./adapter.ts";

// The conversation view's message dates:
// - Gmail: `span.g3` in each message header, its `title` the full date and time (gmail.js
//   "timestamp: .gH .gK .g3", Gmail-to-Trello's `.gH .gK .g3:first` `title`, and many public
//   extensions reading `span.g3[title]` next to `div.adn[data-message-id]`).
// - Outlook on the web: `[data-testid="SentReceivedSavedTime"]` in each message of the reading
//   pane (public scripts and tests that read the reading pane's date; its text is the date).
const CONVERSATION_DATE: Record<AdapterName, string | null> = {
  gmail: "span.g3[title]",
  outlook: '[data-testid="SentReceivedSavedTime"]',
  generic: null,
};

/** The received time the conversation view shows for the message above `compose`, or null. */
export function conversationReceived(adapter: AdapterName, compose: Compose): ReceivedTime | null {
  const selector = CONVERSATION_DATE[adapter];
  if (!selector) return null;
  const root = compose.root;
  const scope = root.closest('[role="main"]') ?? root.ownerDocument.body;
  if (!scope) return null;
  const dates = scope.querySelectorAll<HTMLElement>(selector);
  // The reply belongs to the last message before it (Gmail and Outlook put an inline reply
  // under the conversation); dates after the compose or inside it never count.
  for (let i = dates.length - 1; i >= 0; i--) {
    const el = dates[i]!;
    if (root.contains(el) || !(el.compareDocumentPosition(root) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    return parseMailDate(el.getAttribute("title") || el.textContent || "");
  }
  return null;
}

const BLOCKS = /^(?:address|article|blockquote|dd|div|dl|dt|footer|h[1-6]|header|hr|li|ol|p|pre|section|table|tbody|td|tr|ul)$/;
/** The header is the first lines of the quote: never read more of a long thread than this. */
const MAX_QUOTE_TEXT = 3_000;

/** The received time from the first quoted header in the editor, from `quoteStart` on; or null. */
export function quotedReceived(editor: HTMLElement, quoteStart: Node | null): ReceivedTime | null {
  if (!quoteStart || !editor.contains(quoteStart)) return null;
  const walker = editor.ownerDocument.createTreeWalker(editor, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  walker.currentNode = quoteStart;
  const parts: string[] = [];
  let length = 0;
  for (let node: Node | null = quoteStart; node && length < MAX_QUOTE_TEXT; node = walker.nextNode()) {
    let piece = "";
    if (node.nodeType === Node.TEXT_NODE) piece = (node.nodeValue ?? "").replace(/[\r\n\t]+/g, " ");
    else {
      const name = (node as Element).localName;
      if (name === "br" || BLOCKS.test(name)) piece = "\n";
    }
    if (!piece) continue;
    parts.push(piece);
    length += piece.length;
  }
  return findReceived(parts.join(""), 0);
}

/** The received time for a compose: the conversation view first, then the quoted header. */
export function receivedTimeFor(adapter: AdapterName, compose: Compose, quoteStart: Node | null): ReceivedTime | null {
  try {
    return conversationReceived(adapter, compose) ?? quotedReceived(compose.editor, quoteStart);
  } catch {
    // A page we do not understand: no deadlines, never an error in the page.
    return null;
  }
}
