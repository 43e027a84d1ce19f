// Message segmentation (DESIGN.md → Message segmentation): greeting line, body, closing
// (invitation, sign-off, valediction), signature block and quoted history, as offsets into the
// text. The browser passes the quote and signature boundaries it knows from the DOM as hints,
// and hints win; in plain text (CLI, tests) the markers below find them.
//
// Cost: one forward pass over lines until the first quote marker, then backward walks over the
// last few lines of the writer's own text — linear, and independent of the quote's length
// once the marker is found.
import { isInvitation, isPositiveWish, GREETING_LINE, VALEDICTION_LINE } from "./patterns.ts";
import { sentencesIn } from "./phrases.ts";
import { looksLikeSignatureBlock } from "./signature.ts";
import type { SegmentHints, Segments, Span } from "./types.ts";

// ── Quote markers ────────────────────────────────────────────────────────────────────────
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
const ATTRIBUTION_END = /(?:wrote|rakstīja)\s*:\s*$/iu;
// A real attribution carries a date, a time or an address; "Jānis rakstīja:" in the writer's
// own sentence does not.
const ATTRIBUTION_DETAIL = /[\d@<]/;
const SENTENCE_CLOSED = /[.!?]\s*$/;
const DELIMITER = /^-- ?$/;

interface Line {
  start: number;
  /** Excludes the line break (and a \r before it). */
  end: number;
}

function lineAt(text: string, start: number): Line & { next: number } {
  let nl = text.indexOf("\n", start);
  if (nl < 0) nl = text.length;
  const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
  return { start, end, next: nl + 1 };
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0 && c !== 0x200b && c !== 0xfeff) return false;
  }
  return true;
}

/** Where quoted history begins in plain text: the start of the first marker line, or text.length. */
export function findQuoteStart(text: string): number {
  const n = text.length;
  let prev: Line | null = null;
  let prevNonBlank: Line | null = null;
  let pos = 0;
  while (pos <= n) {
    const line = lineAt(text, pos);
    const found = quoteMarkerAt(text, line, prev, prevNonBlank);
    if (found >= 0) return found;
    prev = line;
    if (!isBlank(text, line.start, line.end)) prevNonBlank = line;
    if (line.next > n) break;
    pos = line.next;
  }
  return n;
}

function quoteMarkerAt(text: string, line: Line & { next: number }, prev: Line | null, prevNonBlank: Line | null): number {
  // Cheap first look: most lines start with a letter and end without a colon or a dash.
  let i = line.start;
  while (i < line.end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i >= line.end) return -1;
  const first = text[i];
  if (first === ">") return line.start;
  if (first !== "-" && first !== "*" && first !== "_" && !/[FfNnBbSs]/.test(first!) && !endsWithColon(text, line)) return -1;
  const s = text.slice(line.start, line.end);
  if (ORIGINAL_BANNER.test(s) || FORWARD_BANNER.test(s)) return line.start;
  if (HEADER_FROM.test(s) && headerFollows(text, line)) {
    return prevNonBlank && UNDERSCORES.test(text.slice(prevNonBlank.start, prevNonBlank.end)) ? prevNonBlank.start : line.start;
  }
  if (ATTRIBUTION_END.test(s)) {
    // Wrapped at 72 characters the date ends up on the line before "(<a@b.lv>) rakstīja:".
    if (prev && !isBlank(text, prev.start, prev.end)) {
      const p = text.slice(prev.start, prev.end);
      if (ATTRIBUTION_DETAIL.test(p) && !SENTENCE_CLOSED.test(p)) return prev.start;
    }
    if (ATTRIBUTION_DETAIL.test(s)) return line.start;
  }
  return -1;
}

function endsWithColon(text: string, line: Line): boolean {
  let e = line.end;
  while (e > line.start && /\s/.test(text[e - 1]!)) e--;
  return text[e - 1] === ":";
}

/** Whether another Outlook header line comes within the next four lines. */
function headerFollows(text: string, line: Line & { next: number }): boolean {
  let pos = line.next;
  for (let k = 0; k < 4 && pos <= text.length; k++) {
    const next = lineAt(text, pos);
    if (HEADER_OTHER.test(text.slice(next.start, next.end))) return true;
    if (next.next > text.length) break;
    pos = next.next;
  }
  return false;
}

// ── Writer's own text ────────────────────────────────────────────────────────────────────

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}

function trimStart(text: string, start: number, end: number): number {
  let s = start;
  while (s < end && /\s/.test(text[s]!)) s++;
  return s;
}

function span(text: string, start: number, end: number): Span | null {
  const s = trimStart(text, start, end);
  const e = trimEnd(text, s, end);
  return e > s ? { start: s, end: e } : null;
}

/** Lines of text[from, to) from the last one backwards, at most `max` of them. */
function linesBackward(text: string, from: number, to: number, max: number): Line[] {
  const out: Line[] = [];
  let end = to;
  while (end > from && out.length < max) {
    const nl = text.lastIndexOf("\n", end - 1);
    const start = Math.max(from, nl + 1);
    const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    out.push({ start, end: lineEnd });
    if (nl < from) break;
    end = nl;
  }
  return out;
}

interface Valediction {
  line: Line;
  /** Where the valediction phrase (with its comma) ends. */
  phraseEnd: number;
  /** Where text after the phrase on the same line begins ("Ar cieņu, Jānis Bērziņš"), or -1. */
  restStart: number;
}

// After the valediction on the same line: nothing but punctuation, or a separator and a short
// name. "Ar cieņu pret Jūsu laiku …" is a sentence, not a valediction.
const AFTER_VALEDICTION = /^[\s,.!–—-]*$/;
const VALEDICTION_THEN_NAME = /^\s*[,–—-]\s*([^.!?]{1,60})$/u;

function valedictionAt(text: string, line: Line): Valediction | null {
  const s = text.slice(line.start, line.end);
  const m = VALEDICTION_LINE.exec(s);
  if (!m) return null;
  const rest = s.slice(m[0].length);
  if (AFTER_VALEDICTION.test(rest)) return { line, phraseEnd: trimEnd(text, line.start, line.end), restStart: -1 };
  const named = VALEDICTION_THEN_NAME.exec(rest);
  if (named) {
    const restStart = line.end - named[1]!.length;
    return { line, phraseEnd: trimEnd(text, line.start, restStart), restStart };
  }
  return null;
}

// A signature is short: look for its start among the last lines only.
const SIGNATURE_MAX_LINES = 20;

interface SignatureFound {
  signature: Span | null;
  /** Where the closing ends: the valediction's end, or the signature block's start. */
  closingLimit: number;
  valediction: Span | null;
}

function findSignature(text: string, from: number, to: number): SignatureFound {
  const lines = linesBackward(text, from, to, SIGNATURE_MAX_LINES);
  // 1. The "-- " delimiter (RFC 3676): the block starts at the delimiter line.
  for (const line of lines) {
    if (DELIMITER.test(text.slice(line.start, line.end))) {
      return { signature: span(text, line.start, to), closingLimit: line.start, valediction: null };
    }
  }
  // 2. A valediction line ("Ar cieņu," / "Kind regards,"): the signature is what follows it.
  for (const line of lines) {
    const v = valedictionAt(text, line);
    if (!v) continue;
    const sigStart = v.restStart >= 0 ? v.restStart : Math.min(to, line.end + 1);
    const valediction = { start: trimStart(text, line.start, v.phraseEnd), end: v.phraseEnd };
    return { signature: span(text, sigStart, to), closingLimit: v.phraseEnd, valediction };
  }
  // 3. No marker: the trailing run of short, signature-like lines, if the shape says so.
  let start = -1;
  for (const line of lines) {
    if (isBlank(text, line.start, line.end) || !signatureLike(text, line)) break;
    start = line.start;
  }
  if (start > from && looksLikeSignatureBlock(text, start, to)) {
    return { signature: span(text, start, to), closingLimit: start, valediction: null };
  }
  return { signature: null, closingLimit: to, valediction: null };
}

// A line that can belong to a signature: short, and not a sentence (a closed sentence is
// allowed when it carries digits or an address — "Tālr. 67 123 456." — never a wish).
function signatureLike(text: string, line: Line): boolean {
  if (line.end - line.start > 100) return false;
  const s = text.slice(line.start, line.end);
  if (SENTENCE_CLOSED.test(s) && !/[\d@]/.test(s)) return false;
  if (s.trimEnd().endsWith(":")) return false;
  return !isPositiveWish(s, 0, s.length) && !VALEDICTION_LINE.test(s);
}

function findGreeting(text: string, from: number, to: number): Span | null {
  const start = trimStart(text, from, to);
  if (start >= to) return null;
  const line = lineAt(text, start);
  const end = trimEnd(text, start, Math.min(line.end, to));
  const s = text.slice(start, end);
  const m = GREETING_LINE.exec(s);
  const words = s.split(/\s+/).length;
  // A salutation shape ("Čau!", "Hey Jānis,") is a greeting too — the rule judges its register.
  if (!m && !(words <= 6 && /[!,]$/.test(s))) return null;
  if (s.length <= 60) return { start, end };
  // "Labdien! Paldies par Jūsu vēstuli …": the greeting is the first clause.
  const bang = s.indexOf("!");
  if (bang >= 0 && bang < 60) return { start, end: start + bang + 1 };
  return { start, end: start + (m ? m[0].length : 0) };
}

// The closing lives in the last few paragraphs (or lines) before the valediction/signature:
// "nobeigumā" — at the end. The first body paragraph is not closing material when there is
// more than one ("Paldies par Jūsu vēstuli." opens a reply, it does not close it).
const TAIL_PARAGRAPHS = 3;

// However the text is shaped, the closing is looked for in its last few thousand characters.
const TAIL_MAX = 3000;

function tailStart(text: string, from: number, to: number): number {
  return Math.max(paragraphTailStart(text, from, to), to - TAIL_MAX);
}

function paragraphTailStart(text: string, from: number, to: number): number {
  const lines = linesBackward(text, from, to, 400);
  const starts: number[] = [];
  let inParagraph = false;
  let paragraphStart = to;
  let reachedStart = true;
  for (const line of lines) {
    if (isBlank(text, line.start, line.end)) {
      if (inParagraph) starts.push(paragraphStart);
      inParagraph = false;
      if (starts.length === TAIL_PARAGRAPHS + 1) {
        reachedStart = false;
        break;
      }
    } else {
      inParagraph = true;
      paragraphStart = line.start;
    }
  }
  if (inParagraph) starts.push(paragraphStart);
  if (lines.length === 400) reachedStart = false;
  if (starts.length === 0) return to;
  if (starts.length === 1) {
    // One paragraph: its last three lines.
    const own = lines.filter((l) => !isBlank(text, l.start, l.end));
    return own[Math.min(own.length, TAIL_PARAGRAPHS) - 1]!.start;
  }
  // starts[] runs last paragraph first; starts[k] is the (k+1)-th from the end.
  const count = reachedStart ? Math.min(starts.length - 1, TAIL_PARAGRAPHS) : TAIL_PARAGRAPHS;
  return starts[Math.max(0, count - 1)]!;
}

function findClosingStart(text: string, from: number, to: number): number {
  for (const sentence of sentencesIn(text, from, to)) {
    if (isPositiveWish(text, sentence.start, sentence.end) || isInvitation(text, sentence.start, sentence.end)) return sentence.start;
  }
  return -1;
}

function clamp(value: number | undefined, min: number, max: number): number | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  return Math.max(min, Math.min(max, Math.floor(value)));
}

export function segmentMessage(text: string, hints: SegmentHints = {}): Segments {
  const n = text.length;
  const quoteStart = clamp(hints.quoteStart, 0, n) ?? findQuoteStart(text);
  const ownEnd = trimEnd(text, 0, quoteStart);
  const quote = quoteStart < n ? { start: quoteStart, end: n } : null;

  let signature: Span | null;
  let closingLimit: number;
  let valediction: Span | null = null;
  const hinted = hints.signature;
  const hintStart = clamp(hinted?.start, 0, ownEnd);
  const hintEnd = clamp(hinted?.end, 0, ownEnd);
  if (hinted && hintStart !== undefined && hintEnd !== undefined) {
    signature = hintEnd > hintStart ? span(text, hintStart, hintEnd) : null;
    // The webmail's signature block may follow a valediction the writer typed.
    const before = findSignature(text, 0, trimEnd(text, 0, hintStart));
    valediction = before.valediction;
    closingLimit = valediction ? valediction.end : trimEnd(text, 0, hintStart);
  } else {
    const found = findSignature(text, 0, ownEnd);
    signature = found.signature;
    closingLimit = found.closingLimit;
    valediction = found.valediction;
  }

  const greeting = findGreeting(text, 0, Math.min(signature?.start ?? ownEnd, valediction?.start ?? ownEnd));
  const bodyStart = greeting ? trimStart(text, greeting.end, ownEnd) : trimStart(text, 0, ownEnd);
  const closingEnd = valediction ? valediction.end : trimEnd(text, 0, closingLimit);
  const wishesEnd = valediction ? valediction.start : closingEnd;
  let closing: Span | null = null;
  if (wishesEnd > bodyStart || valediction) {
    // The body's first sentence opens the reply ("Paldies par Jūsu vēstuli."), it never closes it.
    const opening = sentencesIn(text, bodyStart, Math.min(wishesEnd, bodyStart + 1000))[0];
    const afterOpening = opening && opening.end < trimEnd(text, bodyStart, wishesEnd) ? opening.end : bodyStart;
    const from = Math.min(Math.max(tailStart(text, bodyStart, wishesEnd), afterOpening), wishesEnd);
    const start = wishesEnd > bodyStart ? findClosingStart(text, Math.max(from, bodyStart), wishesEnd) : -1;
    if (start >= 0) closing = { start, end: closingEnd };
    else if (valediction) closing = { ...valediction };
  }
  const bodyEnd = closing ? closing.start : signature ? Math.min(signature.start, closingLimit) : ownEnd;
  return {
    greeting,
    body: { start: Math.min(bodyStart, bodyEnd), end: Math.max(bodyStart, trimEnd(text, bodyStart, bodyEnd)) },
    closing,
    signature,
    quote,
  };
}

/** The valediction line inside the closing ("Ar cieņu,"), if the writer typed one. */
export function findValediction(text: string, closing: Span | null): Span | null {
  if (!closing) return null;
  for (const line of linesBackward(text, closing.start, closing.end, 4)) {
    const v = valedictionAt(text, line);
    if (v) return { start: trimStart(text, line.start, v.phraseEnd), end: v.phraseEnd };
  }
  return null;
}

/** The end of the writer's own text (before quoted history), trimmed. */
export function ownTextEnd(text: string, segments: Segments): number {
  return trimEnd(text, 0, segments.quote ? segments.quote.start : text.length);
}

/**
 * Where a missing closing part (invitation, positive wish) belongs: before the valediction,
 * else before the signature block, else at the end of the writer's text.
 */
export function closingAnchor(text: string, segments: Segments): number {
  const valediction = findValediction(text, segments.closing);
  if (valediction) return valediction.start;
  if (segments.signature) return segments.signature.start;
  return ownTextEnd(text, segments);
}

/** The end of the reply before the signature: the closing and the last paragraphs of the body. */
export function closingRegion(text: string, segments: Segments): Span {
  const anchor = closingAnchor(text, segments);
  const end = segments.closing ? Math.max(segments.closing.end, anchor) : anchor;
  const from = Math.min(segments.body.start, anchor);
  const start = Math.min(tailStart(text, from, anchor), anchor, segments.closing?.start ?? anchor);
  return { start, end };
}
