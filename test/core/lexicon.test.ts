// The word lists behind the abbreviation rule: the file format, the content script's cache,
// and that the committed data is what scripts/derive-language-data.mjs makes from the
// installed dictionaries (in full for the small files, by sample for the large Latvian one).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
// @ts-expect-error — plain ESM script without types
import { deriveLexicon, deriveNounClasses } from "../../scripts/derive-language-data.mjs";
// @ts-expect-error — plain ESM script without types
import { expandDictionary } from "../../scripts/hunspell.mjs";
import { createLexiconCache, lexiconFromWordLists, lookUpWords, parseWordList } from "../../src/core/lexicon.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");

describe("file format", () => {
  // Paradigm 0: "" and "s", with the prefix "ne"; paradigm 1: "a", "as", "ai".
  const file = ["#skaidri-lexicon 1 lv test", "#paradigms 2 stems 3", "ne|00 0s", "|0a 1s 1i", "0akts 0", "1mats 0", "0nodaļ 1", ""].join("\n");
  const list = parseWordList(file);
  test.each(["akts", "aktss", "amats", "nodaļa", "nodaļas", "nodaļai", "neakts"])("%s is a word", (w) => {
    expect(list.has(w)).toBe(true);
  });
  test.each(["akt", "nodaļ", "nodaļu", "nenodaļa", "vzd", ""])("%s is not", (w) => {
    expect(list.has(w)).toBe(false);
  });
  test("a file that is not a lexicon is refused", () => {
    expect(() => parseWordList("hello")).toThrow();
  });
  test("a missing language answers undefined", () => {
    const lexicon = lexiconFromWordLists({ lv: list });
    expect(lexicon.has("akts", "lv")).toBe(true);
    expect(lexicon.has("akts", "en")).toBeUndefined();
    expect(lexicon.has("akts")).toBe(true);
    expect(lexicon.has("xyz")).toBeUndefined();
  });
});

test("the content script's cache: unknown until learned, then per language", () => {
  const cache = createLexiconCache();
  expect(cache.has("urgent", "en")).toBeUndefined();
  const lexicon = lexiconFromWordLists({ lv: parseWordList(read("public/lexicon/lv.txt")), en: parseWordList(read("public/lexicon/en.txt")) });
  const asked = ["urgent", "svarīgi", "vzd"];
  const known = lookUpWords(lexicon, asked);
  expect(known).toEqual({ lv: ["svarīgi"], en: ["urgent"] });
  cache.learn(asked, known);
  expect([cache.has("urgent", "en"), cache.has("urgent", "lv"), cache.has("urgent"), cache.has("vzd"), cache.size]).toEqual([true, false, true, false, 3]);
});

describe("committed data matches the derivation script", { timeout: 60_000 }, () => {
  test("public/lexicon/en.txt", () => {
    expect(read("public/lexicon/en.txt")).toBe(deriveLexicon("en"));
  });
  test("src/core/data/lv-noun-classes.json", () => {
    expect(read("src/core/data/lv-noun-classes.json")).toBe(deriveNounClasses());
  });
  test("public/lexicon/lv.txt was made from the installed dictionary-lv and knows its forms (sample)", () => {
    const lv = read("public/lexicon/lv.txt");
    const dir = join(ROOT, "node_modules/dictionary-lv");
    const aff = readFileSync(join(dir, "index.aff"), "utf8");
    const dic = readFileSync(join(dir, "index.dic"), "utf8");
    const sha = createHash("sha256").update(aff).update(dic).digest("hex");
    expect(lv.split("\n")[0]).toContain(`sha256:${sha}`);
    // Every 500th ordinary entry, expanded in full: all its forms must be words.
    const lines = dic.split("\n");
    const sample = [lines[0], ...lines.slice(1).filter((l, i) => i % 500 === 0 && /^\p{Ll}+\//u.test(l) && !l.includes("po:abrev"))].join("\n");
    const forms = new Set<string>();
    expandDictionary(aff, sample, (form: string, _root: string, prefix: string) => {
      if (!prefix && form.length >= 2 && /^\p{L}+$/u.test(form)) forms.add(form.toLowerCase());
    });
    const list = parseWordList(lv);
    const missing = [...forms].filter((f) => !list.has(f));
    expect(forms.size).toBeGreaterThan(1000);
    expect(missing).toEqual([]);
  });
  test("the word lists stay compact (≤ 1.5 MB together)", () => {
    expect(Buffer.byteLength(read("public/lexicon/lv.txt")) + Buffer.byteLength(read("public/lexicon/en.txt"))).toBeLessThan(1.5e6);
  });
});

test.each(["known-abbreviations.json", "widely-known-forms.json", "shouted-words.json", "word-like-abbreviations.json", "lv-noun-classes.json"])(
  "data file %s cites its handbook section and source (STYLE.md §3)",
  (name) => {
    const data = JSON.parse(read(`src/core/data/${name}`));
    expect(data.handbook).toMatch(/VALODA/);
    expect(data.source).toBeTruthy();
  },
);
