import { describe, expect, test } from "vitest";
import { enMail, findingsOf, lvMail } from "./helpers.ts";

const anna = { firstName: "Anna", lastName: "Kalniņa" };

describe("signature/name", () => {
  test.each([
    ["name line, no profile", "Anna Kalniņa\nVecākā referente\nValsts zemes dienests\nTālr. 67 038 600", {}],
    ["hyphenated surname", "Anna Bērziņa-Kalniņa\nVecākā referente\nValsts zemes dienests\nTālr. 67 038 600", {}],
    ["name and position on one line", "Anna Kalniņa | vecākā referente\nValsts zemes dienests, tālr. 67 038 600", {}],
    ["all-caps surname", "Anna KALNIŅA\nVecākā referente\nValsts zemes dienests\nTālr. 67 038 600", {}],
    ["profile name", "Anna Kalniņa\nVecākā referente\nValsts zemes dienests\nTālr. 67 038 600", anna],
    ["profile name in another case and without diacritics", "ANNA KALNINA\nVecākā referente\nValsts zemes dienests\nTālr. 67 038 600", anna],
  ])("accepts %s", (_, signature, profile) => {
    expect(findingsOf("signature/name", lvMail({ signature }), { profile })).toEqual([]);
  });

  test("accepts an English signature", () => {
    expect(findingsOf("signature/name", enMail())).toEqual([]);
  });

  test.each([
    ["no name at all", "Vecākā referente\nValsts zemes dienests\nTālr. 67 038 600", {}, "missing"],
    ["first name only", "Anna\nVecākā referente\nValsts zemes dienests\nTālr. 67 038 600", {}, "partial"],
    ["someone else's name when a profile is set", "Jānis Bērziņš\nVecākais referents\nValsts zemes dienests\nTālr. 67 038 600", anna, "missing"],
    ["only the surname from the profile", "A. Kalniņa\nVecākā referente\nValsts zemes dienests\nTālr. 67 038 600", anna, "partial"],
  ])("flags %s", (_, signature, profile, kind) => {
    const text = lvMail({ signature });
    const found = findingsOf("signature/name", text, { profile });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", start: text.length, end: text.length });
    expect(found[0]!.message).toMatch(kind === "partial" ? /tikai vārds vai tikai uzvārds/ : /vārda un uzvārda/);
  });

  test("with a profile the fix inserts the name", () => {
    const text = lvMail({ signature: "Vecākā referente\nValsts zemes dienests\nTālr. 67 038 600" });
    expect(findingsOf("signature/name", text, { profile: anna })[0]?.suggestions).toEqual(["\nAnna Kalniņa"]);
  });

  test("a mail with no signature points at the end of the writer's text, before the quote", () => {
    const text = "Labdien!\n\nIesniegums ir izskatīts.\n\nVeiksmīgu dienu!\n\n-----Original Message-----\nFrom: a@b.lv";
    const [f] = findingsOf("signature/name", text);
    expect(f!.start).toBe(text.indexOf("Veiksmīgu dienu!") + "Veiksmīgu dienu!".length);
  });
});
