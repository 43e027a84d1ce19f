// Where a template goes: the compose the user was last in, at the caret they had there
// (caret.ts), as a block of lines of its own, through the adapter's insertText — one undo step
// in the webmail's own history (insert.ts) — and only ever as text, never as HTML. A compose
// that already has the webmail's signature gets the template without its own signature block
// (no double signature). Used by the popup's insert and the in-page picker (template-insert.ts,
// template-picker.ts).
import { segmentMessage } from "../core/message.ts";
import type { InsertReply } from "../platform/messages.ts";
import type { Adapter, Compose } from "./adapter.ts";
import { watchComposes } from "./adapters/index.ts";
import { type CaretTracker, trackCaret } from "./caret.ts";

interface Tracked {
  compose: Compose;
  caret: CaretTracker;
  /** When the user last worked in this compose (focus), for choosing among several. */
  used: number;
}

export interface TemplateTarget {
  /** The compose the user was last in, or null when none is open. */
  current(): Compose | null;
  /** How many composes are open. */
  count(): number;
  /** Inserts `text` at the last caret of the current compose (its start when there was none). */
  insert(text: string): Promise<InsertReply>;
}

/** The nearest block-level element holding `node`, at most `editor`. */
function blockOf(node: Node, editor: HTMLElement): HTMLElement {
  const win = editor.ownerDocument.defaultView;
  for (let el = node.nodeType === 1 ? (node as HTMLElement) : node.parentElement; el && el !== editor; el = el.parentElement) {
    const display = win?.getComputedStyle(el).display ?? "block";
    if (!display.startsWith("inline")) return el;
  }
  return editor;
}

/**
 * `text` as a block of its own at `range`: a line break is added before it when the caret's
 * line already has text before the caret, and after it when the line has text after it — so a
 * template never runs into the words around it ("Kind regards,Labdien!").
 */
export function asOwnLines(text: string, range: Range, editor: HTMLElement): string {
  const block = blockOf(range.startContainer, editor);
  const doc = editor.ownerDocument;
  const before = doc.createRange();
  before.setStart(block, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const after = doc.createRange();
  after.setStart(range.endContainer, range.endOffset);
  after.setEnd(block, block.childNodes.length);
  const lead = /\S/.test(before.toString()) && !text.startsWith("\n") ? "\n" : "";
  const tail = /\S/.test(after.toString()) && !text.endsWith("\n") ? "\n" : "";
  return lead + text + tail;
}

/**
 * `text` without its own signature block (the lines after its valediction, or its trailing
 * signature-like lines — the engine's segmentation, as the CLI checks templates), for a
 * compose that already carries the webmail's signature: the valediction stays.
 */
export function withoutSignatureBlock(text: string): string {
  const { signature } = segmentMessage(text);
  return signature ? text.slice(0, signature.start).replace(/\s+$/, "") : text;
}

/** Whether the compose already has the user's signature from the webmail (in the editor or Gmail's trimmed content). */
export function hasWebmailSignature(adapter: Adapter, compose: Compose): boolean {
  return adapter.findSignature(compose.editor) !== null || Boolean(adapter.findTrimmedSignature?.(compose));
}

/** Subscribes to compose editors as they appear (watchComposes' callback). */
export type ComposeFeed = (onCompose: (compose: Compose, signal: AbortSignal) => void) => void;

/**
 * Follows the composes on the page and where their caret was. `feed` lets the content script
 * share its one document observer (src/content/main.ts); by default this watches on its own.
 */
export function trackTemplateTarget(
  adapter: Adapter,
  doc: Document,
  signal: AbortSignal,
  feed: ComposeFeed = (onCompose) => watchComposes(adapter, doc, signal, onCompose),
): TemplateTarget {
  const tracked = new Map<HTMLElement, Tracked>();
  let clock = 0;
  feed((compose, composeSignal) => {
    const entry: Tracked = { compose, caret: trackCaret(compose.editor, composeSignal), used: 0 };
    tracked.set(compose.editor, entry);
    compose.editor.addEventListener("focusin", () => (entry.used = ++clock), { signal: composeSignal });
    composeSignal.addEventListener("abort", () => tracked.delete(compose.editor), { once: true });
  });
  const latest = (): Tracked | null => {
    let best: Tracked | null = null;
    for (const entry of tracked.values()) {
      if (!entry.compose.editor.isConnected) continue;
      const score = entry.caret.last() ? entry.used + 0.5 : entry.used;
      if (!best || score > (best.caret.last() ? best.used + 0.5 : best.used)) best = entry;
    }
    return best;
  };
  return {
    current: () => latest()?.compose ?? null,
    count: () => [...tracked.keys()].filter((editor) => editor.isConnected).length,
    async insert(text) {
      const entry = latest();
      if (!entry) return { ok: false, reason: "no-compose" };
      let range = entry.caret.last();
      if (!range) {
        range = doc.createRange();
        range.setStart(entry.compose.editor, 0);
        range.collapse(true);
      }
      try {
        let block = hasWebmailSignature(adapter, entry.compose) ? withoutSignatureBlock(text) : text;
        try {
          block = asOwnLines(block, range, entry.compose.editor);
        } catch {
          // A range we cannot measure: insert the text as it is.
        }
        const ok = await adapter.insertText(entry.compose, range.cloneRange(), block);
        return ok ? { ok: true } : { ok: false, reason: "failed" };
      } catch {
        return { ok: false, reason: "failed" };
      }
    },
  };
}

