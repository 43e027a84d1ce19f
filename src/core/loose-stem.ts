// Loose stems for comparing the words of a signature: Latvian and English endings, longest
// first, without diacritics (the stem is folded too). Not a stemmer: just enough that two forms
// of one word in a signature compare equal ("Bērziņam" and "Bērziņš", "referentei" and "referente").
const ENDINGS = ["ajiem", "ajam", "ajai", "ajas", "ajos", "iem", "ais", "aja", "am", "ai", "as", "es", "is", "us", "ie", "os", "em", "ei", "im", "a", "e", "i", "s", "u", "o"];
const COMBINING = /[\u0300-\u036f]/g;
// Latvian letters folded by table: normalize() costs microseconds per word, on every keystroke.
const LATVIAN_FOLD: Record<string, string> = { ā: "a", č: "c", ē: "e", ģ: "g", ī: "i", ķ: "k", ļ: "l", ņ: "n", š: "s", ū: "u", ž: "z", ō: "o", ŗ: "r" };
const NON_ASCII = /[^\x00-\x7f]/;

function fold(word: string): string {
  const lower = word.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  let out = "";
  for (const ch of lower) out += LATVIAN_FOLD[ch] ?? ch;
  return NON_ASCII.test(out) ? out.normalize("NFD").replace(COMBINING, "") : out;
}

const stems = new Map<string, string>();

/** A word's loose stem: lower case, no diacritics, one inflectional ending removed. */
export function looseStem(word: string): string {
  const known = stems.get(word);
  if (known !== undefined) return known;
  const w = fold(word);
  let stem = w;
  for (const ending of ENDINGS) {
    if (w.length - ending.length >= 3 && w.endsWith(ending)) {
      stem = w.slice(0, -ending.length);
      break;
    }
  }
  // Signatures repeat the same few words keystroke after keystroke; keep the memo bounded.
  if (stems.size > 5000) stems.clear();
  stems.set(word, stem);
  return stem;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** The words of a text (letters and digits, an apostrophe inside: O'Brien). */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}
