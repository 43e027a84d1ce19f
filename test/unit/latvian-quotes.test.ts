// Issue 13: Latvian text quotes with „…”. English “…” or typewriter "…" quotes in any Latvian
// string Skaidri shows — the UI table, the rules' descriptions, the engine's findings on real
// mails, the policy check's problems — fail here, with the string that has them.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "vitest";
import { defaultConfig } from "../../src/core/config.ts";
import { lint } from "../../src/core/lint.ts";
import { validatePolicy } from "../../src/core/policy.ts";
import { rules } from "../../src/core/rules/index.ts";
import { RULE_IDS } from "../../src/core/types.ts";
import { UI_TABLES } from "../support/ui-strings.ts";

const ROOT = resolve(import.meta.dirname, "../..");
/** An English opening quote or a typewriter double quote. */
const ENGLISH_QUOTE = /[“"]/;
const badlyQuoted = (strings: Iterable<string>) => [...strings].filter((s) => ENGLISH_QUOTE.test(s));

test("the Latvian UI table", () => {
  expect(badlyQuoted(Object.values(UI_TABLES.lv).map((e) => e.message))).toEqual([]);
});

test("the rules' Latvian descriptions", () => {
  expect(badlyQuoted(rules.map((r) => r.meta.description.lv))).toEqual([]);
});

test("the engine's Latvian findings on the fixture mails, every rule on", () => {
  const dir = resolve(ROOT, "test/fixtures/mail");
  const config = defaultConfig();
  for (const id of RULE_IDS) config.rules[id] = config.rules[id] === "off" ? "info" : config.rules[id];
  const messages: string[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
    const text = readFileSync(resolve(dir, name), "utf8");
    const result = lint(text, { locale: "lv", config: { ...config, glossary: [{ term: "struktūrvienība", suggestion: "nodaļa" }], feedbackUrl: "https://iestade.gov.lv/atsauksmes" }, today: "2026-11-30" });
    messages.push(...result.findings.map((f) => f.message));
  }
  expect(messages.length).toBeGreaterThan(10);
  expect(badlyQuoted(messages)).toEqual([]);
});

test("the policy check's Latvian problems", () => {
  const { problems } = validatePolicy(
    { feedbackURL: "x", institution: 3, sendCheck: "maybe", rules: { nav: "warn" }, glossary: [{ term: "" }, { term: "a" }, { term: "a" }], calendar: { holidays: ["2026-13-01"] }, feedbackUrl: "javascript:alert(1)", templates: [{ id: "t" }] },
    "lv",
  );
  expect(problems.length).toBeGreaterThan(5);
  expect(badlyQuoted(problems.map((p) => p.message))).toEqual([]);
});
