import { describe, expect, test } from "vitest";
import { isOldPersonalCode, personalCodeCheckDigit } from "../../../src/core/personal-code.ts";
import { findingsOf } from "./helpers.ts";

describe("personal-data", () => {
  test.each([
    ["161175-19997", "Jūsu personas kods 161175-19997 ir reģistrā."],
    ["111111-11111", "Klienta p.k. 111111-11111."],
    ["16117519997", "Personas kods: 16117519997"],
    ["161175–19997", "Kods 161175–19997 (ar domuzīmi)."],
    ["321234-56789", "Jaunā formāta kods 321234-56789 nav jānorāda."],
    ["329999-00001", "Your personal code 329999-00001 was updated."],
  ])("flags %s", (code, text) => {
    const found = findingsOf("personal-data", text);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(code);
    expect(found[0]).toMatchObject({ severity: "error", suggestions: [code.replace(/\d/g, "X")] });
  });

  test.each([
    ["a wrong check digit", "Kods 161175-19998."],
    ["an impossible date", "Kods 161375-19997."],
    ["31 February", "Kods 310275-10000."],
    ["an unknown century digit", "Kods 161175-39997."],
    ["a Latvian phone number", "Zvaniet pa tālruni +371 67 038 600 vai 29123456."],
    ["an IBAN", "Konts LV80BANK0000435195001, banka BANK."],
    ["dates", "Termiņš ir 24.11.2026, iesniegts 2026-11-20."],
    ["a company registration number", "Reģ. Nr. 40003245752."],
    ["a document number", "Lēmums Nr. 123456-12345 no 2026. gada 1. oktobra."],
    ["digits inside a longer number", "Lieta 1161175-19997 un 161175-199971."],
    ["a new-format-looking number without a hyphen", "Rēķins 32123456789."],
    ["a code in quoted history", "Labdien!\n\n> Mans kods ir 161175-19997"],
  ])("does not flag %s", (_, text) => {
    expect(findingsOf("personal-data", text)).toEqual([]);
  });

  test("finds every code, in order", () => {
    const text = "Kodi 161175-19997 un 111111-11111.";
    expect(findingsOf("personal-data", text).map((f) => text.slice(f.start, f.end))).toEqual(["161175-19997", "111111-11111"]);
  });

  test("the check digit formula reproduces published valid codes", () => {
    expect(personalCodeCheckDigit("1611751999")).toBe(7);
    expect(personalCodeCheckDigit("1111111111")).toBe(1);
    expect(isOldPersonalCode("16117519997")).toBe(true);
    expect(isOldPersonalCode("29022012345".slice(0, 10) + String(personalCodeCheckDigit("2902201234") % 10))).toBe(true);
    expect(isOldPersonalCode("29021912345".slice(0, 10) + String(personalCodeCheckDigit("2902191234") % 10))).toBe(false);
  });
});
