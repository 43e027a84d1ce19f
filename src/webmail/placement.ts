// Where a fix goes in the editor. A finding with a range replaces that range; a missing part
// (start === end: greeting, invitation, sign-off) is inserted at its offset — but an offset at
// the signature's start means "before the signature block": the insertion point is then put
// before the whole block (Gmail's `-- ` line included) or before the quote when that comes
// first, so that a fix never lands inside the signature (text-map.ts would map that offset to
// the signature's first character).
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
  const range = fixRange(map, start, structure, adapter);
  return { range, text };
}

function fixRange(map: TextMap, start: number, structure: Structure, adapter: Adapter): Range {
  const signature = map.hints.signature;
  const atSignature = structure.signature && signature && start >= signature.start && start <= signature.end;
  if (!atSignature) return map.rangeFor(start, start);
  const doc = map.rangeFor(0, 0).startContainer.ownerDocument ?? document;
  const block = adapter.signatureBlockStart?.(structure.signature!) ?? structure.signature!;
  const { quoteStart } = structure;
  // DOCUMENT_POSITION_PRECEDING: the quote comes before the signature block (Gmail's default).
  const before = quoteStart && block.compareDocumentPosition(quoteStart) & 2 ? quoteStart : block;
  const range = doc.createRange();
  range.setStartBefore(before);
  range.collapse(true);
  return range;
}
