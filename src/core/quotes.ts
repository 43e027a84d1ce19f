// Quoted history in plain text (DESIGN.md → Message segmentation): where the client's words
// are, so that no rule reads them. Two shapes:
// - trailing history: everything from a reply/forward header, an attribution or a run of `>`
//   lines to the end (a top-posted reply);
// - interleaved quotes: the client's questions as `>` lines with the writer's answers between
//   them, and the writer's closing and signature after the last one.
// One forward pass over the lines: linear in the text.
import { VALEDICTION_LINE } from "./patterns.ts";
import type { Span } from "./types.ts";

// Outlook's "-----Original Message-----" and its Latvian forms, Gmail's and Thunderbird's
// forward banners.
const ORIGINAL_BANNER =
  /^\s*-{2,}\s*(?:original message|forwarded message|sākotnēj\p{L}*\s+ziņojum\p{L}*|oriģināl\p{L}*\s+ziņojum\p{L}*|pārsūtīt\p{L}*\s+ziņojum\p{L}*|pārsūtīt\p{L}*\s+vēstule)\s*-{2,}\s*$/iu;
const FORWARD_BANNER = /^\s*(?:begin forwarded message|sākas pārsūtītais ziņojums)\s*:\s*$/iu;
// Outlook's header block: "From:" / Latvian "No:" followed within a few lines by another header.
const HEADER_FROM = /^\s*\*?(?:from|no)\s*:\*?\s*\S/iu;
const HEADER_OTHER = /^\s*\*?(?:sent|date|to|cc|subject|nosūtīts|nosūtīšanas datums|datums|kam|kopija|tēma)\s*:/iu;
const UNDERSCORES = /^\s*_{5,}\s*$/;
// Gmail's attribution: "On Mon, 17 Nov 2026 at 10:15, Jānis <j@x.lv> wrote:" and Latvian
// "pirmd., 2026. g. 17. nov., plkst. 10:15 — Jānis <j@x.lv> rakstīja:", possibly wrapped.
// Tested on the line with its trailing spaces removed: `\s*$` unanchored is quadratic on spaces.
const ATTRIBUTION_END = /(?:wrote|rakstīja|rakstījis|rakstījusi|написал|napisał)\s*:$/iu;
// A real attribution has the shape of one: an address, or a date together with a time.
// "2026. gada 5. novembrī Jānis rakstīja:" in the writer's own sentence has a date, no time.
const ADDRESS = /@|<[^<>\s]+>/;
const TIME = /(?<!\d)\d{1,2}:\d{2}(?!\d)/;
const DATE = /(?<!\d)(?:1[89]|20)\d{2}(?!\d)|(?<!\d)\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d)/;
const SENTENCE_CLOSED = /[.!?]$/;
const DELIMITER = /^-- ?$/;

export interface QuotedHistory {
  /** Every quoted span, in order; the last one reaches the end when the mail ends in history. */
  spans: Span[];
  /** Where trailing history begins (text.length when the mail does not end in history). */
  trailing: number;
}

interface Line {
  start: number;
  /** Excludes the line break (and a \r before it). */
  end: number;
  next: number;
}

function lineAt(text: string, start: number): Line {
  let nl = text.indexOf("\n", start);
  if (nl < 0) nl = text.length;
  const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
  return { start, end, next: nl + 1 };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x200b || c === 0xfeff;
}

/** The line without leading and trailing spaces (a loop: no regex backtracking on long runs). */
function trimmed(text: string, line: Line): string {
  let s = line.start;
  let e = line.end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return text.slice(s, e);
}

type Marker = { kind: "quote" | "attribution" | "header"; start: number };

function isAttribution(line: string): boolean {
  return ATTRIBUTION_END.test(line) && (ADDRESS.test(line) || (DATE.test(line) && TIME.test(line)));
}

/** Whether another Outlook header line comes within the next four lines. */
function headerFollows(text: string, line: Line): boolean {
  let pos = line.next;
  for (let k = 0; k < 4 && pos <= text.length; k++) {
    const next = lineAt(text, pos);
    if (HEADER_OTHER.test(trimmed(text, next))) return true;
    if (next.next > text.length) break;
    pos = next.next;
  }
  return false;
}

function markerAt(text: string, line: Line, prev: Line | null, prevNonBlank: Line | null): Marker | null {
  const s = trimmed(text, line);
  if (s === "") return null;
  if (s[0] === ">") return { kind: "quote", start: line.start };
  const first = s[0]!;
  // Cheap first look: most lines start with a letter and end without a colon.
  if (first !== "-" && first !== "*" && first !== "_" && !/[FfNnBbSs]/.test(first) && !s.endsWith(":")) return null;
  if (ORIGINAL_BANNER.test(s) || FORWARD_BANNER.test(s)) return { kind: "header", start: line.start };
  if (HEADER_FROM.test(s) && headerFollows(text, line)) {
    const underscores = prevNonBlank && UNDERSCORES.test(trimmed(text, prevNonBlank));
    return { kind: "header", start: underscores ? prevNonBlank!.start : line.start };
  }
  if (ATTRIBUTION_END.test(s)) {
    if (isAttribution(s)) return { kind: "attribution", start: line.start };
    // Wrapped: "On Mon, 16 Nov 2026 at 10:15, Jane <j@x.com>" / "wrote:".
    const p = prev ? trimmed(text, prev) : "";
    if (p !== "" && !SENTENCE_CLOSED.test(p) && isAttribution(`${p} ${s}`)) return { kind: "attribution", start: prev!.start };
  }
  return null;
}

/** The end of the run of `>` lines (blank lines inside it included) from `line`, and the first line after it. */
function quoteRun(text: string, line: Line): { end: number; after: Line | null } {
  let end = line.end;
  let cur: Line | null = line;
  while (cur) {
    const s = trimmed(text, cur);
    if (s !== "" && s[0] !== ">") return { end, after: cur };
    if (s !== "") end = cur.end;
    cur = cur.next > text.length ? null : lineAt(text, cur.next);
  }
  return { end, after: null };
}

/** The first non-blank line from `line` on, or null. */
function nextNonBlank(text: string, line: Line): Line | null {
  let cur: Line | null = line;
  while (cur && trimmed(text, cur) === "") cur = cur.next > text.length ? null : lineAt(text, cur.next);
  return cur;
}

/** Quoted spans of a plain-text mail: interleaved `>` blocks and the trailing history. */
export function findQuotedHistory(text: string): QuotedHistory {
  const n = text.length;
  const spans: Span[] = [];
  let prev: Line | null = null;
  let prevNonBlank: Line | null = null;
  // Once the writer has closed (a valediction or "-- "), whatever quote follows is history.
  let closed = false;
  let line: Line | null = n > 0 ? lineAt(text, 0) : null;
  while (line) {
    const marker = markerAt(text, line, prev, prevNonBlank);
    if (marker) {
      // An attribution introducing `>` lines belongs to them ("On …, Jane wrote:" / "> q1").
      let quoteLine: Line | null = marker.kind === "quote" ? line : null;
      if (marker.kind === "attribution" && line.next <= n) {
        const after = nextNonBlank(text, lineAt(text, line.next));
        if (after && trimmed(text, after)[0] === ">") quoteLine = after;
      }
      if (!quoteLine || closed) {
        spans.push({ start: marker.start, end: n });
        return { spans, trailing: marker.start };
      }
      const run = quoteRun(text, quoteLine);
      const after = run.after;
      if (!after || markerAt(text, after, null, null) !== null) {
        spans.push({ start: marker.start, end: n });
        return { spans, trailing: marker.start };
      }
      // The writer answers below the quote: the quote ends with its last `>` line.
      spans.push({ start: marker.start, end: run.end });
      prev = null;
      prevNonBlank = null;
      line = after;
      continue;
    }
    const s = trimmed(text, line);
    if (s !== "") {
      if (DELIMITER.test(s) || VALEDICTION_LINE.test(s)) closed = true;
      prevNonBlank = line;
    }
    prev = line;
    line = line.next > n ? null : lineAt(text, line.next);
  }
  return { spans, trailing: n };
}

/** Where quoted history begins in plain text: the start of the first marker line, or text.length. */
export function findQuoteStart(text: string): number {
  return findQuotedHistory(text).spans[0]?.start ?? text.length;
}
