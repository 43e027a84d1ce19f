// The Latvian texts Skaidri shows, gathered for the tests that read them all as an editor would
// (test/unit/latvian-terms.test.ts, latvian-grammar.test.ts): every string of a message table,
// and what the engine says about the fixture mails.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { cliText } from "../../src/cli/messages.ts";
import { MESSAGES as IMPORT_MESSAGES } from "../../src/core/glossary-import.ts";
import { lint } from "../../src/core/lint.ts";
import { MESSAGES as POLICY_MESSAGES } from "../../src/core/policy.ts";
import { rules } from "../../src/core/rules/index.ts";
import type { Config } from "../../src/core/types.ts";
import { UI_TABLES } from "./ui-strings.ts";

/** The strings of a nested table (functions called with placeholder arguments). */
export function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "function") {
    try {
      return [String(value(...Array.from({ length: value.length }, () => "X")))];
    } catch {
      return [];
    }
  }
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

/** The Latvian findings' messages on every mail of test/fixtures/mail under `config`. */
export function fixtureFindings(config: Config): string[] {
  const dir = resolve(import.meta.dirname, "../fixtures/mail");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .flatMap((name) => lint(readFileSync(resolve(dir, name), "utf8"), { locale: "lv", config, today: "2026-11-30" }).findings.map((f) => f.message));
}

/** The message tables both tests read, named; each test adds the sources of its own. */
export function latvianTables(): [string, string[]][] {
  return [
    ["the UI table", Object.values(UI_TABLES.lv).map((e) => e.message)],
    ["the rules' descriptions and messages", rules.flatMap((r) => [r.meta.description.lv, ...strings(r.messages.lv)])],
    ["the policy check", strings(POLICY_MESSAGES.lv)],
    ["the glossary import", strings(IMPORT_MESSAGES.lv)],
    ["the CLI", strings(cliText("lv"))],
  ];
}
