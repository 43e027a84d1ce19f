// Words and their offsets: the unit the glossary and the abbreviation rule work on.
import { expect, test } from "vitest";
import { normaliseWord, phraseWords, wordsIn } from "../../../src/core/text/words.ts";

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
