// Every built-in template, rendered with a complete profile and policy, passes the engine
// with no findings at all; the `closing` fragment is checked inside a complete reply.
// (Issue 6: "passes the engine with no warnings or errors (a test proves it)".)
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "vitest";
import { effectiveConfig } from "../../src/core/config.ts";
import { BUILTIN_TEMPLATES } from "../../src/core/data/builtin-templates.ts";
import { lint } from "../../src/core/lint.ts";
import { validatePolicy } from "../../src/core/policy.ts";
import { renderTemplate } from "../../src/core/templates.ts";
import type { Language, Profile } from "../../src/core/types.ts";

// The shipped example policy (institution, feedback page, a glossary with jargon the
// templates must not use, allowed abbreviations, calendar).
const { policy, problems } = validatePolicy(
  JSON.parse(readFileSync(resolve(import.meta.dirname, "../../policy/examples/policy.json"), "utf8")),
);
test("the example policy is valid", () => {
  expect(problems).toEqual([]);
  expect(policy.feedbackUrl).toBeTruthy();
  expect(policy.glossary?.length).toBeGreaterThan(0);
});
const profile: Profile = {
  firstName: "Anna",
  lastName: "Bērziņa",
  position: "vecākā konsultante",
  department: "Klientu apkalpošanas daļa",
  phone: "+371 67120000",
  email: "anna.berzina@vid.gov.lv",
};
const answers: Record<Language, Record<string, string>> = {
  lv: {
    "Atbildes datums": "+5",
    "Prombūtnes sākums": "2026-12-01",
    "Prombūtnes beigas": "2026-12-11",
    "Aizvietotāja vārds, uzvārds": "Jānis Kalniņš",
    "Aizvietotāja e-pasts": "janis.kalnins@vid.gov.lv",
    "Aizvietotāja tālrunis": "+371 67120001",
    Iestāde: "Valsts zemes dienests",
    "Iestādes kontakti": "https://www.vzd.gov.lv, tālrunis +371 67038626",
  },
  en: {
    "Answer date": "+5",
    "First day away": "2026-12-01",
    "Last day away": "2026-12-11",
    "Substitute's name": "Jānis Kalniņš",
    "Substitute's e-mail": "janis.kalnins@vid.gov.lv",
    "Substitute's phone": "+371 67120001",
    Institution: "State Land Service",
    "Institution's contacts": "https://www.vzd.gov.lv, phone +371 67038626",
  },
};
/** A complete reply around a fragment. */
const reply: Record<Language, (fragment: string) => string> = {
  lv: (fragment) => `Labdien!\n\nPaldies par Jūsu jautājumu. Deklarāciju var iesniegt līdz 1. jūnijam.\n\n${fragment}`,
  en: (fragment) => `Hello,\n\nThank you for your question. You can submit the declaration until 1 June.\n\n${fragment}`,
};

const config = effectiveConfig({}, policy, profile);

test.each(BUILTIN_TEMPLATES.map((t) => [t.id, t.language, t] as const))("%s (%s) passes the engine with no findings", (_id, language, template) => {
  const { text } = renderTemplate(template.body, {
    language,
    today: "2026-11-20",
    profile,
    institution: policy.institution,
    feedbackUrl: policy.feedbackUrl,
    answers: answers[language],
  });
  const mail = template.fragment ? reply[language](text) : text;
  const result = lint(mail, { config, locale: "en" }); // the engine detects the mail's language itself
  expect(result.language).toBe(language);
  expect(result.findings.map((f) => `${f.rule} (${f.severity}) «${mail.slice(f.start, f.end)}»: ${f.message}`)).toEqual([]);
});

test("control: the same reply without the closing block is flagged (the rules are really running)", () => {
  const body = "Labdien!\n\nApliecinām, ka Jūsu e-pasta vēstule ir saņemta.";
  const rules = new Set(lint(body, { config, language: "lv" }).findings.map((f) => f.rule));
  expect([...rules]).toEqual(expect.arrayContaining(["feedback-invitation", "signature/name", "sign-off"]));
});

// Issue 13: the wording a careful Latvian editor would strike out, as a class.
test.each([
  [/ne vēlāk kā līdz/i, "pleonasm: „ne vēlāk kā” or „līdz”, not both"],
  [/sākot ar \S+ (?:\d+\. )?\S+ā\b/i, "after „sākot ar” the date takes the accusative (ar 23. novembri)"],
  [/\bar \{\{institution\}\}/, "„ar” needs the instrumental: the name cannot be inflected, so rephrase"],
  [/sazinieties ar (?:to|šo iestādi) paši|vērsieties (?:tur|citā iestādē)/i, "we forward the question ourselves (nesūtot klientu no iestādes uz iestādi)"],
  [/“|”/, "English quotes in a Latvian template"],
])("no Latvian built-in template has %s (%s)", (pattern) => {
  for (const t of BUILTIN_TEMPLATES.filter((b) => b.language === "lv")) expect(t.body, t.id).not.toMatch(pattern);
});

test("the redirect template says we forwarded the question ourselves, in both languages", () => {
  const redirect = (language: Language) => BUILTIN_TEMPLATES.find((t) => t.id === "redirect" && t.language === language)!.body;
  expect(redirect("lv")).toContain("esam Jūsu vēstuli pārsūtījuši šai iestādei");
  expect(redirect("en")).toContain("we have forwarded your e-mail to them");
});
