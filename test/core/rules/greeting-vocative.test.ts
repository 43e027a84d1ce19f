// greeting/vocative: valid and invalid real greetings (STYLE.md §2) in complete replies.
import { describe, expect, test } from "vitest";
import names from "../../../src/core/data/lv-masculine-names.json";
import { greetingVocative } from "../../../src/core/rules/greeting-vocative.ts";
import { findingsOf, lvMail } from "./helpers.ts";

const valid: string[] = [
  "Labdien, Jāni!",
  "Sveiki, Andri!",
  "Labdien, Kristap!",
  "Labdien, Miku!",
  "Labdien, Jāni Bērziņ!",
  "Labdien, Pēter!",
  "Labdien, Pēteri!",
  "Labdien, Elīna!",
  "Labdien, Elīn!",
  "Labdien, Anna!",
  "Labrīt, Līga!",
  "Labdien, Inese!",
  "Labdien, Matīs!",
  "Cienījamais Bērziņa kungs!",
  "Cienījamā Kalniņas kundze!",
  "Godātais Juri Bērziņa kungs!",
  "Labdien!",
  "Labdien, Uldis!",
];

const invalid: [greeting: string, found: string, fix: string][] = [
  ["Labdien, Jānis!", "Jānis", "Jāni"],
  ["Sveiki, Andris!", "Andris", "Andri"],
  ["Labdien, Kristaps!", "Kristaps", "Kristap"],
  ["Labdien, Mikus!", "Mikus", "Miku"],
  ["Labdien, Jānis Bērziņš!", "Jānis Bērziņš", "Jāni Bērziņ"],
  ["Labdien, Jāni Bērziņš!", "Jāni Bērziņš", "Jāni Bērziņ"],
  ["Godātais Juris Bērziņa kungs!", "Juris", "Juri"],
  ["Augsti godātais Juris Bērziņa kungs!", "Juris", "Juri"],
  ["Labdien, Matīss!", "Matīss", "Matīs"],
  ["Labvakar, Aigars!", "Aigars", "Aigar"],
  ["Labdien, Edgars Kalniņš!", "Edgars Kalniņš", "Edgar Kalniņ"],
  ["Labrīt, Raivis!", "Raivis", "Raivi"],
  ["Labdien, Pēteris!", "Pēteris", "Pēteri"],
  ["Labdien, Ingus!", "Ingus", "Ingu"],
  ["Sveicināti, Roberts Ozols!", "Roberts Ozols", "Robert Ozol"],
  ["Labdien, Kārlis Lācis!", "Kārlis Lācis", "Kārli Lāci"],
  ["Labdien, Andrejs,", "Andrejs", "Andrej"],
];

describe("valid", () => {
  test.each(valid)("%s", (greeting) => {
    expect(findingsOf("greeting/vocative", lvMail({ greeting }))).toEqual([]);
  });
});

describe("invalid", () => {
  test.each(invalid)("%s", (greeting, found, fix) => {
    const text = lvMail({ greeting });
    const findings = findingsOf("greeting/vocative", text);
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual([found]);
    expect(findings[0]!.suggestions).toEqual([fix]);
    expect(findings[0]!.severity).toBe("warning");
  });
});

test("names in the body are not greetings", () => {
  expect(findingsOf("greeting/vocative", lvMail({ body: "Jānis Bērziņš no mūsu nodaļas Jums piezvanīs." }))).toEqual([]);
});

test("an unknown name is judged only when the quoted sender header names it", () => {
  const reply = lvMail({ greeting: "Labdien, Uldis!" });
  expect(findingsOf("greeting/vocative", reply)).toEqual([]);
  const withHeader = `${reply}\n\nNo: Uldis Ozoliņš <uldis@example.lv>\nNosūtīts: pirmdiena, 2026. gada 16. novembris 10:15\nTēma: Izziņa\n\nLabdien! Lūdzu izziņu.`;
  const [f] = findingsOf("greeting/vocative", withHeader);
  expect(withHeader.slice(f!.start, f!.end)).toBe("Uldis");
  expect(f!.suggestions).toEqual(["Uldi"]);
  const gmail = `${reply}\n\nOn Mon, 16 Nov 2026 at 10:15, Uldis Ozoliņš <uldis@example.lv> wrote:\n> Lūdzu izziņu.`;
  expect(findingsOf("greeting/vocative", gmail).map((x) => x.suggestions[0])).toEqual(["Uldi"]);
});

test("the name data: derived from dictionary-lv, masculine nominatives only", () => {
  expect(names.source).toMatch(/dictionary-lv@/);
  expect(names.second).toContain("Jānis");
  expect(names.first).toContain("Kristaps");
  expect(names.third).toContain("Mikus");
  for (const n of [...names.first, ...names.second, ...names.third]) expect(n).toMatch(/(?:s|š)$/);
});

test("message; meta", () => {
  const text = lvMail({ greeting: "Labdien, Jānis!" });
  expect(findingsOf("greeting/vocative", text)[0]!.message).toContain("„Jāni”");
  expect(findingsOf("greeting/vocative", text, { locale: "en" })[0]!.message).toContain("“Jāni”");
  expect(greetingVocative.meta.defaultSeverity).toBe("warning");
});
