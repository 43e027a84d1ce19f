// passive-voice: valid and invalid real sentences (STYLE.md §2).
import { describe, expect, test } from "vitest";
import { passiveVoice } from "../../../src/core/rules/passive-voice.ts";
import { GOOD_LATVIAN } from "./good-latvian.ts";
import { findingsOf, lvMail } from "./helpers.ts";
import { ruleContext } from "./rule-context.ts";

const check = (text: string, language: "lv" | "en" = "lv") => passiveVoice.check(ruleContext(text, { language }));
const flagged = (text: string) => check(text).map((f) => text.slice(f.start, f.end));

const valid: string[] = [
  ...GOOD_LATVIAN.slice(0, 10),
  "Dokuments ir parakstīts un nosūtīts.",
  "Iesniegums ir izskatīts, un lēmums ir pieņemts.",
  "Ja netiekat galā ar veidlapu, zvaniet mums.",
  "Gribam tikt skaidrībā par Jūsu jautājumu.",
  "Tikai īpašnieks var pieprasīt izziņu.",
  "Tieši šī izziņa ir vajadzīga bankai.",
  "Tikko saņēmām Jūsu vēstuli.",
  "Tiksimies pirmdien klientu centrā.",
  "Uz sanāksmi tiksiet, ja pieteiksieties līdz piektdienai.",
  "Vai tikāt līdz klientu centram?",
  "Jūs rakstījāt, ka „iesniegums tika nosūtīts pagājušonedēļ”.",
  "Tiekoties klātienē, to varēsim pārrunāt.",
  "Izskatām Jūsu iesniegumu un atbildēsim piektdien.",
  "Mēs tiekam galā ar pieteikumiem laikā.",
  "Viņš tika pie darba jau pagājušajā gadā.",
];

// [sentence, flagged, advice or null]
const invalid: [string, string[], string | null][] = [
  ["Jūsu iesniegums tiek izskatīts.", ["tiek izskatīts"], "izskatām"],
  ["Par to tika pieņemts lēmums.", ["tika pieņemts"], null],
  ["Atbilde tiks Jums nosūtīta pa pastu.", ["tiks Jums nosūtīta"], "nosūtīsim"],
  ["Izziņa tika izsniegta 3. novembrī.", ["tika izsniegta"], null],
  ["Maksājums netika saņemts.", ["netika saņemts"], null],
  ["Dokumenti tiks pārbaudīti nākamnedēļ.", ["tiks pārbaudīti"], "pārbaudīsim"],
  ["Iesniegumi tiek reģistrēti sistēmā.", ["tiek reģistrēti"], null],
  ["Jūsu dati tika labota jau vakar.", ["tika labota"], "labojām"],
  ["Lēmums varētu tikt pārskatīts.", ["tikt pārskatīts"], null],
  ["Sūdzība ir tikusi izskatīta.", ["tikusi izskatīta"], null],
  ["Rēķins ir ticis apmaksāts.", ["ticis apmaksāts"], null],
  ["Ja līgums tiktu noslēgts, mēs Jums paziņotu.", ["tiktu noslēgts"], null],
  ["Pieteikumi tiek rūpīgi izvērtēti.", ["tiek rūpīgi izvērtēti"], null],
  ["Jūsu jautājums tika arī pārsūtīts pašvaldībai.", ["tika arī pārsūtīts"], "pārsūtījām"],
  ["Iesniegums netiks izskatīts, ja nebūs paraksta.", ["netiks izskatīts"], "neizskatīsim"],
  ["Vēstule tika saņemta, un atbilde tiks sagatavota.", ["tika saņemta", "tiks sagatavota"], null],
];

describe("valid", () => {
  test.each(valid)("%s", (sentence) => {
    expect(flagged(sentence)).toEqual([]);
  });
});

describe("invalid", () => {
  test.each(invalid)("%s", (sentence, found, advice) => {
    const findings = check(sentence);
    expect(findings.map((f) => sentence.slice(f.start, f.end))).toEqual(found);
    expect(findings[0]!.advice ?? []).toEqual(advice ? [advice] : []);
    expect(findings[0]!.suggestions ?? []).toEqual([]);
  });
});

test("quoted history and English mails are not checked; severity info; off by policy", () => {
  const reply = "Paldies.\n";
  expect(passiveVoice.check(ruleContext(`${reply}> Iesniegums tika nosūtīts.`, { quoteStart: reply.length }))).toEqual([]);
  expect(check("The application tika nosūtīts yesterday.", "en")).toEqual([]);
  const mail = lvMail({ body: "Jūsu iesniegums tiek izskatīts." });
  expect(findingsOf("passive-voice", mail).map((f) => f.severity)).toEqual(["info"]);
  expect(findingsOf("passive-voice", mail, { policy: { rules: { "passive-voice": "off" } } })).toEqual([]);
});

test("a phrase both passive and wordy gets both findings", () => {
  const mail = lvMail({ body: "Pārbaude tiks veikta nākamnedēļ, un tiks veikta dokumentu pārbaudīšana." });
  expect(findingsOf("passive-voice", mail).length).toBe(2);
  expect(findingsOf("plain-language", mail).length).toBe(1);
});

test("message in both languages; meta", () => {
  expect(check("Iesniegums tiek izskatīts.")[0]!.message).toContain("ciešamā kārta");
  expect(passiveVoice.check(ruleContext("Iesniegums tiek izskatīts.", { locale: "en" }))[0]!.message).toContain("passive voice");
  expect(passiveVoice.meta.defaultSeverity).toBe("info");
});
