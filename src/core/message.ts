// Message segmentation (DESIGN.md → Message segmentation): greeting line, body, closing
// (invitation, sign-off, valediction), signature block and quoted history, as offsets into the
// text. The browser passes the quote and signature boundaries it knows from the DOM as hints,
// and hints win; in plain text (CLI, tests) the markers below find them.
//
// Cost: one forward pass over lines until the trailing quote (src/core/quotes.ts), then backward
// walks over the last few lines of the writer's own text — linear, and independent of the
// quote's length once its marker is found.
import { greetingPhrase, isInvitation, isPositiveWish, VALEDICTION_LINE } from "./patterns.ts";
import { sentencesIn } from "./phrases.ts";
import { findQuotedHistory } from "./quotes.ts";
import { looksLikeSignatureBlock } from "./signature-fields.ts";
import type { SegmentHints, Segments, Span } from "./types.ts";

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

// After the valediction on the same line: nothing but punctuation, or the signature written on
// one line, of any length ("Ar cieņu, Anna Kalniņa, vecākā referente, VZD, tālr. 67 038 600",
// "Ar cieņu | Mg. iur. Anna Kalniņa | …"): it opens with a capital letter and asks nothing.
// "Ar cieņu pret Jūsu laiku …" is a sentence, not a valediction.
const AFTER_VALEDICTION = /^[\s,.!–—-]*$/;
const SEPARATORS = " \t,;|·•–—-\u00a0";
const SIGNATURE_OPENING = /^\p{Lu}/u;

/** Where a one-line signature begins in `rest` (after the valediction), or -1. */
function oneLineSignatureStart(rest: string): number {
  let i = 0;
  while (i < rest.length && SEPARATORS.includes(rest[i]!)) i++;
  if (i === 0 || !SIGNATURE_OPENING.test(rest.slice(i, i + 2))) return -1;
  return rest.includes("!") || rest.includes("?") ? -1 : i;
}

function valedictionAt(text: string, line: Line): Valediction | null {
  const s = text.slice(line.start, line.end);
  const m = VALEDICTION_LINE.exec(s);
  if (!m) return null;
  const rest = s.slice(m[0].length);
  if (AFTER_VALEDICTION.test(rest)) return { line, phraseEnd: trimEnd(text, line.start, line.end), restStart: -1 };
  const at = oneLineSignatureStart(rest);
  if (at >= 0) {
    const restStart = line.start + m[0].length + at;
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
  const s = text.slice(line.start, line.end);
  // A long line is a signature only as fields on one line ("Anna Kalniņa | referente | VZD | …").
  if (s.length > 100 && !(s.length <= 400 && fieldCount(s) >= 3)) return false;
  if (SENTENCE_CLOSED.test(s) && !/[\d@]/.test(s)) return false;
  if (s.trimEnd().endsWith(":")) return false;
  return !isPositiveWish(s, 0, s.length) && !VALEDICTION_LINE.test(s);
}

function fieldCount(line: string): number {
  let count = 1;
  for (const c of line) if (c === "|" || c === "·" || c === "\t" || c === "," || c === "•") count++;
  return count;
}

// A subject-like heading before the greeting ("Par nekustamā īpašuma nodokli", "Atbilde uz
// Jūsu 12.11.2026. iesniegumu"): one short line without closing punctuation.
const HEADING_MAX = 150;

function isHeading(text: string, line: Line): boolean {
  const s = text.slice(line.start, trimEnd(text, line.start, line.end));
  return s.length > 0 && s.length <= HEADING_MAX && !/[.!?,:;]$/.test(s) && greetingPhrase(s) === null;
}

/** The first line of text[from, to) that is not blank, or null. */
function firstLine(text: string, from: number, to: number): (Line & { next: number }) | null {
  const start = trimStart(text, from, to);
  if (start >= to) return null;
  const line = lineAt(text, start);
  return { ...line, end: trimEnd(text, start, Math.min(line.end, to)) };
}

function greetingOn(text: string, line: Line): Span | null {
  const { start, end } = line;
  // Long lines are judged by their opening: the greeting is short.
  const s = text.slice(start, Math.min(end, start + 400));
  const phrase = greetingPhrase(s);
  // A salutation shape ("Čau!", "Hey Jānis,", "Jāni!") is a greeting too — the rule judges its register.
  if (!phrase && !(s.length === end - start && s.split(/\s+/).length <= 6 && /[!,]$/.test(s))) return null;
  if (end - start <= 60) return { start, end };
  // "Labdien! Paldies par Jūsu vēstuli …": the greeting is the first clause.
  const bang = s.indexOf("!");
  if (bang >= 0 && bang < 60) return { start, end: start + bang + 1 };
  return { start, end: start + (phrase ? phrase.end : 0) };
}

function findGreeting(text: string, from: number, to: number): Span | null {
  const line = firstLine(text, from, to);
  if (!line) return null;
  const own = greetingOn(text, line);
  if (own || !isHeading(text, line) || line.next >= to) return own;
  // The greeting after a heading line.
  const second = firstLine(text, line.next, to);
  if (!second) return null;
  const s = text.slice(second.start, Math.min(second.end, second.start + 400));
  return greetingPhrase(s) ? greetingOn(text, second) : null;
}

/**
 * Where a missing greeting belongs: the start of the writer's text, or after a heading line
 * that is followed by a blank line ("Par nekustamā īpašuma nodokli" / "" / "Informējam …").
 */
export function greetingAnchor(text: string, segments: Segments): number {
  const end = ownTextEnd(text, segments);
  const line = firstLine(text, 0, end);
  if (!line) return trimStart(text, 0, end);
  if (isHeading(text, line) && line.next < end) {
    const next = lineAt(text, line.next);
    const second = firstLine(text, line.next, end);
    if (isBlank(text, next.start, next.end) && second) return second.start;
  }
  return line.start;
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
  const hintedQuote = clamp(hints.quoteStart, 0, n);
  const history = hintedQuote === undefined ? findQuotedHistory(text) : { spans: hintedQuote < n ? [{ start: hintedQuote, end: n }] : [], trailing: hintedQuote };
  const quoteStart = history.trailing;
  const ownEnd = trimEnd(text, 0, quoteStart);
  const quote = quoteStart < n ? { start: quoteStart, end: n } : null;
  // Interleaved quotes: the greeting comes before the first, the closing and signature after the last.
  const inner = history.spans.filter((q) => q.end <= quoteStart && q.end < n);
  const firstQuote = inner[0]?.start ?? ownEnd;
  const afterQuotes = inner.length > 0 ? Math.min(inner[inner.length - 1]!.end, ownEnd) : 0;

  let signature: Span | null;
  let closingLimit: number;
  let valediction: Span | null = null;
  const hinted = hints.signature;
  const hintStart = clamp(hinted?.start, 0, ownEnd);
  const hintEnd = clamp(hinted?.end, 0, ownEnd);
  if (hinted && hintStart !== undefined && hintEnd !== undefined) {
    signature = hintEnd > hintStart ? span(text, hintStart, hintEnd) : null;
    // The webmail's signature block may follow a valediction the writer typed.
    const before = findSignature(text, Math.min(afterQuotes, hintStart), trimEnd(text, 0, hintStart));
    valediction = before.valediction;
    closingLimit = valediction ? valediction.end : trimEnd(text, 0, hintStart);
  } else {
    const found = findSignature(text, afterQuotes, ownEnd);
    signature = found.signature;
    closingLimit = found.closingLimit;
    valediction = found.valediction;
  }

  const greeting = findGreeting(text, 0, Math.min(signature?.start ?? ownEnd, valediction?.start ?? ownEnd, firstQuote));
  const bodyStart = greeting ? trimStart(text, greeting.end, ownEnd) : trimStart(text, 0, ownEnd);
  // The closing is looked for after the last interleaved quote (the client's questions are not ours).
  const closingFrom = Math.max(bodyStart, afterQuotes);
  const closingEnd = valediction ? valediction.end : trimEnd(text, 0, closingLimit);
  const wishesEnd = valediction ? valediction.start : closingEnd;
  let closing: Span | null = null;
  if (wishesEnd > bodyStart || valediction) {
    // The body's first sentence opens the reply ("Paldies par Jūsu vēstuli."), it never closes it.
    const opening = sentencesIn(text, closingFrom, Math.min(wishesEnd, closingFrom + 1000))[0];
    const afterOpening = closingFrom === bodyStart && opening && opening.end < trimEnd(text, bodyStart, wishesEnd) ? opening.end : closingFrom;
    const from = Math.min(Math.max(tailStart(text, closingFrom, wishesEnd), afterOpening), wishesEnd);
    const start = wishesEnd > closingFrom ? findClosingStart(text, Math.max(from, closingFrom), wishesEnd) : -1;
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
    quoted: history.spans,
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

export { findQuoteStart } from "./quotes.ts";
