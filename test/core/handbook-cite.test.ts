// The handbook citation style (src/core/handbook-cite.ts) holds for the UI's why_* strings too:
// every one opens with the citation the engine would write, in its table's language, so the
// card and the CLI name a section in the same words. Before this test the helper only claimed it.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { citeHandbook, type HandbookSection } from "../../src/core/handbook-cite.ts";

const SECTIONS: HandbookSection[] = ["VALODA", "SASVEICINĀŠANĀS", "E-PASTS", "PATEICĪBA", "ATBILDĪBA", "IZTURĒŠANĀS", "VIENKĀRŠĪBA UN SAPRATNE"];

test("one style per language, human words with the language's quotes, never the heading's capitals", () => {
  expect(citeHandbook("lv", "VALODA")).toBe("Rokasgrāmatas sadaļa „Valoda”");
  expect(citeHandbook("en", "VALODA")).toBe("Handbook section “Language”");
  for (const section of SECTIONS) {
    expect(citeHandbook("lv", section)).toMatch(/^Rokasgrāmatas sadaļa „\p{Lu}[^„”\p{Lu}]+”$/u);
    expect(citeHandbook("en", section)).toMatch(/^Handbook section “[A-Z][^“”A-Z]+”$/);
  }
});

describe.each(["lv", "en"] as const)("_locales/%s why_* strings", (locale) => {
  const table = JSON.parse(readFileSync(resolve(__dirname, `../../public/_locales/${locale}/messages.json`), "utf8")) as Record<string, { message: string }>;
  const why = Object.entries(table).filter(([key]) => key.startsWith("why_"));
  const citations = SECTIONS.map((s) => citeHandbook(locale, s));

  test("there are some", () => expect(why.length).toBeGreaterThan(10));

  test.each(why)("%s opens with a citation in the helper's words", (_key, { message }) => {
    expect(citations.some((c) => message.startsWith(`${c}: `))).toBe(true);
  });
});
