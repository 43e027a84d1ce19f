// Whole Latvian paradigms (every case, singular and plural, of nouns from each declension;
// adjective–noun phrases in agreement; verb forms): each form is found as the glossary term,
// and the generator puts a word into each case (used to inflect suggestions).
import { describe, expect, test } from "vitest";
import { compileGlossary } from "../../src/core/glossary.ts";
import { inflectLatvianPhrase, inflectLatvianWord } from "../../src/core/text/latvian.ts";

const TAGS = ["nom.sg", "gen.sg", "dat.sg", "acc.sg", "loc.sg", "nom.pl", "gen.pl", "dat.pl", "acc.pl", "loc.pl"];

/** [declension, dictionary form, the ten forms in TAGS order] */
const NOUNS: [string, string, string[]][] = [
  ["1st", "dienests", ["dienests", "dienesta", "dienestam", "dienestu", "dienestā", "dienesti", "dienestu", "dienestiem", "dienestus", "dienestos"]],
  ["1st", "akts", ["akts", "akta", "aktam", "aktu", "aktā", "akti", "aktu", "aktiem", "aktus", "aktos"]],
  ["1st in -š", "ceļš", ["ceļš", "ceļa", "ceļam", "ceļu", "ceļā", "ceļi", "ceļu", "ceļiem", "ceļus", "ceļos"]],
  ["2nd", "brālis", ["brālis", "brāļa", "brālim", "brāli", "brālī", "brāļi", "brāļu", "brāļiem", "brāļus", "brāļos"]],
  ["2nd", "skapis", ["skapis", "skapja", "skapim", "skapi", "skapī", "skapji", "skapju", "skapjiem", "skapjus", "skapjos"]],
  ["2nd in -s", "akmens", ["akmens", "akmens", "akmenim", "akmeni", "akmenī", "akmeņi", "akmeņu", "akmeņiem", "akmeņus", "akmeņos"]],
  ["3rd", "tirgus", ["tirgus", "tirgus", "tirgum", "tirgu", "tirgū", "tirgi", "tirgu", "tirgiem", "tirgus", "tirgos"]],
  [
    "4th",
    "struktūrvienība",
    [
      "struktūrvienība",
      "struktūrvienības",
      "struktūrvienībai",
      "struktūrvienību",
      "struktūrvienībā",
      "struktūrvienības",
      "struktūrvienību",
      "struktūrvienībām",
      "struktūrvienības",
      "struktūrvienībās",
    ],
  ],
  ["4th", "nodaļa", ["nodaļa", "nodaļas", "nodaļai", "nodaļu", "nodaļā", "nodaļas", "nodaļu", "nodaļām", "nodaļas", "nodaļās"]],
  ["5th", "iestāde", ["iestāde", "iestādes", "iestādei", "iestādi", "iestādē", "iestādes", "iestāžu", "iestādēm", "iestādes", "iestādēs"]],
  ["5th", "pārvalde", ["pārvalde", "pārvaldes", "pārvaldei", "pārvaldi", "pārvaldē", "pārvaldes", "pārvalžu", "pārvaldēm", "pārvaldes", "pārvaldēs"]],
  ["6th", "pils", ["pils", "pils", "pilij", "pili", "pilī", "pilis", "piļu", "pilīm", "pilis", "pilīs"]],
  ["6th", "sirds", ["sirds", "sirds", "sirdij", "sirdi", "sirdī", "sirdis", "siržu", "sirdīm", "sirdis", "sirdīs"]],
  ["6th", "valsts", ["valsts", "valsts", "valstij", "valsti", "valstī", "valstis", "valstu", "valstīm", "valstis", "valstīs"]],
];

const PHRASES: [string, string, string[]][] = [
  [
    "definite adjective + 4th",
    "atbildīgā struktūrvienība",
    [
      "atbildīgā struktūrvienība",
      "atbildīgās struktūrvienības",
      "atbildīgajai struktūrvienībai",
      "atbildīgo struktūrvienību",
      "atbildīgajā struktūrvienībā",
      "atbildīgās struktūrvienības",
      "atbildīgo struktūrvienību",
      "atbildīgajām struktūrvienībām",
      "atbildīgās struktūrvienības",
      "atbildīgajās struktūrvienībās",
    ],
  ],
  [
    "definite adjective + 1st",
    "teritoriālais dienests",
    [
      "teritoriālais dienests",
      "teritoriālā dienesta",
      "teritoriālajam dienestam",
      "teritoriālo dienestu",
      "teritoriālajā dienestā",
      "teritoriālie dienesti",
      "teritoriālo dienestu",
      "teritoriālajiem dienestiem",
      "teritoriālos dienestus",
      "teritoriālajos dienestos",
    ],
  ],
  [
    "indefinite participle + 1st",
    "kvalificēts speciālists",
    [
      "kvalificēts speciālists",
      "kvalificēta speciālista",
      "kvalificētam speciālistam",
      "kvalificētu speciālistu",
      "kvalificētā speciālistā",
      "kvalificēti speciālisti",
      "kvalificētu speciālistu",
      "kvalificētiem speciālistiem",
      "kvalificētus speciālistus",
      "kvalificētos speciālistos",
    ],
  ],
  [
    "definite adjective + 5th",
    "teritoriālā pārvalde",
    [
      "teritoriālā pārvalde",
      "teritoriālās pārvaldes",
      "teritoriālajai pārvaldei",
      "teritoriālo pārvaldi",
      "teritoriālajā pārvaldē",
      "teritoriālās pārvaldes",
      "teritoriālo pārvalžu",
      "teritoriālajām pārvaldēm",
      "teritoriālās pārvaldes",
      "teritoriālajās pārvaldēs",
    ],
  ],
  [
    "genitive + 1st (the genitive stays)",
    "reģistrācijas žurnāls",
    [
      "reģistrācijas žurnāls",
      "reģistrācijas žurnāla",
      "reģistrācijas žurnālam",
      "reģistrācijas žurnālu",
      "reģistrācijas žurnālā",
      "reģistrācijas žurnāli",
      "reģistrācijas žurnālu",
      "reģistrācijas žurnāliem",
      "reģistrācijas žurnālus",
      "reģistrācijas žurnālos",
    ],
  ],
  [
    "6th-declension genitive + 5th",
    "valsts pārvalde",
    ["valsts pārvalde", "valsts pārvaldes", "valsts pārvaldei", "valsts pārvaldi", "valsts pārvaldē", "valsts pārvaldes", "valsts pārvalžu", "valsts pārvaldēm", "valsts pārvaldes", "valsts pārvaldēs"],
  ],
];

const VERBS: [string, string, string[]][] = [
  [
    "2nd conjugation -ēt",
    "eskalēt",
    [
      "eskalēt", "eskalēju", "eskalē", "eskalējam", "eskalējat", "eskalēji", "eskalēja", "eskalējām", "eskalējāt", "eskalēšu", "eskalēsi",
      "eskalēs", "eskalēsim", "eskalēsiet", "eskalētu", "eskalējiet", "eskalējot", "eskalēts", "eskalēta", "eskalētais", "eskalētajai",
      "eskalētos", "eskalējis", "eskalējusi", "eskalējuši", "eskalējams", "eskalēdams", "eskalēšana", "eskalēšanas", "eskalēšanai",
      "neeskalē", "neeskalēja", "jāeskalē",
    ],
  ],
  ["2nd conjugation -ot", "paziņot", ["paziņot", "paziņoju", "paziņo", "paziņojam", "paziņoja", "paziņos", "paziņotu", "paziņots", "paziņojis", "nepaziņoja", "jāpaziņo"]],
  ["2nd conjugation -āt", "runāt", ["runāt", "runāju", "runā", "runājam", "runāja", "runās", "runātu", "runājot"]],
  ["3rd conjugation -īt", "izsūtīt", ["izsūtīt", "izsūtu", "izsūti", "izsūta", "izsūtām", "izsūtāt", "izsūtīju", "izsūtīja", "izsūtīšu", "izsūtīs", "izsūtītu", "izsūtīts", "izsūtot", "neizsūta"]],
  ["3rd conjugation -ināt", "nodrošināt", ["nodrošināt", "nodrošinu", "nodrošini", "nodrošina", "nodrošinām", "nodrošināja", "nodrošinās", "nodrošinātu", "nodrošināts", "nodrošinot", "nenodrošina"]],
  [
    "reflexive 2nd conjugation",
    "reģistrēties",
    ["reģistrēties", "reģistrējos", "reģistrējies", "reģistrējas", "reģistrējamies", "reģistrējās", "reģistrēsies", "reģistrētos", "reģistrējoties", "jāreģistrējas"],
  ],
  ["reflexive 3rd conjugation", "mācīties", ["mācīties", "mācos", "mācies", "mācās", "mācāmies", "mācījos", "mācījās", "mācīsies", "mācītos"]],
  ["1st conjugation (infinitive-based forms)", "celt", ["celt", "celtu", "celts", "celta"]],
];

function foundWhole(term: string, form: string): boolean {
  const text = `Teksts: ${form}.`;
  const matches = compileGlossary([{ term }]).find(text, "lv");
  return matches.length === 1 && text.slice(matches[0]!.start, matches[0]!.end) === form;
}

describe.each(NOUNS)("%s declension: %s", (_, base, forms) => {
  test.each(forms.map((form, i) => ({ form, tag: TAGS[i]! })))("$tag $form is found", ({ form }) => {
    expect(foundWhole(base, form)).toBe(true);
  });
  test.each(forms.map((form, i) => ({ form, tag: TAGS[i]! })))("$tag is generated as $form", ({ form, tag }) => {
    expect(inflectLatvianWord(base, tag)).toBe(form);
  });
});

describe.each(PHRASES)("%s: %s", (_, base, forms) => {
  test.each(forms.map((form, i) => ({ form, tag: TAGS[i]! })))("$tag $form is found", ({ form }) => {
    expect(foundWhole(base, form)).toBe(true);
  });
  test.each(forms.map((form, i) => ({ form, tag: TAGS[i]! })))("$tag is generated as $form", ({ form, tag }) => {
    expect(inflectLatvianPhrase(base.split(" "), tag)?.join(" ")).toBe(form);
  });
});

describe.each(VERBS)("%s: %s", (_, base, forms) => {
  test.each(forms)("%s is found", (form) => {
    expect(foundWhole(base, form)).toBe(true);
  });
});

/** Words that share letters with a term but are other words. */
const NOT_FORMS: [string, string[]][] = [
  ["eskalēt", ["eskalators", "eskalatoru", "eskalatorā", "eskalācija", "eskalāciju", "eskala"]],
  ["akts", ["aktīvs", "aktieris", "aktuāls", "aktīvi", "akcija"]],
  ["struktūrvienība", ["struktūra", "struktūras", "struktūrvienībnieks"]],
  ["iestāde", ["iestādījums", "iestādīt", "iestādīja"]],
  ["pils", ["pilsēta", "pilsētā", "pilsonis", "pilns", "pilnā"]],
  ["dienests", ["dienestnieks", "dienesttelpa", "diena"]],
  ["reģistrs", ["reģistrācija", "reģistrēt", "reģistrēja"]],
  ["tirgus", ["tirgotājs", "tirgot", "tirdzniecība"]],
  ["sirds", ["sirdsapziņa", "sirsnīgs"]],
  ["nodaļa", ["nodala", "nodalīt", "daļa"]],
  ["atbildīgā struktūrvienība", ["atbildīgā", "atbildīgā struktūra", "struktūrvienība atbildīgā"]],
];

describe.each(NOT_FORMS)("%s does not match words that merely share letters", (term, words) => {
  test.each(words)("%s", (word) => {
    expect(compileGlossary([{ term }]).find(`Teksts: ${word}.`, "lv")).toEqual([]);
  });
});
