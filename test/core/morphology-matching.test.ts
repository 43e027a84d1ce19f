// Every form of a term and only those: a table of real sentences per class (the issue's
// examples and their neighbours). `found` is the matched text, or null when the term must not fire.
import { expect, test } from "vitest";
import { compileGlossary } from "../../src/core/glossary.ts";

const CASES: [string, string, string | null][] = [
  // nouns: vocative, akmens group, alternations only with their endings, plural-only, compounds
  ["brālis", "Mīļais brāli, paldies!", "brāli"],
  ["brālis", "Tas ir brāļa dators.", "brāļa"],
  ["brālis", "Tas ir brāla dators.", null],
  ["iestāde", "Sarakstā ir piecu iestāžu vārdi.", "iestāžu"],
  ["iestāde", "Sarakstā ir piecu iestādu vārdi.", null],
  ["suns", "Suņa saimnieks zvanīja.", "Suņa"],
  ["kamols", "Tie ir dzijas kamoļi.", null],
  ["vēsle", "Piecu vēšļu saraksts.", "vēšļu"],
  ["durvis", "Atveriet durvīm slēdzeni.", "durvīm"],
  ["brokastis", "Pēc brokastīm zvaniet.", "brokastīm"],
  ["vecāmāte", "Rakstu vecaimātei.", "vecaimātei"],
  ["vecāmāte", "Tā ir vecāsmātes māja.", "vecāsmātes"],
  // adjectives and participles as terms
  ["operatīvs", "Atbildēsim operatīvāk.", "operatīvāk"],
  ["operatīvs", "Tā ir visoperatīvākā nodaļa.", "visoperatīvākā"],
  ["operatīvs", "Strādājam operatīvi.", "operatīvi"],
  ["operatīvs", "Operatīvajai grupai ziņots.", "Operatīvajai"],
  // verbs: 1st conjugation stems, irregulars and compounds, moods
  ["likt", "Mēs to liekam plauktā.", "liekam"],
  ["likt", "Viņš to lika plauktā.", "lika"],
  ["likt", "Viņš to liks plauktā.", "liks"],
  ["likt", "Viņš to ir licis plauktā.", "licis"],
  ["nodot", "Dokumentus nodevām vakar.", "nodevām"],
  ["iet", "Viņš aizgāja mājās.", null],
  ["aiziet", "Viņš aizgāja mājās.", "aizgāja"],
  ["būt", "Viņa šodien nav birojā.", "nav"],
  ["eskalēt", "Nodaļa to eskalēšot.", "eskalēšot"],
  ["eskalēt", "Jautājums jāeskalē.", "jāeskalē"],
  ["eskalēt", "Eskalēšana notiks rīt.", "Eskalēšana"],
  ["eskalēt", "Eskalators nedarbojas.", null],
  ["reģistrēties", "Lūdzu, reģistrējieties portālā.", "reģistrējieties"],
  ["reģistrēties", "Lūdzu, reģistrējiet iesniegumu.", null],
  // multi-word terms keep agreement; the genitive dependent is fixed
  ["reģistrācijas žurnāls", "Ierakstīts reģistrācijas žurnālā.", "reģistrācijas žurnālā"],
  ["reģistrācijas žurnāls", "Ierakstīts reģistrācijai žurnālam.", null],
  ["atbildīgā struktūrvienība", "Nodots atbildīgajai struktūrvienībai.", "atbildīgajai struktūrvienībai"],
  // text quirks: soft hyphen, typographic quotes and dashes, a line break inside a term
  ["struktūrvienība", "Rakstiet struktūr\u00advienībai.", "struktūr\u00advienībai"],
  ["struktūrvienība", "Tā saucamā „struktūrvienība” – nodaļa.", "struktūrvienība"],
  ["atbildīgā struktūrvienība", "Nodots atbildīgajai\nstruktūrvienībai.", "atbildīgajai\nstruktūrvienībai"],
  // homographs of function words never fire
  ["manīt", "Viņš mani neredzēja.", null],
  // English keeps its inflections
  ["escalate", "We escalated it.", "escalated"],
];

test.each(CASES)("term %s in %j → %j", (term, text, expected) => {
  const language = /^[a-z]+$/.test(term) && term === "escalate" ? "en" : "lv";
  const matches = compileGlossary([{ term }]).find(text, language);
  expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(expected === null ? [] : [expected]);
});

test("two terms that both read a word are both reported (kasi: kasīt and kase)", () => {
  const g = compileGlossary([{ term: "kasīt" }, { term: "kase" }]);
  const [m] = g.find("Apmaksājiet caur kasi.", "lv");
  expect(m?.entries.map((e) => e.term)).toEqual(["kasīt", "kase"]);
});

test("a term reads only the words its paradigm produces (eskalēt ≠ eskalators, even next to eskala)", () => {
  const g = compileGlossary([{ term: "eskala" }, { term: "eskalēt" }]);
  const [m] = g.find("Viņi eskalēja.", "lv");
  expect(m?.entries.map((e) => e.term)).toEqual(["eskalēt"]);
});
