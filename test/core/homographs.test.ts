// Homographs decided per form when the glossary compiles with the shipped word list (issue 11 →
// "Only the term's forms"): a form of the term that another word also has is found only where its
// neighbours agree with the term — then as a lower-confidence finding, without a one-click fix —
// and a function word's form never. Real sentences both ways.
import { describe, expect, test } from "vitest";
import { loadNodeWordList } from "../../src/cli/lexicon-node.ts";
import { compileGlossary } from "../../src/core/glossary.ts";
import { termHomographs } from "../../src/core/homographs.ts";
import { jargon } from "../../src/core/rules/jargon.ts";
import type { GlossaryEntry } from "../../src/core/types.ts";
import { ruleContext } from "./rules/rule-context.ts";

const lv = loadNodeWordList("lv");
const otherWord = (form: string, lemmas: readonly string[]) => lv.otherWord!(form, lemmas);
const withLexicon = (entries: GlossaryEntry[]) => compileGlossary(entries, { otherWord });

// [term, sentence, found text or null, a homograph (lower confidence)?]
const cases: [string, string, string | null, boolean][] = [
  // the term really used: the neighbours agree
  ["kasīt", "Vai tu kasi sniegu no jumta pats?", "kasi", true],
  ["kasīt", "Mēs kasījām ledu no kāpnēm visu rītu.", "kasījām", false],
  ["kase", "Nodevu var samaksāt caur kasi vai internetbankā.", "kasi", true],
  ["kase", "Nodevu var samaksāt pie kases pirmajā stāvā.", "kases", false],
  ["likt", "Es lieku dokumentus mapē un nosūtu tos Jums.", "lieku", true],
  ["rēķins", "Lūdzam apmaksāt rēķinu līdz piektdienai.", "rēķinu", true],
  ["rēķins", "Rēķins ir nosūtīts uz Jūsu e-pastu.", "Rēķins", false],
  ["rakstīt", "Vai tu raksti iesniegumu pats vai ar pilnvarotā palīdzību?", "raksti", true],
  ["sēdēt", "Viņi sēž rindā jau no rīta.", "sēž", false],
  ["sēdēt", "Es sēdu rindā jau no rīta.", "sēdu", true],
  // the unrelated word: not found
  ["kasīt", "Nodevu var samaksāt caur kasi vai internetbankā.", null, false],
  ["kase", "Tu kasi ledu no loga, kamēr es gaidu.", null, false],
  ["likt", "Lūdzu, nerakstiet veidlapā lieku informāciju.", null, false],
  ["rēķins", "Es rēķinu, ka atbildi saņemsiet rīt.", null, false],
  ["rakstīt", "Mūsu raksti par nodokļiem ir pieejami tīmekļvietnē.", null, false],
  ["manīt", "Viņš mani neredzēja, jo biju aiz durvīm.", null, false],
];

describe("a homograph fires only where its neighbours agree with the term", () => {
  test.each(cases)("%s in %j → %j", (term, text, expected, homograph) => {
    const found = withLexicon([{ term, suggestion: "x" }]).find(text, "lv");
    if (expected === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual([expected]);
    expect(found[0]!.homograph ?? false).toBe(homograph);
  });
});

test("homographs that arrive after the compile (the content script's case) give what compiling with them gives", () => {
  const entries: GlossaryEntry[] = [...new Set(cases.map(([term]) => term))].map((term) => ({ term, suggestion: "x" }));
  const forms = new Map(entries.map((e) => [e.term, [...termHomographs(e.term, otherWord).shared]] as const));
  const late = compileGlossary(entries);
  const text = cases.map(([, sentence]) => sentence).join("\n\n");
  // Looked up before they arrive (the trie built), then again after; what the jargon rule kept
  // of the first answers is stale once the version moves (test/core/incremental-lint.test.ts).
  const before = late.find(text, "lv");
  const version = late.version;
  late.learnHomographs(forms);
  const expected = compileGlossary(entries, { sharedForms: forms }).find(text, "lv");
  expect(expected).not.toEqual(before);
  expect(late.version).toBeGreaterThan(version);
  expect(late.find(text, "lv")).toEqual(expected);
});

test("the forms are decided when the glossary compiles: skipped (function words) or shared (context)", () => {
  const kasit = termHomographs("kasīt", otherWord);
  expect([...kasit.shared]).toContain("kasi");
  expect([...termHomographs("manīt", otherWord).skipped]).toContain("mani");
  // The verb's own derived words (noteikts, pārsūtošs) are not other words.
  expect([...termHomographs("noteikt", otherWord).shared]).not.toContain("noteikts");
  expect([...termHomographs("pārsūtīt", otherWord).shared]).not.toContain("pārsūtošs");
});

test("two terms reading one word: the one whose reading the neighbours support (kasi: kase after caur, kasīt after tu)", () => {
  const g = withLexicon([{ term: "kasīt" }, { term: "kase" }]);
  expect(g.find("Samaksājiet caur kasi.", "lv")[0]?.entries.map((e) => e.term)).toEqual(["kase"]);
  expect(g.find("Tu kasi ledu.", "lv")[0]?.entries.map((e) => e.term)).toEqual(["kasīt"]);
});

test("a homograph finding is lower-confidence: severity info, the suggestion as advice, no one-click fix", () => {
  const glossary = withLexicon([{ term: "rēķins", suggestion: "maksājuma paziņojums" }]);
  const text = "Lūdzam apmaksāt rēķinu līdz piektdienai. Rēķins ir nosūtīts.";
  const [homograph, plain] = jargon.check({ ...ruleContext(text), glossary });
  expect(homograph).toMatchObject({ severity: "info", suggestions: [], advice: ["maksājuma paziņojumu"] });
  expect(plain?.severity).toBeUndefined();
  expect(plain?.suggestions).toEqual(["Maksājuma paziņojums"]);
});

test("without the word list (the content script today) matching is as before", () => {
  const found = compileGlossary([{ term: "kase" }]).find("Tu kasi ledu.", "lv");
  expect(found).toHaveLength(1);
  expect(found[0]!.homograph).toBeUndefined();
});
