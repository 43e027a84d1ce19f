// The forms dictionary-lv generates wrongly (scripts/hunspell-lv-errata.json, each with its source).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

const data = JSON.parse(readFileSync(resolve(import.meta.dirname, "hunspell-lv-errata.json"), "utf8"));
const endings = Object.entries(data.endings).map(([end, e]) => [end, new RegExp(e.pattern, "u")]);
const lines = Object.entries(data.lines).map(([end, e]) => [end, new RegExp(e.pattern, "u")]);

/** Is this dictionary line of `lemma` wrong as a whole (stāt's 2nd-conjugation line po:darbv21t)? */
export function isErratumLine(lemma, line) {
  return lines.some(([end, re]) => lemma.endsWith(end) && re.test(line));
}

/** Is `form` of `lemma` (from the dictionary line `line`, where known) one of Hunspell's known errors? A listed form negated (nepaesmu) is one too. */
export function isErratum(lemma, form, line) {
  if (line !== undefined && isErratumLine(lemma, line)) return true;
  const listed = data.lemmas[lemma]?.forms;
  if (listed && (listed.includes(form) || (form.startsWith("ne") && listed.includes(form.slice(2))))) return true;
  return endings.some(([end, re]) => lemma.endsWith(end) && re.test(form));
}

/** 1st-conjugation roots dictionary-lv has only in compounds, which take their compounds' parts (scripts/derive-verbs.ts). */
export function compoundOnlyRoots() {
  return data.roots.list.split(" ");
}

/** Verb readings that correct or come before the dictionary's: infinitive → { parts, compounds?, mode, source } (scripts/derive-verbs.ts). */
export function verbCorrections() {
  return data.verbs;
}
