// plain-language: valid and invalid real sentences (STYLE.md §2); the list's data and sources.
import { describe, expect, test } from "vitest";
import { PLAIN_LANGUAGE, SOURCES } from "../../../src/core/data/plain-language.ts";
import { plainLanguage } from "../../../src/core/rules/plain-language.ts";
import { GOOD_LATVIAN } from "./good-latvian.ts";
import { findingsOf, lvMail } from "./helpers.ts";
import { ruleContext } from "./rule-context.ts";

const check = (text: string) => plainLanguage.check(ruleContext(text));
const flagged = (text: string) => check(text).map((f) => text.slice(f.start, f.end));

describe("valid: ordinary good Latvian", () => {
  test.each(GOOD_LATVIAN)("%s", (sentence) => {
    expect(flagged(sentence)).toEqual([]);
  });
});

// [sentence, flagged text, one-click fix or null, advice or null]
const invalid: [string, string, string | null, string | null][] = [
  ["Lūdzam veikt apmaksu līdz piektdienai.", "veikt apmaksu", "samaksāt", null],
  ["Apmaksu veicām 3. novembrī, un to veica mūsu grāmatvedība.", "", null, null],
  ["Mēs veicām apmaksu 3. novembrī.", "veicām apmaksu", "samaksājām", null],
  ["Jums jāveic apmaksa desmit dienu laikā.", "jāveic apmaksa", "jāsamaksā", null],
  ["Ja neveiksiet apmaksu, rēķins tiks nodots piedziņai.", "neveiksiet apmaksu", "nesamaksāsiet", null],
  ["Inspektors veiks pārbaudi nākamnedēļ.", "veiks pārbaudi", "pārbaudīs", null],
  ["Lūdzam sniegt informāciju par īpašuma robežām.", "sniegt informāciju", "informēt", null],
  ["Sakarā ar to, ka iesniegums nav parakstīts, to nevaram izskatīt.", "Sakarā ar to, ka", "Jo", null],
  ["Uz doto brīdi rindā ir 12 pieteikumi.", "Uz doto brīdi", "Pašlaik", null],
  ["Dotajā gadījumā piemēro likuma 5. pantu.", "Dotajā gadījumā", "Šajā gadījumā", null],
  ["Iepriekš minētajā vēstulē bija kļūda.", "Iepriekš minētajā", "Šajā", null],
  ["Izziņu izsniegsim pie nosacījuma, ka samaksāsiet nodevu.", "pie nosacījuma, ka", "ja", null],
  ["Ņemot vērā augstāk minēto, iesniegumu noraidām.", "Ņemot vērā augstāk minēto", "Tāpēc", null],
  ["Pie tam izziņa ir maksas pakalpojums.", "Pie tam", "Turklāt", null],
  ["Ir nepieciešams veikt papildu dokumentu iesniegšanu.", "veikt papildu dokumentu iesniegšanu", null, "iesniegt"],
  ["Lūdzam sniegt atbildi līdz piektdienai.", "sniegt atbildi", "atbildēt", null],
  ["Mēs sniedzam atbildi desmit dienās.", "sniedzam atbildi", null, "atbildēt"],
  ["Par to nes atbildību īpašnieks.", "nes atbildību", null, "atbildēt"],
  // 1st-conjugation heads read from the shared verb data (no hand-written stem table): teikt's present saku, vest, rast
  ["Mēs izsakām lūgumu pārskatīt lēmumu.", "izsakām lūgumu", "lūdzam", null],
  ["Viņš izteica lūgumu pārskatīt lēmumu.", "izteica lūgumu", "lūdza", null],
  ["Komisija izsaka priekšlikumu grozīt noteikumus.", "izsaka priekšlikumu", "ierosina", null],
  ["Jāizsaka priekšlikums līdz piektdienai.", "Jāizsaka priekšlikums", "Jāierosina", null],
  ["Mēs vedām sarunas ar būvnieku.", "vedām sarunas", "sarunājāmies", null],
  ["Pašvaldība vedīs sarunas ar būvnieku.", "vedīs sarunas", "sarunāsies", null],
  ["Speciālisti rod risinājumu.", "rod risinājumu", "atrisina", null],
  ["Speciālisti radīs risinājumu.", "radīs risinājumu", "atrisinās", null],
  ["Lūdzam pielietot jauno veidlapu.", "pielietot", "lietot", null],
  ["Vadoties no Jūsu iesnieguma, pārrēķinājām nodokli.", "Vadoties no", "Ņemot vērā", null],
  ["Ar šo informējam, ka termiņš ir pagarināts.", "Ar šo informējam, ka", null, "(sāciet uzreiz ar ziņu)"],
];

describe("invalid", () => {
  test.each(invalid.filter(([, found]) => found !== ""))("%s", (sentence, found, fix, advice) => {
    const findings = check(sentence);
    expect(findings.map((f) => sentence.slice(f.start, f.end))).toEqual([found]);
    expect(findings[0]!.suggestions ?? []).toEqual(fix ? [fix] : []);
    expect(findings[0]!.advice ?? []).toEqual(advice ? [advice] : []);
  });
});

test("word order the list does not hold is not guessed at", () => {
  expect(flagged(invalid[1]![0])).toEqual([]);
});

test("the issue's reply is no longer clean", () => {
  const text = "Informējam, ka sakarā ar to, ka Jūsu iesniegums tika saņemts, minētā jautājuma risināšanai ir nepieciešams veikt papildu dokumentu iesniegšanu, kas tiks izvērtēta.";
  expect(flagged(text)).toEqual(["sakarā ar to, ka", "veikt papildu dokumentu iesniegšanu"]);
});

test("the client's quotations, quoted history, the signature and English mails are not checked", () => {
  expect(flagged("Jūs rakstījāt: „lūdzu veikt apmaksu manā vietā”.")).toEqual([]);
  const reply = "Paldies.\n";
  expect(plainLanguage.check(ruleContext(`${reply}> Lūdzu veikt apmaksu.`, { quoteStart: reply.length }))).toEqual([]);
  expect(plainLanguage.check(ruleContext("Please veikt apmaksu today.", { language: "en" }))).toEqual([]);
  const mail = lvMail({ signature: "Anna Kalniņa\nVecākā referente\nValsts zemes dienests\nSakarā ar to, ka e-pasts ir konfidenciāls, to nepārsūtiet.\nanna.kalnina@vzd.gov.lv" });
  expect(findingsOf("plain-language", mail)).toEqual([]);
});

test("info in a whole mail, and off by policy", () => {
  const mail = lvMail({ body: "Lūdzam veikt apmaksu līdz piektdienai." });
  expect(findingsOf("plain-language", mail).map((f) => f.severity)).toEqual(["info"]);
  expect(findingsOf("plain-language", mail, { policy: { rules: { "plain-language": "off" } } })).toEqual([]);
});

test("the list: at least 80 entries, each with a known source, no duplicates", () => {
  expect(PLAIN_LANGUAGE.length).toBeGreaterThanOrEqual(80);
  const terms = PLAIN_LANGUAGE.map((e) => e.term);
  expect(new Set(terms).size).toBe(terms.length);
  for (const e of PLAIN_LANGUAGE) {
    expect(SOURCES[e.source]).toBeDefined();
    expect(e.plain).not.toBe("");
  }
});

test("every entry fires on its own term, and its one-click fix is not the term itself", () => {
  for (const e of PLAIN_LANGUAGE) {
    const findings = check(`Mēs ${e.term} šodien.`);
    expect(findings.length, e.term).toBeGreaterThanOrEqual(1);
    for (const f of findings) expect(f.suggestions ?? [], e.term).not.toContain(e.term);
  }
});

test("message names the plain form and the source, in the user's language", () => {
  const [lv] = check("Lūdzam veikt apmaksu.");
  expect(lv!.message).toContain("„samaksāt”");
  expect(lv!.message).toContain("Valsts kanceleja");
  const [en] = plainLanguage.check(ruleContext("Lūdzam veikt apmaksu.", { locale: "en" }));
  expect(en!.message).toContain("“samaksāt”");
  expect(plainLanguage.meta.defaultSeverity).toBe("info");
});
