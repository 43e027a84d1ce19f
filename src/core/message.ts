// Placeholder segmentation until issue 3 lands the real splitter: the whole text is body,
// except quoted history the browser marked.
import type { SegmentHints, Segments } from "./types.ts";

export function segmentMessage(text: string, hints: SegmentHints = {}): Segments {
  const end = hints.quoteStart ?? text.length;
  return {
    greeting: null,
    body: { start: 0, end },
    closing: null,
    signature: hints.signature ?? null,
    quote: end < text.length ? { start: end, end: text.length } : null,
  };
}
