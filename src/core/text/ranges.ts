// The parts of a mail the writer wrote: everything but the quoted history (DESIGN.md →
// Message segmentation: quoted history is the client's words and is never linted).
import type { Segments, Span } from "../types.ts";

export function unquotedRanges(textLength: number, segments: Segments): Span[] {
  const q = segments.quote;
  if (!q) return [{ start: 0, end: textLength }];
  const out: Span[] = [];
  if (q.start > 0) out.push({ start: 0, end: q.start });
  if (q.end < textLength) out.push({ start: q.end, end: textLength });
  return out;
}
