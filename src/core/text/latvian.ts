// Latvian words → stem + paradigm (to match every form) and back (to inflect a suggestion into
// the form the writer used). The class is read from the dictionary form's ending; the few nouns
// an ending cannot tell apart (6th declension "pils", 2nd declension "akmens", plural-only
// "durvis") come from lists derived from the Hunspell dictionary (scripts/derive-language-data.mjs),
// verbs from their principal parts (latvian-verbs.ts).
import exceptions from "../data/lv-noun-classes.json";
import { ADJECTIVE, ALTERNATING, FEMININE, NOUN } from "./latvian-paradigms.ts";
import { verbParts, verbStemEntries } from "./latvian-verbs.ts";
import { endingFor, FIXED, makeParadigm, type Paradigm, type StemEntry } from "./paradigm.ts";

const SIXTH = new Set<string>(exceptions.sixth);
const SECOND_S = new Set<string>(exceptions.secondS);
const PLURAL_SIXTH = new Set<string>(exceptions.pluralSixth);

const LETTER_BEFORE_S = /[bcčdfgģhjkķlļmnņprsštvzž]s$/;
/** Modifiers that look like adjectives or participles agree with their noun. */
const ADJECTIVE_LIKE = /(?:[bcčdfgģhjkķlļmnņprstvzž]s|[bcčdfgģhjkķlļmnņprsštvzž]š|ais|[^aeiouāēīū]ā|ie|ās|(?:īg|isk|oš|am|ām|āl|īv|ār|ēj|t)a)$/;

/** Could this word, written before a noun, be an agreeing adjective (not a genitive noun)? */
function adjectiveLike(word: string): boolean {
  return ADJECTIVE_LIKE.test(word) && !SIXTH.has(word) && !SECOND_S.has(word);
}

/** Palatalised stem for the alternating cases: brāl → brāļ, iestād → iestāž, skap → skapj, kles → kleš. */
export function alternate(stem: string): string {
  const two = stem.slice(-2);
  const pair = TWO_LETTER.get(two);
  if (pair) return stem.slice(0, -2) + pair;
  if (/st$/.test(stem)) return stem; // valsts → valstu, vēsts → vēstu
  const last = stem.slice(-1);
  const one = ONE_LETTER.get(last);
  return one ? stem.slice(0, -1) + one : stem;
}
const TWO_LETTER = new Map([
  ["sn", "šņ"],
  ["zn", "žņ"],
  ["sl", "šļ"],
  ["zl", "žļ"],
  ["ln", "ļņ"],
  ["ll", "ļļ"],
  ["nn", "ņņ"],
  ["dz", "dž"],
]);
const ONE_LETTER = new Map([
  ["s", "š"],
  ["z", "ž"],
  ["t", "š"],
  ["d", "ž"],
  ["c", "č"],
  ["n", "ņ"],
  ["l", "ļ"],
  ["p", "pj"],
  ["b", "bj"],
  ["m", "mj"],
  ["v", "vj"],
  ["f", "fj"],
]);

function entry(stem: string, paradigm: Paradigm): StemEntry {
  return { stem, paradigm };
}

/** A noun stem; with an alternating declension, the plain and the palatalised stem each with its own endings. */
function nounEntries(stem: string, paradigm: Paradigm): StemEntry[] {
  const split = ALTERNATING.get(paradigm);
  if (!split) return [entry(stem, paradigm)];
  const alt = alternate(stem);
  if (alt === stem) return [entry(stem, paradigm)];
  // Which stem generates a form both take: piļu (not pilu), but akmens (not akmeņa).
  return paradigm === NOUN.secondS ? [entry(stem, split.plain), entry(alt, split.alternated)] : [entry(alt, split.alternated), entry(stem, split.plain)];
}

function verbEntries(word: string): StemEntry[] {
  const reflexive = word.endsWith("ties");
  const core = reflexive ? word.slice(0, -3) : word; // eskalēties → eskalēt
  return verbParts(core).flatMap((p) => verbStemEntries(p, reflexive));
}

/** vecāmāte → vec + āmāte, āsmātes, ajaimātei …: both parts inflect (and the colloquial vecāmātes). */
const COMPOUND = /^(vec|liel)(ā|ais)(māte|tēvs)$/;

function compoundEntries(word: string): StemEntry[] {
  const m = COMPOUND.exec(word);
  if (!m) return [];
  const [, adj, , head] = m as unknown as [string, string, string, string];
  const headEntries = nominalEntries(head);
  const gender = FEMININE.has(headEntries[0]!.paradigm) ? "f" : "m";
  const pairs: [string, string][] = [];
  for (const e of headEntries)
    for (const [ending, tags] of e.paradigm.endings)
      for (const tag of tags) {
        const adjEnding = endingFor(ADJECTIVE, `${tag}.${gender}.def`);
        if (adjEnding === undefined) continue;
        pairs.push([`${adjEnding}${e.stem}${ending}`, tag]);
        // The contracted dative (vecaimātei) beside vecajaimātei.
        if (adjEnding === "ajai") pairs.push([`ai${e.stem}${ending}`, tag]);
      }
  return [entry(adj, makeParadigm(`compound-${word}`, pairs))];
}

/** Noun (or adjective) paradigms from the dictionary form's ending. */
function nominalEntries(word: string): StemEntry[] {
  if (SIXTH.has(word)) return nounEntries(word.slice(0, -1), NOUN.sixth);
  if (PLURAL_SIXTH.has(word)) return nounEntries(word.slice(0, -2), NOUN.sixthPlural);
  if (SECOND_S.has(word)) return nounEntries(word.slice(0, -1), NOUN.secondS);
  if (word.endsWith("ais")) return [entry(word.slice(0, -3), ADJECTIVE)];
  if (word.endsWith("is")) return nounEntries(word.slice(0, -2), NOUN.second);
  if (word.endsWith("us")) return [entry(word.slice(0, -2), NOUN.third)];
  if (word.endsWith("as")) return [entry(word.slice(0, -2), NOUN.fourth)]; // plural term: izmaksas
  if (word.endsWith("es")) return nounEntries(word.slice(0, -2), NOUN.fifth);
  // A 1st-declension noun and an adjective or participle read the same (dienests, operatīvs):
  // both paradigms, so "operatīvākais" and "operatīvi" match too.
  if (LETTER_BEFORE_S.test(word)) return [entry(word.slice(0, -1), NOUN.first), entry(word.slice(0, -1), ADJECTIVE)];
  if (word.endsWith("š")) return [entry(word.slice(0, -1), NOUN.firstSh), entry(word.slice(0, -1), ADJECTIVE)];
  if (word.endsWith("a")) return [entry(word.slice(0, -1), NOUN.fourth)];
  if (word.endsWith("e")) return nounEntries(word.slice(0, -1), NOUN.fifth);
  if (word.endsWith("i")) return [entry(word.slice(0, -1), NOUN.first)]; // plural term: dokumenti
  return [];
}

function adjectiveStem(word: string): string | undefined {
  const m = /^(.+?)(ais|ie|ās|as|s|š|ā|a|i)$/.exec(word);
  return m && m[1]!.length >= 2 ? m[1] : undefined;
}

/** Is this dictionary form a verb (an infinitive with known principal parts)? */
export function isLatvianVerb(word: string): boolean {
  return (word.endsWith("t") || word.endsWith("ties")) && verbEntries(word).length > 0;
}

/**
 * Every stem + paradigm under which `word` (lower-case dictionary form) can appear in text.
 * A modifier (a word before the last one of a phrase) may also be an adjective that agrees
 * with its noun ("atbildīgā struktūrvienība" → "atbildīgajai struktūrvienībai"); the exact
 * form always matches too, so a fixed genitive ("reģistrācijas žurnāls") keeps working.
 */
export function latvianStems(word: string, modifier: boolean): StemEntry[] {
  const out: StemEntry[] = [];
  if (word.length < 3) return [entry(word, FIXED)];
  const verb = word.endsWith("t") || word.endsWith("ties") ? verbEntries(word) : [];
  // A modifier agrees (an adjective) or stays as written (a genitive: reģistrācijas žurnālam, never reģistrācijai žurnālam).
  const nominal = modifier ? nominalEntries(word).filter((e) => e.paradigm === ADJECTIVE) : [...compoundEntries(word), ...nominalEntries(word)];
  const found = verb.length > 0 ? verb : nominal;
  if (modifier && verb.length === 0 && adjectiveLike(word) && !found.some((e) => e.paradigm === ADJECTIVE)) {
    const stem = adjectiveStem(word);
    if (stem) found.push(entry(stem, ADJECTIVE));
  }
  for (const e of found) if (e.stem.length >= 2) out.push(e);
  // The exact form: for modifiers (a fixed genitive) and words of no known class (kino, depo).
  if (modifier || out.length === 0) out.push(entry(word, FIXED));
  return out;
}

/** `word` (dictionary form) put into `tag`, or undefined if its class has no such form. */
export function inflectLatvianWord(word: string, tag: string, modifier = false): string | undefined {
  for (const e of latvianStems(word, modifier)) {
    if (e.paradigm === FIXED) continue;
    const ending = endingFor(e.paradigm, tag);
    if (ending !== undefined) return e.stem + ending;
  }
  return undefined;
}

/** The cases `ending` expresses in the paradigms of `word` (dictionary form): "ā" of dienests → loc.sg. */
export function latvianTagsOfEnding(word: string, ending: string): readonly string[] {
  const out: string[] = [];
  for (const e of latvianStems(word, false)) for (const t of e.paradigm.endings.get(ending) ?? []) if (isCaseTag(t) && !out.includes(t)) out.push(t);
  return out;
}

/** True for tags of noun cases ("dat.sg"), as opposed to verb forms. */
export function isCaseTag(tag: string): boolean {
  return /^(nom|gen|dat|acc|loc|voc)\.(sg|pl)$/.test(tag);
}

/** A verb tag with the reflexive mark set or cleared: pres.1pl ↔ pres.1pl.r. */
function reflexiveTag(tag: string, reflexive: boolean): string {
  const base = tag.endsWith(".r") ? tag.slice(0, -2) : tag;
  return reflexive ? `${base}.r` : base;
}

/**
 * A verb (dictionary form) in form `tag`. The debitive is jā- + the 3rd person (jānodod) and the
 * negated 3rd person ne- + it (nenodod), except where the verb has a whole form for them (būt: jābūt, nav).
 */
function latvianVerbForm(verb: string, tag: string): string | undefined {
  const whole = inflectLatvianWord(verb, tag);
  if (whole !== undefined) return whole;
  const m = /^(deb|pres\.3\.neg)(\.r)?$/.exec(tag);
  if (!m) return undefined;
  const third = inflectLatvianWord(verb, `pres.3${m[2] ?? ""}`);
  return third === undefined ? undefined : `${m[1] === "deb" ? "jā" : "ne"}${third}`;
}

/**
 * A phrase (lower-case words, dictionary forms) in form `tag`. A case tag inflects the head
 * noun — the last of words[0, headEnd) — and the adjective-looking words before it agree in
 * gender and keep their definiteness; a verb tag inflects the first word, which must be a verb.
 * Words from headEnd on ("…, kas …", "par …") stay as written. Undefined when it cannot be done.
 */
export function inflectLatvianPhrase(words: readonly string[], tag: string, headEnd = words.length): string[] | undefined {
  const head = words[headEnd - 1];
  if (!head) return undefined;
  if (!isCaseTag(tag)) {
    // A verb phrase inflects its first word: "nodot vadībai" → "nodosim vadībai".
    const first = words[0]!;
    if (isLatvianVerb(first)) {
      const form = latvianVerbForm(first, reflexiveTag(tag, first.endsWith("ties")));
      return form ? [form, ...words.slice(1)] : undefined;
    }
    // An adjective form (operatīvākais → ātrākais) of a one-word adjective suggestion.
    if (headEnd !== 1 || /^(?:pres|past|fut|imp|cond|ger|rel|inf|adv\.(?:m|f|pl)|vn|ppp|pap)/.test(tag)) return undefined;
    const form = inflectLatvianWord(first, tag);
    return form ? [form, ...words.slice(1)] : undefined;
  }
  if (isLatvianVerb(head)) return undefined;
  const headStems = latvianStems(head, false).filter((e) => e.paradigm !== FIXED && e.paradigm !== ADJECTIVE);
  if (headStems.length === 0) return undefined;
  const headForm = inflectLatvianWord(head, tag);
  if (!headForm) return undefined;
  const gender = FEMININE.has(headStems[0]!.paradigm) ? "f" : "m";
  const out: string[] = [];
  for (const w of words.slice(0, headEnd - 1)) {
    const stem = adjectiveLike(w) ? adjectiveStem(w) : undefined;
    if (!stem) {
      out.push(w);
      continue;
    }
    const definite = /(?:ais|ā|ie|ās)$/.test(w);
    const ending = endingFor(ADJECTIVE, `${tag}.${gender}${definite ? ".def" : ""}`);
    out.push(ending === undefined ? w : stem + ending);
  }
  out.push(headForm, ...words.slice(headEnd));
  return out;
}
