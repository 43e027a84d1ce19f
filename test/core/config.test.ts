// The effective config: defaults ← user settings ← policy; scalars locked, rules per rule, lists merged.
import { describe, expect, test } from "vitest";
import { configLocks, defaultConfig, effectiveConfig, isOverriddenByPolicy, isRuleLocked, isScalarLocked, resolveConfig } from "../../src/core/config.ts";
import { decodeSpreadsheet, glossaryFromCsv, mergeGlossary } from "../../src/core/csv.ts";
import type { Policy, UserSettings } from "../../src/core/types.ts";

const user: UserSettings = {
  institution: "Mana iestāde",
  feedbackUrl: "https://mana.example.lv/",
  sendCheck: "off",
  rules: { jargon: "off", greeting: "info" },
  glossary: [{ term: "eskalēt", suggestion: "mans ieteikums" }, { term: "kolēģis" }],
  templates: [{ id: "org-1", title: "Mine", body: "x" }, { id: "p-1", title: "Mine too", body: "y" }],
  abbreviationAllowlist: ["vid", "LR"],
  institutionAliases: ["MI"],
};

const policy: Policy = {
  institution: "Valsts ieņēmumu dienests",
  rules: { jargon: "error" },
  glossary: [{ term: "Eskalēt", suggestion: "nodot" }],
  templates: [{ id: "org-1", title: "Organisation", body: "z" }],
  abbreviationAllowlist: ["VID"],
  calendar: { holidays: ["2026-05-04"] },
};

describe("effectiveConfig", () => {
  test("defaults follow DESIGN.md", () => {
    const config = defaultConfig();
    expect(config.sendCheck).toBe("warn");
    expect(config.rules.jargon).toBe("warning");
    expect(config.rules["signature/name"]).toBe("error");
    expect(config.rules["personal-data"]).toBe("error");
    expect(config.rules["sign-off"]).toBe("warning");
  });

  test("without a policy the user's settings apply", () => {
    const config = effectiveConfig(user);
    expect(config.institution).toBe("Mana iestāde");
    expect(config.sendCheck).toBe("off");
    expect(config.rules.jargon).toBe("off");
    expect(config.glossary).toHaveLength(2);
  });

  test("a scalar the policy sets wins and is locked; one it does not set stays the user's", () => {
    const { config, locks } = resolveConfig(user, policy);
    expect(config.institution).toBe("Valsts ieņēmumu dienests");
    expect(isScalarLocked(locks, "institution")).toBe(true);
    expect(config.feedbackUrl).toBe("https://mana.example.lv/");
    expect(isScalarLocked(locks, "feedbackUrl")).toBe(false);
    expect(config.sendCheck).toBe("off");
  });

  test("rules lock rule by rule", () => {
    const { config, locks } = resolveConfig(user, policy);
    expect(config.rules.jargon).toBe("error");
    expect(isRuleLocked(locks, "jargon")).toBe(true);
    expect(config.rules.greeting).toBe("info");
    expect(isRuleLocked(locks, "greeting")).toBe(false);
    expect(config.rules["signature/name"]).toBe("error");
  });

  test("lists merge: the organisation's entries first and always there, the user's added", () => {
    const { config, locks } = resolveConfig(user, policy);
    expect(config.glossary).toEqual([{ term: "Eskalēt", suggestion: "nodot" }, { term: "kolēģis" }]);
    expect(isOverriddenByPolicy(locks, { term: "eskalēt" })).toBe(true);
    expect(config.templates.map((t) => `${t.id}:${t.title}`)).toEqual(["org-1:Organisation", "p-1:Mine too"]);
    expect(config.abbreviationAllowlist).toEqual(["VID", "LR"]);
    expect(config.institutionAliases).toEqual(["MI"]);
    expect(config.calendar).toEqual({ holidays: ["2026-05-04"], workdays: [] });
  });

  test("deadlines: the policy's numbers over the defaults; staff cannot set them", () => {
    expect(effectiveConfig().deadlines).toEqual({ receipt: 1, answer: 2 });
    expect(effectiveConfig({}, { deadlines: { answer: 5 } }).deadlines).toEqual({ receipt: 1, answer: 5 });
    expect(effectiveConfig({ deadlines: { answer: 9 } } as never).deadlines).toEqual({ receipt: 1, answer: 2 });
  });

  test("locks name exactly what the policy set", () => {
    expect(configLocks({})).toEqual({ scalars: [], rules: [], glossary: [], templates: [], abbreviations: [], institutionAliases: [], calendar: false });
    expect(configLocks(policy).scalars).toEqual(["institution"]);
    expect(configLocks(policy).templates).toEqual(["org-1"]);
  });

  test("stored user settings that are broken are sanitised, not trusted", () => {
    const config = effectiveConfig({ feedbackUrl: "javascript:alert(1)", rules: { jargon: "loud" }, glossary: [{ term: "" }, { term: "ok" }] } as unknown as UserSettings);
    expect(config.feedbackUrl).toBe("");
    expect(config.rules.jargon).toBe("warning");
    expect(config.glossary).toEqual([{ term: "ok" }]);
  });
});

describe("CSV glossary import", () => {
  test("semicolons, quotes with delimiters, doubled quotes and line breaks, a BOM", () => {
    const csv = '\uFEFFterm;suggestion;explanation;language\r\n"eskalēt";nodot;"Skaidrojums; ar ""pēdiņām""\nun rindu";lv\r\nstruktūrvienība;nodaļa;;\r\n';
    const result = glossaryFromCsv(csv);
    expect(result.delimiter).toBe(";");
    expect(result.problems).toEqual([]);
    expect(result.entries).toEqual([
      { term: "eskalēt", suggestion: "nodot", explanation: 'Skaidrojums; ar "pēdiņām"\nun rindu', language: "lv" },
      { term: "struktūrvienība", suggestion: "nodaļa" },
    ]);
  });

  test("bad rows are reported by row number and skipped; a later duplicate replaces", () => {
    const csv = "term,suggestion,explanation,language\neskalēt,nodot,,\n,nothing,,\nx,y,,lt\nESKALĒT,pārsūtīt,,\n";
    const result = glossaryFromCsv(csv);
    expect(result.problems.map((p) => `${p.row} ${p.level}`)).toEqual(["3 error", "4 error", "5 warning"]);
    expect(result.entries).toEqual([{ term: "ESKALĒT", suggestion: "pārsūtīt" }]);
  });

  test("a file without a term column imports nothing", () => {
    expect(glossaryFromCsv("word,meaning\na,b\n").entries).toEqual([]);
  });

  test("Windows-1257 is detected when the bytes are not UTF-8", () => {
    const bytes = Uint8Array.from([...Buffer.from("term\n"), 0x65, 0x73, 0x6b, 0x61, 0x6c, 0xe7, 0x74, 0x0a]);
    expect(decodeSpreadsheet(bytes)).toEqual({ text: "term\neskalēt\n", encoding: "windows-1257" });
    expect(decodeSpreadsheet(Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from("term\nā")]))).toEqual({ text: "term\nā", encoding: "utf-8-bom" });
  });

  test("merging replaces the same term in place and appends new ones", () => {
    const merged = mergeGlossary([{ term: "a" }, { term: "B", language: "lv" }], [{ term: "b", language: "lv", suggestion: "x" }, { term: "c" }]);
    expect(merged).toEqual({ glossary: [{ term: "a" }, { term: "b", language: "lv", suggestion: "x" }, { term: "c" }], added: 1, replaced: 1 });
  });
});
