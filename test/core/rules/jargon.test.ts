// jargon: valid and invalid real sentences (STYLE.md §2), Latvian and English.
import { describe, expect, test } from "vitest";
import { jargon } from "../../../src/core/rules/jargon.ts";
import type { GlossaryEntry } from "../../../src/core/types.ts";
import { findingsOf } from "./helpers.ts";
import { flagged, ruleContext } from "./rule-context.ts";

const glossary: GlossaryEntry[] = [
  { term: "struktūrvienība", suggestion: "nodaļa", explanation: "Klientam saprotamāk: nodaļa." },
  { term: "atbildīgā struktūrvienība", suggestion: "atbildīgā nodaļa" },
  { term: "reģistrācijas žurnāls", suggestion: "reģistrs" },
  { term: "eskalēt", suggestion: "pārsūtīt vadībai", language: "lv" },
  { term: "resurss", suggestion: "līdzekļi", language: "lv" },
  { term: "escalate", suggestion: "pass on", language: "en" },
  { term: "deliverable", suggestion: "result", language: "en" },
  { term: "touch base", suggestion: "talk", language: "en" },
];

const valid: { text: string; language: "lv" | "en" }[] = [
  { text: "Labdien! Jūsu iesniegumu esam saņēmuši un nodevuši atbildīgajai nodaļai.", language: "lv" },
  { text: "Eskalators tirdzniecības centrā šobrīd nedarbojas.", language: "lv" },
  { text: "Iestādes struktūra ir aprakstīta mūsu tīmekļvietnē.", language: "lv" },
  { text: "Reģistrācija notiek elektroniski, un žurnāls ir pieejams bibliotēkā.", language: "lv" },
  { text: "We have referred your request to the responsible department.", language: "en" },
  { text: "The escalator in the building is out of order.", language: "en" },
  { text: "The escalation procedure is described on our website.", language: "en" },
  { text: "Nodaļa atbildēs līdz piektdienai; eskalēt šo jautājumu nevajadzēs.", language: "en" },
];

const invalid: { text: string; language: "lv" | "en"; found: string[]; suggestion: string }[] = [
  { text: "Jūsu iesniegums ir nodots atbildīgajai struktūrvienībai.", language: "lv", found: ["atbildīgajai struktūrvienībai"], suggestion: "atbildīgajai nodaļai" },
  { text: "Struktūrvienības vadītājs sazināsies ar Jums.", language: "lv", found: ["Struktūrvienības"], suggestion: "Nodaļas" },
  { text: "Par to lemj citās struktūrvienībās.", language: "lv", found: ["struktūrvienībās"], suggestion: "nodaļās" },
  { text: "Jūsu vēstule ir ierakstīta reģistrācijas žurnālā.", language: "lv", found: ["reģistrācijas žurnālā"], suggestion: "reģistrā" },
  { text: "Jautājumu eskalēsim vadībai, ja būs nepieciešams.", language: "lv", found: ["eskalēsim"], suggestion: "pārsūtīsim vadībai" },
  { text: "Šobrīd iestādei nepietiek resursu.", language: "lv", found: ["resursu"], suggestion: "līdzekļu" },
  { text: "Jūsu jautājums netika eskalēts, jo to atrisinājām paši.", language: "lv", found: ["eskalēts"], suggestion: "pārsūtīts vadībai" },
  { text: "Your complaint has been escalated to the head of unit.", language: "en", found: ["escalated"], suggestion: "passed on" },
  { text: "The deliverables will be sent next week.", language: "en", found: ["deliverables"], suggestion: "results" },
  { text: "Let us touch base on Monday.", language: "en", found: ["touch base"], suggestion: "talk" },
];

describe("valid", () => {
  test.each(valid)("$text", ({ text, language }) => {
    expect(flagged(jargon, text, { glossary, language })).toEqual([]);
  });
});

describe("invalid", () => {
  test.each(invalid)("$text", ({ text, language, found, suggestion }) => {
    const findings = jargon.check(ruleContext(text, { glossary, language }));
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(found);
    expect(findings[0]!.suggestions![0]).toBe(suggestion);
  });
});

test("the quoted history is never linted", () => {
  const reply = "Labdien! Atbildi sniegs nodaļa.\n";
  const text = `${reply}> Kura struktūrvienība to izskata?`;
  expect(flagged(jargon, text, { glossary, quoteStart: reply.length })).toEqual([]);
  expect(flagged(jargon, text, { glossary })).toEqual(["struktūrvienība"]);
});

test("the message quotes the handbook, gives the suggestion and the explanation, in the user's language", () => {
  const text = "Sazinieties ar struktūrvienību.";
  const [lv] = jargon.check(ruleContext(text, { glossary }));
  expect(lv!.message).toContain("„nodaļu”");
  expect(lv!.message).toContain("Klientam saprotamāk: nodaļa.");
  expect(lv!.message).toContain("nelietojam žargonu un iestādes iekšējos saīsinājumus");
  const [en] = jargon.check(ruleContext(text, { glossary, locale: "en" }));
  expect(en!.message).toMatch(/^“struktūrvienību” is jargon/);
});

test("meta: warning by default, fixable", () => {
  expect(jargon.id).toBe("jargon");
  expect(jargon.meta.defaultSeverity).toBe("warning");
  expect(jargon.meta.fixable).toBe(true);
});

describe("jargon in real mail (issue 12)", () => {
  const policy = { glossary: [{ term: "struktūrvienība", suggestion: "nodaļa" }, { term: "atsauksmes" }, { term: "escalate", suggestion: "pass on" }, { term: "resurss", suggestion: "līdzekļi", language: "lv" as const }, { term: "resource", suggestion: "means", language: "en" as const }] };

  test.each([
    "Sīkāk: https://www.vzd.gov.lv/struktūrvienība/kontakti.",
    "Rakstiet uz strukturvieniba@vzd.gov.lv vai struktūrvienība@vzd.gov.lv.",
    "Aizpildiet formu www.vzd.gov.lv/atsauksmes un nosūtiet.",
  ])("leaves a term inside a link or an address alone: %j", (sentence) => {
    expect(findingsOf("jargon", `Labdien!\n\n${sentence}`, { policy })).toEqual([]);
  });

  test("…but the same term in the prose beside it is found", () => {
    expect(findingsOf("jargon", "Labdien!\n\nAtbildīgā struktūrvienība: https://www.vzd.gov.lv/struktūrvienība", { policy })).toHaveLength(1);
  });

  test("a bilingual reply: Latvian terms in the Latvian part, English terms in the English part", () => {
    const text = [
      "Labdien!",
      "",
      "Jūsu iesniegums ir nodots atbildīgajai struktūrvienībai, un mums ir resurss tā izskatīšanai.",
      "",
      "Dear Mr Smith, your application has been passed to the unit responsible, and we have the resource to review it; we will not escalate it.",
    ].join("\n");
    const found = findingsOf("jargon", text, { policy }).map((f) => text.slice(f.start, f.end));
    expect(found).toEqual(["struktūrvienībai", "resurss", "resource", "escalate"]);
  });
});
