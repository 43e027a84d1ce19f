// Dates the way letters print them. Latvian: "2026. gada 20. novembrī" — the month takes the
// case the sentence needs (locative "kad?", dative after "līdz", genitive after "no",
// "pēc", "pirms", "kopš", accusative after "uz", "ap"), or the short "20.11.2026.".
// English: "20 November 2026" or "20.11.2026".
import type { Language } from "./types.ts";

export const DATE_FORMS = ["locative", "dative", "genitive", "accusative", "nominative", "short"] as const;
export type DateForm = (typeof DATE_FORMS)[number];
export type DateCase = Exclude<DateForm, "short">;

// Latvian month names by case (Latviešu valodas gramatika: 2nd declension -is/-ris months
// janvāris…, 1st declension marts, maijs, augusts…).
const MONTHS_LV: Record<DateCase, readonly string[]> = {
  nominative: ["janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs", "augusts", "septembris", "oktobris", "novembris", "decembris"],
  genitive: ["janvāra", "februāra", "marta", "aprīļa", "maija", "jūnija", "jūlija", "augusta", "septembra", "oktobra", "novembra", "decembra"],
  dative: ["janvārim", "februārim", "martam", "aprīlim", "maijam", "jūnijam", "jūlijam", "augustam", "septembrim", "oktobrim", "novembrim", "decembrim"],
  accusative: ["janvāri", "februāri", "martu", "aprīli", "maiju", "jūniju", "jūliju", "augustu", "septembri", "oktobri", "novembri", "decembri"],
  locative: ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī", "oktobrī", "novembrī", "decembrī"],
};

const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Prepositions that govern the case of a Latvian date that follows them. */
const GOVERNED: Record<string, DateCase> = {
  līdz: "dative",
  no: "genitive",
  pēc: "genitive",
  pirms: "genitive",
  kopš: "genitive",
  sākot: "genitive",
  uz: "accusative",
  ap: "accusative",
  // "sākot ar 23. novembri", "ar 1. janvāri stājas spēkā": a date after "ar" is "from", in the accusative.
  ar: "accusative",
};

function parts(iso: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`Not a date (YYYY-MM-DD): ${iso}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/**
 * Formats an ISO date. Latvian defaults to the locative ("… novembrī": "on"), the form a date
 * takes in running text. `withYear: false` drops the year from the long forms ("23. novembrī",
 * "23 November") where the year goes without saying.
 */
export function formatDate(iso: string, language: Language, form: DateForm = "locative", withYear = true): string {
  const { year, month, day } = parts(iso);
  const dd = String(day).padStart(2, "0");
  const mm = String(month).padStart(2, "0");
  if (language === "en") return form === "short" ? `${dd}.${mm}.${year}` : `${day} ${MONTHS_EN[month - 1]}${withYear ? ` ${year}` : ""}`;
  if (form === "short") return `${dd}.${mm}.${year}.`;
  return `${withYear ? `${year}. gada ` : ""}${day}. ${MONTHS_LV[form][month - 1]}`;
}

/** The case a Latvian date needs after `before` (the text preceding it), judged by the last word. */
export function dateCaseAfter(before: string): DateCase {
  // The last 200 characters are enough for the last word, and keep the unanchored `$` pattern
  // from re-scanning a long run of letters from each of its positions.
  const word = /(\p{L}+)[\s\u00a0]*$/u.exec(before.slice(-200))?.[1]?.toLocaleLowerCase("lv");
  return (word && GOVERNED[word]) || "locative";
}

/**
 * Reads a date the writer typed: ISO "2026-11-20", Latvian "20.11.2026" (final dot optional),
 * or "20.11." (this or the next year, whichever is not before `today`). Null when it is no date.
 */
export function parseDate(input: string, today?: string): string | null {
  const text = input.trim();
  let iso: string | null = null;
  const isoMatch = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const lvMatch = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})?\.?$/.exec(text);
  if (isoMatch) iso = build(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  else if (lvMatch) {
    const day = Number(lvMatch[1]);
    const month = Number(lvMatch[2]);
    if (lvMatch[3]) iso = build(Number(lvMatch[3]), month, day);
    else if (today) {
      const year = parts(today).year;
      iso = build(year, month, day);
      if (iso && iso < today) iso = build(year + 1, month, day);
    }
  }
  return iso;
}

function build(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
