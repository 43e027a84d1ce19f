// A paradigm = the endings one word class takes, each with the grammatical forms it can be
// (Latvian "u" is accusative singular and genitive plural alike). A glossary word is stored as
// stem + paradigm, so matching needs no list of generated forms and inflecting a suggestion
// is "same tag, other word's paradigm".

export interface Paradigm {
  /** Stable name, for tests and debugging ("noun4", "verb2-ē"). */
  id: string;
  /** ending → the tags that ending expresses, most likely first. */
  endings: ReadonlyMap<string, readonly string[]>;
  /** Verbs also take the negation and debitive prefixes (ne-, jā-). */
  verb: boolean;
}

/** One way to store a word: text forms are stem + one of the paradigm's endings. */
export interface StemEntry {
  stem: string;
  paradigm: Paradigm;
}

export function makeParadigm(id: string, pairs: readonly (readonly [string, string])[], verb = false): Paradigm {
  const endings = new Map<string, string[]>();
  for (const [ending, tag] of pairs) {
    const tags = endings.get(ending);
    if (tags) {
      if (!tags.includes(tag)) tags.push(tag);
    } else endings.set(ending, [tag]);
  }
  return { id, endings, verb };
}

/** The paradigm that accepts only the word exactly as written. */
export const FIXED: Paradigm = makeParadigm("fixed", [["", "fixed"]]);

/** The form of `tag` in this paradigm, or undefined if the paradigm has none. */
export function endingFor(paradigm: Paradigm, tag: string): string | undefined {
  for (const [ending, tags] of paradigm.endings) if (tags.includes(tag)) return ending;
  return undefined;
}

/** Prefixes a form may carry: negation and debitive (verbs), the superlative vis- (comparatives). */
export const PREFIXES = ["ne", "jā", "vis"] as const;

/** Whether `prefix` + a form with these tags is a form of the same word (jāeskalē, neeskalē, visātrākais). */
export function prefixAllows(paradigm: Paradigm, prefix: string, tags: readonly string[]): boolean {
  if (prefix === "vis") return tags.some((t) => t.includes("cmp"));
  if (!paradigm.verb) return false;
  if (prefix === "jā") return tags.some((t) => t === "pres.3" || t === "pres.3.r");
  return prefix === "ne" && !tags.includes("pres.3.neg");
}
