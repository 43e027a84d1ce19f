// Wordy bureaucratic phrases (kancelejismi) with plain alternatives, for the plain-language
// rule (HANDBOOK.md → VIENKĀRŠĪBA UN SAPRATNE: „runājam ar klientu viņam saprotamā valodā”).
// Each entry names its source (SOURCES below). Terms are dictionary forms; the rule matches
// them in every inflected form through the glossary matcher (src/core/glossary.ts).
//
// `fix` says how the plain alternative is put into the writer's sentence:
// - "verb": the term starts with a verb and `plain` is a verb phrase: the fix is `plain` in the
//   writer's person and tense ("veicām apmaksu" → "samaksājām"), or advice where the form is not certain;
// - "fixed": the phrase does not inflect ("sakarā ar to, ka" → "jo");
// - "this": the modifier is a calque for "this" ("dotajā gadījumā" → "šajā gadījumā",
//   "iepriekš minētajā" → "šajā"), replaced by „šis” in the same case, the noun kept;
// - "advice": the rewrite needs the whole sentence; `plain` is shown as advice.

export type SourceId = "VK2017" | "SKUJINA2014" | "VK-KONS" | "VVC";

/** The sources, cited in docs/rules.md too: a short label for the message, and what it covers. */
export const SOURCES: Record<SourceId, { label: string; covers: string }> = {
  VK2017: {
    label: "Valsts kanceleja, „Vēstuļu rakstīšanas vadlīnijas” (2017)",
    covers: "darbības vārds lietvārda vietā („samaksāt”, nevis „veikt apmaksu”), īsi teikumi, bez liekiem ievadiem",
  },
  SKUJINA2014: {
    label: "V. Skujiņa, „Latviešu valoda lietišķajos rakstos” (2014)",
    covers: "standartizētā liekvārdība („nest atbildību”, „vest sarunas”, „uzstādīt jautājumu”, „atrast par pareizu”) un aizguvumu konstrukcijas",
  },
  "VK-KONS": {
    label: "valodaskonsultacijas.lv (Latviešu valodas aģentūra)",
    covers: "atbildes par kalkiem: „dotais” ‘šis’, „pie tam”, „vadoties no”, „neskatoties uz”, „pielietot”",
  },
  VVC: { label: "Valsts valodas centrs", covers: "ieteikumi iestāžu saziņai ar iedzīvotājiem skaidrā, vienkāršā valodā" },
};

export type PlainFix = "verb" | "fixed" | "this" | "advice";

export interface PlainEntry {
  term: string;
  plain: string;
  fix: PlainFix;
  source: SourceId;
}

/** Compact table: term | plain | fix | source. */
const TABLE = `
veikt apmaksu | samaksāt | verb | VK2017
veikt samaksu | samaksāt | verb | VK2017
veikt maksājumu | samaksāt | verb | VK2017
veikt iemaksu | iemaksāt | verb | VK2017
veikt atmaksu | atmaksāt | verb | VK2017
veikt pārskaitījumu | pārskaitīt | verb | VK2017
veikt pārbaudi | pārbaudīt | verb | VK2017
veikt kontroli | kontrolēt | verb | VK2017
veikt izpēti | izpētīt | verb | VK2017
veikt analīzi | analizēt | verb | VK2017
veikt reģistrāciju | reģistrēt | verb | VK2017
veikt pārreģistrāciju | pārreģistrēt | verb | VK2017
veikt grozījumus | grozīt | verb | VK2017
veikt izmaiņas | mainīt | verb | VK2017
veikt labojumus | labot | verb | VK2017
veikt precizējumus | precizēt | verb | VK2017
veikt uzskaiti | uzskaitīt | verb | VK2017
veikt novērtējumu | novērtēt | verb | VK2017
veikt izvērtējumu | izvērtēt | verb | VK2017
veikt aprēķinu | aprēķināt | verb | VK2017
veikt pārrēķinu | pārrēķināt | verb | VK2017
veikt apsekošanu | apsekot | verb | VK2017
veikt apstrādi | apstrādāt | verb | VK2017
veikt pasūtījumu | pasūtīt | verb | VK2017
veikt saskaņošanu | saskaņot | verb | VK2017
veikt pieteikšanos | pieteikties | verb | VK2017
veikt darbības | rīkoties | advice | VK2017
veikt pasākumus | rīkoties | advice | VK2017
sniegt atbildi | atbildēt | verb | VK2017
sniegt informāciju | informēt | verb | VK2017
sniegt palīdzību | palīdzēt | verb | VK2017
sniegt paskaidrojumu | paskaidrot | verb | VK2017
sniegt skaidrojumu | paskaidrot | verb | VK2017
sniegt piekrišanu | piekrist | verb | VK2017
dot atbildi | atbildēt | verb | VK2017
dot piekrišanu | piekrist | verb | VK2017
izteikt lūgumu | lūgt | verb | VK2017
izteikt pateicību | pateikties | verb | VK2017
izteikt priekšlikumu | ierosināt | verb | VK2017
izrādīt palīdzību | palīdzēt | verb | SKUJINA2014
nest atbildību | atbildēt | verb | SKUJINA2014
vest sarunas | sarunāties | verb | SKUJINA2014
uzstādīt jautājumu | uzdot jautājumu | verb | SKUJINA2014
atrast par pareizu | uzskatīt par pareizu | verb | SKUJINA2014
iesniegt caurlūkošanai | iesniegt izskatīšanai | verb | SKUJINA2014
ņemt dalību | piedalīties | verb | SKUJINA2014
pieņemt dalību | piedalīties | verb | SKUJINA2014
pieņemt zināšanai | ņemt vērā | verb | SKUJINA2014
rast risinājumu | atrisināt | verb | VK2017
rast iespēju | varēt | advice | VK2017
nodrošināt iespēju | ļaut | advice | VK2017
pielietot | lietot | verb | VK-KONS
pie tam | turklāt | fixed | VK-KONS
pie kam | turklāt | fixed | VK-KONS
bez tam | turklāt | fixed | VK-KONS
kā likums | parasti | fixed | SKUJINA2014
vadoties no | ņemot vērā | fixed | VK-KONS
vadoties pēc | ievērojot | fixed | VK-KONS
neskatoties uz to, ka | lai gan | fixed | VK-KONS
neskatoties uz | neraugoties uz | fixed | VK-KONS
sakarā ar to, ka | jo | fixed | VK2017
saistībā ar to, ka | jo | fixed | VK2017
ņemot vērā to, ka | tā kā | fixed | VK2017
pateicoties tam, ka | jo | fixed | VK2017
pie nosacījuma, ka | ja | fixed | VK2017
tajā gadījumā, ja | ja | fixed | VK2017
tai gadījumā, ja | ja | fixed | VK2017
tādā veidā | tā | fixed | VK2017
uz doto brīdi | pašlaik | fixed | VK-KONS
uz šo brīdi | pašlaik | fixed | VK-KONS
dotajā brīdī | pašlaik | fixed | VK-KONS
pašreizējā brīdī | pašlaik | fixed | VK2017
visa gada garumā | visu gadu | fixed | VK2017
nepieciešamības gadījumā | ja vajadzēs | fixed | VVC
pēc nepieciešamības | pēc vajadzības | fixed | VVC
ar mērķi | lai | advice | VK2017
ar nolūku | lai | advice | VK2017
attiecībā uz | par | advice | VK2017
kas attiecas uz | par | advice | VK2017
pastāv iespēja | var | advice | VVC
sakarā ar augstāk minēto | tāpēc | fixed | VK2017
ņemot vērā augstāk minēto | tāpēc | fixed | VK2017
ņemot vērā iepriekš minēto | tāpēc | fixed | VK2017
ievērojot iepriekš minēto | tāpēc | fixed | VK2017
pamatojoties uz iepriekš minēto | tāpēc | fixed | VK2017
ar šo informējam, ka | (sāciet uzreiz ar ziņu) | advice | VK2017
vēršam uzmanību, ka | lūdzam ievērot, ka | advice | VK2017
augstāk minētais | šis | this | VK2017
iepriekš minētais | šis | this | VK2017
augstākminētais | šis | this | VK2017
iepriekšminētais | šis | this | VK2017
dotais gadījums | šis gadījums | this | VK-KONS
dotais jautājums | šis jautājums | this | VK-KONS
dotā situācija | šī situācija | this | VK-KONS
dotais dokuments | šis dokuments | this | VK-KONS
dotais iesniegums | šis iesniegums | this | VK-KONS
`;

export const PLAIN_LANGUAGE: readonly PlainEntry[] = TABLE.trim()
  .split("\n")
  .map((line) => {
    const [term, plain, fix, source] = line.split("|").map((s) => s.trim()) as [string, string, PlainFix, SourceId];
    return { term, plain, fix, source };
  });

/**
 * Plain verbs in -ēt of the 2nd conjugation (informēt: informējam). An -ēt verb not listed may be
 * of the 3rd (atbildēt: atbildam), so its present is given as advice, not as a one-click fix.
 */
export const SECOND_CONJUGATION_ET: ReadonlySet<string> = new Set([
  "informēt", "reģistrēt", "pārreģistrēt", "kontrolēt", "analizēt", "precizēt", "konsultēt", "novērtēt", "izvērtēt",
]);

/** „šis” in the case of a definite adjective's ending (minētajā → šajā), longest ending first. */
export const THIS_BY_ENDING: readonly (readonly [string, string])[] = [
  ["ajiem", "šiem"],
  ["ajām", "šīm"],
  ["ajos", "šajos"],
  ["ajās", "šajās"],
  ["ajam", "šim"],
  ["ajai", "šai"],
  ["ajā", "šajā"],
  ["ais", "šis"],
  ["ie", "šie"],
  ["os", "šos"],
  ["ās", "šīs"],
  ["ā", "šī"],
  ["o", "šo"],
];
