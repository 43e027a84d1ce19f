// Where a fix goes in the editor. A finding with a range replaces that range; a missing part
// (start === end: greeting, invitation, sign-off) is inserted at its offset — but an offset at
// the signature's start means "before the signature block" (Gmail's `-- ` line included), or
// before the quote when that comes first: the insertion point is then put at the end of the
// writer's last text before it, or into the empty line just before it. Not at the boundary
// itself: text-map.ts would map that offset to the signature's first character, and Chromium's
// insertText at a point between blocks writes into the next one — Gmail's `-- ` span, or the
// quote's first line when the signature sits below the quote (checked: test/e2e/fix-placement.e2e.ts).
import type { Adapter } from "./adapter.ts";
import type { Structure } from "./session-check.ts";
import type { TextMap } from "./text-map.ts";

export interface Placed {
  range: Range;
  text: string;
}

/**
 * Where `text` (a suggestion for [start, end)) goes, or null when that part has no place in the
 * editor (a finding inside Gmail's trimmed signature). A missing part at the trimmed
 * signature's start goes at the end of the reply, on lines of its own.
 */
export function placeFix(map: TextMap, start: number, end: number, text: string, structure: Structure, adapter: Adapter): Placed | null {
  if (start < end) return end <= map.mappedEnd ? { range: map.rangeFor(start, end), text } : null;
  if (start > map.mappedEnd) {
    const own = map.text.slice(0, map.mappedEnd).trimEnd().length;
    return { range: map.rangeFor(own, own), text: `${own > 0 ? "\n\n" : ""}${text.trim()}` };
  }
  const signature = map.hints.signature;
  const atSignature = structure.signature && signature && start >= signature.start && start <= signature.end;
  if (!atSignature) return { range: map.rangeFor(start, start), text };
  return beforeSignature(map, structure, adapter, text);
}

function beforeSignature(map: TextMap, structure: Structure, adapter: Adapter, text: string): Placed {
  const doc = map.rangeFor(0, 0).startContainer.ownerDocument ?? document;
  const block = adapter.signatureBlockStart?.(structure.signature!) ?? structure.signature!;
  const { quoteStart } = structure;
  // DOCUMENT_POSITION_PRECEDING: the quote comes before the signature block (Gmail's default).
  const before = quoteStart && block.compareDocumentPosition(quoteStart) & 2 ? quoteStart : block;
  return writersEnd(doc, before, text.trim());
}

/**
 * At the end of the writer's last text before `before`, on lines of its own; else in the empty
 * line just before it; else at the point before it.
 */
function writersEnd(doc: Document, before: Node, text: string): Placed {
  const range = doc.createRange();
  const editor = editorOf(before);
  if (editor) {
    const walker = doc.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // DOCUMENT_POSITION_FOLLOWING: only text before the block (not inside it).
      if (!(node.compareDocumentPosition(before) & 4) || before.contains(node)) break;
      if (/\S/.test((node as Text).data)) last = node as Text;
    }
    if (last) {
      range.setStart(last, last.data.trimEnd().length);
      range.collapse(true);
      return { range, text: `\n\n${text}` };
    }
    const line = emptyLineBefore(before, editor);
    if (line) {
      range.setStart(line, 0);
      range.collapse(true);
      return { range, text };
    }
  }
  range.setStartBefore(before);
  range.collapse(true);
  return { range, text };
}

function editorOf(node: Node): HTMLElement | null {
  const parent = node.parentElement;
  return parent?.closest<HTMLElement>('[contenteditable="true"], [contenteditable=""]') ?? null;
}

/** An empty block (`<div><br></div>`) right before `node` or one of its ancestors inside `editor`. */
function emptyLineBefore(node: Node, editor: HTMLElement): HTMLElement | null {
  for (let at: Node | null = node; at && at !== editor; at = at.parentNode) {
    let sibling = at.previousSibling;
    while (sibling && ((sibling.nodeType === 3 && !sibling.textContent?.trim()) || (sibling as Element).localName === "br")) sibling = sibling.previousSibling;
    if (sibling?.nodeType === 1 && (sibling as Element).localName === "div" && !sibling.textContent?.trim()) return sibling as HTMLElement;
    if (sibling) return null;
  }
  return null;
}
