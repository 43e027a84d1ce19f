// Latvian words → stem + paradigm (to match every case form) and back (to inflect a
// suggestion into the case the writer used). The class is read from the dictionary form's
// ending; the few nouns an ending cannot tell apart (6th declension "pils", 2nd declension
// "akmens") come from a list derived from the Hunspell dictionary (scripts/derive-language-data.mjs).
import exceptions from "../data/lv-noun-classes.json";
import { ADJECTIVE, ALTERNATING_TAGS, FEMININE, FIRST_CONJUGATION, FIRST_CONJUGATION_REFLEXIVE, NOUN, VERB } from "./latvian-paradigms.ts";
import { endingFor, FIXED, type Paradigm, type StemEntry } from "./paradigm.ts";

const SIXTH = new Set<string>(exceptions.sixth);
const SECOND_S = new Set<string>(exceptions.secondS);

const LETTER_BEFORE_S = /[bcčdfgģhjkķlļmnņprsštvzž]s$/;
/** Modifiers that look like adjectives or participles agree with their noun. */
const ADJECTIVE_LIKE = /(?:[bcčdfgģhjkķlļmnņprstvzž]s|[bcčdfgģhjkķlļmnņprsštvzž]š|ais|[^aeiouāēīū]ā|ie|ās|(?:īg|isk|oš|am|ām|āl|īv|ār|ēj|t)a)$/;

/** Could this word, written before a noun, be an agreeing adjective (not a genitive noun)? */
function adjectiveLike(word: string): boolean {
  return ADJECTIVE_LIKE.test(word) && !SIXTH.has(word) && !SECOND_S.has(word);
}

/** Palatalised stem for the alternating cases: brāl → brāļ, iestād → iestāž, skap → skapj. */
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
  ["ln", "ļņ"],
  ["ll", "ļļ"],
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

/** A noun stem and its alternating twin, when the declension has one. */
function nounEntries(stem: string, paradigm: Paradigm): StemEntry[] {
  const out = [entry(stem, paradigm)];
  if (ALTERNATING_TAGS.has(paradigm)) {
    const alt = alternate(stem);
    if (alt !== stem) out.push(entry(alt, paradigm));
  }
  return out;
}

function verbEntries(word: string): StemEntry[] {
  const reflexive = word.endsWith("ties");
  const core = reflexive ? word.slice(0, -3) : word; // eskalēties → eskalēt
  const theme = core.slice(-2, -1);
  const stem = core.slice(0, -2);
  if (core.endsWith("ināt")) return [entry(stem, (reflexive ? VERB.thirdReflexive : VERB.third).ā!)];
  if (theme === "ī") return [entry(stem, (reflexive ? VERB.thirdReflexive : VERB.third).ī!)];
  const second = (reflexive ? VERB.secondReflexive : VERB.second)[theme];
  if (second) return [entry(stem, second)];
  return [entry(core.slice(0, -1), reflexive ? FIRST_CONJUGATION_REFLEXIVE : FIRST_CONJUGATION)];
}

/** Noun (or adjective) paradigms from the dictionary form's ending. */
function nominalEntries(word: string): StemEntry[] {
  if (SIXTH.has(word)) return nounEntries(word.slice(0, -1), NOUN.sixth);
  if (SECOND_S.has(word)) return nounEntries(word.slice(0, -1), NOUN.secondS);
  if (word.endsWith("ais")) return [entry(word.slice(0, -3), ADJECTIVE)];
  if (word.endsWith("is")) return nounEntries(word.slice(0, -2), NOUN.second);
  if (word.endsWith("us")) return [entry(word.slice(0, -2), NOUN.third)];
  if (word.endsWith("as")) return [entry(word.slice(0, -2), NOUN.fourth)]; // plural term: izmaksas
  if (word.endsWith("es")) return nounEntries(word.slice(0, -2), NOUN.fifth);
  if (LETTER_BEFORE_S.test(word)) return [entry(word.slice(0, -1), NOUN.first)];
  if (word.endsWith("š")) return [entry(word.slice(0, -1), NOUN.firstSh)];
  if (word.endsWith("a")) return [entry(word.slice(0, -1), NOUN.fourth)];
  if (word.endsWith("e")) return nounEntries(word.slice(0, -1), NOUN.fifth);
  if (word.endsWith("i")) return [entry(word.slice(0, -1), NOUN.first)]; // plural term: dokumenti
  return [];
}

function adjectiveStem(word: string): string | undefined {
  const m = /^(.+?)(ais|ie|ās|as|s|š|ā|a|i)$/.exec(word);
  return m && m[1]!.length >= 2 ? m[1] : undefined;
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
  const isVerb = word.endsWith("t") || word.endsWith("ties");
  const found = isVerb ? verbEntries(word) : nominalEntries(word);
  if (modifier && !isVerb && adjectiveLike(word)) {
    const stem = adjectiveStem(word);
    if (stem) found.push(entry(stem, ADJECTIVE));
  }
  for (const e of found) if (e.stem.length >= 2) out.push(e);
  // The exact form: for modifiers (a fixed genitive) and words of no known class (kino, depo).
  if (modifier || out.length === 0) out.push(entry(word, FIXED));
  return out;
}

/** The dictionary-form paradigm of a word for generating other forms (the first real one). */
function generatorFor(word: string, modifier: boolean): StemEntry | undefined {
  return latvianStems(word, modifier).find((e) => e.paradigm !== FIXED);
}

/** `word` (dictionary form) put into `tag`, or undefined if its class has no such form. */
export function inflectLatvianWord(word: string, tag: string, modifier = false): string | undefined {
  const gen = generatorFor(word, modifier);
  if (!gen) return undefined;
  const ending = endingFor(gen.paradigm, tag);
  if (ending === undefined) return undefined;
  const stem = ALTERNATING_TAGS.get(gen.paradigm)?.has(tag) ? alternate(gen.stem) : gen.stem;
  return stem + ending;
}

/**
 * 1st-conjugation verbs that look like 2nd or 3rd (dot → dodu, iet → eju, stāt → stāju): their
 * forms cannot be generated from the infinitive, so a suggestion with one stays as written.
 */
const IRREGULAR_VERB = /(?:dot|doties|iet|ieties|stāt|stāties|būt|ēst|sēt|jāt|klāt|krāt|dzert|zināt|pazīt|atzīt)$/;

/** The cases `ending` expresses in the paradigm of `word` (dictionary form): "ā" of dienests → loc.sg. */
export function latvianTagsOfEnding(word: string, ending: string): readonly string[] {
  return generatorFor(word, false)?.paradigm.endings.get(ending)?.filter(isCaseTag) ?? [];
}

/** True for tags of noun cases ("dat.sg"), as opposed to verb forms. */
export function isCaseTag(tag: string): boolean {
  return /^(nom|gen|dat|acc|loc)\.(sg|pl)$/.test(tag);
}

/**
 * A phrase (lower-case words, dictionary forms) in case `tag`: the last word is the head
 * noun, adjective-looking words before it agree in gender and keep their definiteness,
 * others stay as written. Undefined when the head cannot be inflected.
 */
export function inflectLatvianPhrase(words: readonly string[], tag: string): string[] | undefined {
  const head = words[words.length - 1];
  if (!head) return undefined;
  if (!isCaseTag(tag)) {
    // A verb phrase inflects its first word: "nodot vadībai" → "nodosim vadībai".
    const verb = words[0]!;
    if (!(verb.endsWith("t") || verb.endsWith("ties")) || IRREGULAR_VERB.test(verb)) return undefined;
    const form = inflectLatvianWord(verb, tag);
    return form ? [form, ...words.slice(1)] : undefined;
  }
  const headGen = generatorFor(head, false);
  if (!headGen) return undefined;
  if (headGen.paradigm.verb || headGen.paradigm === ADJECTIVE) return undefined;
  const headForm = inflectLatvianWord(head, tag);
  if (!headForm) return undefined;
  const gender = FEMININE.has(headGen.paradigm) ? "f" : "m";
  const out: string[] = [];
  for (const w of words.slice(0, -1)) {
    const stem = adjectiveLike(w) ? adjectiveStem(w) : undefined;
    if (!stem) {
      out.push(w);
      continue;
    }
    const definite = /(?:ais|ā|ie|ās)$/.test(w);
    const ending = endingFor(ADJECTIVE, `${tag}.${gender}${definite ? ".def" : ""}`);
    out.push(ending === undefined ? w : stem + ending);
  }
  out.push(headForm);
  return out;
}
