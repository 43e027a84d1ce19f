// Word lists that tell a shouted word (SVARĪGI, URGENT) from an abbreviation (VZD). The full
// lists (public/lexicon/{lv,en}.txt, derived from the Hunspell dictionaries by
// scripts/derive-language-data.mjs) are too large for the content script: Node loads them
// directly (src/cli/lexicon-node.ts), the background service worker answers lookups
// (src/background/lexicon.ts), and the content script keeps a cache of answers
// (createLexiconCache) — a word not asked yet is `undefined`, and lint() lists it in
// LintResult.pendingWords so the caller can ask and lint again.
import type { Language } from "./types.ts";

export interface Lexicon {
  /**
   * Is `word` (lower case) a word of `language` (of either language when omitted)?
   * `undefined` = not known yet.
   */
  has(word: string, language?: Language): boolean | undefined;
}

/** One language's word list. */
export interface WordList {
  has(word: string): boolean;
  size: number;
  /**
   * Is `form` (also) a form of a word other than `lemmas` (a word and its twins: reflexive,
   * -šana noun): does some dictionary word produce `form` but none of them? ("sēžu" of "sēdēt"
   * is also "sēst"'s.) Unknown forms: false.
   */
  otherWord?(form: string, lemmas: readonly string[]): boolean;
}

interface LexiconParadigm {
  endings: Set<string>;
  prefixes: Set<string>;
}

function decodeFrontCoded(line: string, prev: string): string {
  const shared = Number.parseInt(line[0]!, 36);
  return prev.slice(0, shared) + line.slice(1);
}

/**
 * Reads a lexicon file: a header, `#paradigms N stems M`, N paradigm lines
 * (`prefixes|ending ending …`, endings front-coded, "0" = no ending), then M stem lines
 * (`<front-coded stem> <paradigm ids, base 36, comma-separated>`). A word form is
 * stem + one ending of one of its paradigms, optionally after one of that paradigm's prefixes.
 */
export function parseWordList(text: string): WordList {
  const lines = text.split("\n");
  const counts = /^#paradigms (\d+) stems (\d+)/.exec(lines[1] ?? "");
  if (!lines[0]?.startsWith("#skaidri-lexicon 1") || !counts) throw new Error("not a Skaidri lexicon file");
  const paradigmCount = Number(counts[1]);
  const paradigms: LexiconParadigm[] = [];
  const allPrefixes = new Set<string>();
  for (let i = 2; i < 2 + paradigmCount; i++) {
    const line = lines[i]!;
    const bar = line.indexOf("|");
    const prefixes = new Set(line.slice(0, bar).split(",").filter(Boolean));
    for (const p of prefixes) allPrefixes.add(p);
    const endings = new Set<string>();
    let prev = "";
    for (const coded of line.slice(bar + 1).split(" ")) {
      prev = decodeFrontCoded(coded, prev);
      endings.add(prev === "0" ? "" : prev);
    }
    paradigms.push({ endings, prefixes });
  }
  // One paradigm per stem is the rule; an array only for the few stems shared by several words.
  const stems = new Map<string, LexiconParadigm | LexiconParadigm[]>();
  let prev = "";
  for (let i = 2 + paradigmCount; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    const space = line.lastIndexOf(" ");
    prev = prev.slice(0, Number.parseInt(line[0]!, 36)) + line.slice(1, space);
    const ids = line.slice(space + 1);
    stems.set(prev, ids.includes(",") ? ids.split(",").map((id) => paradigms[Number.parseInt(id, 36)]!) : paradigms[Number.parseInt(ids, 36)]!);
  }
  const accepts = (p: LexiconParadigm, ending: string, prefix: string | null) => p.endings.has(ending) && (prefix === null || p.prefixes.has(prefix));
  const plain = (word: string, prefix: string | null): boolean => {
    for (let k = 0; k <= word.length; k++) {
      const found = stems.get(word.slice(0, k));
      if (!found) continue;
      const ending = word.slice(k);
      if (Array.isArray(found) ? found.some((p) => accepts(p, ending, prefix)) : accepts(found, ending, prefix)) return true;
    }
    return false;
  };
  /** The (stem, prefix, paradigm) readings of a word. */
  const readings = (word: string): [string, string, LexiconParadigm][] => {
    const out: [string, string, LexiconParadigm][] = [];
    const scan = (w: string, prefix: string) => {
      for (let k = 0; k <= w.length; k++) {
        const found = stems.get(w.slice(0, k));
        if (!found) continue;
        for (const p of Array.isArray(found) ? found : [found]) if (accepts(p, w.slice(k), prefix || null)) out.push([w.slice(0, k), prefix, p]);
      }
    };
    scan(word, "");
    for (const p of allPrefixes) if (word.length > p.length + 1 && word.startsWith(p)) scan(word.slice(p.length), p);
    return out;
  };
  const produces = ([stem, , p]: [string, string, LexiconParadigm], word: string): boolean => word.startsWith(stem) && p.endings.has(word.slice(stem.length));
  return {
    size: stems.size,
    otherWord(form, lemmas) {
      return readings(form).some((r) => !lemmas.some((l) => produces(r, l)));
    },
    has(word) {
      if (plain(word, null)) return true;
      for (const p of allPrefixes) if (word.length > p.length + 1 && word.startsWith(p) && plain(word.slice(p.length), p)) return true;
      return false;
    },
  };
}

/** A complete lexicon from loaded word lists; a language without a list answers `undefined`. */
export function lexiconFromWordLists(lists: Partial<Record<Language, WordList>>): Lexicon {
  return {
    has(word, language) {
      if (language) return lists[language]?.has(word);
      let unknown = false;
      for (const list of [lists.lv, lists.en]) {
        if (!list) unknown = true;
        else if (list.has(word)) return true;
      }
      return unknown ? undefined : false;
    },
  };
}

/** Which of the asked words each language knows (the background's answer to a lookup). */
export interface KnownWords {
  lv: string[];
  en: string[];
}

export function lookUpWords(lexicon: Lexicon, words: readonly string[]): KnownWords {
  const out: KnownWords = { lv: [], en: [] };
  for (const w of words) {
    if (lexicon.has(w, "lv")) out.lv.push(w);
    if (lexicon.has(w, "en")) out.en.push(w);
  }
  return out;
}

export interface LexiconCache extends Lexicon {
  /** Records the answer to a lookup of `asked`: words not listed are known not to be words. */
  learn(asked: readonly string[], known: KnownWords): void;
  readonly size: number;
}

/** The content script's lexicon: answers what the background has told it, `undefined` otherwise. */
export function createLexiconCache(limit = 20_000): LexiconCache {
  const answers = new Map<string, { lv: boolean; en: boolean }>();
  return {
    has(word, language) {
      const a = answers.get(word);
      if (!a) return undefined;
      return language ? a[language] : a.lv || a.en;
    },
    learn(asked, known) {
      if (answers.size + asked.length > limit) answers.clear();
      const lv = new Set(known.lv);
      const en = new Set(known.en);
      for (const w of asked) answers.set(w, { lv: lv.has(w), en: en.has(w) });
    },
    get size() {
      return answers.size;
    },
  };
}
