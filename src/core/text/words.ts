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

// One class rather than an alternation of two: each character is tested once.
// biome-ignore lint/suspicious/noMisleadingCharacterClass: the combining marks stand alone in the class on purpose (any one of them sends the region word by word)
const PER_WORD = /[\u0130\u03a3\u00ad\u200b-\u200d\u2060\u0300-\u036f]/;

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

// Per BMP code unit: 1 a word character (letter, mark, digit) that lower-casing keeps, 3 one it
// changes (a capital), 2 no word character, 0 not looked up yet — and every high surrogate, which
// its pair decides. Filled as characters are met, so a text costs one regex test per distinct
// character; the word scan then reads one table entry per character.
const UNIT = new Uint8Array(0x10000);
UNIT.fill(2, 0xdc00, 0xe000); // a low surrogate alone is no word character

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  const kind = !WORD_CHAR.test(ch) ? 2 : ch.toLowerCase() === ch ? 1 : 3;
  UNIT[c] = kind;
  return kind;
}

/** 2 when text[i] is a high surrogate whose pair is a word character, else 0. */
function pairWidth(text: string, i: number): number {
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff && WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
}

/** The width (1, or 2 for a surrogate pair) of the word character at text[i], or 0 if none. */
function wordWidth(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  let kind = UNIT[c]!;
  if (kind === 0) {
    if (c >= 0xd800 && c <= 0xdbff) return pairWidth(text, i);
    kind = classify(c);
  }
  return kind === 2 ? 0 : 1;
}

const isInvisible = (c: number) => c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060;

/**
 * The end of the word that starts at text[start] (a word character): what WORD matches there —
 * word characters joined by runs of invisible format characters or by single hyphens. Sets
 * `capital` to whether a character of it may change under lower-casing (a capital, a pair).
 */
function wordEnd(text: string, start: number): number {
  const n = text.length;
  let i = start;
  let caps = 0;
  for (;;) {
    while (i < n) {
      const c = text.charCodeAt(i);
      let kind = UNIT[c]!;
      if (kind === 0) {
        if (c >= 0xd800 && c <= 0xdbff) {
          if (pairWidth(text, i) === 0) break;
          caps = 1;
          i += 2;
          continue;
        }
        kind = classify(c);
      }
      if (kind === 2) break;
      caps |= kind & 2;
      i++;
    }
    let j = i;
    while (j < n && isInvisible(text.charCodeAt(j))) j++;
    if (j > i && wordWidth(text, j) > 0) i = j;
    else if (i < n && text.charCodeAt(i) === 0x2d && wordWidth(text, i + 1) > 0) i += 1;
    else break;
  }
  capital = caps !== 0;
  return i;
}

/** Set by wordEnd: whether the word it scanned may differ from its lower case. */
let capital = false;

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
      // Without a capital among its characters it is its lower case; else compare.
      const norm = lower.slice(start - from, end - from);
      raw[n] = !capital || sameAs(text, start, lower, start - from, end - start) ? norm : text.slice(start, end);
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
