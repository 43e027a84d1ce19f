import { describe, expect, test } from "vitest";
import { BUILTIN_TEMPLATES, BUILTIN_TEMPLATE_IDS, builtinTemplates } from "../../src/core/data/builtin-templates.ts";
import { fillInsOf, renderTemplate, searchTemplates, TemplateError, templateProblems } from "../../src/core/templates.ts";

const profile = {
  firstName: "Anna",
  lastName: "Bērziņa",
  position: "klientu konsultante",
  department: "Klientu apkalpošanas daļa",
  phone: "+371 67000000",
  email: "anna.berzina@vid.gov.lv",
};
const base = {
  language: "lv" as const,
  today: "2026-11-20",
  profile,
  institution: "Valsts ieņēmumu dienests",
  feedbackUrl: "https://www.vid.gov.lv/atsauksmes",
};

describe("placeholders", () => {
  test.each([
    ["{{firstName}} {{lastName}}", "Anna Bērziņa"],
    ["{{ position }}, {{department}}", "klientu konsultante, Klientu apkalpošanas daļa"],
    ["{{institution}} {{feedbackUrl}}", "Valsts ieņēmumu dienests https://www.vid.gov.lv/atsauksmes"],
    ["Šodien ir {{date}}.", "Šodien ir 2026. gada 20. novembrī."],
    ["Atbildēsim līdz {{date +2}}.", "Atbildēsim līdz 2026. gada 24. novembrim."],
    ["Atbildēsim līdz {{date + 2}}.", "Atbildēsim līdz 2026. gada 24. novembrim."],
    ["Termiņš: {{date +2 | short}}", "Termiņš: 24.11.2026."],
    ["{{date +2 | nominative}}", "2026. gada 24. novembris"],
    ["Līdz {{date +2 | locative}}", "Līdz 2026. gada 24. novembrī"],
    ["No {{date +1}} līdz {{date +5}}", "No 2026. gada 23. novembra līdz 2026. gada 27. novembrim"],
    ["{{unknown}} stays", "{{unknown}} stays"],
  ])("%s → %s", (body, expected) => {
    expect(renderTemplate(body, base).text).toBe(expected);
  });

  test("English dates", () => {
    expect(renderTemplate("We will answer by {{date +2}}.", { ...base, language: "en" }).text).toBe(
      "We will answer by 24 November 2026.",
    );
  });

  test("policy calendar moves {{date +N}}", () => {
    expect(renderTemplate("līdz {{date +2}}", { ...base, calendar: { holidays: ["2026-11-23"] } }).text).toBe(
      "līdz 2026. gada 25. novembrim",
    );
  });

  test("a line whose placeholders are all empty is left out; others keep their text", () => {
    const body = "Ar cieņu\n{{firstName}} {{lastName}}\n{{department}}\nTālr. {{phone}}\nE-pasts: {{email}}";
    const result = renderTemplate(body, { ...base, profile: { firstName: "Anna", lastName: "Bērziņa", email: "a@b.lv" } });
    expect(result.text).toBe("Ar cieņu\nAnna Bērziņa\nE-pasts: a@b.lv");
    expect(result.emptyFields).toEqual(["department", "phone"]);
  });

  test("line breaks are kept, CRLF normalised; text is not HTML-escaped or interpreted", () => {
    expect(renderTemplate("A\r\n\r\nB <b>{{ask:X}}</b>", { ...base, answers: { X: "<img src=x>" } }).text).toBe(
      "A\n\nB <b><img src=x></b>",
    );
  });
});

describe("fill-ins", () => {
  const body = "No {{ask:Sākums | date}} līdz {{ask:Beigas|date}}: {{ask:Aizvietotājs}}, {{ask:Aizvietotājs}}";

  test("lists what a template asks, each label once, in order", () => {
    expect(fillInsOf(body)).toEqual([
      { label: "Sākums", date: true },
      { label: "Beigas", date: true },
      { label: "Aizvietotājs", date: false },
    ]);
  });

  test("answers fill them; dates take the case and accept +N working days", () => {
    const answers = { Sākums: "1.12.2026", Beigas: "+5", Aizvietotājs: "Jānis Kalniņš" };
    expect(renderTemplate(body, { ...base, answers }).text).toBe(
      "No 2026. gada 1. decembra līdz 2026. gada 27. novembrim: Jānis Kalniņš, Jānis Kalniņš",
    );
  });

  test("a missing fill-in is an error naming it", () => {
    let error: unknown;
    try {
      renderTemplate(body, { ...base, answers: { Sākums: "2026-12-01" } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).labels).toEqual(["Beigas", "Aizvietotājs"]);
    expect((error as TemplateError).message).toBe('missing fill-ins: "Beigas", "Aizvietotājs"');
  });

  test("an unreadable date is an error naming it", () => {
    expect(() => renderTemplate("{{ask:Kad | date}}", { ...base, answers: { Kad: "drīz" } })).toThrow(/not a date.*"Kad"/);
  });

  test("preview shows unanswered fill-ins as [Label]", () => {
    expect(renderTemplate("Labdien, {{ask:Vārds}}!", { ...base, preview: true }).text).toBe("Labdien, [Vārds]!");
  });
});

test("templateProblems names unknown placeholders and modifiers", () => {
  expect(templateProblems("{{firstName}} {{frstName}} {{date | dativ}} {{ask:}} {{date +2}")).toEqual([
    "unknown placeholder {{frstName}}",
    'unknown modifier "dativ" in {{date | dativ}}',
    "a fill-in needs a label: {{ask:}}",
    "unbalanced {{ or }}",
  ]);
  for (const t of BUILTIN_TEMPLATES) expect(templateProblems(t.body), `${t.id}/${t.language}`).toEqual([]);
});

test("built-in templates: every id in lv and en", () => {
  for (const language of ["lv", "en"] as const) {
    expect(builtinTemplates(language).map((t) => t.id)).toEqual([...BUILTIN_TEMPLATE_IDS]);
  }
});

test("receipt renders the deadline two working days on, in the dative", () => {
  const receipt = builtinTemplates("lv").find((t) => t.id === "receipt")!;
  expect(renderTemplate(receipt.body, base).text).toContain("sniegsim līdz 2026. gada 24. novembrim.");
});

test("search matches titles and bodies, ignoring case and diacritics", () => {
  const lv = builtinTemplates("lv");
  expect(searchTemplates(lv, "prombutne").map((t) => t.id)).toEqual(["out-of-office"]);
  expect(searchTemplates(lv, "citai IESTĀDEI").map((t) => t.id)).toEqual(["redirect"]);
  expect(searchTemplates(lv, "aizvietotāju").map((t) => t.id)).toEqual(["out-of-office"]);
  expect(searchTemplates(lv, "  ")).toHaveLength(5);
});
