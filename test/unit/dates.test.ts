import { expect, test } from "vitest";
import { dateCaseAfter, formatDate, parseDate } from "../../src/core/dates.ts";

test.each([
  ["2026-11-20", "lv", "locative", "2026. gada 20. novembrī"],
  ["2026-11-20", "lv", "dative", "2026. gada 20. novembrim"],
  ["2026-11-20", "lv", "genitive", "2026. gada 20. novembra"],
  ["2026-11-20", "lv", "accusative", "2026. gada 20. novembri"],
  ["2026-11-20", "lv", "nominative", "2026. gada 20. novembris"],
  ["2026-11-20", "lv", "short", "20.11.2026."],
  ["2027-01-05", "lv", "short", "05.01.2027."],
  ["2027-01-05", "lv", "locative", "2027. gada 5. janvārī"],
  ["2026-03-02", "lv", "locative", "2026. gada 2. martā"],
  ["2026-03-02", "lv", "dative", "2026. gada 2. martam"],
  ["2026-04-30", "lv", "genitive", "2026. gada 30. aprīļa"],
  ["2026-05-04", "lv", "dative", "2026. gada 4. maijam"],
  ["2026-08-14", "lv", "accusative", "2026. gada 14. augustu"],
  ["2026-06-24", "lv", "locative", "2026. gada 24. jūnijā"],
  ["2026-11-20", "en", "locative", "20 November 2026"],
  ["2026-11-20", "en", "dative", "20 November 2026"],
  ["2027-01-05", "en", "short", "05.01.2027"],
] as const)("%s in %s, %s → %s", (iso, language, form, expected) => {
  expect(formatDate(iso, language, form)).toBe(expected);
});

test.each([
  ["Atbildi sniegsim līdz ", "dative"],
  ["atbildēsim ne vēlāk kā LĪDZ ", "dative"],
  ["Esmu prombūtnē no ", "genitive"],
  ["pēc ", "genitive"],
  ["pirms ", "genitive"],
  ["Pārcelts uz ", "accusative"],
  ["Sākot ar ", "accusative"],
  ["Vēstule saņemta ", "locative"],
  ["", "locative"],
  ["Termiņš: ", "locative"],
])("after %j the date is %s", (before, form) => {
  expect(dateCaseAfter(before)).toBe(form);
});

test.each([
  ["2026-12-01", "2026-12-01"],
  ["1.12.2026", "2026-12-01"],
  ["01.12.2026.", "2026-12-01"],
  ["1. 12. 2026.", "2026-12-01"],
  ["1.12.", "2026-12-01"],
  ["5.1.", "2027-01-05"],
  ["31.02.2026", null],
  ["rīt", null],
  ["2026-13-01", null],
])("parseDate(%j) with today 2026-11-20 → %s", (input, expected) => {
  expect(parseDate(input, "2026-11-20")).toBe(expected);
});
