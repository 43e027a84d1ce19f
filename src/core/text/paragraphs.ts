// Paragraphs as the engine reads them — runs of text between blank lines ("\n\n", the line the
// text map makes of an empty editor line) — and a bounded memo keyed by a paragraph's text.
//
// Why (issue 17): each keystroke re-lints the whole reply, but only the paragraph being typed in
// changed. A look-up that reads one paragraph at a time (a glossary walk: no term and no homograph
// context reaches across a blank line) can reuse its answer for every paragraph whose text is the
// same as in the last lint, so its work grows with the edit, not with the reply.

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

/**
 * What `walk` finds in text[from, to), read paragraph by paragraph: each paragraph's answer (at
 * offsets within it) is kept in `memo`, and a paragraph seen before is not walked again. `shift`
 * copies an answer to its place in the text. The same answer as one walk over the range when
 * nothing `walk` finds reaches across a paragraph break.
 */
export function byParagraph<T>(memo: ParagraphMemo<readonly T[]>, text: string, from: number, to: number, walk: (paragraph: string) => readonly T[], shift: (found: T, by: number) => T): T[] {
  const out: T[] = [];
  forEachParagraph(text, from, to, (start, end) => {
    const paragraph = text.slice(start, end);
    let found = memo.get(paragraph);
    if (!found) {
      found = walk(paragraph);
      memo.set(paragraph, found);
    }
    for (const f of found) out.push(shift(f, start));
  });
  return out;
}
