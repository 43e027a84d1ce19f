// The glossary matcher: one pass over the words finds every term in any inflected form, however
// large the glossary (shared/DESIGN.md → "Latvian matters"); the trie it walks is glossary-trie.ts.
// A word hyphenated across a line end ("eska-⏎lēt") is read whole when the joined word is a form
// of a term's word (text/line-breaks.ts).
import { HYPHEN_ENDING, HYPHENATED, insert, isCaseSensitive, isTermWordForm, type LanguageTrie, newTrie, rootStepsOf, type Step, stepsFrom, type TrieNode } from "./glossary-trie.ts";
import { joinBrokenWords, shownText } from "./text/line-breaks.ts";
import { latvianTagsOfEnding } from "./text/latvian.ts";
import { FIXED } from "./text/paradigm.ts";
import { inflectSuggestion, startsSentence } from "./text/suggestion.ts";
import { breaksParagraph } from "./text/paragraphs.ts";
import { normaliseWord, WORD_IN_PHRASE, type Words, wordsIn } from "./text/words.ts";
import type { GlossaryEntry, Language } from "./types.ts";
import { CONTEXT_WORDS, contextSupports, personOfTag, subjectBefore } from "./glossary-context.ts";
import { isFunctionWordForm, type OtherWord, termHomographs } from "./homographs.ts";

export { inflectSuggestion, type InflectedSuggestion, type MatchedForm } from "./text/suggestion.ts";

export interface GlossaryMatch {
  start: number;
  end: number;
  entry: GlossaryEntry;
  /** Replacement texts: the suggestion in the found word's form(s), best first; empty without a suggestion. */
  suggestions: string[];
  /** The suggestion where it could not be put into the found form with certainty (shown without a replace button). */
  advice: string[];
  /** Every term that reads these words (entries[0] === entry): two terms whose paradigms both produce the form. */
  entries: GlossaryEntry[];
  /** The found form of the last word: what its ending can express, and the prefix (ne-, jā-, vis-) before it. */
  tags: readonly string[];
  prefix: string;
  /**
   * The found word is also a form of an unrelated word (homographs.ts) and its neighbours agree
   * with the term: a lower-confidence finding, its suggestions given as advice only.
   */
  homograph?: true;
  /** The found words as one reads them on one line: a word broken at a line end joined ("eskalēt"), a wrapped phrase with a space. */
  text: string;
}

export interface CompiledGlossary {
  size: number;
  /** Counts the changes of what find() answers (learnHomographs): what was kept of its answers is stale after one. */
  version: number;
  /**
   * All glossary terms found in text[from, to), in text order, for a mail in `language`.
   * `words`, when given, must be wordsIn(text, from, to) (lint() tokenises once for all rules).
   * No match, and no homograph's context, reaches across a paragraph break ("\n\n"): the
   * jargon rule finds the terms of each paragraph alone and keeps them (rules/by-paragraph.ts).
   */
  find(text: string, language: Language, from?: number, to?: number, words?: Words): GlossaryMatch[];
  /**
   * Takes CompileOptions.sharedForms arriving after the compile (the background answers the
   * content script once its word list is loaded): the same glossary as compiled with them, without
   * building the tries again.
   */
  learnHomographs(sharedForms: ReadonlyMap<string, readonly string[]>): void;
}

export interface CompileOptions {
  /**
   * Generated forms never matched (homographs of common words: "mani" for a term "manīt"); the
   * term as written always is. Default: the forms of Latvian pronouns, conjunctions and numerals.
   */
  skipForm?: (form: string) => boolean;
  /**
   * The shipped word list's "is this also another word's form" (WordList.otherWord): with it, the
   * generated forms of one-word Latvian terms that other words share are found only in context
   * (homographs.ts). Costs a dictionary look-up per generated form when the glossary compiles.
   */
  otherWord?: OtherWord;
  /**
   * The same decision made elsewhere: per one-word term (normalised), its forms other words
   * share — what the background answers the content script, which has no word list.
   */
  sharedForms?: ReadonlyMap<string, readonly string[]>;
}

export { isFunctionWordForm } from "./homographs.ts";

/** The nodes reached after a word, each with the steps (paradigm, ending) that reached it. */
interface Reached {
  node: TrieNode;
  steps: Step[];
}

function tagsOf(steps: readonly Step[]): string[] {
  const out: string[] = [];
  for (const s of steps) for (const t of s.paradigm.endings.get(s.ending) ?? []) if (!out.includes(t)) out.push(t);
  return out;
}

/** Whether an entry's term is an abbreviation (all capitals), once per entry rather than per match. */
const abbreviationTerms = new WeakMap<GlossaryEntry, boolean>();

/** Lower-case letters that open most found terms: a surface opening with one is neither capitalised nor all capitals. */
const LOWER_INITIAL = new Set([..."abcdefghijklmnopqrstuvwxyzāčēģīķļņšūž"].map((c) => c.charCodeAt(0)));

/** "A" for a surface in capitals (VZD), "a" for a capitalised one, else "". */
export function capsOf(surface: string): string {
  if (LOWER_INITIAL.has(surface.charCodeAt(0))) return "";
  return isCaseSensitive(surface.replace(/[^\p{L}]/gu, "")) ? "A" : surface[0] !== surface[0]!.toLowerCase() ? "a" : "";
}

/** The steps a suggestion's case comes from: a 1st-declension term reads as noun and as adjective (dienests, operatīvs), and the noun reading decides. */
function caseSteps(allSteps: readonly Step[]): readonly Step[] {
  if (!allSteps.some((s) => s.paradigm.id === "adjective")) return allSteps;
  const nounSteps = allSteps.filter((s) => s.paradigm.id !== "adjective");
  return nounSteps.length > 0 ? nounSteps : allSteps;
}

/**
 * The suggestion in the found form. `person`: the subject pronoun before a verb's form
 * ("tu spēj"): a form two persons share (spēj: you and he) takes that person's form only.
 */
function suggestionsFor(trie: LanguageTrie, entry: GlossaryEntry, allSteps: readonly Step[], surface: string, sentenceStart: boolean, person?: string): { suggestions: string[]; advice: string[] } {
  const steps = caseSteps(allSteps);
  const suggestion = typeof entry.suggestion === "string" ? entry.suggestion : "";
  const last = steps[0]!;
  let abbreviation = abbreviationTerms.get(entry);
  if (abbreviation === undefined) {
    abbreviation = isCaseSensitive(entry.term.replace(/[^\p{L}]/gu, ""));
    abbreviationTerms.set(entry, abbreviation);
  }
  let key = "";
  for (let k = 0; k < steps.length; k++) key += `${k > 0 ? "," : ""}${steps[k]!.paradigm.id}:${steps[k]!.ending}`;
  key += `|${last.prefix}|${capsOf(surface)}|${abbreviation && sentenceStart ? "S" : ""}|${person ?? ""}`;
  let perEntry = trie.suggestionCache.get(entry);
  if (!perEntry) {
    perEntry = new Map();
    trie.suggestionCache.set(entry, perEntry);
  }
  let out = perEntry.get(key);
  if (!out) {
    // The tags only on a miss: a key already seen (the same form again) needs none.
    let tags =
      last.paradigm === HYPHENATED
        ? trie.language === "lv"
          ? [...latvianTagsOfEnding(suggestion.trim().split(" ").pop()!.toLowerCase(), last.ending)]
          : []
        : tagsOf(steps);
    if (person && tags.some((t) => personOfTag(t) === person)) tags = tags.filter((t) => (personOfTag(t) ?? person) === person);
    out = tags.length === 0 ? { suggestions: [], advice: suggestion.trim() ? [suggestion.trim()] : [] } : inflectSuggestion(suggestion, trie.language, { tags, prefix: last.prefix, surface, abbreviation, sentenceStart });
    perEntry.set(key, out);
  }
  return { suggestions: out.suggestions.slice(), advice: out.advice.slice() };
}

function findIn(trie: LanguageTrie, text: string, from: number, to: number, cut: Words = wordsIn(text, from, to)): GlossaryMatch[] {
  const joined = joinBrokenWords(text, cut, (word) => isTermWordForm(trie, word));
  const words = joined.words;
  const n = words.norm.length;
  const out: GlossaryMatch[] = [];
  for (let i = 0; i < n; i++) {
    const first = rootStepsOf(trie, words.norm[i]!);
    let exactFirst: TrieNode | undefined;
    let hyphenFirst: { node: TrieNode; ending: string } | undefined;
    if (trie.root.exact) {
      const raw = words.raw[i]!;
      exactFirst = trie.root.exact.get(raw);
      const dash = raw.indexOf("-");
      const inflected = !exactFirst && dash > 0 ? trie.root.exact.get(raw.slice(0, dash)) : undefined;
      if (inflected && HYPHEN_ENDING.test(raw.slice(dash + 1))) hyphenFirst = { node: inflected, ending: raw.slice(dash + 1).toLowerCase() };
    }
    if (first.length === 0 && !exactFirst && !hyphenFirst) continue;
    // Most starts end at once: one step to a node that ends no term, and the next word takes no
    // step from it. Decided here without building the walk's levels (a keystroke's garbage).
    if (first.length === 1 && !exactFirst && !hyphenFirst && first[0]!.node.terms === null && deadEnd(trie, first[0]!.node, words, i + 1)) continue;
    // Breadth first, one level per word; each node once per level, with every step that reached it.
    let level: Reached[] = [];
    for (const s of first) reach(level, s);
    if (exactFirst) reach(level, { node: exactFirst, paradigm: FIXED, ending: "", prefix: "" });
    if (hyphenFirst) reach(level, { node: hyphenFirst.node, paradigm: HYPHENATED, ending: hyphenFirst.ending, prefix: "" });
    let best: { endWord: number; reached: Reached[] } | null = null;
    for (let j = i; level.length > 0; j++) {
      if (level.some(endsTerm)) best = { endWord: j, reached: level.filter(endsTerm) };
      if (j + 1 >= n || breaksParagraph(text, words.end[j]!, words.start[j + 1]!)) break;
      const next: Reached[] = [];
      for (const r of level) {
        for (const s of stepsFrom(trie, r.node, words.norm[j + 1]!)) reach(next, s);
        const child = r.node.exact?.get(words.raw[j + 1]!);
        if (child) reach(next, { node: child, paradigm: FIXED, ending: "", prefix: "" });
      }
      level = next;
    }
    if (!best) continue;
    const entries: GlossaryEntry[] = [];
    const stepsByEntry = new Map<GlossaryEntry, Step[]>();
    for (const r of best.reached)
      for (const e of r.node.terms!) {
        if (!entries.includes(e)) entries.push(e);
        stepsByEntry.set(e, [...(stepsByEntry.get(e) ?? []), ...r.steps]);
      }
    // A homograph of an unrelated word reads as the term only where its neighbours agree.
    const homographOf = best.endWord === i ? trie.homographs?.get(words.norm[i]!) : undefined;
    let inContext = false;
    if (homographOf) {
      for (let k = entries.length - 1; k >= 0; k--) {
        if (!homographOf.includes(entries[k]!)) continue;
        if (contextSupports(words, i, stepsByEntry.get(entries[k]!)!, paragraphFirst(text, words, i))) inContext = true;
        else entries.splice(k, 1);
      }
      if (entries.length === 0) continue;
    }
    entries.sort((a, b) => order(trie, a) - order(trie, b));
    const start = words.start[i]!;
    const end = words.end[best.endWord]!;
    const surface = shownText(text, joined, i, best.endWord);
    const sentenceStart = startsSentence(text, start, from);
    const entry = entries[0]!;
    const steps = stepsByEntry.get(entry)!;
    const person = steps.some((s) => s.paradigm.verb) ? subjectBefore(words, i, paragraphFirst(text, words, i)) : undefined;
    const { suggestions, advice } = suggestionsFor(trie, entry, steps, surface, sentenceStart, person);
    const match: GlossaryMatch = { start, end, entry, suggestions, advice, entries, tags: tagsOf(steps), prefix: steps[0]!.prefix, text: surface };
    if (inContext && homographOf!.includes(entry)) {
      match.homograph = true;
      match.advice = [...new Set([...suggestions, ...advice])];
      match.suggestions = [];
    }
    out.push(match);
    i = best.endWord;
  }
  return out;
}

/** The index of the first word of words[i]'s paragraph, looked back at most CONTEXT_WORDS words. */
function paragraphFirst(text: string, words: Words, i: number): number {
  let k = i;
  while (k > 0 && i - k < CONTEXT_WORDS && !breaksParagraph(text, words.end[k - 1]!, words.start[k]!)) k--;
  return k;
}

/** Whether no word can follow `node` at words[j]: no next word, or neither a stem step nor an exact one. */
function deadEnd(trie: LanguageTrie, node: TrieNode, words: Words, j: number): boolean {
  if (j >= words.norm.length) return true;
  if (node.exact?.has(words.raw[j]!)) return false;
  return !node.next || stepsFrom(trie, node, words.norm[j]!).length === 0;
}

/** Adds a step to the level being built: each node once, with every step that reached it. */
function reach(into: Reached[], step: Step): void {
  for (const r of into) {
    if (r.node === step.node) {
      r.steps.push(step);
      return;
    }
  }
  into.push({ node: step.node, steps: [step] });
}

const endsTerm = (r: Reached) => r.node.terms !== null;

/** Glossary order of an entry (the first listed wins when two terms read one word). */
function order(trie: LanguageTrie, entry: GlossaryEntry): number {
  return trie.order.get(entry) ?? 0;
}

export function compileGlossary(entries: readonly GlossaryEntry[], compileOptions: CompileOptions = {}): CompiledGlossary {
  let options = compileOptions;
  const prepared: { entry: GlossaryEntry; raws: string[]; words: string[] }[] = [];
  for (const entry of entries) {
    const raws = typeof entry.term === "string" ? entry.term.match(WORD_IN_PHRASE) : null;
    if (raws) prepared.push({ entry, raws, words: raws.map(normaliseWord) });
  }
  const tries: Partial<Record<Language, LanguageTrie>> = {};
  const trieFor = (language: Language): LanguageTrie => {
    let trie = tries[language];
    if (!trie) {
      trie = newTrie(language, options.skipForm ?? (language === "lv" ? isFunctionWordForm : undefined));
      for (const [i, p] of prepared.entries())
        if (p.entry.language === undefined || p.entry.language === language) {
          trie.order.set(p.entry, i);
          insert(trie, p.entry, p.raws, p.words);
          if (language === "lv" && p.words.length === 1 && !isCaseSensitive(p.raws[0]!)) markHomographs(trie, p.entry, p.words[0]!, options);
        }
      tries[language] = trie;
    }
    return trie;
  };
  const compiled: CompiledGlossary = {
    size: entries.length,
    version: 0,
    learnHomographs(sharedForms) {
      compiled.version++;
      options = { ...options, sharedForms };
      const trie = tries.lv;
      if (trie) {
        trie.homographs = null;
        for (const p of prepared) if (trie.order.has(p.entry) && p.words.length === 1 && !isCaseSensitive(p.raws[0]!)) markHomographs(trie, p.entry, p.words[0]!, options);
      }
    },
    find(text, language, from = 0, to = text.length, words) {
      if (prepared.length === 0) return [];
      const trie = trieFor(language);
      if (!trie.root.next && !trie.root.exact) return [];
      const start = Math.max(0, from);
      const end = Math.min(text.length, to);
      return findIn(trie, text, start, end, words && start === from && end === to ? words : undefined);
    },
  };
  return compiled;
}

function markHomographs(trie: LanguageTrie, entry: GlossaryEntry, word: string, options: CompileOptions): void {
  const forms = options.sharedForms?.get(word) ?? (options.otherWord ? termHomographs(word, options.otherWord).shared : []);
  for (const form of forms) {
    trie.homographs ??= new Map();
    const list = trie.homographs.get(form);
    if (!list) trie.homographs.set(form, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  }
}
