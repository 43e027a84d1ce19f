// The full word lists for Node (CLI, tests, benchmark), read from the files the extension
// ships (public/lexicon/), once per process. Core stays free of Node APIs: it only sees a Lexicon.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { type Lexicon, lexiconFromWordLists, parseWordList, type WordList } from "../core/lexicon.ts";

const DIR = resolve(import.meta.dirname, "../../public/lexicon");
let cached: Lexicon | undefined;

function load(): Lexicon {
  cached ??= lexiconFromWordLists({
    lv: parseWordList(readFileSync(resolve(DIR, "lv.txt"), "utf8")),
    en: parseWordList(readFileSync(resolve(DIR, "en.txt"), "utf8")),
  });
  return cached;
}

/** The full lexicon; the files (~0.5 s to parse) are read on the first question, so mails without all-caps words never pay. */
export function loadNodeLexicon(): Lexicon {
  return { has: (word, language) => load().has(word, language) };
}

const lists: Partial<Record<"lv" | "en", WordList>> = {};

/** One language's full word list (with otherWord, for the glossary's homograph check). */
export function loadNodeWordList(language: "lv" | "en"): WordList {
  lists[language] ??= parseWordList(readFileSync(resolve(DIR, `${language}.txt`), "utf8"));
  return lists[language]!;
}
