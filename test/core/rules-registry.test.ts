// Registries checked by tests (STYLE.md §11): every rule id is registered once, documented in
// docs/rules.md, has its own module and test table, and every built-in word list cites the
// handbook section it serves (STYLE.md §3).
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { DEFAULT_SEVERITIES } from "../../src/core/config.ts";
import { rules } from "../../src/core/rules/index.ts";
import { RULE_IDS } from "../../src/core/types.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const docs = readFileSync(resolve(ROOT, "docs/rules.md"), "utf8");
const fileName = (id: string) => id.replace("/", "-");

describe.each(RULE_IDS.map((id) => ({ id })))("rule $id", ({ id }) => {
  test("is registered exactly once in the rule list", () => {
    expect(rules.filter((r) => r.id === id)).toHaveLength(1);
  });

  test("has a section in docs/rules.md with its default severity and handbook section", () => {
    expect(docs).toContain(`\n## \`${id}\`\n`);
    const rule = rules.find((r) => r.id === id)!;
    expect(docs).toContain(`| \`${id}\` | ${rule.meta.defaultSeverity} | ${rule.meta.handbook} |`);
  });

  test("its default severity is the config's table (DESIGN.md → Default severities)", () => {
    expect(rules.find((r) => r.id === id)!.meta.defaultSeverity).toBe(DEFAULT_SEVERITIES[id]);
  });

  test("lives in its own module and has its own test table", () => {
    expect(existsSync(resolve(ROOT, `src/core/rules/${fileName(id)}.ts`))).toBe(true);
    expect(existsSync(resolve(ROOT, `test/core/rules/${fileName(id)}.test.ts`))).toBe(true);
  });

  test("describes itself in Latvian and English", () => {
    const rule = rules.find((r) => r.id === id)!;
    expect(rule.meta.description.lv.trim()).not.toBe("");
    expect(rule.meta.description.en.trim()).not.toBe("");
    expect(rule.meta.handbook.trim()).not.toBe("");
  });
});

test("the rule list holds nothing but the known ids", () => {
  expect(rules.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
});

const LISTS = ["greetings.ts", "closing-phrases.ts", "feedback-invitations.ts", "signature-words.ts"];
test.each(LISTS)("word list %s cites its handbook section", (name) => {
  const text = readFileSync(resolve(ROOT, "src/core/data", name), "utf8");
  expect(text).toMatch(/HANDBOOK\.md "[^"]+"/);
});

