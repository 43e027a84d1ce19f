// long-sentence: valid and invalid real sentences (STYLE.md §2), the word count and the splitter.
import { describe, expect, test } from "vitest";
import { longSentence, sentenceSpans } from "../../../src/core/rules/long-sentence.ts";
import { enMail, findingsOf, lvMail } from "./helpers.ts";

const LONG_LV =
  "Informējam, ka Jūsu iesniegums par nekustamā īpašuma kadastrālās vērtības pārrēķināšanu ir saņemts un nodots izskatīšanai atbildīgajai nodaļai, kura to izskatīs un par pieņemto lēmumu Jūs informēs rakstiski uz norādīto adresi.";
const LONG_EN =
  "We have received your application for the recalculation of the cadastral value of your property and passed it to the responsible department, which will review it and inform you in writing of its decision.";

const valid: string[] = [
  "Paldies par Jūsu vēstuli.",
  "Jūsu iesniegumu saņēmām 2026. gada 16. novembrī un izskatīsim to desmit darba dienu laikā, t. sk. arī pārbaudīsim kadastra datus.",
  "Lūdzam samaksāt rēķinu Nr. 2026/123 līdz 20. decembrim.",
  "Atbildi, piem. izziņu vai lēmumu, nosūtīsim uz e-pastu.",
  "Dokumentus varat iesniegt klientu centrā Rīgā, Kr. Valdemāra ielā 1,\nvai elektroniski portālā latvija.lv, kur tie nonāks pie mums tajā pašā dienā.",
  "Vajadzīgi šādi dokumenti:\n- iesniegums ar īpašnieka parakstu un datumu, kas norāda, kuru zemes vienību un kādā apjomā vēlaties pārmērīt;\n- pilnvara, ja iesniegumu iesniedz cita persona, kas rīkojas īpašnieka vārdā un pārstāv viņa intereses iestādē;\n- maksājuma apliecinājums.",
  "Zvaniet 67 038 600 vai rakstiet uz info@vzd.gov.lv, https://www.vzd.gov.lv/lv/kontakti.",
  "Izziņa maksā 7,11 EUR, un to izsniedzam 5 darba dienās.",
  "Lēmumu varat apstrīdēt mēneša laikā.",
  "Jā.",
  "J. Bērziņš no mūsu nodaļas Jums piezvanīs rīt no plkst. 10.00 līdz 12.00.",
  "Ja Jums ir jautājumi, zvaniet.\n\nPaldies, ka vērsāties pie mums!",
  "Saskaņā ar likuma 5. panta 2. daļu un 2024. gada 1. janvāra noteikumiem nodoklis jāmaksā līdz 31. martam.",
  "Thank you for your message. We will reply within ten working days.",
  "1) aizpildiet veidlapu;\n2) parakstiet to;\n3) nosūtiet uz mūsu e-pastu vai atnesiet uz klientu centru darba laikā.",
];

const invalid: { text: string; words: number }[] = [
  { text: LONG_LV, words: 30 },
  { text: LONG_EN, words: 34 },
  {
    text: "Sakarā ar to, ka Jūsu iesniegumā nav norādīts īpašuma kadastra numurs un nav pievienota pilnvara, mēs to nevaram izskatīt, tāpēc lūdzam iesniegumu papildināt un atkārtoti iesniegt klientu centrā vai elektroniski.",
    words: 30,
  },
  {
    text: "Jūsu iesniegumu saņēmām 2026. gada 16. novembrī, t. sk. arī pielikumus, un to izskatīs nodaļa, kas atbild par kadastra datu aktualizēšanu, un par rezultātu paziņosim rakstiski uz Jūsu deklarēto adresi vai e-pastu.",
    words: 30,
  },
  {
    text: "Lūdzam Jūs ierasties klientu centrā, piem. pirmdien vai otrdien, līdzi ņemot personu apliecinošu dokumentu, īpašuma tiesības apliecinošus dokumentus un pilnvaru, ja īpašnieka vārdā rīkojaties Jūs, lai mēs varētu pārbaudīt datus.",
    words: 30,
  },
  {
    text: "Dokumentus varat iesniegt klientu centrā Rīgā\nvai elektroniski portālā latvija.lv, kur tie nonāks pie mums tajā pašā dienā,\nun mēs tos izskatīsim desmit darba dienu laikā un atbildēsim Jums uz norādīto e-pasta adresi.",
    words: 34,
  },
  {
    text: "Vajadzīgi šādi dokumenti:\n- iesniegums ar īpašnieka parakstu un datumu, kas norāda, kuru zemes vienību un kādā apjomā vēlaties pārmērīt, un kurā norādīts arī kontakttālrunis, e-pasts un pasta adrese saziņai.",
    words: 26,
  },
  ...[26, 27, 30, 31, 40, 60, 100].map((n) => ({ text: `${Array.from({ length: n - 1 }, () => "vārds").join(" ")} beigas.`, words: n })),
  {
    text: "Mēs Jums nosūtījām izziņu 3. novembrī, bet Jūs rakstāt, ka to neesat saņēmis, tāpēc to nosūtīsim vēlreiz gan pa pastu, gan uz e-pastu info@example.lv, lai Jūs to noteikti saņemtu laikus un varētu iesniegt bankā.",
    words: 32,
  },
];

describe("valid", () => {
  test.each(valid)("%s", (body) => {
    expect(findingsOf("long-sentence", lvMail({ body }))).toEqual([]);
  });
});

describe("invalid", () => {
  test.each(invalid)("$text", ({ text, words }) => {
    const mail = lvMail({ body: text });
    const findings = findingsOf("long-sentence", mail);
    expect(findings.map((f) => mail.slice(f.start, f.end))).toEqual([text.slice(text.lastIndexOf("\n- ") >= 0 ? text.lastIndexOf("\n- ") + 1 : 0)]);
    expect(findings[0]!.message).toContain(`${words} `);
    expect(findings[0]!.severity).toBe("info");
  });
});

test("Latvian plural forms of the count (Intl.PluralRules lv)", () => {
  const msg = (n: number) => findingsOf("long-sentence", lvMail({ body: `${Array.from({ length: n - 1 }, () => "vārds").join(" ")} beigas.` }))[0]!.message;
  expect(msg(26)).toContain("26 vārdi");
  expect(msg(30)).toContain("30 vārdu");
  expect(msg(31)).toContain("31 vārds");
});

test("policy sentenceWords sets the limit", () => {
  const body = "Jūsu iesniegumu saņēmām un izskatīsim to desmit darba dienu laikā, par rezultātu paziņojot Jums rakstiski.";
  expect(findingsOf("long-sentence", lvMail({ body }))).toEqual([]);
  const mail = lvMail({ body });
  const found = findingsOf("long-sentence", mail, { policy: { sentenceWords: 10 } }).map((f) => mail.slice(f.start, f.end));
  expect(found).toContain(body);
});

test("quoted history, signature and disclaimer after it do not count; English mails do", () => {
  const reply = lvMail();
  expect(findingsOf("long-sentence", `${reply}\n\n> ${LONG_LV}`)).toEqual([]);
  expect(findingsOf("long-sentence", `${reply}\n\n${LONG_LV}`)).toEqual([]); // after the signature: a disclaimer
  expect(findingsOf("long-sentence", enMail({ body: LONG_EN }))).toHaveLength(1);
});

test("words are runs of letters; numbers, URLs and addresses are not words", () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? "dokuments" : "e-pasts")).join(" ");
  const extras = " 67 038 600, 2026, info@vzd.gov.lv, https://www.vzd.gov.lv/lv/kontakti?id=5 un www.latvija.lv";
  const at = (body: string) => findingsOf("long-sentence", lvMail({ body }));
  expect(at(`${words(24)}${extras}.`)).toEqual([]); // 24 + "un" = 25
  expect(at(`${words(25)}${extras}.`)).toHaveLength(1);
});

test("the splitter: abbreviations and dates continue, a blank line and list items end", () => {
  const text = "Saņēmām 2024. gada 5. maijā, t. sk. pielikumus. Paldies!\n\nLūdzu:\n- parakstiet;\n- nosūtiet.";
  expect(sentenceSpans(text, 0, text.length).map((s) => text.slice(s.start, s.end))).toEqual([
    "Saņēmām 2024. gada 5. maijā, t. sk. pielikumus.",
    "Paldies!",
    "Lūdzu:",
    "- parakstiet;",
    "- nosūtiet.",
  ]);
  expect(longSentence.meta.defaultSeverity).toBe("info");
});
