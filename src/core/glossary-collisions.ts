// Compile-time checks of an organisation's glossary for `policy check`: the generated forms of a
// term that are also forms of another, unrelated word (homographs: "mani" for a term "manīt" is
// also the pronoun), and terms that look like a sentence pasted into the term column.
import { termHomographs } from "./homographs.ts";
import type { WordList } from "./lexicon.ts";
import { phraseWords } from "./text/words.ts";
import type { GlossaryEntry } from "./types.ts";

export interface GlossaryCollision {
  term: string;
  /** Forms the matcher skips (pronoun, conjunction, numeral forms): they never fire. */
  skipped: string[];
  /** Forms that also belong to another dictionary word: they fire only in context (glossary-context.ts), without a one-click fix. */
  shared: string[];
}

/**
 * For each one-word Latvian term, its generated forms that another word of `lexicon` (the
 * shipped Hunspell list) also has. Multi-word terms are left out: their other words are the context.
 */
export function glossaryCollisions(entries: readonly GlossaryEntry[], lexicon: WordList): GlossaryCollision[] {
  const out: GlossaryCollision[] = [];
  for (const entry of entries) {
    if (entry.language === "en" || typeof entry.term !== "string") continue;
    const words = phraseWords(entry.term);
    if (words.length !== 1 || entry.term === entry.term.toUpperCase()) continue;
    const { skipped, shared } = termHomographs(words[0]!, lexicon.otherWord);
    if (skipped.size + shared.size > 0) out.push({ term: entry.term, skipped: [...skipped].sort(), shared: [...shared].sort() });
  }
  return out;
}

/** More than this many words, or sentence punctuation inside: probably a sentence, not a term. */
const SENTENCE_WORDS = 8;

/** A term that reads like a sentence (a spreadsheet column slip): it still compiles, but will hardly ever match. */
export function looksLikeSentence(term: string): boolean {
  return phraseWords(term).length > SENTENCE_WORDS || /[.!?;:](?:\s|$)/u.test(term.trim().replace(/[.!?]+$/u, "")) || term.trim().length > 80;
}
