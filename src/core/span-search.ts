// Questions about sorted, disjoint spans (quoted blocks, links), answered by binary search so
// that filtering every finding of a long mail stays O(F log S).
import type { Span } from "./types.ts";

/** The index of the last span starting at or before `offset`, or -1. */
function lastStartingBy(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}

/** Whether [start, end) lies inside one of `spans` (a point: strictly after a span's start). */
export function insideAny(spans: readonly Span[], start: number, end: number): boolean {
  const i = lastStartingBy(spans, start);
  if (i < 0) return false;
  const s = spans[i]!;
  return start === end ? start > s.start && start < s.end : end <= s.end;
}

/** Whether [start, end) shares a character with one of `spans` (a point: strictly inside one). */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  if (start === end) return insideAny(spans, start, end);
  const i = lastStartingBy(spans, end - 1);
  if (i < 0) return false;
  // Spans are disjoint and sorted: the one starting last before `end` is the only candidate
  // that could reach past `start`, unless it starts before `start` — then it must reach it.
  return spans[i]!.end > start;
}
