// abbreviation: valid and invalid real sentences (STYLE.md §2), with the full word lists
// (as the CLI and the background use them) and without (the built-in fallback).
import { describe, expect, test } from "vitest";
import { loadNodeLexicon } from "../../../src/cli/lexicon-node.ts";
import { createLexiconCache } from "../../../src/core/lexicon.ts";
import { abbreviation, explainedAbbreviations } from "../../../src/core/rules/abbreviation.ts";
import { findingsOf, lvMail } from "./helpers.ts";
import { flagged, ruleContext } from "./rule-context.ts";

const lexicon = loadNodeLexicon();

const valid: { text: string; language?: "lv" | "en" }[] = [
  { text: "Valsts zemes dienests (turpmāk – VZD) izskatīs Jūsu iesniegumu. VZD atbildi sniegs 10 dienās." },
  { text: "Valsts zemes dienests (turpmāk — VZD) izskatīs Jūsu iesniegumu; VZD atbildēs." },
  { text: "Valsts zemes dienests (turpmāk - VZD) izskatīs Jūsu iesniegumu; VZD atbildēs." },
  { text: "Valsts ieņēmumu dienests (turpmāk tekstā – VID) pārbaudīs deklarāciju; VID sazināsies ar Jums." },
  { text: "Iesniegumu pārsūtījām Valsts sociālās apdrošināšanas aģentūrai (VSAA). VSAA atbildēs." },
  { text: "Nekustamā īpašuma nodoklis (NĪN) jāmaksā līdz 31. martam." },
  { text: "SRS (Sabiedrisko pakalpojumu regulēšanas komisija) lēmumu pieņems rīt. Atbildi sniegs SRS." },
  { text: "Rēķinā norādīta PVN summa un SIA rekvizīti, maksājums EUR, konts IBAN formātā." },
  { text: "ES fondu atbalstu piešķir saskaņā ar LR normatīvajiem aktiem; pielikums PDF formātā." },
  { text: "SVARĪGI: LŪDZU iesniedziet dokumentus līdz piektdienai. PALDIES!" },
  { text: "UZMANĪBU! Pieteikšanās NEKAVĒJOTIES jāpabeidz portālā." },
  { text: "Dokuments A4 formātā jānosūta uz adresi Rīgā, LV-1050, kabinets B12, lieta Nr. 2B-17." },
  { text: "Saskaņā ar likuma II nodaļas IV pantu un XII pielikumu." },
  { text: "URGENT: please reply by Friday. IMPORTANT: bring your passport.", language: "en" },
  { text: "Labdien! Lūdzu, atbildiet STEIDZAMI — URGENT." },
  { text: "Please do NOT send originals; send copies ONLY.", language: "en" },
  { text: "Our office is open 9:00–17:00 CET. Thank you, OK?", language: "en" },
  { text: "Vairāk informācijas: WWW.VZD.GOV.LV vai rakstiet uz INFO@VZD.GOV.LV." },
  { text: "LŪDZU NOSŪTIET VISUS DOKUMENTUS LĪDZ PIEKTDIENAI, CITĀDI IESNIEGUMS NETIKS IZSKATĪTS." },
  { text: "Termiņš ir ĻOTI īss, tāpēc rīkojieties ĀTRI un NEATLIKTI." },
  { text: "PLEASE NOTE: THE OFFICE IS CLOSED ON MONDAY.", language: "en" },
];

const invalid: { text: string; found: string[]; language?: "lv" | "en" }[] = [
  { text: "Jūsu iesniegumu pārsūtījām VZD izskatīšanai.", found: ["VZD"] },
  { text: "Par NĪ nodokli lūdzu sazināties ar pašvaldību.", found: ["NĪ"] },
  { text: "Jautājumu izskatīs SRS un VID kopīgi.", found: ["SRS", "VID"] },
  { text: "Par subsīdijām lemj LAD, bet par vidi — VARAM.", found: ["LAD", "VARAM"] },
  { text: "Lūdzu, iesniedziet veidlapu CSDD vai VSAA klientu centrā.", found: ["CSDD", "VSAA"] },
  { text: "Atbilde tiks sagatavota pēc saskaņošanas ar KAN un DAP.", found: ["KAN", "DAP"] },
  { text: "Your request was forwarded to the PMLP for review.", found: ["PMLP"], language: "en" },
  { text: "VZD-ā jautājumu izskatīs ātri.", found: ["VZD"] },
  { text: "VZD (turpmāk – VZD) nav skaidrojums, bet NVA šeit netiek paskaidrota.", found: ["NVA"] },
];

describe("valid", () => {
  test.each(valid)("$text", ({ text, language }) => {
    expect(flagged(abbreviation, text, { lexicon, language })).toEqual([]);
  });
});

describe("invalid", () => {
  test.each(invalid)("$text", ({ text, found, language }) => {
    expect(flagged(abbreviation, text, { lexicon, language })).toEqual(found);
  });
});

test("the policy allow-list (any case) and glossary terms are not flagged", () => {
  const text = "Iesniegumu izskatīs VZD un NVA.";
  expect(flagged(abbreviation, text, { lexicon, abbreviationAllowlist: ["vzd"] })).toEqual(["NVA"]);
  expect(flagged(abbreviation, text, { lexicon, glossary: [{ term: "NVA", suggestion: "Nodarbinātības valsts aģentūra" }] })).toEqual(["VZD"]);
});

test("the quoted history is never linted, but an explanation there counts", () => {
  const reply = "Labdien! Jautājumu izskatīs VZD.\n";
  expect(flagged(abbreviation, `${reply}> Kāpēc SRS neatbild?`, { lexicon, quoteStart: reply.length })).toEqual(["VZD"]);
  expect(flagged(abbreviation, `${reply}> Vai Valsts zemes dienests (VZD) to izskatīs?`, { lexicon, quoteStart: reply.length })).toEqual([]);
});

test("without a lexicon the built-in list still knows the commonest shouted words", () => {
  expect(flagged(abbreviation, "SVARĪGI: LŪDZU atbildiet. VZD gaida.")).toEqual(["VZD"]);
  expect(flagged(abbreviation, "URGENT: VZD waits.", { language: "en" })).toEqual(["VZD"]);
});

test("a lexicon that does not know a word yet: not flagged, listed as pending, flagged once answered", () => {
  const cache = createLexiconCache();
  const text = "ATBILDIET un sazinieties ar VZD.";
  const context = ruleContext(text, { lexicon: cache });
  expect(abbreviation.check(context)).toEqual([]);
  expect([...context.pendingWords!].sort()).toEqual(["atbildiet", "vzd"]);
  cache.learn(["atbildiet", "vzd"], { lv: ["atbildiet"], en: [] });
  const again = ruleContext(text, { lexicon: cache });
  expect(abbreviation.check(again).map((f) => text.slice(f.start, f.end))).toEqual(["VZD"]);
  expect(again.pendingWords!.size).toBe(0);
});

test.each([
  ["Valsts zemes dienests (turpmāk – VZD)", "VZD"],
  ["Valsts zemes dienests (turpmāk tekstā – VZD)", "VZD"],
  ["Valsts zemes dienests (turpmāk – „VZD”)", "VZD"],
  ["the State Land Service (hereinafter – VZD)", "VZD"],
  ["the State Land Service (hereinafter referred to as VZD)", "VZD"],
  ["Valsts zemes dienests (VZD)", "VZD"],
  ["VZD (Valsts zemes dienests)", "VZD"],
])("%s explains %s", (text, abbr) => {
  expect(explainedAbbreviations(text).has(abbr)).toBe(true);
});

test.each(["VZD (2026)", "VZD (skat.)", "(VZD)", "VZD un NVA"])("%s explains nothing", (text) => {
  expect(explainedAbbreviations(text).size).toBe(0);
});

test("messages in both languages quote the handbook and show how to explain", () => {
  const text = "Jautājiet VZD.";
  const [lv] = abbreviation.check(ruleContext(text, { lexicon }));
  expect(lv!.message).toContain("(turpmāk – VZD)");
  expect(lv!.message).toContain("nelietojam žargonu un iestādes iekšējos saīsinājumus");
  const [en] = abbreviation.check(ruleContext(text, { lexicon, locale: "en" }));
  expect(en!.message).toMatch(/^The abbreviation “VZD” is not explained/);
});

test("meta: warning by default", () => {
  expect(abbreviation.id).toBe("abbreviation");
  expect(abbreviation.meta.defaultSeverity).toBe("warning");
});

describe("abbreviation: definitions, known forms and names as institutions write them (issue 12)", () => {
  test.each([
    "Iesniegumu izskatīs VZD jeb Valsts zemes dienests. VZD atbildēs desmit darba dienu laikā.",
    "Iesniegumu izskatīs Valsts zemes dienests jeb VZD; VZD atbildēs desmit darba dienu laikā.",
    "Valsts ieņēmumu dienests (turpmāk tekstā – VID) pārbaudīs deklarāciju. VID atbildēs.",
    "Pieteikumu nosūtījām Valsts sociālās apdrošināšanas aģentūrai (VSAA), un VSAA to izskatīs.",
    "Saskaņā ar MK noteikumiem Nr. 1000 un MK 2012. gada 18. decembra noteikumiem Nr. 950 nodeva nav jāmaksā.",
    "Līgumu noslēdza SIA „Zaļā josta”, AS „Latvenergo”, IK „Kalniņš”, ZS „Rūķīši”, VSIA „Latvijas Vēstnesis” un PSIA „Rīgas satiksme”.",
    "Komercreģistrā reģistrētas KS „Ābele”, PS „Bērziņi un partneri” un LKS „Piens”.",
    "Jauda 5 MW, patēriņš 120 kWh, summa 100 USD jeb 92 EUR.",
    "Skatīt likuma III nodaļas XIV pantu.",
    "Iesniedzējs MĀRIS KALNIŅŠ lūdz pārskatīt lēmumu.",
    "Personas kods XXXXXX-XXXXX ir aizklāts.",
  ])("accepts %j", (text) => {
    expect(flagged(abbreviation, text)).toEqual([]);
  });

  test("a surname in capitals in the signature is not an abbreviation", () => {
    expect(findingsOf("abbreviation", lvMail({ signature: "Anna KALNIŅA\nVecākā referente\nValsts zemes dienests\nTālr. 67 038 600" }))).toEqual([]);
  });

  test.each([
    ["MK outside a citation", "Jautājums nodots MK.", "MK"],
    ["a ministry's abbreviation beside a unit-like word", "Atbildi sniegs KM un TM.", "KM"],
    ["an undefined abbreviation beside a name", "Iesniegumu pārsūtījām VARAM Rīgā.", "VARAM"],
  ])("flags %s", (_, text, abbr) => {
    expect(flagged(abbreviation, text)).toContain(abbr);
  });
});
