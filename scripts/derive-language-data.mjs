// Derives Skaidri's language data from the Hunspell dictionaries on npm (dictionary-lv,
// dictionary-en), so the abbreviation rule can tell shouted words (SVARĪGI, URGENT) from
// abbreviations (VZD, SRS) with real word lists (HANDBOOK.md → VALODA).
//
//   node scripts/derive-language-data.mjs          writes the files below
//   node scripts/derive-language-data.mjs --check  exits 1 if a committed file differs
//
// Outputs:
// - public/lexicon/{lv,en}.txt — every word form of the dictionary as stem + paradigm
//   (format in src/core/lexicon.ts). The background loads these; they never enter the
//   content script.
// - src/core/data/lv-noun-classes.json — nouns whose declension the ending does not tell
//   (6th declension "pils", 2nd declension "akmens"), small enough for the content script.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expandDictionary } from "./hunspell.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const LETTERS = /^\p{L}+$/u;

function readDictionary(language) {
  const dir = join(ROOT, "node_modules", `dictionary-${language}`);
  const aff = readFileSync(join(dir, "index.aff"), "utf8");
  const dic = readFileSync(join(dir, "index.dic"), "utf8");
  const version = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version;
  return { aff, dic, version, sha256: createHash("sha256").update(aff).update(dic).digest("hex") };
}

/** Entries that are abbreviations themselves (ASV, CSDD, NATO, PhD) are not words for us. */
function isAbbreviationEntry(root, line) {
  if (/\bpo:abrev\b/.test(line) || root.includes(".")) return true;
  return (root.match(/\p{Lu}/gu) ?? []).length >= 2;
}

/** Shared-prefix length as one character (0-9a-z), then the rest: sorted lists shrink ~2×. */
function frontCode(words) {
  let prev = "";
  return words.map((w) => {
    let k = 0;
    while (k < 35 && k < prev.length && k < w.length && prev[k] === w[k]) k++;
    prev = w;
    return k.toString(36) + w.slice(k);
  });
}

/** The lexicon file: paradigm lines, then stem lines (front-coded, with paradigm ids in base 36). */
export function deriveLexicon(language) {
  const { aff, dic, version, sha256 } = readDictionary(language);
  const skip = new Set();
  for (const line of dic.split(/\r?\n/).slice(1)) {
    const root = line.split(/[\s/]/)[0];
    if (root && isAbbreviationEntry(root, line)) skip.add(root);
  }
  // root → its unprefixed forms and the prefixes it takes
  const groups = new Map();
  expandDictionary(aff, dic, (form, root, prefix) => {
    if (skip.has(root)) return;
    let g = groups.get(root);
    if (!g) {
      g = { forms: new Set(), prefixes: new Set() };
      groups.set(root, g);
    }
    if (prefix) g.prefixes.add(prefix.toLowerCase());
    else {
      const word = form.toLowerCase();
      if (word.length >= 2 && LETTERS.test(word)) g.forms.add(word);
    }
  });
  const paradigmIds = new Map();
  const stems = new Map();
  for (const g of groups.values()) {
    const forms = [...g.forms];
    if (forms.length === 0) continue;
    let stem = forms[0];
    for (const f of forms) {
      let k = 0;
      while (k < stem.length && k < f.length && stem[k] === f[k]) k++;
      stem = stem.slice(0, k);
    }
    const endings = forms.map((f) => f.slice(stem.length) || "0").sort();
    const key = `${[...g.prefixes].sort().join(",")}|${frontCode(endings).join(" ")}`;
    if (!paradigmIds.has(key)) paradigmIds.set(key, paradigmIds.size);
    const id = paradigmIds.get(key);
    let ids = stems.get(stem);
    if (!ids) {
      ids = new Set();
      stems.set(stem, ids);
    }
    ids.add(id);
  }
  const sortedStems = [...stems.keys()].sort();
  const coded = frontCode(sortedStems);
  const lines = [
    `#skaidri-lexicon 1 ${language} dictionary-${language}@${version} sha256:${sha256}`,
    `#paradigms ${paradigmIds.size} stems ${sortedStems.length}`,
    ...paradigmIds.keys(),
    ...sortedStems.map((s, i) => `${coded[i]} ${[...stems.get(s)].map((n) => n.toString(36)).join(",")}`),
  ];
  return `${lines.join("\n")}\n`;
}

/**
 * Nouns of the 6th declension, 2nd-declension nouns in -s and plural-only 6th-declension nouns
 * (durvis, brokastis: -is reads as a 2nd-declension singular otherwise), from the dictionary's
 * part-of-speech tags.
 */
export function deriveNounClasses() {
  const { dic, version } = readDictionary("lv");
  const sixth = new Set();
  const secondS = new Set();
  const pluralSixth = new Set();
  for (const line of dic.split(/\r?\n/).slice(1)) {
    const root = line.split(/[\s/]/)[0]?.toLowerCase();
    if (!root || !LETTERS.test(root) || !root.endsWith("s")) continue;
    if (/\bpo:lietv6d/.test(line)) pluralSixth.add(root);
    else if (/\bpo:lietv6/.test(line)) sixth.add(root);
    else if (/\bpo:lietv2/.test(line) && !/(?:is|os|us)$/.test(root)) secondS.add(root);
  }
  return `${JSON.stringify(
    {
      source: `dictionary-lv@${version} (po:lietv6, po:lietv2); scripts/derive-language-data.mjs`,
      handbook: "VALODA — glossary terms match in every case form",
      sixth: [...sixth].sort(),
      secondS: [...secondS].sort(),
      pluralSixth: [...pluralSixth].sort(),
    },
    null,
    1,
  )}\n`;
}

export const OUTPUTS = {
  "public/lexicon/lv.txt": () => deriveLexicon("lv"),
  "public/lexicon/en.txt": () => deriveLexicon("en"),
  "src/core/data/lv-noun-classes.json": () => deriveNounClasses(),
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const [path, derive] of Object.entries(OUTPUTS)) {
    const text = derive();
    const full = join(ROOT, path);
    if (check) {
      let current = "";
      try {
        current = readFileSync(full, "utf8");
      } catch {}
      if (current !== text) {
        stale++;
        console.error(`stale: ${path}`);
      }
    } else {
      writeFileSync(full, text);
      console.log(`${path}: ${Buffer.byteLength(text)} bytes`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}
