// Paragraphs as the engine reads them — runs of text between blank lines ("\n\n", the line the
// text map makes of an empty editor line) — and a bounded memo keyed by a paragraph's text.
//
// Why (issue 17): each keystroke re-lints the whole reply, but only the paragraph being typed in
// changed. A look-up that reads one paragraph at a time (a glossary walk: no term and no homograph
// context reaches across a blank line) can reuse its answer for every paragraph whose text is the
// same as in the last lint, so its work grows with the edit, not with the reply.
import { type Words, wordsIn } from "./words.ts";

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
  let at = from;
  while (at < to) {
    const found = text.indexOf("\n\n", at);
    const end = found < 0 || found >= to ? to : found;
    if (end > at) each(at, end);
    at = end + 2;
  }
}

export interface ParagraphMemo<T> {
  get(paragraph: string): T | undefined;
  set(paragraph: string, value: T): void;
}

/**
 * A memo of at most 2 × `limit` paragraphs: two generations, the older dropped when the newer is
 * full. A paragraph read in every lint stays (each read moves it to the newer generation); the
 * drafts of a paragraph being typed (one per keystroke) age out.
 */
export function paragraphMemo<T>(limit = 256): ParagraphMemo<T> {
  let newer = new Map<string, T>();
  let older = new Map<string, T>();
  const set = (paragraph: string, value: T): void => {
    if (newer.size >= limit) {
      older = newer;
      newer = new Map();
    }
    newer.set(paragraph, value);
  };
  return {
    get(paragraph) {
      const hit = newer.get(paragraph);
      if (hit !== undefined) return hit;
      const old = older.get(paragraph);
      if (old !== undefined) {
        older.delete(paragraph);
        set(paragraph, old);
      }
      return old;
    },
    set,
  };
}

/** A character a word may continue through (word characters, beyond ASCII taken as such, "-"). */
function wordish(c: number): boolean {
  return c >= 0x80 || c === 0x2d || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * `walk` of text[from, to), paragraph by paragraph: `use(found, by)` gets each paragraph's answer
 * with the offset it is relative to. An answer is kept in `memo` by the paragraph's text, walked
 * on the paragraph alone (offsets from 0), and a paragraph seen before is not walked again. A
 * paragraph cut from a word by `from` or `to` (a range that ends inside a word) is walked in
 * place, as one walk over the range would see it, and not kept.
 */
export function eachParagraphRemembered<T>(
  memo: ParagraphMemo<T>,
  text: string,
  from: number,
  to: number,
  walk: (text: string, from: number, to: number) => T,
  use: (found: T, by: number) => void,
): void {
  forEachParagraph(text, from, to, (start, end) => {
    if ((start > 0 && wordish(text.charCodeAt(start - 1))) || (end < text.length && wordish(text.charCodeAt(end)))) {
      use(walk(text, start, end), 0);
      return;
    }
    const paragraph = text.slice(start, end);
    let found = memo.get(paragraph);
    if (found === undefined) {
      found = walk(paragraph, 0, paragraph.length);
      memo.set(paragraph, found);
    }
    use(found, start);
  });
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

/** wordsIn(text, from, to), paragraph by paragraph, each paragraph's words remembered. */
export function wordsByParagraph(memo: ParagraphMemo<Words>, text: string, from: number, to: number): Words {
  const out: Words = { raw: [], norm: [], start: [], end: [] };
  eachParagraphRemembered(memo, text, from, to, wordsIn, (w, by) => {
    for (let k = 0; k < w.raw.length; k++) {
      out.raw.push(w.raw[k]!);
      out.norm.push(w.norm[k]!);
      out.start.push(w.start[k]! + by);
      out.end.push(w.end[k]! + by);
    }
  });
  return out;
}
