// Latvian verbs as principal parts → stems + paradigms. Every verb form is one of seven stems
// plus a regular ending (Latviešu valodas gramatika, 2013, §§ on the conjugations): the
// infinitive, the 1st person singular and plural of the present, the 2nd and 3rd person of
// the present, the 1st person of the past, the future and the past active participle. The 2nd
// and 3rd conjugations build them by rule; the 1st conjugation and the verbs the rule gets
// wrong (gribēt, mācīt, dot, iet, būt …) take them from src/core/data/lv-verbs.json, derived
// from the Hunspell dictionary by scripts/derive-verbs.ts.
import verbData from "../data/lv-verbs.json";
import { ADJECTIVE_PAIRS, NOUN } from "./latvian-paradigms.ts";
import { makeParadigm, type Paradigm, type StemEntry } from "./paradigm.ts";

/** Full forms: inf, pres.1sg, pres.2sg, pres.3, pres.1pl, past.1sg, fut.1sg, pap.nom.sg.m. */
export interface VerbParts {
  inf: string;
  p1: string;
  p2: string;
  p3: string;
  p1pl: string;
  past: string;
  fut: string;
  pap: string;
}

const DATA = verbData.verbs as Record<string, string>;

/** The prefixes of compound verbs (nodot, aizgāja), longest first so "pār" wins over "pa". */
export const VERB_PREFIXES = ["pār", "aiz", "pie", "ap", "at", "ie", "iz", "no", "pa", "sa", "uz"];

function partsFrom(inf: string, coded: string): VerbParts {
  const [p1, p2, p3, p1pl, past, fut, pap] = coded.split(" ") as [string, string, string, string, string, string, string];
  return { inf, p1, p2, p3, p1pl, past, fut, pap };
}

/** The 2nd-conjugation parts of any infinitive in a long vowel + t (eskalēt, and apķēzīt: apķēzīju). */
export function secondConjugationParts(inf: string): VerbParts | undefined {
  if (!/[ēāīoū]t$/.test(inf)) return undefined;
  const b = inf.slice(0, -1);
  return { inf, p1: `${b}ju`, p2: b, p3: b, p1pl: `${b}jam`, past: `${b}ju`, fut: `${b}šu`, pap: `${b}jis` };
}

/** The rule for the 2nd and 3rd conjugations (eskalēt, runāt, paziņot, vadīt, veicināt). */
export function ruleParts(inf: string): VerbParts | undefined {
  if (inf.endsWith("ināt") || inf.endsWith("īt")) {
    const theme = inf.slice(-2, -1);
    const s = inf.slice(0, -2);
    return { inf, p1: `${s}u`, p2: `${s}i`, p3: `${s}a`, p1pl: `${s}ām`, past: `${s}${theme}ju`, fut: `${s}${theme}šu`, pap: `${s}${theme}jis` };
  }
  return /[ēāoū]t$/.test(inf) ? secondConjugationParts(inf) : undefined;
}

/** A principal part the verb does not have: the compounds of būt have no present (pabūt: "- - - - pabiju pabūšu pabijis"). */
export const NO_FORM = "-";

export function withPrefix(prefix: string, p: VerbParts): VerbParts {
  const out = {} as VerbParts;
  for (const k of Object.keys(p) as (keyof VerbParts)[]) out[k] = p[k] === NO_FORM ? NO_FORM : prefix + p[k];
  return out;
}

/**
 * Principal parts from `data` (infinitive → coded parts), a prefix + a verb in it, or the rule.
 * "-būt" in `data` is what a prefix takes instead of būt's own parts (pabūt, atbūt: no present).
 */
export function verbPartsIn(data: Readonly<Record<string, string>>, inf: string, depth = 0): VerbParts[] {
  const coded = data[inf];
  if (coded !== undefined) return coded.split("|").map((c) => partsFrom(inf, c));
  if (depth < 2) {
    for (const prefix of VERB_PREFIXES) {
      if (!inf.startsWith(prefix) || inf.length - prefix.length < 3) continue;
      const rest = inf.slice(prefix.length);
      const compound = data[`-${rest}`];
      const root = compound !== undefined ? compound.split("|").map((c) => partsFrom(rest, c)) : verbPartsIn(data, rest, depth + 1);
      if (root.length > 0 && (depth > 0 || data[rest] !== undefined || !ruleParts(inf))) return root.map((p) => withPrefix(prefix, p));
    }
  }
  const rule = ruleParts(inf);
  return rule ? [rule] : [];
}

/** The principal parts of a non-reflexive infinitive, every reading (degt: degu and dedzu); [] when unknown. */
export function verbParts(inf: string): VerbParts[] {
  return verbPartsIn(DATA, inf);
}

/** Parts written as the data file stores them: seven forms after the infinitive ("-" for one it lacks), readings joined by "|". */
export function encodeParts(readings: readonly VerbParts[]): string {
  return readings.map((p) => [p.p1, p.p2, p.p3, p.p1pl, p.past, p.fut, p.pap].join(" ")).join("|");
}

function participle(base: string, tagPrefix: string): [string, string][] {
  return ADJECTIVE_PAIRS.map(([e, tag]) => [base + e, `${tagPrefix}.${tag}`]);
}

function verb(id: string, pairs: [string, string][]): Paradigm {
  return makeParadigm(id, pairs, true);
}

/** Infinitive stem (eskalē-, lik-): infinitive, conditional, past passive participle. */
const INF = verb("v-inf", [
  ["t", "inf"],
  ["ties", "inf.r"],
  ["tu", "cond"],
  ["tos", "cond.r"],
  ...participle("t", "ppp"),
]);
/** The -dams participle: the infinitive stem, its s voiced to z where the root ends in d or t (vest: ved- → vezdams, mest → mezdams; nest → nesdams). */
const DAMS = verb("v-dams", [
  ["dams", "adv.m"],
  ["dama", "adv.f"],
  ["dami", "adv.pl.m"],
  ["damas", "adv.pl.f"],
  ["damies", "adv.m.r"],
  ["damās", "adv.f.r"],
]);
/** -šana nouns (eskalēšana; nest → nešana). */
const SHANA = verb("v-šana", [
  ...[...NOUN.fourth.endings].flatMap(([e, tags]) => tags.map((t): [string, string] => [`šan${e}`, `vn.${t}`])),
  ["šanās", "vn.nom.sg.r"],
  ["šanos", "vn.acc.sg.r"],
]);
const P1_SHARED: [string, string][] = [
  ["u", "pres.1sg"],
  ["os", "pres.1sg.r"],
  ["ot", "ger"],
  ["oties", "ger.r"],
  ["ošies", "pres.part.nom.pl.m.r"],
  ...participle("oš", "pres.part"),
];
/** Present stem (liek-, eskalēj-): the reflexive 3rd person is -as … */
const P1 = verb("v-p1", [...P1_SHARED, ["as", "pres.3.r"]]);
/** … or -ās where the 3rd person ends in -a (saka → sakās, vada → vadās). */
const P1A = verb("v-p1a", [...P1_SHARED, ["ās", "pres.3.r"]]);
/** The 1st person plural minus -m (lieka-, eskalēja-): 1st/2nd plural and the present passive participle. */
const P1PL = verb("v-p1pl", [["m", "pres.1pl"], ["t", "pres.2pl"], ["mies", "pres.1pl.r"], ["ties", "pres.2pl.r"], ...participle("m", "pres.pass")]);
const P2 = verb("v-p2", [["", "pres.2sg"]]);
/** The imperative stem (liec-, eskalēj-, sak-): -iet, -ies, -ieties. */
const IMP = verb("v-imp", [["iet", "imp.2pl"], ["ies", "pres.2sg.r"], ["ieties", "imp.2pl.r"]]);
const P3 = verb("v-p3", [["", "pres.3"]]);
const PAST = verb("v-past", [
  ["u", "past.1sg"],
  ["i", "past.2sg"],
  ["a", "past.3"],
  ["ām", "past.1pl"],
  ["āt", "past.2pl"],
  ["os", "past.1sg.r"],
  ["ies", "past.2sg.r"],
  ["ās", "past.3.r"],
  ["āmies", "past.1pl.r"],
  ["āties", "past.2pl.r"],
]);
/**
 * The past active participle but its masculine nominative: the past stem, with k/g where the
 * infinitive has them (braucu, braukuši). The nominative singular is -is, -usi, -usī (bijis,
 * bijusi, bijusī), never -ušs or -uša as nominative (dictionary-lv has none): a fix into „licis”
 * is „novietojis”, into „likusi” „novietojusi”.
 */
const PAP_USH = verb("v-pap-uš", [
  ...participle("uš", "pap").filter(([, tag]) => !/^pap\.nom\.sg\.(?:m|f|f\.def)$/.test(tag)),
  ["usi", "pap.nom.sg.f"],
  ["usī", "pap.nom.sg.f.def"],
  ["usies", "pap.nom.sg.f.r"],
  ["ušies", "pap.nom.pl.m.r"],
]);
const PAP = verb("v-pap", [["is", "pap.nom.sg.m"], ["ies", "pap.nom.sg.m.r"]]);
const FUT = verb("v-fut", [
  ["šu", "fut.1sg"],
  ["si", "fut.2sg"],
  ["s", "fut.3"],
  ["sim", "fut.1pl"],
  ["siet", "fut.2pl"],
  ["sit", "fut.2pl"],
  ["šot", "rel.fut"],
  ["šos", "fut.1sg.r"],
  ["sies", "fut.2sg.r"],
  ["sies", "fut.3.r"],
  ["simies", "fut.1pl.r"],
  ["sieties", "fut.2pl.r"],
  ["sities", "fut.2pl.r"],
  ["šoties", "rel.fut.r"],
]);
/** būt's negated 3rd person (nav) and irregular present (esmu, ir) are whole forms. */
const WHOLE = verb("v-whole", [["", "pres.3.neg"]]);
const WHOLE_P1 = verb("v-whole-p1", [["", "pres.1sg"]]);
/** būt's debitive is jā- + the infinitive, not + the 3rd person: jābūt, never jāir (LVG 2013, 'Darbības vārda būt locīšana'). */
const WHOLE_DEB = verb("v-whole-deb", [["", "deb"]]);
/** būt's present stem es- (esam, esot, esošs) is not esmu minus -u: the relative mood and the present participles. */
const P1_BUT = verb("v-p1-būt", P1_SHARED.filter(([e]) => e !== "u" && e !== "os"));

/** The same paradigm with only its reflexive forms: a reflexive term (sazināties) matches those alone. */
const REFLEXIVE_ONLY = new Map<Paradigm, Paradigm>();
/** The reflexive participles' other cases read like the active ones (mazgājošās, mazgājušos). */
const REFLEXIVE_PARTICIPLE = new Set(["ošās", "ošos", "ušās", "ušos"]);
function reflexiveOnly(p: Paradigm): Paradigm {
  let r = REFLEXIVE_ONLY.get(p);
  if (!r) {
    const pairs: [string, string][] = [];
    for (const [ending, tags] of p.endings) for (const t of tags) if (t.endsWith(".r") || REFLEXIVE_PARTICIPLE.has(ending)) pairs.push([ending, t]);
    r = verb(`${p.id}-r`, pairs);
    REFLEXIVE_ONLY.set(p, r);
  }
  return r;
}

const cut = (form: string, ending: string): string => (form.endsWith(ending) ? form.slice(0, form.length - ending.length) : form);

/** The stems of one reading, each with the paradigm of the endings it takes; only the reflexive forms for a reflexive verb. */
export function verbStemEntries(p: VerbParts, reflexive = false): StemEntry[] {
  const infStem = cut(p.inf, "t");
  const p1 = cut(p.p1, "u");
  const past = cut(p.past, "u");
  // Each stem with the part it is made of: a part the verb does not have (NO_FORM) gives no stem.
  const made: [string, StemEntry][] = [
    [p.inf, { stem: infStem, paradigm: INF }],
    [p.inf, { stem: /s$/.test(infStem) && /[dt]$/.test(past) ? `${infStem.slice(0, -1)}z` : infStem, paradigm: DAMS }],
    [p.inf, { stem: /[sz]$/.test(infStem) ? infStem.slice(0, -1) : infStem, paradigm: SHANA }],
    [p.p1, { stem: p1, paradigm: p.p3.endsWith("a") ? P1A : P1 }],
    [p.p1pl, { stem: cut(p.p1pl, "m"), paradigm: P1PL }],
    // The 3rd person before the 2nd, where they read alike (eksistē, dod): replies speak of a third party, not "tu".
    [p.p3, { stem: p.p3, paradigm: P3 }],
    [p.p2, { stem: p.p2, paradigm: P2 }],
    [p.p2, { stem: /[āēīoū]$/.test(p.p2) ? p1 : cut(p.p2, "i"), paradigm: IMP }],
    [p.past, { stem: past, paradigm: PAST }],
    [p.past, { stem: /k$/.test(infStem) ? past.replace(/c$/, "k") : /g$/.test(infStem) ? past.replace(/dz$/, "g") : past, paradigm: PAP_USH }],
    [p.pap, { stem: cut(p.pap, "is"), paradigm: PAP }],
    [p.fut, { stem: cut(p.fut, "šu"), paradigm: FUT }],
  ];
  const out = made.filter(([part]) => part !== NO_FORM).map(([, e]) => e);
  const pre = p.inf.slice(0, -3);
  // būt and its compounds (pabūt: pabiju): the debitive is jā- + the infinitive, jābūt, jāpabūt (LU MII morphology, paradigm 50).
  if (p.inf.endsWith("būt") && p.past === `${pre}biju`) out.push({ stem: `jā${p.inf}`, paradigm: WHOLE_DEB });
  if (p.inf.endsWith("būt") && p.p1 === `${pre}esmu`) {
    const present = out.findIndex((e) => e.paradigm === P1 || e.paradigm === P1A);
    out[present] = { stem: `${pre}es`, paradigm: P1_BUT };
    out.push({ stem: p.p1, paradigm: WHOLE_P1 }, { stem: `${pre}nav`, paradigm: WHOLE });
  }
  if (!reflexive) return out;
  return out.map((e) => ({ stem: e.stem, paradigm: reflexiveOnly(e.paradigm) })).filter((e) => e.paradigm.endings.size > 0);
}

