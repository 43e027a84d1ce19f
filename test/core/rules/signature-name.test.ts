import { describe, expect, test } from "vitest";
import { enMail, findingsOf, lvMail, VZD } from "./helpers.ts";

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

describe("signature/name: signatures as institutions write them (issue 12)", () => {
  const text = (signature: string) => `Labdien!\n\nIesniegums ir izskatīts.\n\nVeiksmīgu dienu!\n\n${signature}`;
  test.each([
    ["one line after the valediction", "Ar cieņu, Anna Kalniņa, Klientu apkalpošanas nodaļas vecākā referente, Valsts zemes dienests, tālr. 67 038 600, anna.kalnina@vzd.gov.lv"],
    ["one line separated by |", "Ar cieņu | Jānis Bērziņš | Nodokļu pārvaldes galvenais nodokļu inspektors | Valsts ieņēmumu dienests | 67 120 000"],
    ["one line separated by ·", "Ar cieņu,\nAnna Kalniņa · vecākā referente · Rīgas valstspilsētas pašvaldība · 67 012 345"],
    ["tab-separated columns", "Ar cieņu,\nAnna Kalniņa\tvecākā referente\tLabklājības ministrija\t67 021 600"],
    ["an academic title", "Ar cieņu,\nMg. iur. Anna Kalniņa\nJuridiskā departamenta juriskonsulte\nTieslietu ministrija\nTālr. 67 036 801"],
    ["an acting position", "Ar cieņu,\nDirektora p.i. Jānis Bērziņš\nNodarbinātības valsts aģentūra\nTālr. 67 021 706"],
    ["a department line between", "Ar cieņu,\nAnna Kalniņa\nKlientu apkalpošanas centrs\nvecākā speciāliste\nOgres novada pašvaldība\n65 022 222"],
    ["a name in capitals", "Ar cieņu,\nMĀRIS KALNIŅŠ\nvecākais referents\nValsts zemes dienests\n67 038 600"],
    ["no valediction, one line of fields", "Anna Kalniņa | vecākā referente | Valsts zemes dienests | tālr. 67 038 600 | anna.kalnina@vzd.gov.lv | Kr. Valdemāra iela 1, Rīga, LV-1010"],
  ])("accepts %s", (_, signature) => {
    expect(findingsOf("signature/name", text(signature))).toEqual([]);
    expect(findingsOf("signature/position", text(signature))).toEqual([]);
    expect(findingsOf("signature/contacts", text(signature))).toEqual([]);
  });

  test.each([
    ["only an e-mail address", "Ar cieņu,\nanna.kalnina@vzd.gov.lv\nvecākā referente\nValsts zemes dienests"],
    ["only a web domain", "Ar cieņu,\nwww.anna-kalnina.lv\nvecākā referente\nValsts zemes dienests"],
    ["a position after the name words (Head of Legal Affairs)", "Kind regards,\nHead of Legal Affairs\nMinistry of Justice\n+371 67 036 801"],
  ])("an address or a title is not a name: %s", (_, signature) => {
    expect(findingsOf("signature/name", text(signature))).toHaveLength(1);
  });

  test("the profile's name in the e-mail address alone does not satisfy the name", () => {
    const signature = "Ar cieņu,\nanna.kalnina@vzd.gov.lv\nvecākā referente";
    expect(findingsOf("signature/name", text(signature), { profile: { firstName: "Anna", lastName: "Kalniņa" } })).toHaveLength(1);
  });
});

describe("signature fixes in a mail without a signature block (issue 12: a fix settles its finding)", () => {
  const PROFILE = { firstName: "Anna", lastName: "Kalniņa", position: "vecākā referente", phone: "67 038 600", email: "anna.kalnina@vzd.gov.lv" };
  const BLOCK = "Anna Kalniņa\nvecākā referente\nValsts zemes dienests\n67 038 600, anna.kalnina@vzd.gov.lv";
  const RULES = ["signature/name", "signature/position", "signature/institution", "signature/contacts"] as const;
  const BODY = "Labdien!\n\nJūsu iesniegums ir izskatīts.\n\nAicinām izteikt viedokli https://www.vzd.gov.lv/atsauksmes.\n\nVeiksmīgu dienu!";

  // One field alone is not a block the segmenter recognises, so its finding stayed: each fix
  // inserts the whole signature from the profile, and any one of them settles all four.
  test.each(RULES.flatMap((rule) => [
    [rule, "no valediction", BODY, `\n\n${BLOCK}`],
    [rule, "a valediction with nothing after it", `${BODY}\n\nAr cieņu,`, `\n${BLOCK}`],
  ]))("%s, %s: the whole block from the profile, and nothing left to fix", (rule, _, text, insertion) => {
    const setup = { policy: VZD, profile: PROFILE };
    const [f] = findingsOf(rule, text, setup);
    expect(f).toMatchObject({ start: text.length, end: text.length, suggestions: [insertion] });
    const fixed = text + insertion;
    for (const r of RULES) expect(findingsOf(r, fixed, setup)).toEqual([]);
  });

  test("a profile too thin to make a block (a name only) gets the field alone", () => {
    expect(findingsOf("signature/name", BODY, { profile: { firstName: "Anna", lastName: "Kalniņa" } })[0]?.suggestions).toEqual(["\nAnna Kalniņa"]);
  });

  test("with a block, the field goes on a new line of it", () => {
    const text = `${BODY}\n\nAr cieņu,\nAnna Kalniņa\nValsts zemes dienests\nTālr. 67 038 600`;
    expect(findingsOf("signature/position", text, { policy: VZD, profile: PROFILE })[0]).toMatchObject({ start: text.length, suggestions: ["\nvecākā referente"] });
  });
});
