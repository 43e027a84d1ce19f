// formal-address: valid and invalid real sentences (STYLE.md §2) in complete Latvian replies.
import { describe, expect, test } from "vitest";
import { formalAddress } from "../../../src/core/rules/formal-address.ts";
import { enMail, findingsOf, lvMail } from "./helpers.ts";

const valid: { greeting?: string; body: string }[] = [
  { body: "Nosūtām Jums izziņu par nekustamā īpašuma kadastrālo vērtību." },
  { body: "Paldies par Jūsu vēstuli. Jūsu iesniegums ir reģistrēts." },
  { body: "Vai Jūs varētu precizēt, kuru zemes vienību domājat?" },
  { body: "Jūsējais pieteikums ir saņemts, un par lēmumu ziņosim Jums rakstiski." },
  { body: "Ja Tev ir vēl jautājumi, raksti Tavam konsultantam." },
  { greeting: "Godātie vecāki!", body: "Informējam, ka jūs varat pieteikt bērnu pulciņam līdz piektdienai." },
  { greeting: "Cienījamās kundzes un godātie kungi!", body: "Pateicamies jums par dalību sanāksmē un gaidām jūsu priekšlikumus." },
  { greeting: "Labdien visiem!", body: "Nosūtām jums sanāksmes darba kārtību." },
  { body: "Vai jūs abi esat iesnieguši pieteikumu par pabalstu?" },
  { body: "Lūdzam katru no jums parakstīt iesniegumu atsevišķi." },
  { body: "Pirms līguma slēgšanas jūs esat iesnieguši kopīgu iesniegumu, tāpēc atbildi sūtām jums abiem." },
  { body: "Izziņa tiks nosūtīta jums visiem uz norādītajām adresēm." },
  { body: "Jūs esat iesniegusi visus dokumentus, paldies!" },
  { body: "Jūs klients rakstīja: „vai jūs varat atbildēt ātrāk”, un mēs atbildam šodien." },
  { body: "Jūs to varat izdarīt arī e-pakalpojumā." },
  { body: "Jūsu sūdzību izskatīsim desmit darba dienu laikā." },
];

const invalid: { greeting?: string; body: string; found: string[]; fix: string[] }[] = [
  { body: "Nosūtām jums izziņu par nekustamā īpašuma kadastrālo vērtību.", found: ["jums"], fix: ["Jums"] },
  { body: "Paldies par jūsu vēstuli un pacietību.", found: ["jūsu"], fix: ["Jūsu"] },
  { body: "Vai jūs varētu precizēt, kuru zemes vienību domājat?", found: ["jūs"], fix: ["Jūs"] },
  { body: "Iesniegums, ko jūs nosūtījāt, ir saņemts.", found: ["jūs"], fix: ["Jūs"] },
  { body: "Lūdzam jūs ierasties klientu centrā ar personu apliecinošu dokumentu.", found: ["jūs"], fix: ["Jūs"] },
  { body: "Par lēmumu ziņosim jums rakstiski uz jūsu deklarēto adresi.", found: ["jums", "jūsu"], fix: ["Jums", "Jūsu"] },
  { body: "Jūsu pieteikums un jūsējais apliecinājums ir saņemti.", found: ["jūsējais"], fix: ["Jūsējais"] },
  { body: "Esam saņēmuši jūsējo iesniegumu.", found: ["jūsējo"], fix: ["Jūsējo"] },
  { body: "Ja tev ir jautājumi, raksti mums.", found: ["tev"], fix: ["Tev"] },
  { body: "Paldies par tavu vēstuli.", found: ["tavu"], fix: ["Tavu"] },
  { body: "Vai tu vari atsūtīt dokumenta kopiju?", found: ["tu"], fix: ["Tu"] },
  { body: "Jūs esat iesniedzis pieteikumu, un mēs jums atbildēsim rīt.", found: ["jums"], fix: ["Jums"] },
  { greeting: "Labdien!", body: "Informējam, ka jūsu iesniegums ir izskatīts.", found: ["jūsu"], fix: ["Jūsu"] },
  { greeting: "Labdien, kolēģi!", body: "Pārsūtu jums klienta jautājumu.", found: ["jums"], fix: ["Jums"] },
  { body: "Mēs jums nosūtījām rēķinu, bet jūs to neesat saņēmusi.", found: ["jums", "jūs"], fix: ["Jums", "Jūs"] },
  { body: "Diemžēl jūsu prasību nevaram izpildīt, jo tev nav pilnvaras.", found: ["jūsu", "tev"], fix: ["Jūsu", "Tev"] },
];

describe("valid", () => {
  test.each(valid)("$body", ({ greeting, body }) => {
    expect(findingsOf("formal-address", lvMail({ greeting, body }))).toEqual([]);
  });
});

describe("invalid", () => {
  test.each(invalid)("$body", ({ greeting, body, found, fix }) => {
    const text = lvMail({ greeting, body });
    const findings = findingsOf("formal-address", text);
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(found);
    expect(findings.map((f) => f.suggestions[0])).toEqual(fix);
    expect(findings.every((f) => f.severity === "warning")).toBe(true);
  });
});

test("a plural use is decided per use: a couple's joint application, then one person", () => {
  const text = lvMail({ body: "Jūs abi esat iesnieguši iesniegumu. Lēmumu nosūtīsim jums uz e-pastu." });
  expect(findingsOf("formal-address", text).map((f) => text.slice(f.start, f.end))).toEqual(["jums"]);
});

test("quoted history, quotations and English mails are not checked", () => {
  const quoted = `${lvMail({ body: "Paldies par Jūsu jautājumu." })}\n\n> vai jūs varat palīdzēt?`;
  expect(findingsOf("formal-address", quoted)).toEqual([]);
  expect(findingsOf("formal-address", lvMail({ body: "Jūs rakstījāt: „vai jums ir brīvs laiks”." }))).toEqual([]);
  expect(findingsOf("formal-address", enMail({ body: "Thank you, jums and jūsu are Latvian words." }))).toEqual([]);
});

test("messages in both languages; meta", () => {
  const text = lvMail({ body: "Nosūtām jums izziņu." });
  expect(findingsOf("formal-address", text)[0]!.message).toContain("„Jums”");
  expect(findingsOf("formal-address", text, { locale: "en" })[0]!.message).toMatch(/capitalised: “Jums”/);
  expect(formalAddress.meta.defaultSeverity).toBe("warning");
});
