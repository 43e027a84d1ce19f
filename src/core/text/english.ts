// English words → stem + paradigm: plural and third-person -s/-es, -ed, -ing, with the
// spelling changes of regular verbs and nouns (escalate → escalating, apply → applied,
// submit → submitted). Irregular forms (go → went) are not covered.
import { endingFor, FIXED, makeParadigm, type Paradigm, type StemEntry } from "./paradigm.ts";

const VOWEL = /[aeiou]/;

export const ENGLISH = {
  /** escalate: escalat + e/es/ed/ing. */
  silentE: makeParadigm("en-e", [
    ["e", "base"],
    ["es", "s"],
    ["ed", "ed"],
    ["ing", "ing"],
  ]),
  /** apply: appl + y/ies/ied/ying. */
  consonantY: makeParadigm("en-y", [
    ["y", "base"],
    ["ies", "s"],
    ["ied", "ed"],
    ["ying", "ing"],
  ]),
  /** process, box, match: + es. */
  sibilant: makeParadigm("en-sibilant", [
    ["", "base"],
    ["es", "s"],
    ["ed", "ed"],
    ["ing", "ing"],
  ]),
  regular: makeParadigm("en-regular", [
    ["", "base"],
    ["s", "s"],
    ["ed", "ed"],
    ["ing", "ing"],
  ]),
  /** submit → submitt + ed/ing. */
  doubled: makeParadigm("en-doubled", [
    ["ed", "ed"],
    ["ing", "ing"],
  ]),
};

function entry(stem: string, paradigm: Paradigm): StemEntry {
  return { stem, paradigm };
}

/** Every stem + paradigm under which a lower-case English word can appear in text. */
export function englishStems(word: string): StemEntry[] {
  const out: StemEntry[] = [entry(word, FIXED)];
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return out;
  if (word.endsWith("e") && !/[aeio]e$/.test(word)) out.push(entry(word.slice(0, -1), ENGLISH.silentE));
  else if (/[^aeiou]y$/.test(word)) out.push(entry(word.slice(0, -1), ENGLISH.consonantY));
  else if (/(?:s|x|z|ch|sh)$/.test(word)) out.push(entry(word, ENGLISH.sibilant));
  else {
    out.push(entry(word, ENGLISH.regular));
    // Consonant-vowel-consonant endings may double (submit → submitted); stress decides, so allow both.
    if (/[^aeiou][aeiou][bdgklmnprt]$/.test(word) && VOWEL.test(word)) out.push(entry(word + word.slice(-1), ENGLISH.doubled));
  }
  return out;
}

/**
 * `word` put into `tag` ("s", "ed", "ing"), or undefined where the spelling is uncertain
 * (a final consonant that may or may not double).
 */
export function inflectEnglishWord(word: string, tag: string): string | undefined {
  if (tag === "base" || tag === "fixed") return word;
  const entries = englishStems(word).filter((e) => e.paradigm !== FIXED);
  const main = entries[0];
  if (!main) return undefined;
  if (entries.length > 1 && tag !== "s") return undefined;
  const ending = endingFor(main.paradigm, tag);
  return ending === undefined ? undefined : main.stem + ending;
}
