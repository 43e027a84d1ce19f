// The parts of a mail the writer wrote: everything but the quoted history (DESIGN.md →
// Message segmentation: quoted history is the client's words and is never linted).
import { perLint, providePerLint } from "../per-lint.ts";
import type { RuleContext } from "../rules/rule.ts";
import type { Segments, Span } from "../types.ts";
import { type Words, wordsIn } from "./words.ts";

export function unquotedRanges(textLength: number, segments: Segments): Span[] {
  const q = segments.quote;
  if (!q) return [{ start: 0, end: textLength }];
  const out: Span[] = [];
  if (q.start > 0) out.push({ start: 0, end: q.start });
  if (q.end < textLength) out.push({ start: q.end, end: textLength });
  return out;
}

function scanUnquoted(context: RuleContext): { range: Span; words: Words }[] {
  return unquotedRanges(context.text.length, context.segments).map((range) => ({ range, words: wordsIn(context.text, range.start, range.end) }));
}

/**
 * The words of each unquoted range, scanned once per lint and shared by the rules that read
 * words (jargon, abbreviation): tokenising is the largest cost of a keystroke's lint.
 */
export function unquotedWords(context: RuleContext): { range: Span; words: Words }[] {
  return perLint(context, scanUnquoted);
}

/**
 * Hands the rules a tokenisation lint() already made: `words[i]` is wordsIn of `ranges[i]`.
 * Taken only when those ranges are the unquoted ranges (no interleaved quote between them).
 */
export function shareWords(context: RuleContext, ranges: readonly Span[], words: readonly Words[]): void {
  const unquoted = unquotedRanges(context.text.length, context.segments);
  if (unquoted.length !== ranges.length || unquoted.some((r, i) => r.start !== ranges[i]!.start || r.end !== ranges[i]!.end)) return;
  providePerLint(
    context,
    scanUnquoted,
    unquoted.map((range, i) => ({ range, words: words[i]! })),
  );
}
