// Underlines without touching the editor (WEBMAIL.md → Drawing findings):
// - CSS Custom Highlight API: one Highlight per severity, registered as skaidri-error,
//   skaidri-warning, skaidri-info, styled by HIGHLIGHT_CSS. That style is added to the
//   document only when the first compose's painter starts (a constructed sheet in
//   document.adoptedStyleSheets — no inline <style> a page CSP could block; a <style> only
//   where a sheet cannot be adopted), never by the manifest: a page without a compose can
//   observe nothing of Skaidri. The registry is page-global and shared with the page and other
//   extensions: we never clear it, only add/remove our own ranges and re-assert our own entries.
// - Otherwise an overlay of boxes from Range.getClientRects() in a shadow root placed next
//   to the editor (never inside), redrawn on scroll (capture: every scrollable ancestor),
//   resize and reflow, as Harper does (Automattic/harper lint-framework Highlights.ts).
import type { Severity } from "../core/types.ts";
import { type Points, rangeAt } from "./text-map.ts";
import { shadowHost } from "./ui.ts";
import { watchVisibleBlocks } from "./visible-blocks.ts";

export const HIGHLIGHT_NAMES: Record<Severity, string> = {
  error: "skaidri-error",
  warning: "skaidri-warning",
  info: "skaidri-info",
};
const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** Underlines drawn with the CSS Custom Highlight API: styles only, never markup in the editor. */
export const HIGHLIGHT_CSS = `::highlight(skaidri-error) { text-decoration: underline wavy #d93025; }
::highlight(skaidri-warning) { text-decoration: underline wavy #e37400; }
::highlight(skaidri-info) { text-decoration: underline dotted #1a73e8; }`;

const styled = new WeakSet<Document>();

/** Adds HIGHLIGHT_CSS to `doc` once (when a compose appears, never before). */
export function ensureHighlightStyles(doc: Document): void {
  if (styled.has(doc)) return;
  styled.add(doc);
  try {
    const Sheet = (doc.defaultView as unknown as typeof globalThis | null)?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    const before = doc.adoptedStyleSheets.length;
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    // Firefox content scripts may not adopt a sheet across the Xray wrapper: check it took.
    if (doc.adoptedStyleSheets.length === before + 1) return;
  } catch {
    // Fall back to a style element.
  }
  const style = doc.createElement("style");
  style.setAttribute("data-skaidri-highlights", "");
  style.textContent = HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).append(style);
}

export interface Mark {
  severity: Severity;
  /** The underlined text; may be made on first use (lazyMark). */
  readonly range: Range;
  /** Where the range is, known without making it: the painter reads these for marks it does not draw. */
  readonly points?: Points;
}

/**
 * A mark whose Range is made only when something needs it: the painter for an underline it adds,
 * the card for a finding it shows. Every live Range in a document costs the page work at each
 * edit, and most findings of a long reply are off screen and never drawn.
 */
export function lazyMark(severity: Severity, points: Points): Mark {
  let range: Range | undefined;
  return {
    severity,
    points,
    get range() {
      range ??= rangeAt(points);
      return range;
    },
  };
}

export interface Painter {
  /** Replaces this editor's marks. */
  paint(marks: readonly Mark[]): void;
  /** Whether the CSS Custom Highlight API is used (false: overlay). */
  readonly native: boolean;
}

interface HighlightRegistry {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
}
interface HighlightLike {
  add(range: Range): void;
  delete(range: Range): boolean;
  has(range: Range): boolean;
  size: number;
  priority: number;
}

/** Firefox has CSS.highlights from 140 but draws text-decoration in ::highlight() only from 146 (WEBMAIL.md). */
export function drawsHighlightUnderlines(userAgent: string): boolean {
  const firefox = /Firefox\/(\d+)/.exec(userAgent);
  return !firefox || Number(firefox[1]) >= 146;
}

// Asked at every draw (each keystroke): a window's user agent does not change.
const drawsUnderlines = new WeakMap<Window, boolean>();

function registry(win: Window): { highlights: HighlightRegistry; Highlight: new () => HighlightLike } | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (win as unknown as { Highlight?: new () => HighlightLike }).Highlight;
  let draws = drawsUnderlines.get(win);
  if (draws === undefined) {
    draws = drawsHighlightUnderlines(win.navigator?.userAgent ?? "");
    drawsUnderlines.set(win, draws);
  }
  return draws && css?.highlights && Highlight ? { highlights: css.highlights, Highlight } : null;
}

// One Highlight object per severity per window, shared by every editor's painter.
const shared = new WeakMap<Window, Record<Severity, HighlightLike>>();

function sharedHighlights(win: Window): Record<Severity, HighlightLike> | null {
  const reg = registry(win);
  if (!reg) return null;
  let own = shared.get(win);
  if (!own) {
    own = { error: new reg.Highlight(), warning: new reg.Highlight(), info: new reg.Highlight() };
    // Errors draw over warnings over info where they overlap.
    own.error.priority = 3;
    own.warning.priority = 2;
    own.info.priority = 1;
    shared.set(win, own);
  }
  // Re-assert: another script may have deleted or replaced our names.
  for (const severity of SEVERITIES) {
    const name = HIGHLIGHT_NAMES[severity];
    if (reg.highlights.get(name) !== own[severity]) reg.highlights.set(name, own[severity]);
  }
  return own;
}

/** A painter for one editor; everything it drew goes away when `signal` aborts. */
export function createPainter(editor: HTMLElement, signal: AbortSignal): Painter {
  const win = editor.ownerDocument.defaultView;
  if (win && registry(win)) {
    ensureHighlightStyles(editor.ownerDocument);
    return nativePainter(win, editor, signal);
  }
  return overlayPainter(editor, signal);
}

/** Where a (live) Range is now. */
function pointsOfRange(r: Range): Points {
  return [r.startContainer, r.startOffset, r.endContainer, r.endOffset];
}

/** Same severity and the same boundary points: the same underline. */
function markKey(severity: Severity, [sn, so, en, eo]: Points, ids: WeakMap<Node, number>): string {
  const id = (node: Node) => {
    let n = ids.get(node);
    if (n === undefined) {
      n = nextId++;
      ids.set(node, n);
    }
    return n;
  };
  return `${severity}:${id(sn)}:${so}:${id(en)}:${eo}`;
}
let nextId = 0;

function nativePainter(win: Window, editor: HTMLElement, signal: AbortSignal): Painter {
  // The drawn marks by key. A repaint keeps the Range of every underline that did not move
  // and only adds and deletes the difference: each change to a registered Highlight makes
  // Chromium repaint it, so a keystroke touches the registry for what the edit changed only.
  // Only the marks in blocks on or near the screen are registered (visible-blocks.ts: every
  // registered range costs Chromium paint time at each keystroke); scrolling registers the others.
  let mine: Mark[] = [];
  let wanted: readonly Mark[] = [];
  const ids = new WeakMap<Node, number>();
  const near = watchVisibleBlocks(editor, signal, () => draw(wanted));
  const remove = () => {
    const own = shared.get(win);
    if (own) for (const mark of mine) own[mark.severity].delete(mark.range);
    mine = [];
  };
  signal.addEventListener("abort", remove, { once: true });
  const draw = (marks: readonly Mark[]): void => {
    if (signal.aborted) return;
    const own = sharedHighlights(win);
    if (!own) {
      mine = [];
      return;
    }
    // The drawn Ranges are live: an edit shifts or collapses them. Keyed by where they are
    // now, a drawn Range is kept only when it spans exactly what a new mark spans.
    const drawn = new Map<string, Mark>();
    for (const mark of mine) drawn.set(markKey(mark.severity, pointsOfRange(mark.range), ids), mark);
    const next = new Map<string, Mark>();
    for (const mark of marks) {
      // A new mark's points, without making its Range (lazyMark).
      const points = mark.points ?? pointsOfRange(mark.range);
      if (!near.visible(points[0]) && !near.visible(points[2])) continue;
      const key = markKey(mark.severity, points, ids);
      if (!next.has(key)) next.set(key, drawn.get(key) ?? mark);
    }
    for (const [key, mark] of drawn) if (next.get(key) !== mark) own[mark.severity].delete(mark.range);
    for (const mark of next.values()) if (!own[mark.severity].has(mark.range)) own[mark.severity].add(mark.range);
    mine = [...next.values()];
  };
  return {
    native: true,
    paint(marks) {
      wanted = marks;
      draw(marks);
    },
  };
}

const OVERLAY_CSS = `
.box { position: absolute; pointer-events: none; height: 3px; }
.error { border-bottom: 2px solid #d93025; } .warning { border-bottom: 2px solid #e37400; } .info { border-bottom: 2px dotted #1a73e8; }
`;

function overlayPainter(editor: HTMLElement, signal: AbortSignal): Painter {
  const doc = editor.ownerDocument;
  const { host, root } = shadowHost(doc, OVERLAY_CSS, { "data-skaidri-overlay": "" });
  // A zero-size anchor next to the editor: it takes no space, and boxes are placed relative to it.
  Object.assign(host.style, { position: "absolute", width: "0", height: "0", overflow: "visible", pointerEvents: "none" });
  host.setAttribute("aria-hidden", "true");
  let marks: Mark[] = [];
  let frame = 0;
  const draw = () => {
    frame = 0;
    if (signal.aborted) return;
    if (!host.isConnected) editor.after(host);
    const origin = host.getBoundingClientRect();
    const boxes: HTMLElement[] = [];
    for (const mark of marks) {
      for (const rect of Array.from(mark.range.getClientRects())) {
        if (rect.width === 0) continue;
        const box = doc.createElement("div");
        box.className = `box ${mark.severity}`;
        Object.assign(box.style, {
          left: `${rect.left - origin.left}px`,
          top: `${rect.bottom - origin.top - 3}px`,
          width: `${rect.width}px`,
        });
        boxes.push(box);
      }
    }
    root.replaceChildren(...boxes);
  };
  const schedule = () => {
    if (!frame && !signal.aborted) frame = requestAnimationFrame(draw);
  };
  const win = doc.defaultView;
  win?.addEventListener("scroll", schedule, { capture: true, passive: true, signal });
  win?.addEventListener("resize", schedule, { passive: true, signal });
  if (typeof ResizeObserver !== "undefined") {
    const observer = new ResizeObserver(schedule);
    observer.observe(editor);
    signal.addEventListener("abort", () => observer.disconnect(), { once: true });
  }
  signal.addEventListener(
    "abort",
    () => {
      if (frame) cancelAnimationFrame(frame);
      host.remove();
    },
    { once: true },
  );
  return {
    native: false,
    paint(next) {
      marks = [...next];
      schedule();
    },
  };
}
