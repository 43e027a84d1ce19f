// Words and their offsets: the unit the glossary and the abbreviation rule work on.
import { expect, test } from "vitest";
import { normaliseWord, phraseWords, WORD, wordsIn } from "../../../src/core/text/words.ts";

test("words with offsets, hyphen-joined runs kept, apostrophes and punctuation split", () => {
  const text = "Labdien! Rakstiet uz e-pastu, LV-1050; department's.";
  const w = wordsIn(text);
  expect(w.raw).toEqual(["Labdien", "Rakstiet", "uz", "e-pastu", "LV-1050", "department", "s"]);
  expect(w.raw.map((_, i) => text.slice(w.start[i], w.end[i]))).toEqual(w.raw);
  expect(w.norm[0]).toBe("labdien");
});

test("only words wholly inside [from, to)", () => {
  expect(wordsIn("alfa beta gamma", 2, 10).raw).toEqual(["beta"]);
});

test("normalised: lower case, composed diacritics; offsets stay those of the text", () => {
  expect(normaliseWord("STRUKTU\u0304RVIENI\u0304BA")).toBe("struktūrvienība");
  const text = "ne\u0304";
  expect(wordsIn(text).end[0]).toBe(3);
  expect(phraseWords("Atbildīgā  Struktūrvienība")).toEqual(["atbildīgā", "struktūrvienība"]);
});

test("invisible format characters inside a word belong to it and are dropped when normalised", () => {
  const text = "Rakstiet struktūr\u00advienībai un no\u200bdaļai.";
  const w = wordsIn(text);
  expect(w.raw).toEqual(["Rakstiet", "struktūr\u00advienībai", "un", "no\u200bdaļai"]);
  expect(w.norm[1]).toBe("struktūrvienībai");
  expect(w.norm[3]).toBe("nodaļai");
});

// The char-code scanner against the specification it replaces: every match of WORD lying wholly
// inside [from, to), the tail of a word cut by `from` left out. Random texts over an alphabet
// of the awkward cases: hyphens, invisible joiners, surrogate-pair letters and non-letters,
// combining marks, İ and Σ, digits, Latvian letters, punctuation and spaces.
function reference(text: string, from: number, to: number) {
  const out = { raw: [] as string[], norm: [] as string[], start: [] as number[], end: [] as number[] };
  const re = new RegExp(WORD.source, "gu");
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (end > to) break;
    const before = text[from - 1];
    const cut = before !== undefined && (/[\p{L}\p{M}\p{N}]/u.test(before) || (before === "-" && /[\p{L}\p{M}\p{N}]/u.test(text[from - 2] ?? "")));
    if (m.index === from && cut) continue;
    out.raw.push(m[0]);
    out.norm.push(normaliseWord(m[0]));
    out.start.push(m.index);
    out.end.push(end);
  }
  return out;
}

// [what the texts hold, their alphabet, the seed]: all kinds of characters; then none of İ, Σ,
// invisible or combining characters (the lower-cased region's path).
const RANDOM_TEXTS: [string, string[], number][] = [
  ["any characters", ["a", "Z", "ā", "Ķ", "9", " ", " ", "-", "--", "\u00ad", "\u200b", "\u2060", "𝐀", "😀", "e\u0304", "İ", "Σ", ".", "„", "\n", "'", "ß", "\ud800"], 7],
  ["no İ, Σ, invisible or combining characters", ["a", "Z", "ā", "Ķ", "ž", "Ž", "9", " ", "-", "𝐀", "😀", "Ǆ", "ǅ", "ß", "ẞ", ".", "\n", "'", "Ω", "ω", "\ud800"], 13],
];

test.each(RANDOM_TEXTS)("the scanner finds exactly what the WORD pattern finds, on 3,000 random texts and cuts: %s", (_, alphabet, start) => {
  let seed = start;
  const next = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  for (let n = 0; n < 3000; n++) {
    let text = "";
    const length = Math.floor(next() * 30);
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
    const from = Math.floor(next() * (text.length + 1));
    const to = from + Math.floor(next() * (text.length - from + 1));
    expect(wordsIn(text, from, to), JSON.stringify({ text, from, to })).toEqual(reference(text, from, to));
  }
});
