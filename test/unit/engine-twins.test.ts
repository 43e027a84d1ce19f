// Issue 13, "Keep it right": every Latvian text the engine gives — the rules' findings, the
// policy check's and the glossary import's problems, the template checker's, the invitation it
// inserts — has an English twin that carries the same placeholders, the same values of what was
// found and the same handbook citation; and each built-in template has its twin in the other
// language with the same placeholders. (The UI table's twins: test/unit/locales.test.ts.)
import { describe, expect, test } from "vitest";
import { BUILTIN_TEMPLATES } from "../../src/core/data/builtin-templates.ts";
import { INVITATION_SUGGESTION } from "../../src/core/data/feedback-invitations.ts";
import { MESSAGES as IMPORT_MESSAGES } from "../../src/core/glossary-import.ts";
import { JSON_MESSAGES } from "../../src/core/json-position.ts";
import { citeHandbook, HANDBOOK_SECTIONS } from "../../src/core/handbook-cite.ts";
import { MESSAGES as POLICY_MESSAGES } from "../../src/core/policy.ts";
import { rules } from "../../src/core/rules/index.ts";
import type { MessageText, RuleMessages } from "../../src/core/rules/rule.ts";
import { fillInsOf, PROBLEMS, parsePlaceholder, templateProblems } from "../../src/core/templates.ts";
import type { Language } from "../../src/core/types.ts";
import { SIGNATURE_BODY } from "../../src/options/profile-section.tsx";

type Table = Record<Language, RuleMessages>;

/**
 * Arguments to build each function-made text with, by "table.key" (a branch of the text may
 * need its own list). Each value is distinct, so the test sees which of them a text shows.
 */
const SAMPLES: Record<string, unknown[][]> = {
  abbreviation: [["ĀBCD"]],
  "formal-address": [["⟦found⟧", "⟦fix⟧"]],
  "greeting/vocative": [["⟦found⟧", "⟦fix⟧"]],
  jargon: [
    ["⟦found⟧", { term: "⟦term⟧", explanation: "⟦explanation⟧" }, "⟦suggestion⟧"],
    ["⟦found⟧\n⟦line⟧", { term: "⟦term⟧" }, undefined],
  ],
  "long-sentence": [
    [9137, 9253],
    [21, 25],
  ],
  "passive-voice": [["⟦found⟧"]],
  "plain-language": [
    ["⟦found⟧", "⟦plain⟧", "⟦source⟧"],
    ["⟦found⟧", "(⟦plain⟧)", "⟦source⟧"],
  ],
  "templates.modifier": [["⟦word⟧", "⟦inner⟧"]],
  "templates.label": [["⟦inner⟧"]],
  "templates.placeholder": [["⟦inner⟧"]],
};

/** The strings and numbers inside sample arguments (an entry object's fields too). */
function leaves(value: unknown): string[] {
  if (typeof value === "string" || typeof value === "number") return [String(value)];
  if (value && typeof value === "object") return Object.values(value).flatMap(leaves);
  return [];
}

/** What a twin must carry too: its {placeholders}, the handbook sections it cites, the sample values it shows. */
function carried(text: string, language: Language, args: unknown[]): string[] {
  const placeholders = [...text.matchAll(/(?<!\{)\{(\w+)\}(?!\})/g)].map((m) => `{${m[1]}}`);
  const cited = HANDBOOK_SECTIONS.filter((s) => text.includes(citeHandbook(language, s))).map((s) => `handbook:${s}`);
  const shown = args.flatMap(leaves).filter((v) => text.includes(v) || text.includes(v.replace(/\s+/g, " ")));
  return [...new Set([...placeholders, ...cited, ...shown])].sort();
}

interface Pair {
  name: string;
  lv: MessageText;
  en: MessageText;
}

/** The texts of a two-language table, paired key by key; a key in one language only fails. */
function pairs(name: string, table: Table): Pair[] {
  const { lv, en } = table;
  if (typeof lv !== "object" || typeof en !== "object") {
    expect(typeof lv, `${name}: one text in lv, one in en`).toBe(typeof en);
    return [{ name, lv: lv as MessageText, en: en as MessageText }];
  }
  expect(Object.keys(lv).sort(), `${name}: the same keys in lv and en`).toEqual(Object.keys(en).sort());
  return Object.keys(lv).map((key) => ({ name: `${name}.${key}`, lv: lv[key]!, en: en[key]! }));
}

function checkTwins({ name, lv, en }: Pair): void {
  expect(typeof lv, `${name}: built the same way in lv and en`).toBe(typeof en);
  const samples = typeof lv === "function" ? SAMPLES[name] ?? SAMPLES[name.split(".")[0]!] : [[]];
  expect(samples, `${name} is built from arguments: give SAMPLES for it`).toBeDefined();
  for (const args of samples!) {
    const build = (text: MessageText) => (typeof text === "function" ? (text as (...a: unknown[]) => string)(...args) : text);
    const [lvText, enText] = [build(lv), build(en)];
    expect(lvText.trim(), `${name}: lv text`).not.toBe("");
    expect(enText.trim(), `${name}: en text`).not.toBe("");
    expect(carried(lvText, "lv", args), `${name}(${JSON.stringify(args)}):\n  lv: ${lvText}\n  en: ${enText}`).toEqual(carried(enText, "en", args));
  }
}

const TABLES: [string, Table][] = [
  ...rules.map((r): [string, Table] => [r.id, r.messages]),
  ...rules.map((r): [string, Table] => [`${r.id}.description`, r.meta.description]),
  ["policy", POLICY_MESSAGES],
  ["glossary-import", IMPORT_MESSAGES],
  ["json-syntax", JSON_MESSAGES],
  ["templates", PROBLEMS as unknown as Table],
  ["invitation", INVITATION_SUGGESTION],
];

describe("engine messages: each Latvian text has an English twin with the same placeholders", () => {
  test.each(TABLES)("%s", (name, table) => {
    for (const pair of pairs(name, table)) checkTwins(pair);
  });

  test("the check sees a placeholder, a citation and a shown value go missing", () => {
    const fails = (lv: MessageText, en: MessageText, args: unknown[][] = [[]]) => {
      SAMPLES.probe = args;
      try {
        checkTwins({ name: "probe", lv, en });
        return false;
      } catch {
        return true;
      } finally {
        delete SAMPLES.probe;
      }
    };
    expect(fails("Termiņš bija {date}.", "The answer was due.")).toBe(true);
    expect(fails(`${citeHandbook("lv", "E-PASTS")}: pievienojam saiti.`, "The handbook asks for a link.")).toBe(true);
    expect(fails((x: string) => `„${x}” ir žargons.`, () => "This is jargon.", [["⟦x⟧"]])).toBe(true);
    expect(fails((x: string) => `„${x}” ir žargons.`, (x: string) => `“${x}” is jargon.`, [["⟦x⟧"]])).toBe(false);
  });
});

/** A template's placeholders with the language-bound part (a fill-in's label) left out, sorted. */
function placeholderShape(body: string): string[] {
  return [...body.matchAll(/\{\{([^{}]*)\}\}/g)]
    .map((m) => {
      const p = parsePlaceholder(m[1]!);
      if (p.kind === "field") return `field:${p.name}`;
      if (p.kind === "date") return `date+${p.offset}${p.form ? `|${p.form}` : ""}`;
      if (p.kind === "ask") return `ask${p.date ? "|date" : ""}${p.form ? `|${p.form}` : ""}`;
      return `unknown:${m[1]}`;
    })
    .sort();
}

describe("built-in templates: each Latvian one has an English twin with the same placeholders", () => {
  const ids = (language: Language) => BUILTIN_TEMPLATES.filter((t) => t.language === language).map((t) => t.id);

  test("the same ids in lv and en", () => {
    expect(ids("lv").length).toBeGreaterThan(0);
    expect(ids("lv").sort()).toEqual(ids("en").sort());
  });

  test.each(ids("lv"))("%s", (id) => {
    const lv = BUILTIN_TEMPLATES.find((t) => t.id === id && t.language === "lv")!;
    const en = BUILTIN_TEMPLATES.find((t) => t.id === id && t.language === "en")!;
    expect(templateProblems(lv.body, "lv")).toEqual([]);
    expect(templateProblems(en.body, "en")).toEqual([]);
    expect(placeholderShape(lv.body)).toEqual(placeholderShape(en.body));
    // The same fill-ins, in the same order, each a date in both or in neither.
    expect(fillInsOf(lv.body).map((f) => f.date)).toEqual(fillInsOf(en.body).map((f) => f.date));
    expect([lv.fragment, lv.copy]).toEqual([en.fragment, en.copy]);
    expect(lv.title.trim() && en.title.trim() && lv.handbook.trim() && en.handbook.trim()).toBeTruthy();
  });

  test("the options page's signature preview", () => {
    expect(placeholderShape(SIGNATURE_BODY.lv)).toEqual(placeholderShape(SIGNATURE_BODY.en));
  });

  test("the shape check tells a missing or different placeholder", () => {
    expect(placeholderShape("līdz {{date +2}}: {{feedbackUrl}}")).not.toEqual(placeholderShape("by {{date +3}}: {{feedbackUrl}}"));
    expect(placeholderShape("{{ask:Datums | date}}")).not.toEqual(placeholderShape("{{ask:Date}}"));
    expect(placeholderShape("{{ask:Iestāde}} {{institution}}")).toEqual(placeholderShape("{{institution}} {{ask:Institution}}"));
  });
});
