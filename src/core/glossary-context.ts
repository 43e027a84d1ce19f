// Context for a homograph of a glossary term (homographs.ts): a form that another word also has
// is found only where its neighbours agree with the term's reading — a verb's personal form after
// its subject pronoun ("tu kasi" is kasīt), a noun's case after a preposition that governs it
// ("caur kasi" is kase). Grammar of the prepositions: Latvian prepositions govern the genitive,
// the accusative or the dative in the singular and the dative in the plural (Latviešu valodas
// gramatika, LU LVI 2013, §§ on prievārdi).
import type { Step } from "./glossary-trie.ts";
import type { Words } from "./text/words.ts";

/** Subject pronoun → the person its verb takes. */
const PERSON = new Map<string, string>([
  ["es", "1sg"], ["tu", "2sg"], ["mēs", "1pl"], ["jūs", "2pl"],
  ["viņš", "3"], ["viņa", "3"], ["viņi", "3"], ["viņas", "3"], ["tas", "3"], ["tā", "3"], ["tie", "3"], ["tās", "3"],
]);
/** Short words that may stand between the subject and its verb ("es to jau manu", "tu arī kasi"). */
const BETWEEN = new Set(["to", "tos", "tās", "tam", "jau", "arī", "vēl", "tikai", "bieži", "vienmēr", "nekad", "šo", "tagad"]);
/** Preposition → the case it governs in the singular (in the plural every one takes the dative). */
const GOVERNS = new Map<string, string>([
  ...["ar", "par", "pa", "caur", "uz", "pret", "gar", "ap", "starp"].map((p) => [p, "acc"] as const),
  ...["no", "pie", "bez", "līdz", "pēc", "aiz", "zem", "virs", "pirms", "pār", "priekš", "kopš"].map((p) => [p, "gen"] as const),
]);

function tagsOf(steps: readonly Step[]): string[] {
  return steps.flatMap((s) => [...(s.paradigm.endings.get(s.ending) ?? [])]);
}

const PERSONAL = /^(?:pres|past|fut)\.(1sg|2sg|3|1pl|2pl)(?:\.|$)/;

/** How many words before a homograph its context reads at most. */
export const CONTEXT_WORDS = 3;

/** The person a verb's personal form tag names ("pres.2sg" → "2sg"), or undefined. */
export function personOfTag(tag: string): string | undefined {
  return PERSONAL.exec(tag)?.[1];
}

/** The person of the subject pronoun before words[k] (at most two short words between, none before `first`), or undefined. */
export function subjectBefore(words: Words, k: number, first: number): string | undefined {
  for (let j = k - 1; j >= first && j >= k - CONTEXT_WORDS; j--) {
    const person = PERSON.get(words.norm[j]!);
    if (person) return person;
    if (!BETWEEN.has(words.norm[j]!)) return undefined;
  }
  return undefined;
}

/**
 * Whether the neighbours of words[k] let it read as the term through `steps` (its paradigm and
 * ending). A verb's personal form needs its subject pronoun before it ("tu kasi"). A noun's or
 * adjective's case form reads as the term unless its neighbours make it the other word: a subject
 * pronoun right before it ("es rēķinu" is rēķināt), or a preposition that governs another case.
 * `first` is the first word of its paragraph: the neighbours are read within it.
 */
export function contextSupports(words: Words, k: number, steps: readonly Step[], first = 0): boolean {
  const tags = tagsOf(steps);
  const subject = subjectBefore(words, k, first);
  if (steps.some((s) => s.paradigm.verb)) return subject !== undefined && tags.some((t) => PERSONAL.exec(t)?.[1] === subject);
  if (subject !== undefined) return false;
  const governed = k > first ? GOVERNS.get(words.norm[k - 1]!) : undefined;
  return governed === undefined || tags.some((t) => t.startsWith(`${governed}.sg`) || t.startsWith("dat.pl"));
}
