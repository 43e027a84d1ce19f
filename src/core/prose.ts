// The writer's own prose, for the plain-language and letter-etiquette rules (issue 14): the
// text before the quoted history and before the signature block (what follows a signature —
// a disclaimer — is not prose either), optionally without quotations „…” — the client's or a
// law's words, which the writer does not answer for.
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

/** [from, to) minus quotations; linear in its length (each mark's search is remembered). */
function withoutQuotations(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  let paragraphEnd = -1;
  /** Per opening mark: no closer before this offset (a later mark of the same paragraph needs no new search). */
  const unclosedUntil = new Map<string, number>();
  let i = from;
  while (i < to) {
    const mark = text[i]!;
    const closers = CLOSERS[mark];
    if (!closers || (unclosedUntil.get(mark) ?? -1) > i) {
      i++;
      continue;
    }
    if (paragraphEnd <= i) {
      PARAGRAPH.lastIndex = i;
      const p = PARAGRAPH.exec(text);
      paragraphEnd = p && p.index < to ? p.index : to;
    }
    let j = i + 1;
    while (j < paragraphEnd && !closers.includes(text[j]!)) j++;
    if (j >= paragraphEnd) {
      unclosedUntil.set(mark, paragraphEnd);
      i++;
      continue;
    }
    if (i > start) out.push({ start, end: i });
    start = j + 1;
    i = j + 1;
  }
  if (to > start) out.push({ start, end: to });
  return out;
}

/** The writer's prose as ranges of the text, quotations „…” left out when `quotations` is false. */
export function proseRanges(text: string, segments: Segments, quotations = false): Span[] {
  const end = proseEnd(text.length, segments);
  return quotations ? (end > 0 ? [{ start: 0, end }] : []) : withoutQuotations(text, 0, end);
}
