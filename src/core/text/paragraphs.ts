// Paragraphs as the engine reads them — runs of text between blank lines ("\n\n", the line the
// text map makes of an empty editor line) — and a bounded memo keyed by a paragraph's text.
//
// Why (issue 17): each keystroke re-lints the whole reply, but only the paragraph being typed in
// changed. A look-up that reads one paragraph at a time (a glossary walk: no term and no homograph
// context reaches across a blank line) can reuse its answer for every paragraph whose text is the
// same as in the last lint, so its work grows with the edit, not with the reply.
import type { Span } from "../types.ts";

/** Whether text[from, to) holds a paragraph break (a gap between two words: a few characters). */
export function breaksParagraph(text: string, from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++) if (text.charCodeAt(i) === 10 && text.charCodeAt(i + 1) === 10) return true;
  return false;
}

/**
 * Calls `each` with the paragraphs of text[from, to), in order: [start, end) between the breaks.
 * Linear: the text is searched for breaks once.
 */
export function forEachParagraph(text: string, from: number, to: number, each: (start: number, end: number) => void): void {
  paragraphsUntil(text, from, to, each);
}

/** forEachParagraph that stops at the first paragraph for which `each` returns true; whether one did. */
function paragraphsUntil(text: string, from: number, to: number, each: (start: number, end: number) => unknown): boolean {
  let at = from;
  while (at < to) {
    const found = text.indexOf("\n\n", at);
    const end = found < 0 || found >= to ? to : found;
    if (end > at && each(at, end) === true) return true;
    at = end + 2;
  }
  return false;
}

export interface ParagraphMemo<T> {
  /** The answer kept for text[start, end), if that paragraph was seen before. */
  get(text: string, start: number, end: number): T | undefined;
  set(text: string, start: number, end: number, value: T): void;
}

interface Kept<T> {
  paragraph: string;
  value: T;
}

/**
 * A memo of at most 2 × `limit` paragraphs: two generations, the older dropped when the newer is
 * full. A paragraph read in every lint stays (each read moves it to the newer generation); the
 * drafts of a paragraph being typed (one per keystroke) age out.
 *
 * A paragraph is looked up first where it was in the last text — the same start, or the same
 * distance from the end (the paragraphs after an edit move by the edit's length) — by comparing
 * its characters; only one that moved otherwise is hashed for the by-text look-up.
 */
export function paragraphMemo<T>(limit = 256): ParagraphMemo<T> {
  let newer = new Map<string, Kept<T>>();
  let older = new Map<string, Kept<T>>();
  let byStart = new Map<number, Kept<T>>();
  let byEnd = new Map<number, Kept<T>>();
  const keep = (kept: Kept<T>): void => {
    if (newer.size >= limit) {
      older = newer;
      newer = new Map();
    }
    newer.set(kept.paragraph, kept);
  };
  const place = (text: string, start: number, kept: Kept<T>): void => {
    if (byStart.size >= 4 * limit) {
      byStart = new Map();
      byEnd = new Map();
    }
    byStart.set(start, kept);
    byEnd.set(text.length - start, kept);
  };
  return {
    get(text, start, end) {
      // A slice compared with === (V8 compares the characters in place: several times faster
      // than hashing the slice, or than startsWith).
      const paragraph = text.slice(start, end);
      const at = byStart.get(start);
      if (at !== undefined && at.paragraph === paragraph) return at.value;
      const moved = byEnd.get(text.length - start);
      if (moved !== undefined && moved.paragraph === paragraph) {
        byStart.set(start, moved);
        return moved.value;
      }
      let kept = newer.get(paragraph);
      if (!kept) {
        kept = older.get(paragraph);
        if (!kept) return undefined;
        older.delete(paragraph);
        keep(kept);
      }
      place(text, start, kept);
      return kept.value;
    },
    set(text, start, end, value) {
      const kept = { paragraph: text.slice(start, end), value };
      keep(kept);
      place(text, start, kept);
    },
  };
}

/** A character a word may continue through (word characters, beyond ASCII taken as such, "-"). */
function wordish(c: number): boolean {
  return c >= 0x80 || c === 0x2d || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Whether a range boundary at `at` falls inside a word (word characters on both sides). */
export function cutsWord(text: string, at: number): boolean {
  return at > 0 && at < text.length && wordish(text.charCodeAt(at - 1)) && wordish(text.charCodeAt(at));
}

/**
 * `walk` of one paragraph text[start, end), remembered: its answer and the offset the answer is
 * relative to. An answer is kept in `memo` by the paragraph's text, walked on the paragraph
 * alone (offsets from 0), and a paragraph seen before is not walked again. A paragraph cut from
 * a word at `start` or `end` (a range that ends inside a word) is walked in place, as one walk
 * over the range would see it, and not kept.
 */
export function rememberParagraph<T>(memo: ParagraphMemo<T>, text: string, start: number, end: number, walk: (text: string, from: number, to: number) => T): { found: T; by: number } {
  if (cutsWord(text, start) || cutsWord(text, end)) return { found: walk(text, start, end), by: 0 };
  let found = memo.get(text, start, end);
  if (found === undefined) {
    const paragraph = text.slice(start, end);
    found = walk(paragraph, 0, paragraph.length);
    memo.set(text, start, end, found);
  }
  return { found, by: start };
}

/** rememberParagraph for each paragraph of text[from, to), in order: `use(found, by)` gets each answer. */
export function eachParagraphRemembered<T>(
  memo: ParagraphMemo<T>,
  text: string,
  from: number,
  to: number,
  walk: (text: string, from: number, to: number) => T,
  use: (found: T, by: number) => void,
): void {
  forEachParagraph(text, from, to, (start, end) => {
    const { found, by } = rememberParagraph(memo, text, start, end, walk);
    use(found, by);
  });
}

/** Whether `test` holds for a paragraph of text[from, to), each paragraph's answer remembered; stops at the first. */
export function someParagraph(memo: ParagraphMemo<boolean>, text: string, from: number, to: number, test: (text: string, from: number, to: number) => boolean): boolean {
  return paragraphsUntil(text, from, to, (start, end) => rememberParagraph(memo, text, start, end, test).found);
}

/**
 * What `walk` finds in text[from, to), read paragraph by paragraph and remembered
 * (eachParagraphRemembered); `shift` copies a found thing to its place in the text. The same
 * answer as one walk over the range when nothing `walk` finds reaches across a paragraph break.
 */
export function byParagraph<T>(
  memo: ParagraphMemo<readonly T[]>,
  text: string,
  from: number,
  to: number,
  walk: (text: string, from: number, to: number) => readonly T[],
  shift: (found: T, by: number) => T,
): T[] {
  const out: T[] = [];
  eachParagraphRemembered(memo, text, from, to, walk, (found, by) => {
    for (const f of found) out.push(shift(f, by));
  });
  return out;
}

/** A span found in a paragraph, moved to its place in the text (byParagraph's `shift` for spans). */
export const shiftSpan = (s: Span, by: number): Span => ({ start: s.start + by, end: s.end + by });
