// Homographs of a glossary term (issue 11 → "Only the term's forms"): a generated form that is
// also a form of an unrelated word ("kasi" of a term "kasīt" is also the noun "kase"; "mani" of
// "manīt" is also the pronoun). Found when the glossary is compiled, against the shipped Hunspell
// word list (public/lexicon/lv.txt, via WordList.otherWord). The decision per form:
// - a form of a pronoun, conjunction or numeral (data/lv-function-words.json) is skipped: such
//   words are so frequent and stand in so many places that no neighbour can tell them apart;
// - a form shared with another open-class word needs context (glossary-context.ts): it is found
//   only where the neighbouring words agree with the term's reading, and then without a one-click fix.
import functionWords from "./data/lv-function-words.json";
import { latvianStems } from "./text/latvian.ts";
import { FIXED } from "./text/paradigm.ts";

const FUNCTION_WORDS = new Set<string>(functionWords.forms);
/** The default homograph decision: a form of a pronoun, conjunction or numeral never fires for a term. */
export const isFunctionWordForm = (form: string): boolean => FUNCTION_WORDS.has(form);

/** Is `form` (also) a form of a word other than `lemmas`? (WordList.otherWord of the shipped lexicon.) */
export type OtherWord = (form: string, lemmas: readonly string[]) => boolean;

/** The same word's twins, which the dictionary lists apart: likt/likties, iet/iešana. */
function twinsOf(lemma: string): string[] {
  const core = lemma.endsWith("ties") ? lemma.slice(0, -3) : lemma;
  return /t$/.test(core) ? [lemma, core, `${core}ies`, `${core.slice(0, -1).replace(/[sz]$/, "")}šana`] : [lemma];
}

const DERIVED = /^(?:ppp|pap|pres\.part|pres\.pass|adv|vn|ger|rel)/;

export interface TermHomographs {
  /** Forms that are function words: never matched. */
  skipped: Set<string>;
  /** Forms another dictionary word also has: matched only in context. */
  shared: Set<string>;
}

/** The homographs among the generated forms of a one-word Latvian term `lemma` (normalised); the term as written is never one. */
export function termHomographs(lemma: string, otherWord: OtherWord | undefined): TermHomographs {
  const skipped = new Set<string>();
  const shared = new Set<string>();
  const twins = twinsOf(lemma);
  // form → every tag it has in the term's own paradigms
  const tagsOf = new Map<string, string[]>();
  for (const e of latvianStems(lemma, false)) {
    if (e.paradigm === FIXED) continue;
    for (const [ending, tags] of e.paradigm.endings) {
      const form = e.stem + ending;
      if (form !== lemma) tagsOf.set(form, [...(tagsOf.get(form) ?? []), ...tags]);
    }
  }
  for (const [form, tags] of tagsOf) {
    if (isFunctionWordForm(form)) skipped.add(form);
    // A participle, -dams/-ot form or -šana noun is the verb's own derived word, even where the
    // dictionary lists it apart (noteikts, pārsūtošs): not an unrelated word.
    else if (!tags.some((t) => DERIVED.test(t)) && otherWord?.(form, twins)) shared.add(form);
  }
  return { skipped, shared };
}
