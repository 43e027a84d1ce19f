// validatePolicy: problems are collected with their JSON path and skipped; the valid rest applies.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { type ChromeSchema, findChromeDrops } from "../../src/core/chrome-schema.ts";
import { findJsonError, parseJsonWithPosition } from "../../src/core/json-position.ts";
import { joinPath, POLICY_KEYS, POLICY_LIMITS, utf8Length, validatePolicy } from "../../src/core/policy.ts";
import { RULE_IDS } from "../../src/core/types.ts";
import { ROOT } from "../support/build.ts";

const schema = JSON.parse(readFileSync(join(ROOT, "policy/schema.json"), "utf8")) as ChromeSchema & { properties: Record<string, unknown> };

const paths = (raw: unknown) => validatePolicy(raw).problems.map((p) => `${p.level} ${p.path}`);

describe("validatePolicy", () => {
  test.each([null, [], "text", 42, true, undefined])("a policy that is not an object (%j) is an error and applies nothing", (raw) => {
    const { policy, problems } = validatePolicy(raw);
    expect(policy).toEqual({});
    expect(problems).toEqual([{ path: "", level: "error", message: expect.stringContaining("JSON object") }]);
  });

  test("a full valid policy passes unchanged (trimmed)", () => {
    const raw = {
      institution: " Valsts ieņēmumu dienests ",
      institutionAliases: ["VID"],
      feedbackUrl: "https://www.vid.gov.lv/atsauksmes",
      glossary: [{ term: "eskalēt", suggestion: "nodot", explanation: "žargons", language: "lv" }, { term: "escalate" }],
      abbreviationAllowlist: ["PVN", "VID"],
      templates: [{ id: "t1", title: "Saņemts", body: "Labdien!\n{{firstName}}", language: "lv" }],
      rules: { jargon: "error", "signature/name": "off" },
      sendCheck: "block",
      calendar: { holidays: ["2026-05-04"], workdays: ["2026-11-07"] },
      deadlines: { receipt: 1, answer: 5 },
    };
    const { policy, problems } = validatePolicy(raw);
    expect(problems).toEqual([]);
    expect(policy).toEqual({ ...raw, institution: "Valsts ieņēmumu dienests" });
  });

  test.each([
    [{ institution: 5 }, ["error institution"]],
    [{ institution: "   " }, ["error institution"]],
    [{ institution: "x".repeat(POLICY_LIMITS.shortText + 1) }, ["error institution"]],
    [{ feedbackUrl: "javascript:alert(1)" }, ["error feedbackUrl"]],
    [{ feedbackUrl: "data:text/html,<b>x</b>" }, ["error feedbackUrl"]],
    [{ feedbackUrl: "www.vid.gov.lv" }, ["error feedbackUrl"]],
    [{ feedbackUrl: "http://vid.gov.lv" }, ["warning feedbackUrl"]],
    [{ sendCheck: "blok" }, ["error sendCheck"]],
    [{ glossary: {} }, ["error glossary"]],
    [{ glossary: [{ term: "a" }, { term: 5 }, "b", { suggestion: "x" }, { term: "" }] }, ["error glossary[1].term", "error glossary[2]", "error glossary[3]", "error glossary[4].term"]],
    [{ glossary: [{ term: "Eskalēt" }, { term: " eskalēt " }] }, ["error glossary[1].term"]],
    [{ glossary: [{ term: "eskalēt", language: "lv" }, { term: "eskalēt", language: "en" }] }, []],
    [{ glossary: [{ term: "a", colour: "red" }] }, ["warning glossary[0].colour"]],
    [{ glossary: [{ term: "a", language: "lt" }] }, ["error glossary[0].language"]],
    [{ templates: [{ id: "a", title: "A", body: "x" }, { id: "a", title: "B", body: "y" }] }, ["error templates[1].id"]],
    [{ templates: [{ id: "a", title: "A" }] }, ["error templates[0]"]],
    [{ templates: [{ id: "a", title: "A", body: "x".repeat(100 * 1024 + 1) }] }, ["error templates[0].body"]],
    [{ rules: { jargon: "warnign" } }, ["error rules.jargon"]],
    [{ rules: { nonsense: "off" } }, ["error rules.nonsense"]],
    [{ rules: { "signature/name": 1 } }, ['error rules["signature/name"]']],
    [{ rules: [] }, ["error rules"]],
    [{ calendar: { holidays: ["2026-02-30", "2026-05-04"] } }, ["error calendar.holidays[0]"]],
    [{ abbreviationAllowlist: ["VID", "vid"] }, ["warning abbreviationAllowlist[1]"]],
    [{ deadlines: { receipt: 0, answer: 30 } }, []],
    [{ deadlines: [] }, ["error deadlines"]],
    [{ deadlines: { receipt: 1.5 } }, ["error deadlines.receipt"]],
    [{ deadlines: { answer: "2" } }, ["error deadlines.answer"]],
    [{ deadlines: { answer: -1 } }, ["error deadlines.answer"]],
    [{ deadlines: { answer: 31 } }, ["error deadlines.answer"]],
    [{ deadlines: { answer: 1, receipt: 3 } }, ["warning deadlines"]],
    [{ deadlines: { answer: 2, weekends: true } }, ["warning deadlines.weekends"]],
    [{ colour: "red" }, ["warning colour"]],
  ])("%j → %j", (raw, expected) => {
    expect(paths(raw)).toEqual(expected);
  });

  test("the valid rest applies: one bad glossary item does not cost the others", () => {
    const { policy } = validatePolicy({ glossary: [{ term: "eskalēt" }, { term: 5 }, { term: "struktūrvienība", suggestion: "nodaļa" }] });
    expect(policy.glossary).toEqual([{ term: "eskalēt" }, { term: "struktūrvienība", suggestion: "nodaļa" }]);
  });

  test("a bad optional field is skipped alone", () => {
    const { policy } = validatePolicy({ glossary: [{ term: "eskalēt", language: "lt", suggestion: 3 }] });
    expect(policy.glossary).toEqual([{ term: "eskalēt" }]);
  });

  test("more than 50,000 glossary entries: the rest are skipped with one error", () => {
    const glossary = Array.from({ length: POLICY_LIMITS.glossaryEntries + 2 }, (_, i) => ({ term: `t${i}` }));
    const { policy, problems } = validatePolicy({ glossary });
    expect(policy.glossary).toHaveLength(POLICY_LIMITS.glossaryEntries);
    expect(problems.map((p) => p.path)).toEqual(["glossary"]);
  });

  test("deadlines: the valid number applies when the other is skipped", () => {
    expect(validatePolicy({ deadlines: { receipt: "x", answer: 4 } }).policy.deadlines).toEqual({ answer: 4 });
    expect(validatePolicy({ deadlines: { answer: 1.5 } }, "lv").problems[0]?.message).toBe("Jābūt veselam darba dienu skaitam no 0 līdz 30, nevis 1.5; izlaists.");
  });

  test("messages come in Latvian too", () => {
    expect(validatePolicy({ sendCheck: "x" }, "lv").problems[0]?.message).toContain("Jābūt");
  });

  test("rule ids are the stable ones", () => {
    const rules = Object.fromEntries(RULE_IDS.map((id) => [id, "info"]));
    expect(validatePolicy({ rules }).problems).toEqual([]);
  });
});

describe("helpers", () => {
  test.each([
    ["glossary", 3, "glossary[3]"],
    ["glossary[3]", "term", "glossary[3].term"],
    ["rules", "sign-off", 'rules["sign-off"]'],
    ["", "institution", "institution"],
  ] as const)("joinPath(%j, %j) = %s", (base, key, expected) => {
    expect(joinPath(base, key)).toBe(expected);
  });

  test("utf8Length counts bytes", () => {
    expect(utf8Length("aā€😀")).toBe(1 + 2 + 3 + 4);
  });
});

describe("policy/schema.json (Chrome's managed schema)", () => {
  test("declares every policy key and nothing else", () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
  });

  test("every key is documented in the admin guide's reference", () => {
    const guide = readFileSync(join(ROOT, "docs/admin.md"), "utf8");
    for (const key of POLICY_KEYS) expect(guide, key).toContain(`| \`${key}\` |`);
  });

  test("uses only what Chrome's schema parser knows", () => {
    const allowed = new Set(["type", "$ref", "id", "title", "description", "properties", "patternProperties", "additionalProperties", "items", "enum", "pattern", "required", "minimum", "maximum"]);
    const walk = (node: Record<string, unknown>, isPropertyMap = false): void => {
      for (const [key, value] of Object.entries(node)) {
        if (!isPropertyMap) expect(allowed.has(key), `unknown schema attribute ${key}`).toBe(true);
        if (value && typeof value === "object" && !Array.isArray(value)) walk(value as Record<string, unknown>, !isPropertyMap && (key === "properties" || key === "patternProperties"));
      }
    };
    walk(schema as unknown as Record<string, unknown>);
    expect(schema.type).toBe("object");
    expect("additionalProperties" in schema).toBe(false);
  });

  test("is loose: mistakes the extension can report reach it instead of dropping a key", () => {
    const drops = findChromeDrops({ sendCheck: "blok", rules: { jargon: "warnign", bogus: "off" }, glossary: [{ term: "a", language: "lt", colour: "red" }], feedbackUrl: "javascript:x" }, schema);
    expect(drops).toEqual([]);
  });

  test("reports where Chrome would drop a whole key", () => {
    const drops = findChromeDrops({ glossary: [{ term: "a" }, { term: 5 }], rules: { jargon: 1 }, institution: "ok", calendar: { holidays: [20260504] } }, schema);
    expect(drops).toEqual([
      { key: "glossary", path: "glossary[1].term", reason: "expected string, found integer" },
      { key: "rules", path: "rules.jargon", reason: "expected string, found integer" },
      { key: "calendar", path: "calendar.holidays[0]", reason: "expected string, found integer" },
    ]);
  });
});

describe("JSON positions", () => {
  test.each([
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3],
    ['{\n  "a": [1, 2,]\n}', 2, 14],
    ["{\n  'a': 1\n}", 2, 3],
    ['{"a": "b\nc"}', 1, 9],
    ['{"a": 1', 1, 8],
    ['\uFEFF{"a": tru}', 1, 7],
  ])("%j fails at line %i, column %i", (text, line, column) => {
    expect(findJsonError(text)).toMatchObject({ line, column });
    expect(parseJsonWithPosition(text)).toMatchObject({ ok: false, error: { line, column } });
  });

  test.each(['{"a": [1, -2.5e3, true, null, "\\u00e9"]}', "\uFEFF{}", " [] "])("%j is valid", (text) => {
    expect(findJsonError(text)).toBeNull();
    expect(parseJsonWithPosition(text).ok).toBe(true);
  });
});
