import { describe, expect, test } from "vitest";
import { findingsOf, lvMail, VZD } from "./helpers.ts";

const sig = (institution: string) => `Anna Kalniņa\nVecākā referente\n${institution}\nTālr. 67 038 600`;

describe("signature/institution", () => {
  test.each([
    ["the configured name", "Valsts zemes dienests", VZD],
    ["an alias", "VZD", VZD],
    ["another case form", "Valsts zemes dienesta Klientu apkalpošanas centrs", VZD],
    ["upper case", "VALSTS ZEMES DIENESTS", VZD],
    ["an English alias", "State Land Service", VZD],
    ["an institution word, no config", "Pilsonības un migrācijas lietu pārvalde", {}],
    ["an acronym, no config", "VID", {}],
    ["an English institution word, no config", "Ministry of Finance", {}],
  ])("accepts %s", (_, institution, policy) => {
    expect(findingsOf("signature/institution", lvMail({ signature: sig(institution) }), { policy })).toEqual([]);
  });

  test.each([
    ["none", "Anna Kalniņa\nVecākā referente\nTālr. 67 038 600", {}],
    ["another institution than the configured one", sig("Valsts ieņēmumu dienests"), VZD],
    ["part of the configured name", sig("Zemes dienests"), VZD],
  ])("flags %s", (_, signature, policy) => {
    const text = lvMail({ signature });
    expect(findingsOf("signature/institution", text, { policy })).toMatchObject([{ severity: "error", start: text.length, end: text.length }]);
  });

  test("names the configured institution and offers it as the fix", () => {
    const [f] = findingsOf("signature/institution", lvMail({ signature: "Anna Kalniņa\nVecākā referente\nTālr. 67 038 600" }), { policy: VZD });
    expect(f!.message).toContain("Valsts zemes dienests");
    expect(f!.suggestions).toEqual(["\nValsts zemes dienests"]);
  });
});

describe("signature/institution: an address is a contact, not the institution (issue 12)", () => {
  test.each([
    ["the configured alias inside an e-mail address", "Anna Kalniņa\nVecākā referente\nanna.kalnina@vzd.gov.lv", VZD],
    ["the configured alias inside a web domain", "Anna Kalniņa\nVecākā referente\nwww.vzd.gov.lv\nTālr. 67 038 600", VZD],
    ["an institution word inside an e-mail address", "Anna Kalniņa\nVecākā referente\nvards.uzvards@iestade.gov.lv", {}],
  ])("flags %s", (_, signature, policy) => {
    expect(findingsOf("signature/institution", lvMail({ signature }), { policy })).toHaveLength(1);
  });

  test.each([
    ["in a one-line signature", "Anna Kalniņa, vecākā referente, Valsts zemes dienests, tālr. 67 038 600"],
    ["beside the address", "Anna Kalniņa | VZD | anna.kalnina@vzd.gov.lv"],
  ])("accepts the institution %s", (_, signature) => {
    expect(findingsOf("signature/institution", lvMail({ signature }), { policy: VZD })).toEqual([]);
  });
});
