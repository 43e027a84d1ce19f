// Homographs found when the glossary is compiled, against the shipped Hunspell word list, and
// terms that look like sentences (both listed by `policy check`); and that the committed
// morphology data is what scripts/derive-verbs.ts derives from the installed dictionary.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { OUTPUTS } from "../../scripts/derive-verbs.ts";
import { loadNodeWordList } from "../../src/cli/lexicon-node.ts";
import { compileGlossary } from "../../src/core/glossary.ts";
import { glossaryCollisions, looksLikeSentence } from "../../src/core/glossary-collisions.ts";

const lv = loadNodeWordList("lv");

describe("homographs", () => {
  const [manit, likt, kasit] = glossaryCollisions([{ term: "manīt" }, { term: "likt" }, { term: "kasīt" }], lv);
  test("a pronoun's form (mani for manīt) is skipped, and never matches", () => {
    expect(manit?.skipped).toEqual(expect.arrayContaining(["mani", "manu", "mana"]));
    const g = compileGlossary([{ term: "manīt", suggestion: "pamanīt" }]);
    expect(g.find("Viņš mani neredzēja.", "lv")).toEqual([]);
    expect(g.find("Es to manu jau sen.", "lv")).toEqual([]);
    expect(g.find("Vai manījāt kļūdu?", "lv")).toHaveLength(1);
  });
  test("a form another dictionary word also has is listed (lieku: liekt; kasi: kase)", () => {
    expect(likt?.shared).toContain("lieku");
    expect(kasit?.shared).toContain("kasi");
  });
  test("a word's own twins (likties, iešana) are not other words", () => {
    const [iet] = glossaryCollisions([{ term: "iet" }], lv);
    expect(iet?.shared ?? []).not.toContain("iešana");
    expect(likt?.shared).not.toContain("likšana");
  });
  test("terms with no homographs, multi-word terms and abbreviations are not listed", () => {
    expect(glossaryCollisions([{ term: "struktūrvienība" }, { term: "atbildīgā struktūrvienība" }, { term: "VZD" }], lv)).toEqual([]);
  });
});

test.each([
  ["Lūdzu, ņemiet vērā, ka šis iesniegums tiks izskatīts trīsdesmit dienu laikā.", true],
  ["Paldies. Atbildēsim rīt", true],
  ["struktūrvienība", false],
  ["nekustamā īpašuma nodokļa paziņojums", false],
  ["e.g.", false],
])("looksLikeSentence(%s) = %s", (term, expected) => {
  expect(looksLikeSentence(term)).toBe(expected);
});

test("the committed verb and function-word data are what scripts/derive-verbs.ts derives", { timeout: 120_000 }, () => {
  const root = resolve(import.meta.dirname, "../..");
  for (const [path, derive] of Object.entries(OUTPUTS)) expect(readFileSync(join(root, path), "utf8"), path).toBe(derive());
});
