// Counts in the options page's Latvian and English, by Intl.PluralRules (lv: zero/one/other),
// with the real _locales strings substituted as Chrome does.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "vitest";
import { plural } from "../../src/options/deps.ts";

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(resolve(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), "utf8"));

function translator(messages: Messages) {
  return (key: string, subs?: string | string[]) => {
    const m = messages[key];
    if (!m) throw new Error(`missing UI string ${key}`);
    const values = ([] as string[]).concat(subs ?? []);
    return m.message.replace(/\$(\w+)\$/g, (_, name: string) => values[Number((m.placeholders?.[name.toLowerCase()]?.content ?? "").slice(1)) - 1] ?? "");
  };
}

const lv = { t: translator(load("lv")), language: "lv" as const };
const en = { t: translator(load("en")), language: "en" as const };

test.each([
  [1, "1 rakstzīme"],
  [2, "2 rakstzīmes"],
  [10, "10 rakstzīmes"],
  [11, "11 rakstzīmes"],
  [21, "21 rakstzīme"],
  [300, "300 rakstzīmes"],
  [301, "301 rakstzīme"],
  [311, "311 rakstzīmes"],
])("lv: %i → %s", (count, text) => {
  expect(plural(lv, "optCharacters", count)).toBe(text);
});

test.each([
  [1, "Jūsu vārdnīcā ir 1 termins; atļauti ne vairāk kā 50 000."],
  [3, "Jūsu vārdnīcā ir 3 termini; atļauti ne vairāk kā 50 000."],
  [50_000, "Jūsu vārdnīcā ir 50 000 termini; atļauti ne vairāk kā 50 000."],
  [50_001, "Jūsu vārdnīcā ir 50 001 termins; atļauti ne vairāk kā 50 000."],
])("lv glossary count %i", (count, text) => {
  expect(plural(lv, "optGlossaryCount", count, new Intl.NumberFormat("lv").format(50_000)).replace(/\u00a0/g, " ")).toBe(text);
});

test.each([
  [1, "1 entry"],
  [0, "0 entries"],
  [21, "21 entries"],
])("en: %i → %s", (count, text) => {
  expect(plural(en, "optEntries", count)).toBe(text);
});
