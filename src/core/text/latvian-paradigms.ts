// Latvian inflection tables: the six noun declensions, adjectives (indefinite and definite),
// and verbs of the 2nd and 3rd conjugation with their participles — enough to recognise every
// case form of a glossary term and to put a suggestion into the case the writer used.
// Source: the standard school grammar tables (Latviešu valodas praktiskā gramatika).
import { makeParadigm, type Paradigm } from "./paradigm.ts";

const CASES = ["nom", "gen", "dat", "acc", "loc"] as const;

/** Five endings singular then five plural, in CASES order. */
function declension(id: string, singular: readonly string[], plural: readonly string[]): Paradigm {
  const pairs: [string, string][] = [];
  for (const [i, c] of CASES.entries()) pairs.push([singular[i]!, `${c}.sg`]);
  for (const [i, c] of CASES.entries()) pairs.push([plural[i]!, `${c}.pl`]);
  return makeParadigm(id, pairs);
}

const PLURAL_MASC = ["i", "u", "iem", "us", "os"];

export const NOUN = {
  /** 1st declension: dienests, akts. */
  first: declension("noun1", ["s", "a", "am", "u", "ā"], PLURAL_MASC),
  /** 1st declension in -š: ceļš, kaimiņš. */
  firstSh: declension("noun1-š", ["š", "a", "am", "u", "ā"], PLURAL_MASC),
  /** 2nd declension: brālis, skapis (stem alternation in gen.sg and the plural). */
  second: declension("noun2", ["is", "a", "im", "i", "ī"], PLURAL_MASC),
  /** 2nd declension in -s: akmens, ūdens, rudens. */
  secondS: declension("noun2-s", ["s", "s", "im", "i", "ī"], PLURAL_MASC),
  /** 3rd declension: tirgus, medus. */
  third: declension("noun3", ["us", "us", "um", "u", "ū"], PLURAL_MASC),
  /** 4th declension: struktūrvienība, nodaļa. */
  fourth: declension("noun4", ["a", "as", "ai", "u", "ā"], ["as", "u", "ām", "as", "ās"]),
  /** 5th declension: iestāde, pārvalde (alternation in gen.pl). */
  fifth: declension("noun5", ["e", "es", "ei", "i", "ē"], ["es", "u", "ēm", "es", "ēs"]),
  /** 6th declension: pils, sirds, valsts (alternation in gen.pl). */
  sixth: declension("noun6", ["s", "s", "ij", "i", "ī"], ["is", "u", "īm", "is", "īs"]),
};

/** Which noun paradigms are feminine (adjectives agree with it). */
export const FEMININE = new Set<Paradigm>([NOUN.fourth, NOUN.fifth, NOUN.sixth]);

/** Tags whose form takes the palatalised stem (brālis → brāļa, iestāde → iestāžu). */
export const ALTERNATING_TAGS = new Map<Paradigm, ReadonlySet<string>>([
  [NOUN.second, new Set(["gen.sg", "nom.pl", "gen.pl", "dat.pl", "acc.pl", "loc.pl"])],
  [NOUN.secondS, new Set(["nom.pl", "gen.pl", "dat.pl", "acc.pl", "loc.pl"])],
  [NOUN.fifth, new Set(["gen.pl"])],
  [NOUN.sixth, new Set(["gen.pl"])],
]);

const ADJ_INDEF_M = [["s", "š"], ["a"], ["am"], ["u"], ["ā"], ["i"], ["u"], ["iem"], ["us"], ["os"]];
const ADJ_INDEF_F = [["a"], ["as"], ["ai"], ["u"], ["ā"], ["as"], ["u"], ["ām"], ["as"], ["ās"]];
const ADJ_DEF_M = [["ais"], ["ā"], ["ajam"], ["o"], ["ajā"], ["ie"], ["o"], ["ajiem"], ["os"], ["ajos"]];
const ADJ_DEF_F = [["ā"], ["ās"], ["ajai"], ["o"], ["ajā"], ["ās"], ["o"], ["ajām"], ["ās"], ["ajās"]];
const SLOTS = [...CASES.map((c) => `${c}.sg`), ...CASES.map((c) => `${c}.pl`)];

/** Adjective endings with tags like "dat.sg.f.def"; the nominative singular masculine also takes -š (zaļš). */
function adjectivePairs(): [string, string][] {
  const pairs: [string, string][] = [];
  const add = (table: string[][], suffix: string) =>
    table.forEach((endings, i) => {
      for (const e of endings) pairs.push([e, `${SLOTS[i]}${suffix}`]);
    });
  add(ADJ_INDEF_M, ".m");
  add(ADJ_INDEF_F, ".f");
  add(ADJ_DEF_M, ".m.def");
  add(ADJ_DEF_F, ".f.def");
  return pairs;
}

const ADJECTIVE_PAIRS = adjectivePairs();
export const ADJECTIVE = makeParadigm("adjective", ADJECTIVE_PAIRS);

/** Participles decline like adjectives: "eskalēt" + s → eskalēts, eskalētajai … */
function participle(base: string, tagPrefix: string): [string, string][] {
  return ADJECTIVE_PAIRS.map(([e, tag]) => [base + e, `${tagPrefix}.${tag}`]);
}

/** -šana nouns (eskalēšana) decline in the 4th declension. */
function verbalNoun(base: string): [string, string][] {
  return [...NOUN.fourth.endings].flatMap(([e, tags]) => tags.map((t): [string, string] => [base + e, `vn.${t}`]));
}

/** The endings every verb with theme vowel V shares after its stem (past, future, participles). */
function sharedVerbPairs(v: string): [string, string][] {
  return [
    [`${v}t`, "inf"],
    [`${v}ju`, "past.1sg"],
    [`${v}ji`, "past.2sg"],
    [`${v}ja`, "past.3"],
    [`${v}jām`, "past.1pl"],
    [`${v}jāt`, "past.2pl"],
    [`${v}šu`, "fut.1sg"],
    [`${v}si`, "fut.2sg"],
    [`${v}s`, "fut.3"],
    [`${v}sim`, "fut.1pl"],
    [`${v}siet`, "fut.2pl"],
    [`${v}sit`, "fut.2pl"],
    [`${v}tu`, "cond"],
    [`${v}jis`, "pap.nom.sg.m"],
    [`${v}jusi`, "pap.nom.sg.f"],
    ...participle(`${v}t`, "ppp"),
    ...participle(`${v}juš`, "pap"),
    [`${v}dams`, "adv.m"],
    [`${v}dama`, "adv.f"],
    [`${v}dami`, "adv.pl.m"],
    [`${v}damas`, "adv.pl.f"],
    ...verbalNoun(`${v}šan`),
  ];
}

const REFLEXIVE_SHARED = (v: string): [string, string][] => [
  [`${v}ties`, "inf"],
  [`${v}jos`, "past.1sg"],
  [`${v}jies`, "past.2sg"],
  [`${v}jās`, "past.3"],
  [`${v}jāmies`, "past.1pl"],
  [`${v}jāties`, "past.2pl"],
  [`${v}šos`, "fut.1sg"],
  [`${v}sies`, "fut.2sg"],
  [`${v}simies`, "fut.1pl"],
  [`${v}sieties`, "fut.2pl"],
  [`${v}tos`, "cond"],
  [`${v}joties`, "ger"],
  [`${v}jusies`, "pap.nom.sg.f"],
  [`${v}jušies`, "pap.nom.pl.m"],
  [`${v}jušās`, "pap.nom.pl.f"],
  [`${v}damies`, "adv.m"],
  [`${v}damās`, "adv.f"],
  [`${v}šanās`, "vn.nom.sg"],
  [`${v}šanos`, "vn.acc.sg"],
];

/** 2nd conjugation (eskalēt, paziņot, runāt): present = theme vowel + j. */
function secondConjugation(v: string): Paradigm {
  return makeParadigm(
    `verb2-${v}`,
    [
      [`${v}ju`, "pres.1sg"],
      [v, "pres.2sg"],
      [v, "pres.3"],
      [`${v}jam`, "pres.1pl"],
      [`${v}jat`, "pres.2pl"],
      [`${v}jiet`, "imp.2pl"],
      [`${v}jot`, "ger"],
      ...participle(`${v}još`, "pres.part"),
      ...participle(`${v}jam`, "pres.pass"),
      ...sharedVerbPairs(v),
    ],
    true,
  );
}

function secondConjugationReflexive(v: string): Paradigm {
  return makeParadigm(
    `verb2r-${v}`,
    [[`${v}jos`, "pres.1sg"], [`${v}jies`, "pres.2sg"], [`${v}jas`, "pres.3"], [`${v}jamies`, "pres.1pl"], [`${v}jaties`, "pres.2pl"], ...REFLEXIVE_SHARED(v)],
    true,
  );
}

/** 3rd conjugation in -īt and -ināt (vadīt: vadu, vada, vadām; veicināt: veicinu, veicina). */
function thirdConjugation(v: string): Paradigm {
  return makeParadigm(
    `verb3-${v}`,
    [
      ["u", "pres.1sg"],
      ["i", "pres.2sg"],
      ["a", "pres.3"],
      ["ām", "pres.1pl"],
      ["āt", "pres.2pl"],
      ["iet", "imp.2pl"],
      ["ot", "ger"],
      ...participle("oš", "pres.part"),
      ...participle("ām", "pres.pass"),
      ...sharedVerbPairs(v),
    ],
    true,
  );
}

function thirdConjugationReflexive(v: string): Paradigm {
  return makeParadigm(
    `verb3r-${v}`,
    [["os", "pres.1sg"], ["ies", "pres.2sg"], ["ās", "pres.3"], ["āmies", "pres.1pl"], ["āties", "pres.2pl"], ["oties", "ger"], ...REFLEXIVE_SHARED(v)],
    true,
  );
}

/** 1st conjugation (celt, nest): stems change irregularly, so only the infinitive-based forms. */
export const FIRST_CONJUGATION = makeParadigm(
  "verb1",
  [["t", "inf"], ["tu", "cond"], ...participle("t", "ppp")],
  true,
);
export const FIRST_CONJUGATION_REFLEXIVE = makeParadigm("verb1r", [["ties", "inf"], ["tos", "cond"]], true);

export const VERB = {
  second: { ē: secondConjugation("ē"), ā: secondConjugation("ā"), o: secondConjugation("o") } as Record<string, Paradigm>,
  secondReflexive: { ē: secondConjugationReflexive("ē"), ā: secondConjugationReflexive("ā"), o: secondConjugationReflexive("o") } as Record<
    string,
    Paradigm
  >,
  /** -īt verbs (theme ī) and -ināt verbs (theme ā after "in"). */
  third: { ī: thirdConjugation("ī"), ā: thirdConjugation("ā") } as Record<string, Paradigm>,
  thirdReflexive: { ī: thirdConjugationReflexive("ī"), ā: thirdConjugationReflexive("ā") } as Record<string, Paradigm>,
};
