// Content side of templates: answers the popup's insert (popup→content:insert) and opens the
// in-page picker on the keyboard shortcut (background→content:open-template-picker). The text
// goes in at the caret the user last had in a compose (caret.ts) through the adapter's
// insertText — one undo step in the webmail's own history (insert.ts) — and only ever as
// text, never as HTML.
import type { Config } from "../core/types.ts";
import type { InsertReply, Message, TemplateTargetReply } from "../platform/messages.ts";
import { onRuntimeMessage } from "../platform/runtime.ts";
import { loadSettings } from "../platform/settings.ts";
import type { Adapter, Compose } from "./adapter.ts";
import { watchComposes } from "./adapters/index.ts";
import { type CaretTracker, trackCaret } from "./caret.ts";
import { openTemplatePicker } from "./template-picker.ts";

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
        let block = text;
        try {
          block = asOwnLines(text, range, entry.compose.editor);
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

/**
 * Wires templates into the content script until `signal` aborts. `settings` gives the
 * effective config (profile, policy templates, calendar) the content script already holds;
 * the picker reads the stored settings afresh to tell the organisation's templates from the
 * user's own, and falls back to `settings` when storage does not answer.
 */
export function handleTemplateMessages(adapter: Adapter, signal: AbortSignal, settings: () => Config, feed?: ComposeFeed): TemplateTarget {
  const target = trackTemplateTarget(adapter, document, signal, feed);
  const openPicker = async () => {
    let config = settings();
    let organisationIds = config.templates.map((t) => t.id);
    try {
      const snapshot = await loadSettings();
      config = snapshot.config;
      organisationIds = snapshot.locks.templates;
    } catch {
      // Keep what the content script has.
    }
    if (!signal.aborted) openTemplatePicker(document, target, { config, organisationIds }, signal);
  };
  onRuntimeMessage((message: Message) => {
    if (message.type === "popup→content:insert") return target.insert(message.text);
    if (message.type === "popup→content:template-target") return { composes: target.count() } satisfies TemplateTargetReply;
    if (message.type === "background→content:open-template-picker") {
      void openPicker();
      return true;
    }
    return undefined;
  }, signal);
  return target;
}
