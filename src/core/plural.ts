// Counted phrases in the language's own plural categories. Latvian has three (Intl.PluralRules
// "lv", CLDR): one — 1, 21, 31, 101 … (not 11) take the singular, "21 piezīme"; zero — 0,
// 10–20, 30 …; other — 2–9, 22 …. Skaidri writes zero with the nominative plural like other
// ("11 piezīmes", as current usage has it; the genitive "11 piezīmju" reads archaic), but every
// message still gives the zero form, so a language or phrase that needs it can. English: one, other.
// Every counted message of the engine, the CLI and the UI picks its form here, not by hand.
import type { Language } from "./types.ts";

export type PluralCategory = Intl.LDMLPluralRule;

/** The forms of one counted phrase; `{n}` stands for the number. Latvian needs zero, one, other. */
export type PluralForms = Partial<Record<PluralCategory, string>> & { one: string; other: string };

const rules = new Map<Language, Intl.PluralRules>();

function pluralRules(locale: Language): Intl.PluralRules {
  let r = rules.get(locale);
  if (!r) {
    r = new Intl.PluralRules(locale);
    rules.set(locale, r);
  }
  return r;
}

/** The plural category of `n` in `locale` ("lv": zero / one / other; "en": one / other). */
export function pluralCategory(locale: Language, n: number): PluralCategory {
  return pluralRules(locale).select(n);
}

/** The categories a locale distinguishes (a counted message must give each of them). */
export function pluralCategories(locale: Language): PluralCategory[] {
  return pluralRules(locale).resolvedOptions().pluralCategories as PluralCategory[];
}

/** The form of `forms` for `n`, with `{n}` replaced by the number: counted(lv, 21, …) → "21 piezīme". */
export function counted(locale: Language, n: number, forms: PluralForms): string {
  const form = forms[pluralCategory(locale, n)] ?? forms.other;
  return form.replaceAll("{n}", String(n));
}
