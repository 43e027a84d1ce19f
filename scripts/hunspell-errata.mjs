// The forms dictionary-lv generates wrongly (scripts/hunspell-lv-errata.json, each with its source).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

const data = JSON.parse(readFileSync(resolve(import.meta.dirname, "hunspell-lv-errata.json"), "utf8"));
const endings = Object.entries(data.endings).map(([end, e]) => [end, new RegExp(e.pattern, "u")]);

/** Is `form` of `lemma` one of Hunspell's known errors? A listed form negated (nepaesmu) is one too. */
export function isErratum(lemma, form) {
  const listed = data.lemmas[lemma]?.forms;
  if (listed && (listed.includes(form) || (form.startsWith("ne") && listed.includes(form.slice(2))))) return true;
  return endings.some(([end, re]) => lemma.endsWith(end) && re.test(form));
}

/** Verb readings that correct or come before the dictionary's: infinitive → { parts, compounds?, mode, source } (scripts/derive-verbs.ts). */
export function verbCorrections() {
  return data.verbs;
}
