// Derives the masculine personal names of dictionary-lv (the Hunspell dictionary on npm) for the
// greeting/vocative rule: a name in a greeting must be in the vocative (Jānis → Jāni), and the
// rule only judges names it knows — it never guesses a nominative (issue 14).
//
//   node scripts/derive-name-data.mjs          writes src/core/data/lv-masculine-names.json
//   node scripts/derive-name-data.mjs --check  exits 1 if the committed file differs
//
// The dictionary tags proper nouns with their declension (po:lietv1i, lietv2i, lietv3i); a
// personal name also carries the diminutive flags (Kristaps/OoPp → Kristapiņš, Jānis/QqRr →
// Jānītis, Mikus/Ss), which place names (Abavciems/O) lack — that is how names are told apart.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
const DIR = join(ROOT, "node_modules", "dictionary-lv");
const OUT = join(ROOT, "src", "core", "data", "lv-masculine-names.json");

const dic = readFileSync(join(DIR, "index.dic"), "utf8");
const version = JSON.parse(readFileSync(join(DIR, "package.json"), "utf8")).version;
const classes = { first: new Set(), second: new Set(), third: new Set() };
for (const line of dic.split("\n")) {
  const m = /^(\p{Lu}\p{Ll}+)\/(\S+)\s+po:lietv([123])i\b/u.exec(line);
  if (!m) continue;
  const [, word, flags, declension] = m;
  if (declension === "1" && flags.includes("P") && /[^aeiouāēīū]s$|š$/.test(word) && !/(?:is|us)$/.test(word)) classes.first.add(word);
  if (declension === "2" && flags.includes("R") && word.endsWith("is")) classes.second.add(word);
  if (declension === "3" && flags.includes("s") && word.endsWith("us")) classes.third.add(word);
}
const data = {
  source: `dictionary-lv@${version} (Hunspell, npm): proper nouns of the 1st, 2nd and 3rd declension with diminutive forms (personal names), by scripts/derive-name-data.mjs`,
  first: [...classes.first].sort(),
  second: [...classes.second].sort(),
  third: [...classes.third].sort(),
};
const text = `${JSON.stringify(data, null, 1)}\n`;
if (process.argv.includes("--check")) {
  const committed = readFileSync(OUT, "utf8");
  if (committed !== text) {
    console.error(`${OUT} differs from what dictionary-lv@${version} gives: run node scripts/derive-name-data.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(OUT, text);
  console.log(`${OUT}: ${data.first.length} + ${data.second.length} + ${data.third.length} names`);
}
