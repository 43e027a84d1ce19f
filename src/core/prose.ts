// The writer's own prose, for the plain-language and letter-etiquette rules (issue 14): the
// text before the quoted history and before the signature block (what follows a signature —
// a disclaimer — is not prose either), optionally without quotations „…” — the client's or a
// law's words, which the writer does not answer for.
import { lastAnswer } from "./per-lint.ts";
import type { Words } from "./text/words.ts";
import type { Segments, Span } from "./types.ts";

/** Where the writer's prose ends: the signature block, else the quoted history, else the text's end. */
export function proseEnd(textLength: number, segments: Segments): number {
  const quote = segments.quote ? segments.quote.start : textLength;
  return segments.signature ? Math.min(segments.signature.start, quote) : quote;
}

// Opening quotation mark → the marks that close it. Latvian „…” (also closed by “ as many
// keyboards type it), English “…”, and plain "…".
const CLOSERS: Record<string, string> = { "„": "”“\"", "“": "”", '"': '"' };
/** A quotation never spans a paragraph: an unclosed mark is a typo, not a quotation. */
const PARAGRAPH = /\n[ \t]*\n/g;

const OPENER = /[„“"]/g;

/** The first closer of `closers` in text[from, to), or -1. */
function closerIn(text: string, closers: string, from: number, to: number): number {
  let best = -1;
  for (const c of closers) {
    const at = text.indexOf(c, from);
    if (at >= 0 && at < to && (best < 0 || at < best)) best = at;
  }
  return best;
}

/** [from, to) minus quotations; linear in its length (each mark's search is remembered). */
function withoutQuotations(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  let paragraphEnd = -1;
  /** Per opening mark: no closer before this offset (a later mark of the same paragraph needs no new search). */
  const unclosedUntil = new Map<string, number>();
  OPENER.lastIndex = from;
  for (let m = OPENER.exec(text); m && m.index < to; m = OPENER.exec(text)) {
    const i = m.index;
    const mark = m[0];
    if ((unclosedUntil.get(mark) ?? -1) > i) continue;
    if (paragraphEnd <= i) {
      PARAGRAPH.lastIndex = i;
      const p = PARAGRAPH.exec(text);
      paragraphEnd = p && p.index < to ? p.index : to;
    }
    const j = closerIn(text, CLOSERS[mark]!, i + 1, paragraphEnd);
    if (j < 0) {
      unclosedUntil.set(mark, paragraphEnd);
      continue;
    }
    if (i > start) out.push({ start, end: i });
    start = j + 1;
    OPENER.lastIndex = j + 1;
  }
  if (to > start) out.push({ start, end: to });
  return out;
}

export interface ProseWords {
  words: Words;
  /** 1 where words[k] is prose: outside quotations. */
  prose: Uint8Array;
}

/** 1 where words[k] lies inside one of `ranges` (sorted, disjoint). */
function maskIn(ranges: readonly Span[], words: Words): Uint8Array {
  const prose = new Uint8Array(words.start.length);
  let r = 0;
  for (let k = 0; k < prose.length; k++) {
    const start = words.start[k]!;
    while (r < ranges.length && ranges[r]!.end <= start) r++;
    if (r >= ranges.length) break;
    if (start >= ranges[r]!.start && words.end[k]! <= ranges[r]!.end) prose[k] = 1;
  }
  return prose;
}

/** Whether [start, end) lies inside one of `ranges` (sorted, disjoint). */
export function insideRanges(ranges: readonly Span[], start: number, end: number): boolean {
  for (const r of ranges) if (start >= r.start && end <= r.end) return true;
  return false;
}

export interface Prose {
  /** text[from, to) without its quotations. */
  ranges: Span[];
  /** 1 where words[k] lies in them. */
  mask: Uint8Array;
}

/**
 * The prose of text[from, to) — outside quotations — and which of `words` (the words of one
 * paragraph, or of a range) lie in it. The rules of one lint ask for the same paragraph's in
 * turn: shared by them, read it, never write it.
 */
export const proseOf = lastAnswer((text: string, from: number, to: number, words: Words): Prose => {
  const ranges = withoutQuotations(text, from, to);
  return { ranges, mask: maskIn(ranges, words) };
});

/** proseOf's mask. */
export function proseMask(text: string, from: number, to: number, words: Words): Uint8Array {
  return proseOf(text, from, to, words).mask;
}
