// Editor DOM → the plain text the engine lints, with an offset map back to DOM ranges.
// One linear walk; by default it stops where quoted history begins, so a reply on top of a
// long thread costs only the reply. Offsets are UTF-16 code units (DESIGN.md → Finding), one
// text character per DOM character: a block boundary or <br> adds one "\n", and characters
// the browser renders as a space (nbsp, a newline in a normal-white-space text node) become
// " " so that text offsets and DOM offsets stay one to one.
import type { SegmentHints } from "../core/types.ts";

export interface TextMapOptions {
  /** The first node of quoted history (Adapter.findQuoteStart). */
  quoteStart?: Node | null;
  /** The signature block (Adapter.findSignature). */
  signature?: Node | null;
  /**
   * Where the signature block starts when a marker line precedes the signature element
   * (Adapter.signatureBlockStart: Gmail's `-- ` line): the signature hint starts there, so the
   * engine takes the marker for part of the signature, not for the end of the closing.
   */
  signatureStart?: Node | null;
  /** Map the quoted history too (default false: the text ends where the quote starts). */
  includeQuote?: boolean;
  /**
   * The signature's text when it is not in the editor at all (Gmail's collapsed trimmed
   * content): appended after a blank line and hinted as the signature; it maps to no DOM.
   */
  trailingSignature?: string | null;
}

export interface TextMap {
  /** The editor's text as the user sees it, quoted history left out unless asked for. */
  readonly text: string;
  /** Quote start (text.length when the quote was cut off) and the signature span. */
  readonly hints: SegmentHints;
  /** Where the part of `text` that maps to the editor ends (before a trailing signature). */
  readonly mappedEnd: number;
  /** A DOM Range for [start, end) of `text` (clamped to the text). */
  rangeFor(start: number, end: number): Range;
  /** The DOM boundary points rangeFor would give, without making a Range (a live Range costs the page at every edit). */
  pointsFor(start: number, end: number): Points;
  /** The text offset of a DOM point (e.g. the caret), or null when it is outside the mapped part of the editor. */
  offsetOf(node: Node, offset: number): number | null;
}

/** A Range's boundary points: start node and offset, end node and offset. */
export type Points = readonly [Node, number, Node, number];

/** A Range over `points`, offsets clamped to their nodes (the DOM may have changed since they were taken). */
export function rangeAt(points: Points): Range {
  const [sn, so, en, eo] = points;
  const size = (node: Node) => (node.nodeType === 3 ? (node as Text).data.length : node.childNodes.length);
  const range = (sn.ownerDocument ?? document).createRange();
  range.setStart(sn, Math.min(so, size(sn)));
  if (sn === en && so === eo) range.collapse(true);
  else range.setEnd(en, Math.min(eo, size(en)));
  return range;
}

// Tags (localName) that break lines when rendered: HTML's block-level, list and table elements.
const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "center", "dd", "details", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
  "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
  "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
]); // prettier-ignore
// Never rendered as text.
const SKIPPED = new Set(["script", "style", "template", "noscript", "head", "title", "meta", "link"]);

// Chunk kinds. Br: the "\n" of a <br>; BlockOpen: the "\n" between earlier content and a
// block; BlockClose: the "\n" after a block's content.
const Kind = { Text: 0, Br: 1, BlockOpen: 2, BlockClose: 3 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];

const NBSP_OR_NEWLINE = /[\u00a0\n\r\t]/;
const NBSP_OR_NEWLINE_ALL = /[\u00a0\n\r\t]/g;

export function buildTextMap(editor: HTMLElement, options: TextMapOptions = {}): TextMap {
  const { quoteStart = null, signature = null, includeQuote = false, trailingSignature = null } = options;
  const signatureStart = options.signatureStart && options.signatureStart !== signature ? options.signatureStart : null;
  // A signature below the quote (Gmail's default): skip the quote and map the signature after it.
  const skipQuote =
    !includeQuote && quoteStart !== null && quoteStart.nodeType === 1 && signature !== null && !quoteStart.contains(signature) &&
    (quoteStart.compareDocumentPosition(signature) & 4) !== 0;
  // The text is collected in parts (string `+=` and `endsWith` on a growing string would
  // re-flatten it on every step: quadratic on long replies).
  const parts: string[] = [];
  let length = 0;
  let atLineStart = true;
  /** Where the last non-newline content ends. */
  let contentEnd = 0;
  // Parallel arrays of chunks, in text order: where each starts, its kind, its node.
  const starts: number[] = [];
  const kinds: Kind[] = [];
  const nodes: Node[] = [];
  // Text offsets where each visited node begins and ends (for offsetOf).
  const nodeStart = new Map<Node, number>();
  const nodeEnd = new Map<Node, number>();
  const hints: SegmentHints = {};

  const newline = (kind: Kind, node: Node): void => {
    starts.push(length);
    kinds.push(kind);
    nodes.push(node);
    parts.push("\n");
    length += 1;
    atLineStart = true;
  };
  const endsLine = (): boolean => atLineStart;
  // A closed block breaks the line only if something follows it: no trailing "\n" at the end.
  let pendingClose: Element | null = null;
  const flush = (): void => {
    if (pendingClose && !endsLine()) newline(Kind.BlockClose, pendingClose);
    pendingClose = null;
  };

  let node: Node | null = editor.firstChild;
  let stopped = false;
  let signatureOpen = false;
  nodeStart.set(editor, 0);
  walk: while (node) {
    if (node === quoteStart && hints.quoteStart === undefined && !skipQuote) {
      flush();
      hints.quoteStart = length;
      if (!includeQuote) {
        nodeStart.set(node, length);
        stopped = true;
        break;
      }
    }
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      // Source formatting between blocks (a whitespace-only node with a line break) is not rendered.
      if (data.length > 0 && !(data.includes("\n") && data.trim() === "")) {
        flush();
        nodeStart.set(node, length);
        starts.push(length);
        kinds.push(Kind.Text);
        nodes.push(node);
        parts.push(NBSP_OR_NEWLINE.test(data) ? data.replace(NBSP_OR_NEWLINE_ALL, " ") : data);
        length += data.length;
        contentEnd = length;
        atLineStart = false;
      } else nodeStart.set(node, length);
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.localName;
      if (SKIPPED.has(tag) || el.hasAttribute("hidden") || (skipQuote && el === quoteStart)) nodeStart.set(node, length);
      else {
        // Whatever follows a closed block starts on a new line; the node begins after that break.
        flush();
        nodeStart.set(node, length);
        if (tag === "br") newline(Kind.Br, el);
        else {
          if (BLOCKS.has(tag) && !endsLine()) newline(Kind.BlockOpen, el);
          if (el === signatureStart && !hints.signature) hints.signature = { start: length, end: length };
          if (el === signature) {
            hints.signature = { start: hints.signature?.start ?? length, end: length };
            signatureOpen = true;
          }
          if (el.firstChild) {
            node = el.firstChild;
            continue;
          }
          // An empty element: close it right away.
          if (el === signature) signatureOpen = false;
          if (tag === "hr" && !endsLine()) pendingClose = el;
        }
      }
    } else nodeStart.set(node, length);
    nodeEnd.set(node, length);
    // Next node in document order, closing the blocks we climb out of.
    while (node) {
      if (node === editor) break walk;
      if (node.nextSibling) {
        node = node.nextSibling;
        continue walk;
      }
      node = node.parentNode;
      if (!node || node === editor) break walk;
      const el = node as Element;
      if (el === signature && hints.signature) {
        hints.signature.end = Math.max(hints.signature.start, contentEnd);
        signatureOpen = false;
      }
      if (BLOCKS.has(el.localName) && !endsLine()) pendingClose = el;
      nodeEnd.set(el, length);
    }
  }
  if (!stopped) nodeEnd.set(editor, length);
  const mappedEnd = length;
  const tail = trailingSignature?.trim() ?? "";
  if (tail && hints.quoteStart === undefined && !hints.signature) {
    const start = length + (length > 0 ? 2 : 0);
    parts.push(length > 0 ? "\n\n" : "", tail);
    length = start + tail.length;
    hints.signature = { start, end: length };
  }
  // The skipped quote is not in the text: nothing of it may be taken for quoted history either.
  if (skipQuote) hints.quoteStart = length;
  const text = parts.join("");
  // A signature cut short by the quote (or never closed) ends where the text does.
  if (signatureOpen && hints.signature) hints.signature.end = Math.max(hints.signature.start, contentEnd);

  const pointAt = (offset: number, preferEnd: boolean): [Node, number] => {
    const o = Math.max(0, Math.min(offset, mappedEnd));
    if (starts.length === 0) return [editor, 0];
    // Last chunk starting at or before o.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    let i = lo;
    if (starts[i]! > o) return before(nodes[0]!, kinds[0]!);
    // An end point at a chunk boundary stays at the end of the earlier chunk.
    if (preferEnd && starts[i] === o && i > 0) i -= 1;
    const start = starts[i]!;
    const chunk = nodes[i]!;
    const kind = kinds[i]!;
    const within = o - start;
    if (kind === Kind.Text) {
      const length = (chunk as Text).data.length;
      if (within <= length) return [chunk, within];
      return [chunk, length];
    }
    return within === 0 ? before(chunk, kind) : after(chunk, kind);
  };

  const pointsFor = (start: number, end: number): Points => {
    const a = Math.min(start, end);
    const b = Math.max(start, end);
    const [sn, so] = pointAt(a, false);
    if (a === b) return [sn, so, sn, so];
    const [en, eo] = pointAt(b, true);
    return [sn, so, en, eo];
  };

  return {
    text,
    hints,
    mappedEnd,
    rangeFor: (start: number, end: number): Range => rangeAt(pointsFor(start, end)),
    pointsFor,
    offsetOf(target: Node, offset: number): number | null {
      if (target !== editor && !editor.contains(target)) return null;
      if (target.nodeType === 3) {
        const s = nodeStart.get(target);
        if (s === undefined) return null;
        const e = nodeEnd.get(target) ?? s;
        return Math.min(s + offset, e);
      }
      const child = target.childNodes[offset];
      if (child) return nodeStart.get(child) ?? null;
      return nodeEnd.get(target) ?? null;
    },
  };
}

function indexIn(node: Node): number {
  let i = 0;
  for (let n = node.previousSibling; n; n = n.previousSibling) i += 1;
  return i;
}

function before(node: Node, kind: Kind): [Node, number] {
  if (kind === Kind.BlockClose) return [node, node.childNodes.length];
  return [node.parentNode!, indexIn(node)];
}

function after(node: Node, kind: Kind): [Node, number] {
  if (kind === Kind.BlockOpen) return [node, 0];
  return [node.parentNode!, indexIn(node) + 1];
}
