// Words of a text with their offsets. A word is a run of letters, combining marks and digits,
// hyphen-joined runs included (e-pasts, LV-1050); apostrophes split (department's → department, s).

/**
 * Global, Unicode-aware; reset lastIndex before use. Invisible format characters inside a word
 * (soft hyphen, zero-width space and joiners, word joiner) belong to it: "struktūr\u00advienība"
 * is one word, and its normalised form drops them.
 */
export const WORD = /[\p{L}\p{M}\p{N}]+(?:[\u00ad\u200b-\u200d\u2060]+[\p{L}\p{M}\p{N}]+)*(?:-[\p{L}\p{M}\p{N}]+(?:[\u00ad\u200b-\u200d\u2060]+[\p{L}\p{M}\p{N}]+)*)*/gu;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060]/g;

export interface Words {
  /** As written in the text. */
  raw: string[];
  /** Normalised: lower case, NFC. */
  norm: string[];
  start: number[];
  end: number[];
}

const COMBINING = /[\u0300-\u036f]/;

/** Lower case and composed (a + combining macron → ā), so typed and pasted text compare equal. */
export function normaliseWord(word: string): string {
  const lower = word.toLowerCase().replace(INVISIBLE, "");
  return COMBINING.test(lower) ? lower.normalize("NFC") : lower;
}

const PER_WORD = /[\u0130\u03a3\u00ad\u200b-\u200d\u2060]|[\u0300-\u036f]/;

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function continuesWord(text: string, at: number): boolean {
  const before = text[at - 1];
  if (before === undefined) return false;
  return WORD_CHAR.test(before) || (before === "-" && WORD_CHAR.test(text[at - 2] ?? ""));
}

/** The words lying wholly inside text[from, to). */
export function wordsIn(text: string, from = 0, to = text.length): Words {
  const out: Words = { raw: [], norm: [], start: [], end: [] };
  // Lower-casing the region once instead of word by word: per character the mapping is the
  // same and keeps lengths, except İ (→ i + combining dot) and Σ (its lower case depends on
  // the neighbours). Those, and combining marks (NFC), take the word-by-word path.
  const region = text.slice(from, to);
  const lower = PER_WORD.test(region) ? null : region.toLowerCase();
  const re = new RegExp(WORD.source, "gu");
  re.lastIndex = from; // inside a surrogate pair, the match may start one unit before `from`
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (end > to) break;
    if (m.index === from && continuesWord(text, from)) continue; // the tail of a word cut by `from`
    out.raw.push(m[0]);
    out.norm.push(lower === null || m.index < from ? normaliseWord(m[0]) : lower.slice(m.index - from, end - from));
    out.start.push(m.index);
    out.end.push(end);
  }
  return out;
}

/** For String.prototype.match: all words of a short phrase (match() resets lastIndex itself). */
export const WORD_IN_PHRASE = new RegExp(WORD.source, "gu");

/** The normalised words of a short phrase (a glossary term, a suggestion). */
export function phraseWords(phrase: string): string[] {
  return (phrase.match(WORD_IN_PHRASE) ?? []).map(normaliseWord);
}
