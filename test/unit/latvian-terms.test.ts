// Issue 13, "one word per concept": the words the Latvian UI gave up stay given up — in the UI
// table, the rules' descriptions and findings, the policy check, the glossary import and the
// CLI's texts. Each pattern names the word that replaced it.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "vitest";
import { cliText } from "../../src/cli/messages.ts";
import { defaultConfig } from "../../src/core/config.ts";
import { MESSAGES as IMPORT_MESSAGES } from "../../src/core/glossary-import.ts";
import { lint } from "../../src/core/lint.ts";
import { MESSAGES as POLICY_MESSAGES } from "../../src/core/policy.ts";
import { rules } from "../../src/core/rules/index.ts";
import { RULE_IDS } from "../../src/core/types.ts";
import { UI_TABLES } from "../support/ui-strings.ts";

const RETIRED: [RegExp, string][] = [
  [/atradum/iu, "piezīme"],
  [/glosārij/iu, "vārdnīca"],
  [/nozīmīgum/iu, "līmenis"],
  [/nepaskaidrot/iu, "neatšifrēts saīsinājums"],
  [/atsauksmju (?:vietn|viet[aāu](?!\p{L}))/iu, "atsauksmju lapa"],
  [/personīg\p{L}* veidn|jūsu pašu/iu, "Manas veidnes"],
  [/organizācij/iu, "iestāde"],
  // The checks, not Cabinet regulations ("MK noteikumi" may still be quoted).
  [/(?<!MK )\bNoteikum/u, "Pārbaudes"],
];

/** The Latvian strings of a nested table (functions called with placeholder arguments). */
function strings(value: unknown): string[] {
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

function findings(): string[] {
  const dir = resolve(import.meta.dirname, "../fixtures/mail");
  const config = defaultConfig();
  for (const id of RULE_IDS) config.rules[id] = config.rules[id] === "off" ? "info" : config.rules[id];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .flatMap((name) =>
      lint(readFileSync(resolve(dir, name), "utf8"), { locale: "lv", config: { ...config, glossary: [{ term: "struktūrvienība", suggestion: "nodaļa" }] }, today: "2026-11-30" }).findings.map(
        (f) => f.message,
      ),
    );
}

const SOURCES: [string, string[]][] = [
  ["the UI table", Object.values(UI_TABLES.lv).map((e) => e.message)],
  ["the rules' descriptions and messages", rules.flatMap((r) => [r.meta.description.lv, ...strings(r.messages.lv)])],
  ["the engine's findings on the fixture mails", findings()],
  ["the policy check", strings(POLICY_MESSAGES.lv)],
  ["the glossary import", strings(IMPORT_MESSAGES.lv)],
  ["the CLI", strings(cliText("lv"))],
];

test.each(SOURCES)("%s keeps to one word per concept", (_name, texts) => {
  expect(texts.length).toBeGreaterThan(3);
  const retired = texts.flatMap((text) => RETIRED.filter(([pattern]) => pattern.test(text)).map(([, instead]) => `${text}  →  ${instead}`));
  expect(retired).toEqual([]);
});

test("the patterns catch the retired words", () => {
  const hits = (text: string) => RETIRED.some(([pattern]) => pattern.test(text));
  expect(["3 atradumi", "Glosārijs", "Nozīmīgums", "Nepaskaidrots saīsinājums", "atsauksmju vietne", "Jūsu pašu veidnes", "organizācijas politika", "Noteikumi"].every(hits)).toBe(true);
  expect(["3 piezīmes", "Mana vārdnīca", "Līmenis", "atsauksmju lapa", "MK noteikumi Nr. 1000", "Manas veidnes"].some(hits)).toBe(false);
});
