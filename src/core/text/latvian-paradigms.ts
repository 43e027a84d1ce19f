// Latvian inflection tables: the six noun declensions (with the vocative) and adjectives
// (indefinite, definite, comparative, superlative) — enough to recognise every case form of a
// glossary term and to put a suggestion into the case the writer used. Verbs: latvian-verbs.ts.
// Source: the standard school grammar tables (Latviešu valodas praktiskā gramatika).
import { makeParadigm, type Paradigm } from "./paradigm.ts";

const CASES = ["nom", "gen", "dat", "acc", "loc"] as const;

/** Five endings singular then five plural, in CASES order; then the vocative singular endings. */
function declension(id: string, singular: readonly string[], plural: readonly string[], vocative: readonly string[] = []): Paradigm {
  const pairs: [string, string][] = [];
  for (const [i, c] of CASES.entries()) pairs.push([singular[i]!, `${c}.sg`]);
  for (const [i, c] of CASES.entries()) pairs.push([plural[i]!, `${c}.pl`]);
  for (const v of vocative) pairs.push([v, "voc.sg"]);
  return makeParadigm(id, pairs);
}

const PLURAL_MASC = ["i", "u", "iem", "us", "os"];

export const NOUN = {
  /** 1st declension: dienests, akts. */
  first: declension("noun1", ["s", "a", "am", "u", "ā"], PLURAL_MASC, ["", "s"]),
  /** 1st declension in -š: ceļš, kaimiņš. */
  firstSh: declension("noun1-š", ["š", "a", "am", "u", "ā"], PLURAL_MASC, ["", "š"]),
  /** 2nd declension: brālis, skapis (stem alternation in gen.sg and the plural). */
  second: declension("noun2", ["is", "a", "im", "i", "ī"], PLURAL_MASC, ["i", ""]),
  /** 2nd declension in -s: akmens, ūdens, suns (gen.sg akmens, and suņa, akmeņa as Hunspell has it). */
  secondS: makeParadigm("noun2-s", [...declensionPairs(["s", "s", "im", "i", "ī"], PLURAL_MASC), ["a", "gen.sg"], ["s", "voc.sg"]]),
  /** 3rd declension: tirgus, medus. */
  third: declension("noun3", ["us", "us", "um", "u", "ū"], PLURAL_MASC, ["us", "u"]),
  /** 4th declension: struktūrvienība, nodaļa. */
  fourth: declension("noun4", ["a", "as", "ai", "u", "ā"], ["as", "u", "ām", "as", "ās"], ["", "a"]),
  /** 5th declension: iestāde, pārvalde (alternation in gen.pl). */
  fifth: declension("noun5", ["e", "es", "ei", "i", "ē"], ["es", "u", "ēm", "es", "ēs"], ["", "e"]),
  /** 6th declension: pils, sirds, valsts (alternation in gen.pl). */
  sixth: declension("noun6", ["s", "s", "ij", "i", "ī"], ["is", "u", "īm", "is", "īs"], ["s"]),
  /** Plural-only 6th declension: durvis, brokastis. */
  sixthPlural: makeParadigm("noun6-pl", declensionPairs([], ["is", "u", "īm", "is", "īs"])),
};

function declensionPairs(singular: readonly string[], plural: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [i, c] of CASES.entries()) if (singular[i] !== undefined) pairs.push([singular[i]!, `${c}.sg`]);
  for (const [i, c] of CASES.entries()) pairs.push([plural[i]!, `${c}.pl`]);
  return pairs;
}

/** Tags whose form takes the palatalised stem (brālis → brāļa, iestāde → iestāžu). */
const ALTERNATING_TAGS = new Map<Paradigm, ReadonlySet<string>>([
  [NOUN.second, new Set(["gen.sg", "nom.pl", "gen.pl", "dat.pl", "acc.pl", "loc.pl"])],
  [NOUN.secondS, new Set(["gen.sg", "nom.pl", "gen.pl", "dat.pl", "acc.pl", "loc.pl"])],
  [NOUN.fifth, new Set(["gen.pl"])],
  [NOUN.sixth, new Set(["gen.pl"])],
  [NOUN.sixthPlural, new Set(["gen.pl"])],
]);

/**
 * A declension with an alternation, cut in two: the plain stem takes only the endings without
 * it, the palatalised stem only those with it (iestāžu yes, iestādu no; brāļa yes, brāla no).
 * The genitive "s" of akmens stays with the plain stem.
 */
export interface AlternatingDeclension {
  plain: Paradigm;
  alternated: Paradigm;
}
export const ALTERNATING = new Map<Paradigm, AlternatingDeclension>();
for (const [p, tags] of ALTERNATING_TAGS) {
  const plain: [string, string][] = [];
  const alternated: [string, string][] = [];
  for (const [ending, ts] of p.endings)
    for (const t of ts) {
      (tags.has(t) && !(p === NOUN.secondS && ending === "s") ? alternated : plain).push([ending, t]);
      // The 6th declension's genitive plural goes both ways: piļu, but acu, balsu, kvītu (after s and t).
      if (p === NOUN.sixth && t === "gen.pl") plain.push([ending, t]);
    }
  ALTERNATING.set(p, { plain: makeParadigm(`${p.id}-plain`, plain), alternated: makeParadigm(`${p.id}-alt`, alternated) });
}

/** Which noun paradigms are feminine (adjectives agree with it). */
export const FEMININE = new Set<Paradigm>(
  [NOUN.fourth, NOUN.fifth, NOUN.sixth, NOUN.sixthPlural].flatMap((p) => [p, ...(ALTERNATING.has(p) ? [ALTERNATING.get(p)!.plain, ALTERNATING.get(p)!.alternated] : [])]),
);

const ADJ_INDEF_M = [["s", "š"], ["a"], ["am"], ["u"], ["ā"], ["i"], ["u"], ["iem"], ["us"], ["os"]];
const ADJ_INDEF_F = [["a"], ["as"], ["ai"], ["u"], ["ā"], ["as"], ["u"], ["ām"], ["as"], ["ās"]];
const ADJ_DEF_M = [["ais"], ["ā"], ["ajam"], ["o"], ["ajā"], ["ie"], ["o"], ["ajiem"], ["os"], ["ajos"]];
const ADJ_DEF_F = [["ā"], ["ās"], ["ajai"], ["o"], ["ajā"], ["ās"], ["o"], ["ajām"], ["ās"], ["ajās"]];
const SLOTS = [...CASES.map((c) => `${c}.sg`), ...CASES.map((c) => `${c}.pl`)];

/** Adjective endings with tags like "dat.sg.f.def"; the nominative singular masculine also takes -š (zaļš). */
function adjectivePairs(base = "", tagPrefix = ""): [string, string][] {
  const pairs: [string, string][] = [];
  const add = (table: string[][], suffix: string) =>
    table.forEach((endings, i) => {
      for (const e of endings) if (!(base && e === "š")) pairs.push([base + e, `${tagPrefix}${SLOTS[i]}${suffix}`]);
    });
  add(ADJ_INDEF_M, ".m");
  add(ADJ_INDEF_F, ".f");
  add(ADJ_DEF_M, ".m.def");
  add(ADJ_DEF_F, ".f.def");
  return pairs;
}

/** Positive and comparative (-āk-; with vis- the superlative) and the adverbs (operatīvi, operatīvāk). */
export const ADJECTIVE_PAIRS: [string, string][] = [...adjectivePairs(), ...adjectivePairs("āk", "cmp."), ["i", "adv"], ["āk", "adv.cmp"]];
export const ADJECTIVE = makeParadigm("adjective", ADJECTIVE_PAIRS);
