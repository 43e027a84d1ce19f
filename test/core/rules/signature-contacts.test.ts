import { describe, expect, test } from "vitest";
import { findingsOf, lvMail } from "./helpers.ts";

const sig = (contact: string) => `Anna Kalniņa\nVecākā referente\nValsts zemes dienests\n${contact}`;

describe("signature/contacts", () => {
  test.each([
    "Tālr. 67 038 600",
    "Tālrunis: +371 67038600",
    "+371 29 123 456",
    "mob. 29123456",
    "67-038-600",
    "00371 67038600",
    "anna.kalnina@vzd.gov.lv",
    "E-pasts: anna.kalnina@vzd.gov.lv",
    "Twitter: @VZD_lv",
    "Phone: +44 20 7946 0958",
  ])("accepts %j", (contact) => {
    expect(findingsOf("signature/contacts", lvMail({ signature: sig(contact) }))).toEqual([]);
  });

  test.each([
    ["no contact", sig("Rīga")],
    ["only a website", sig("www.vzd.gov.lv")],
    ["a postal code and a date", sig("Rīga, LV-1050, 24.11.2026")],
    ["a company registration number", sig("Reģ. Nr. 90000012345")],
  ])("flags %s", (_, signature) => {
    const text = lvMail({ signature });
    expect(findingsOf("signature/contacts", text)).toMatchObject([{ severity: "error", start: text.length, end: text.length }]);
  });

  test("with a profile the fix inserts the phone and e-mail", () => {
    const text = lvMail({ signature: sig("Rīga") });
    expect(findingsOf("signature/contacts", text, { profile: { phone: "67 038 600", email: "anna@vzd.gov.lv" } })[0]?.suggestions).toEqual(["\n67 038 600, anna@vzd.gov.lv"]);
  });
});
