// Words hyphenated across a line end ("eska-⏎lēt", "eskalē-\r\ntām", a soft hyphen before the
// break): a pasted or hand-wrapped text breaks words the way print does. A broken pair is read
// as one word only when `accepts` takes the joined word (the glossary: a form of a term's
// word), so a real compound at a line end ("Rīga-⏎Jūrmala") stays two words unless the term is
// that compound — then the hyphen is kept.
import type { Words } from "./words.ts";

/** After a word: a hyphen or soft hyphen (or both), then spaces and one line break, then spaces. */
const BREAK = /^(?:-|\u00ad-?)[ \t]*\r?\n[ \t]*$/;
const HYPHEN = 45;
const SOFT_HYPHEN = 0xad;

export interface JoinedWords {
  words: Words;
  /** Per index of `words`, the joined word as one reads it on one line ("eskalēt", "Rīga-Jūrmala"). */
  shown: Map<number, string> | null;
}

/** Whether words k and k + 1 are one word broken at a line end (one character test for most words). */
function brokenAfter(text: string, words: Words, k: number): boolean {
  const end = words.end[k]!;
  const c = text.charCodeAt(end);
  if (c !== HYPHEN && c !== SOFT_HYPHEN) return false;
  return k + 1 < words.start.length && BREAK.test(text.slice(end, words.start[k + 1]!));
}

/** `words` with each broken pair `accepts` takes joined into one word; `words` itself when there is none. */
export function joinBrokenWords(text: string, words: Words, accepts: (joined: string) => boolean): JoinedWords {
  const n = words.start.length;
  let out: Words | null = null;
  let shown: Map<number, string> | null = null;
  for (let k = 0; k < n; k++) {
    let joined: string | undefined;
    let display: string | undefined;
    if (k + 1 < n && brokenAfter(text, words, k)) {
      const plain = words.norm[k]! + words.norm[k + 1]!;
      const hyphened = `${words.norm[k]!}-${words.norm[k + 1]!}`;
      const soft = text.charCodeAt(words.end[k]!) === SOFT_HYPHEN && text.charCodeAt(words.end[k]! + 1) !== HYPHEN;
      if (accepts(plain)) {
        joined = plain;
        display = words.raw[k]! + words.raw[k + 1]!;
      } else if (!soft && accepts(hyphened)) {
        joined = hyphened;
        display = `${words.raw[k]!}-${words.raw[k + 1]!}`;
      }
    }
    if (joined === undefined) {
      if (out) push(out, words.raw[k]!, words.norm[k]!, words.start[k]!, words.end[k]!);
      continue;
    }
    if (!out) {
      out = { raw: words.raw.slice(0, k), norm: words.norm.slice(0, k), start: words.start.slice(0, k), end: words.end.slice(0, k) };
      shown = new Map();
    }
    shown!.set(out.raw.length, display!);
    push(out, text.slice(words.start[k]!, words.end[k + 1]!), joined, words.start[k]!, words.end[k + 1]!);
    k++;
  }
  return { words: out ?? words, shown };
}

function push(w: Words, raw: string, norm: string, start: number, end: number): void {
  w.raw.push(raw);
  w.norm.push(norm);
  w.start.push(start);
  w.end.push(end);
}

/**
 * The words [i, j] as one reads them on one line: each joined word as shown, and a line break
 * between two words (a two-word term wrapped) as a space.
 */
export function shownText(text: string, joined: JoinedWords, i: number, j: number): string {
  const { words, shown } = joined;
  let out = shown?.get(i) ?? words.raw[i]!;
  for (let k = i + 1; k <= j; k++) {
    const between = text.slice(words.end[k - 1]!, words.start[k]!);
    out += (/[\r\n]/.test(between) ? " " : between) + (shown?.get(k) ?? words.raw[k]!);
  }
  return out;
}
