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
