// The glossary matcher: inflected matches in both languages, language scoping, case-sensitive
// all-caps terms, longest match, ranges, and suggestions put into the found form.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { compileGlossary } from "../../src/core/glossary.ts";
import type { GlossaryEntry, Language } from "../../src/core/types.ts";

const GLOSSARY: GlossaryEntry[] = [
  { term: "struktūrvienība", suggestion: "nodaļa", explanation: "Klientam nesaprotams iestādes iekšējais vārds." },
  { term: "atbildīgā struktūrvienība", suggestion: "atbildīgā nodaļa" },
  { term: "reģistrācijas žurnāls", suggestion: "reģistrs" },
  { term: "eskalēt", suggestion: "nodot vadītājam", language: "lv" },
  { term: "VZD", suggestion: "Valsts zemes dienests" },
  { term: "escalate", suggestion: "pass on", language: "en" },
  { term: "ticket", suggestion: "request", language: "en" },
  { term: "stakeholder", suggestion: "person concerned" },
];
const glossary = compileGlossary(GLOSSARY);

function found(text: string, language: Language): [string, string[]][] {
  return glossary.find(text, language).map((m) => [text.slice(m.start, m.end), m.suggestions]);
}

test.each<{ text: string; language: Language; expected: [string, string[]][] }>([
  { text: "Jūsu iesniegums nodots atbildīgajai struktūrvienībai.", language: "lv", expected: [["atbildīgajai struktūrvienībai", ["atbildīgajai nodaļai"]]] },
  { text: "Struktūrvienības vadītājs atbildēs rīt.", language: "lv", expected: [["Struktūrvienības", ["Nodaļas"]]] },
  { text: "Dokuments ir ierakstīts reģistrācijas žurnālā.", language: "lv", expected: [["reģistrācijas žurnālā", ["reģistrā"]]] },
  { text: "Jautājumu eskalējām vadībai.", language: "lv", expected: [["eskalējām", ["nodevām vadītājam"]]] },
  { text: "Par zemes robežām jautājiet VZD.", language: "lv", expected: [["VZD", ["Valsts zemes dienests"]]] },
  { text: "Dokumenti ir VZD-ā, jautājiet VZD-am.", language: "lv", expected: [["VZD-ā", ["Valsts zemes dienestā"]], ["VZD-am", ["Valsts zemes dienestam"]]] },
  { text: "We escalated your ticket yesterday.", language: "en", expected: [["escalated", ["passed on"]], ["ticket", ["request"]]] },
  { text: "Your tickets are being escalated.", language: "en", expected: [["tickets", ["requests"]], ["escalated", ["passed on"]]] },
  { text: "All stakeholders were informed.", language: "en", expected: [["stakeholders", ["persons concerned"]]] },
])("finds $text", ({ text, language, expected }) => {
  expect(found(text, language)).toEqual(expected);
});

describe("language of the entry", () => {
  test("an entry with a language matches only in mails of that language", () => {
    expect(found("Mēs to eskalējām.", "en")).toEqual([]);
    expect(found("We escalated it.", "lv")).toEqual([]);
  });
  test("an entry without a language matches in both, inflected by the mail's language", () => {
    expect(found("Informējām struktūrvienību.", "lv")).toHaveLength(1);
    expect(found("The struktūrvienība answered.", "en")).toHaveLength(1);
    expect(found("Visi stakeholderi", "lv")).toEqual([]);
    expect(found("Runājām ar stakeholder.", "lv")).toHaveLength(1);
  });
});

describe("all-caps terms match case-sensitively", () => {
  test.each(["vzd", "Vzd", "VZDA"])("%s is not VZD", (word) => {
    expect(found(`Jautājiet ${word}.`, "lv")).toEqual([]);
  });
});

test("the longest term wins where terms overlap", () => {
  expect(found("Atbildīgā struktūrvienība atbildēs.", "lv")).toEqual([["Atbildīgā struktūrvienība", ["Atbildīgā nodaļa"]]]);
});

test("only text[from, to) is searched", () => {
  const text = "struktūrvienība | struktūrvienībā";
  const matches = glossary.find(text, "lv", 16);
  expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(["struktūrvienībā"]);
});

test("a shouted match gets a shouted suggestion; an entry without suggestion offers none", () => {
  expect(found("STRUKTŪRVIENĪBA", "lv")).toEqual([["STRUKTŪRVIENĪBA", ["NODAĻA"]]]);
  expect(compileGlossary([{ term: "resurss" }]).find("resursiem", "lv")[0]?.suggestions).toEqual([]);
});

test("an ambiguous form offers the suggestion in each possible case, most likely first", () => {
  const g = compileGlossary([{ term: "struktūrvienība", suggestion: "dienests" }]);
  const text = "Nosūtīju struktūrvienības vadītājam.";
  expect(g.find(text, "lv")[0]?.suggestions).toEqual(["dienesta", "dienesti", "dienestus"]);
});

test("a suggestion with a relative clause inflects its head only", () => {
  const g = compileGlossary([{ term: "struktūrvienība", suggestion: "nodaļa, kas atbild par to" }]);
  expect(g.find("struktūrvienībai", "lv")[0]?.suggestions).toEqual(["nodaļai, kas atbild par to"]);
});

test("a suggestion that cannot be inflected is advice, not a fix", () => {
  const g = compileGlossary([{ term: "struktūrvienība", suggestion: "kino" }]);
  const [m] = g.find("struktūrvienībai", "lv");
  expect(m?.suggestions).toEqual([]);
  expect(m?.advice).toEqual(["kino"]);
});

test("decomposed diacritics (a + combining macron) match", () => {
  expect(found("struktu\u0304rvieni\u0304bai", "lv")).toHaveLength(1);
});

test("an empty glossary finds nothing and blank terms are ignored", () => {
  expect(compileGlossary([]).find("struktūrvienība", "lv")).toEqual([]);
  expect(compileGlossary([{ term: "  " }]).find("struktūrvienība", "lv")).toEqual([]);
});

test("English inflections and non-matches", () => {
  const g = compileGlossary([{ term: "escalate" }, { term: "submit" }, { term: "apply" }, { term: "process" }]);
  const words = (text: string) => g.find(text, "en").map((m) => text.slice(m.start, m.end));
  expect(words("escalate escalates escalated escalating")).toEqual(["escalate", "escalates", "escalated", "escalating"]);
  expect(words("submit submits submitted submitting")).toEqual(["submit", "submits", "submitted", "submitting"]);
  expect(words("apply applies applied applying")).toEqual(["apply", "applies", "applied", "applying"]);
  expect(words("process processes processed processing")).toEqual(["process", "processes", "processed", "processing"]);
  expect(words("escalator escalation submission application procession")).toEqual([]);
});

test("any text, any range: never throws, offsets inside the range, deterministic", () => {
  const g = compileGlossary(GLOSSARY);
  fc.assert(
    fc.property(fc.string({ unit: "grapheme", maxLength: 2000 }), fc.nat(), fc.nat(), fc.constantFrom<Language>("lv", "en"), (text, a, b, language) => {
      const from = Math.min(a, b) % (text.length + 1);
      const to = Math.max(a, b) % (text.length + 1);
      const matches = g.find(text, language, Math.min(from, to), Math.max(from, to));
      for (const m of matches) {
        expect(m.start).toBeGreaterThanOrEqual(Math.min(from, to));
        expect(m.end).toBeLessThanOrEqual(Math.max(from, to));
        expect(m.start).toBeLessThan(m.end);
      }
      expect(g.find(text, language, Math.min(from, to), Math.max(from, to))).toEqual(matches);
    }),
    { numRuns: 200, seed: 20261124 },
  );
});
