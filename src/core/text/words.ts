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

// Whether a BMP code unit is a word character (letter, mark, digit): 0 not looked up yet, 1 yes,
// 2 no. Filled as characters are met, so a text costs one regex test per distinct character.
const IS_WORD_UNIT = new Uint8Array(0x10000);

/** The width (1, or 2 for a surrogate pair) of the word character at text[i], or 0 if none. */
function wordWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  if (Number.isNaN(c)) return 0; // past the end
  let known = IS_WORD_UNIT[c]!;
  if (known === 0) {
    known = c >= 0xdc00 && c <= 0xdfff ? 2 : WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    IS_WORD_UNIT[c] = known;
  }
  return known === 1 ? 1 : 0;
}

const isInvisible = (c: number) => c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060;

/**
 * The end of the word that starts at text[start] (a word character): what WORD matches there —
 * word characters joined by runs of invisible format characters or by single hyphens.
 */
function wordEnd(text: string, start: number): number {
  let i = start;
  for (;;) {
    for (let w = wordWidth(text, i); w > 0; w = wordWidth(text, i)) i += w;
    let j = i;
    while (isInvisible(text.charCodeAt(j))) j++;
    if (j > i && wordWidth(text, j) > 0) i = j;
    else if (text.charCodeAt(i) === 0x2d && wordWidth(text, i + 1) > 0) i += 1;
    else return i;
  }
}

function continuesWord(text: string, at: number): boolean {
  const before = text[at - 1];
  if (before === undefined) return false;
  return WORD_CHAR.test(before) || (before === "-" && WORD_CHAR.test(text[at - 2] ?? ""));
}

const SCRATCH = { raw: [] as string[], norm: [] as string[], start: [] as number[], end: [] as number[] };

/** Whether a[i, i + n) and b[j, j + n) hold the same code units. */
function sameAs(a: string, i: number, b: string, j: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (a.charCodeAt(i + k) !== b.charCodeAt(j + k)) return false;
  return true;
}

/**
 * The words lying wholly inside text[from, to): what WORD finds there, by a loop over char codes
 * (no match object per word — tokenising is the largest single cost of a keystroke's lint).
 */
export function wordsIn(text: string, from = 0, to = text.length): Words {
  // Filled in scratch arrays that live on between calls, then copied at their exact size: four
  // arrays grown push by push allocated about three times their final size on every keystroke.
  const raw = SCRATCH.raw;
  const norms = SCRATCH.norm;
  const starts = SCRATCH.start;
  const ends = SCRATCH.end;
  let n = 0;
  // Lower-casing the region once instead of word by word: per character the mapping is the
  // same and keeps lengths, except İ (→ i + combining dot) and Σ (its lower case depends on
  // the neighbours). Those, and combining marks (NFC), take the word-by-word path.
  const region = text.slice(from, to);
  const lower = PER_WORD.test(region) ? null : region.toLowerCase();
  // Inside a surrogate pair the word may start one unit before `from` (as a /u regex would).
  let i = from;
  if (from > 0 && (text.charCodeAt(from) & 0xfc00) === 0xdc00 && (text.charCodeAt(from - 1) & 0xfc00) === 0xd800) i = from - 1;
  while (i < to) {
    const w = wordWidth(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    const end = wordEnd(text, start);
    i = end;
    if (end > to) break;
    if (start === from && continuesWord(text, from)) continue; // the tail of a word cut by `from`
    if (lower === null || start < from) {
      const written = text.slice(start, end);
      raw[n] = written;
      norms[n] = normaliseWord(written);
    } else {
      // A word written in lower case (most words) is one string for both: half the allocation.
      const norm = lower.slice(start - from, end - from);
      raw[n] = sameAs(text, start, lower, start - from, end - start) ? norm : text.slice(start, end);
      norms[n] = norm;
    }
    starts[n] = start;
    ends[n] = end;
    n++;
  }
  const out: Words = { raw: raw.slice(0, n), norm: norms.slice(0, n), start: starts.slice(0, n), end: ends.slice(0, n) };
  // The scratch arrays keep their size but not the words (no text is held after the lint).
  raw.fill("", 0, n);
  norms.fill("", 0, n);
  return out;
}

/** For String.prototype.match: all words of a short phrase (match() resets lastIndex itself). */
export const WORD_IN_PHRASE = new RegExp(WORD.source, "gu");

/** The normalised words of a short phrase (a glossary term, a suggestion). */
export function phraseWords(phrase: string): string[] {
  return (phrase.match(WORD_IN_PHRASE) ?? []).map(normaliseWord);
}
