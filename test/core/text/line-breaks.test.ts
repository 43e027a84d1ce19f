// A glossary term hyphenated across a line end (issue 11 → text quirks): found over the whole
// broken word, shown on one line in the message, fixed over the whole span; a real compound at
// a line end and words that only look broken stay apart.
import { describe, expect, test } from "vitest";
import { compileGlossary } from "../../../src/core/glossary.ts";
import { lint } from "../../../src/core/lint.ts";
import { joinBrokenWords } from "../../../src/core/text/line-breaks.ts";
import { wordsIn } from "../../../src/core/text/words.ts";
import type { GlossaryEntry } from "../../../src/core/types.ts";

const GLOSSARY: GlossaryEntry[] = [
  { term: "eskalēt", suggestion: "nodot" },
  { term: "struktūrvienība", suggestion: "nodaļa" },
  { term: "reģistrācijas žurnāls", suggestion: "reģistrs" },
  { term: "Rīga-Jūrmala", suggestion: "Rīgas–Jūrmalas maršruts" },
];
const glossary = compileGlossary(GLOSSARY);

// [text, found span as written, shown on one line]
const found: [string, string, string][] = [
  ["Jautājumu varam eska-\nlēt vadītājam.", "eska-\nlēt", "eskalēt"],
  ["Mēs to eskalē-\r\ntām rīt.", "eskalē-\r\ntām", "eskalētām"],
  ["Jautājumu varam eska\u00ad\nlēt vadītājam.", "eska\u00ad\nlēt", "eskalēt"],
  ["Jautājumu varam eska\u00ad-\nlēt vadītājam.", "eska\u00ad-\nlēt", "eskalēt"],
  ["Nodots atbildīgajai struktūr-  \n  vienībai.", "struktūr-  \n  vienībai", "struktūrvienībai"],
  ["Mēs neeska-\nlējām.", "neeska-\nlējām", "neeskalējām"],
  ["Ierakstīts reģistrācijas\nžurnālā.", "reģistrācijas\nžurnālā", "reģistrācijas žurnālā"],
  ["Ierakstīts reģistrācijas\r\nžurnālā.", "reģistrācijas\r\nžurnālā", "reģistrācijas žurnālā"],
  ["Ierakstīts reģistrā-\ncijas žurnālā.", "reģistrā-\ncijas žurnālā", "reģistrācijas žurnālā"],
  ["Autobuss Rīga-\nJūrmala kursē bieži.", "Rīga-\nJūrmala", "Rīga-Jūrmala"],
  ["Ierakstīts reģistrācijas žur-\nnālā.", "reģistrācijas žur-\nnālā", "reģistrācijas žurnālā"],
  ["Jautājums mums jā-\neskalē vadītājam.", "jā-\neskalē", "jāeskalē"],
];

describe("a term broken across a line is found whole", () => {
  test.each(found)("%j → %j", (text, span, shown) => {
    const [m, ...rest] = glossary.find(text, "lv");
    expect(rest).toEqual([]);
    expect(text.slice(m!.start, m!.end)).toBe(span);
    expect(m!.text).toBe(shown);
  });
});

// Not one word: a real compound at a line end, a dash between words, a hyphen with no break after it.
const apart: string[] = [
  "Maršruts Rīga-\nTukums ir slēgts.",
  "Vārds eska-\nlators nav termins.",
  "Tas ir eska-\n\nlēt vēlāk.",
  "Tas ir eska - lēt vēlāk.",
  "Tas ir eska-lēt vēlāk.",
];

describe("not a broken term", () => {
  test.each(apart)("%j", (text) => {
    expect(glossary.find(text, "lv")).toEqual([]);
  });
});

test("the compound at a line end stays two words when it is no term's form", () => {
  const text = "Maršruts Rīga-\nTukums.";
  const words = wordsIn(text);
  expect(joinBrokenWords(text, words, () => false).words).toBe(words);
  expect(joinBrokenWords(text, words, (w) => w === "rīga-tukums").words.norm).toEqual(["maršruts", "rīga-tukums"]);
});

test("the finding covers the whole broken word; the message quotes it on one line; Apply replaces the span", () => {
  const text = "Labdien, Jāni!\n\nJūsu jautājumu mēs varam eska-\nlēt vadītājam, un viņš atbildēs desmit dienu laikā.\n\nAr cieņu,\nAnna Kalniņa";
  const config = { glossary: GLOSSARY };
  const [f] = lint(text, { config: config as never }).findings.filter((x) => x.rule === "jargon");
  expect(text.slice(f!.start, f!.end)).toBe("eska-\nlēt");
  expect(f!.message).toContain("„eskalēt”");
  expect(f!.message).not.toContain("\n");
  expect(f!.suggestions).toEqual(["nodot"]);
  expect(text.slice(0, f!.start) + f!.suggestions[0] + text.slice(f!.end)).toContain("mēs varam nodot vadītājam");
});
