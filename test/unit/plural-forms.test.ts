// Issue 13 "Keep it right": every counted UI message (a `key_zero/_one/_other` family in
// public/_locales) rendered for 0, 1, 2, 5, 11, 21 and 101 in Latvian and English through the
// real tn() — Latvian from the package's table (a Latvian choice in an English browser),
// English from the browser's chrome.i18n — and the options page's plural(): the form chosen is
// the one Intl.PluralRules names, the count is in the text, and a Latvian "one" form is
// singular ("21 piezīme", never "21 piezīmes"), an English one too ("1 entry").
import { beforeAll, describe, expect, test, vi } from "vitest";
import type { Language } from "../../src/core/types.ts";
import { plural } from "../../src/options/deps.ts";
import { formatMessage } from "../../src/platform/message-tables.ts";
import { message, UI_TABLES } from "../support/ui-strings.ts";

// An English browser: chrome.i18n serves the English table as the browser formats it.
vi.mock("../../src/platform/browser.ts", () => ({
  browser: {
    i18n: { getMessage: (key: string, subs?: string | string[]) => message("en", key, subs) ?? "", getUILanguage: () => "en" },
    storage: { sync: { get: async () => ({}) } },
  },
}));
const { ensureUiTable, loadUiLanguage, setUiLanguage, tn, uiLanguage } = await import("../../src/platform/i18n.ts");

const COUNTS = [0, 1, 2, 5, 11, 21, 101] as const;
/** What CLDR gives (pinned, so a change in the runtime's plural data shows here too). */
const CATEGORIES: Record<Language, string[]> = {
  lv: ["zero", "one", "other", "other", "zero", "one", "one"],
  en: ["other", "one", "other", "other", "other", "other", "other"],
};
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** The counted families of a table: base key → its extra substitutions (placeholders past the count). */
function families(language: Language): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, entry] of Object.entries(UI_TABLES[language])) {
    const m = PLURAL_SUFFIX.exec(key);
    if (!m) continue;
    const extra = Object.values(entry.placeholders ?? {})
      .map((p) => Number(p.content.slice(1)))
      .filter((n) => n > 1);
    const base = key.slice(0, m.index);
    // Distinct, recognisable values for $2, $3 … (never digits, so the count is found alone).
    out.set(base, Array.from({ length: Math.max(0, ...extra, 1) - 1 }, (_, i) => `«X${"abcdefgh"[i]}»`));
  }
  return out;
}

const FAMILIES = { lv: families("lv"), en: families("en") };
const rows = (language: Language) => [...FAMILIES[language]].map(([key, extra]) => ({ language, key, extra }));

beforeAll(async () => {
  // The stored choice is "auto" here; loading gives i18n the package reader the choice uses.
  await loadUiLanguage(async (language) => UI_TABLES[language]);
});

/** tn() as the page would call it with Skaidri speaking `language`. */
async function tnIn(language: Language, key: string, count: number, extra: string[]): Promise<string> {
  setUiLanguage(language);
  await ensureUiTable();
  expect(uiLanguage()).toBe(language);
  return tn(key, count, extra);
}

test("the scan finds the counted families (and both languages have the same ones)", () => {
  expect([...FAMILIES.lv.keys()]).toContain("chipCount");
  expect([...FAMILIES.lv.keys()]).toContain("optTemplateFindings");
  expect([...FAMILIES.lv.keys()].length).toBeGreaterThanOrEqual(15);
  expect([...FAMILIES.lv.keys()].sort()).toEqual([...FAMILIES.en.keys()].sort());
  for (const language of ["lv", "en"] as const) expect(COUNTS.map((n) => new Intl.PluralRules(language).select(n))).toEqual(CATEGORIES[language]);
});

describe.each(["lv", "en"] as const)("%s", (language) => {
  test.each(rows(language))("$key for 0, 1, 2, 5, 11, 21, 101", async ({ key, extra }) => {
    const table = UI_TABLES[language];
    const rules = new Intl.PluralRules(language);
    for (const n of COUNTS) {
      const category = rules.select(n);
      const entry = table[`${key}_${category}`];
      expect(entry, `${key}_${category} in _locales/${language}`).toBeDefined();
      const text = await tnIn(language, key, n, extra);
      // The form Intl.PluralRules names, with the count and every extra value substituted.
      expect(text, `${key} for ${n}`).toBe(formatMessage(entry!, [String(n), ...extra]));
      expect(text).toMatch(new RegExp(`(^|[^\\d])${n}([^\\d]|$)`));
      for (const value of extra) expect(text).toContain(value);
      expect(text).not.toMatch(/\$\w+\$|\$\d/);
      // The options page's own counter (deps.plural, Intl.NumberFormat for the count) agrees.
      const t = (k: string, subs?: string | string[]) => formatMessage(table[k]!, ([] as string[]).concat(subs ?? []));
      expect(plural({ t, language }, key, n, ...extra)).toBe(text);
    }
  });

  test.each(rows(language))("$key: the one form is singular, the other form plural", ({ key }) => {
    const table = UI_TABLES[language];
    const words = (category: string) => table[`${key}_${category}`]!.message.split(/\s+/);
    const one = words("one");
    const other = words("other");
    const at = one.findIndex((w) => /\$COUNT\$/i.test(w));
    expect(at, `${key}_one names its count`).toBeGreaterThanOrEqual(0);
    // The counted word: the first word after the count where the forms differ.
    const i = one.findIndex((w, j) => j > at && w !== other[j]);
    const bare = (w: string | undefined) => (w ?? "").replace(/[^\p{L}]/gu, "");
    if (language === "lv") {
      // Every Latvian counted phrase has distinct singular and plural forms.
      expect(i, `${key}: _one and _other read the same`).toBeGreaterThan(at);
      // Singular: not a plural ending (nom./acc./loc./dat. pl. -as, -es, -os, -ās, -ēs, -ām, -ēm, -iem); the plural form has one (-i, -as, -es …).
      expect(bare(one[i]), `${key}_one: ${one.join(" ")}`).not.toMatch(/(as|es|os|ās|ēs|ām|ēm|iem)$/);
      expect(bare(other[i]), `${key}_other: ${other.join(" ")}`).toMatch(/(i|as|es|os|ās|ēs)$/);
      // Zero is written with the nominative plural like other (core/plural.ts).
      expect(table[`${key}_zero`]!.message).toBe(table[`${key}_other`]!.message);
    } else if (i > at) {
      expect(bare(one[i]), `${key}_one: ${one.join(" ")}`).not.toMatch(/s$/);
      expect(bare(other[i]), `${key}_other: ${other.join(" ")}`).toMatch(/s$/);
    } else {
      // The same text for one and other: only where the counted word does not change ("1 replaced").
      expect(bare(one[at + 1])).toMatch(/ed$/);
    }
  });
});
