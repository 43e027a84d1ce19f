// The glossary matcher: every term becomes a path of (stem, paradigm) steps in a Map-based
// trie, one trie per mail language. A text word is split once into candidate stem + ending
// pairs (the endings any stored paradigm uses), so one pass over the words finds every term
// in any inflected form, however large the glossary (shared/DESIGN.md → "Latvian matters").
// A term whose words each have several readings (a modifier: adjective or fixed genitive) is
// stored as a chain whose alternatives meet again in one node, so compiling is linear in the
// term's length and the walk visits each node at most once per word.
import { englishStems } from "./text/english.ts";
import { latvianStems, latvianTagsOfEnding } from "./text/latvian.ts";
import { FIXED, PREFIXES, type Paradigm, prefixAllows, type StemEntry } from "./text/paradigm.ts";
import { inflectSuggestion } from "./text/suggestion.ts";
import { normaliseWord, WORD_IN_PHRASE, type Words, wordsIn } from "./text/words.ts";
import type { GlossaryEntry, Language } from "./types.ts";

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
}

export interface CompiledGlossary {
  size: number;
  /**
   * All glossary terms found in text[from, to), in text order, for a mail in `language`.
   * `words`, when given, must be wordsIn(text, from, to) (lint() tokenises once for all rules).
   */
  find(text: string, language: Language, from?: number, to?: number, words?: Words): GlossaryMatch[];
}

export interface CompileOptions {
  /** Generated forms never matched (homographs of common words: "mani" for a term "manīt"); the term as written always is. */
  skipForm?: (form: string) => boolean;
}

/** One (stem, paradigm) step to a node. */
interface Edge {
  paradigm: Paradigm;
  node: TrieNode;
}

interface TrieNode {
  /** Lower-case stem → the edges stored under it (an array only when several). */
  next: Map<string, Edge | Edge[]> | null;
  /** Case-sensitive words (all-caps terms such as "VZD"), matched exactly as written. */
  exact: Map<string, TrieNode> | null;
  /** Terms ending here, in glossary order. */
  terms: GlossaryEntry[] | null;
  /** Reached by more than one edge (a term's alternatives meeting): never extended by another term. */
  shared: boolean;
}

/** A text word cut into stem + ending, after an optional prefix (ne-, jā-, vis-). */
interface Split {
  stem: string;
  ending: string;
  prefix: string;
}

interface Step {
  node: TrieNode;
  paradigm: Paradigm;
  ending: string;
  prefix: string;
}

interface LanguageTrie {
  language: Language;
  root: TrieNode;
  /** The paradigms in use; every ending one of them accepts, and the longest one's length. */
  paradigms: Set<Paradigm>;
  endings: Set<string>;
  maxEnding: number;
  hasPrefixed: boolean;
  /** Splits per normalised word; kept across calls (the content script re-lints per keystroke). */
  splitCache: Map<string, Split[]>;
  /**
   * Per normalised word, the root steps it can start a term with (stem found, ending accepted):
   * most words start none, so the walk costs one Map hit per word whatever the glossary's size.
   */
  rootCache: Map<string, Step[]>;
  suggestionCache: Map<GlossaryEntry, Map<string, { suggestions: string[]; advice: string[] }>>;
  skipForm: ((form: string) => boolean) | undefined;
  /** The terms' words as written (normalised). */
  written: Set<string>;
  /** Each entry's place in the glossary. */
  order: Map<GlossaryEntry, number>;
}

const SPLIT_CACHE_LIMIT = 50_000;
/** An abbreviation with a case ending after a hyphen (VZD-ā): the ending's case comes from the suggestion's own paradigm. */
const HYPHENATED: Paradigm = { id: "hyphenated", endings: new Map(), verb: false };
const HYPHEN_ENDING = /^\p{Ll}{1,4}$/u;

function newNode(): TrieNode {
  return { next: null, exact: null, terms: null, shared: false };
}

function newTrie(language: Language, skipForm: CompileOptions["skipForm"]): LanguageTrie {
  return {
    language,
    root: newNode(),
    paradigms: new Set(),
    endings: new Set(),
    maxEnding: 0,
    hasPrefixed: false,
    splitCache: new Map(),
    rootCache: new Map(),
    suggestionCache: new Map(),
    skipForm,
    written: new Set(),
    order: new Map(),
  };
}

/** An all-caps word of two or more letters (VZD, NĪ) is matched case-sensitively. */
function isCaseSensitive(raw: string): boolean {
  return raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

function edgesOf(node: TrieNode, stem: string): Edge[] {
  const found = node.next?.get(stem);
  return found ? (Array.isArray(found) ? found : [found]) : [];
}

function addEdge(trie: LanguageTrie, node: TrieNode, e: StemEntry, target: TrieNode): void {
  node.next ??= new Map();
  const edge: Edge = { paradigm: e.paradigm, node: target };
  const existing = node.next.get(e.stem);
  if (!existing) node.next.set(e.stem, edge);
  else if (Array.isArray(existing)) existing.push(edge);
  else node.next.set(e.stem, [existing, edge]);
  if (!trie.paradigms.has(e.paradigm)) {
    trie.paradigms.add(e.paradigm);
    for (const ending of e.paradigm.endings.keys()) {
      trie.endings.add(ending);
      trie.maxEnding = Math.max(trie.maxEnding, ending.length);
    }
    trie.splitCache.clear();
    trie.hasPrefixed ||= e.paradigm.verb || e.paradigm.endings.size > 40;
  }
}

function addExact(trie: LanguageTrie, node: TrieNode, raw: string): TrieNode {
  node.exact ??= new Map();
  let child = node.exact.get(raw);
  if (!child) {
    child = newNode();
    node.exact.set(raw, child);
  }
  return child;
}

/**
 * Adds one term. Per word, an existing edge is reused only when it leads to a node of a single
 * path (so no other term's alternatives leak in); the new edges of all alternatives lead to one
 * fresh node, so the nodes per word stay few however many words the term has.
 */
function insert(trie: LanguageTrie, entry: GlossaryEntry, raws: readonly string[], words: readonly string[]): void {
  let nodes: TrieNode[] = [trie.root];
  for (const w of words) trie.written.add(w);
  for (let i = 0; i < words.length; i++) {
    const raw = raws[i]!;
    const exact = raw !== words[i] && isCaseSensitive(raw) ? raw.normalize("NFC") : null;
    const next: TrieNode[] = [];
    if (exact !== null) {
      for (const node of nodes) {
        const child = addExact(trie, node, exact);
        if (!next.includes(child)) next.push(child);
      }
    } else {
      const stems = trie.language === "lv" ? latvianStems(words[i]!, i < words.length - 1) : englishStems(words[i]!);
      let fresh: TrieNode | null = null;
      let freshEdges = 0;
      for (const node of nodes) {
        for (const e of stems) {
          const reuse = edgesOf(node, e.stem).find((x) => x.paradigm === e.paradigm && !x.node.shared);
          if (reuse) {
            if (!next.includes(reuse.node)) next.push(reuse.node);
            continue;
          }
          fresh ??= newNode();
          addEdge(trie, node, e, fresh);
          freshEdges++;
        }
      }
      if (fresh) {
        fresh.shared = freshEdges > 1;
        next.push(fresh);
      }
    }
    nodes = next;
  }
  for (const node of nodes) {
    node.terms ??= [];
    if (!node.terms.includes(entry)) node.terms.push(entry);
  }
}

function splitsOf(trie: LanguageTrie, word: string): Split[] {
  const cached = trie.splitCache.get(word);
  if (cached) return cached;
  const out: Split[] = [];
  const add = (w: string, prefix: string) => {
    const max = Math.min(trie.maxEnding, w.length - 1);
    for (let k = 0; k <= max; k++) {
      const ending = k === 0 ? "" : w.slice(w.length - k);
      if (trie.endings.has(ending)) out.push({ stem: k === 0 ? w : w.slice(0, w.length - k), ending, prefix });
    }
  };
  add(word, "");
  if (trie.hasPrefixed && word.length > 4) for (const p of PREFIXES) if (word.startsWith(p)) add(word.slice(p.length), p);
  if (trie.splitCache.size >= SPLIT_CACHE_LIMIT) trie.splitCache.clear();
  trie.splitCache.set(word, out);
  return out;
}

/** The steps from `node` that text word `word` takes (stem stored, ending and prefix accepted, form not skipped). */
function stepsFrom(trie: LanguageTrie, node: TrieNode, word: string): Step[] {
  const out: Step[] = [];
  if (!node.next) return out;
  for (const split of splitsOf(trie, word)) {
    for (const edge of edgesOf(node, split.stem)) {
      const tags = edge.paradigm.endings.get(split.ending);
      if (!tags || (split.prefix && !prefixAllows(edge.paradigm, split.prefix, tags))) continue;
      out.push({ node: edge.node, paradigm: edge.paradigm, ending: split.ending, prefix: split.prefix });
    }
  }
  return out;
}

function rootStepsOf(trie: LanguageTrie, word: string): Step[] {
  const cached = trie.rootCache.get(word);
  if (cached) return cached;
  // A homograph of a common word starts no term, unless it is a term's word as written.
  const out = trie.skipForm?.(word) && !trie.written.has(word) ? [] : stepsFrom(trie, trie.root, word);
  if (trie.rootCache.size >= SPLIT_CACHE_LIMIT) trie.rootCache.clear();
  trie.rootCache.set(word, out);
  return out;
}
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

/** Text before `at` ends a sentence or paragraph (or there is none): the match starts a sentence. */
function startsSentence(text: string, at: number, from: number): boolean {
  for (let i = at - 1; i >= from; i--) {
    const c = text[i]!;
    if (c === "\n" || /[.!?…]/.test(c)) return true;
    if (!/[\s„“"«(\u2013\u2014-]/.test(c)) return false;
  }
  return true;
}

function suggestionsFor(trie: LanguageTrie, entry: GlossaryEntry, allSteps: readonly Step[], surface: string, sentenceStart: boolean): { suggestions: string[]; advice: string[] } {
  // A 1st-declension term reads as noun and as adjective (dienests, operatīvs): the noun reading decides the case.
  const nounSteps = allSteps.filter((s) => s.paradigm.id !== "adjective");
  const steps = nounSteps.length > 0 ? nounSteps : allSteps;
  const suggestion = typeof entry.suggestion === "string" ? entry.suggestion : "";
  const last = steps[0]!;
  const tags =
    last.paradigm === HYPHENATED
      ? trie.language === "lv"
        ? [...latvianTagsOfEnding(suggestion.trim().split(" ").pop()!.toLowerCase(), last.ending)]
        : []
      : tagsOf(steps);
  const abbreviation = isCaseSensitive(entry.term.replace(/[^\p{L}]/gu, ""));
  const caps = isCaseSensitive(surface.replace(/[^\p{L}]/gu, "")) ? "A" : surface[0] !== surface[0]!.toLowerCase() ? "a" : "";
  const key = `${steps.map((s) => `${s.paradigm.id}:${s.ending}`).join(",")}|${last.prefix}|${caps}|${abbreviation && sentenceStart ? "S" : ""}`;
  let perEntry = trie.suggestionCache.get(entry);
  if (!perEntry) {
    perEntry = new Map();
    trie.suggestionCache.set(entry, perEntry);
  }
  let out = perEntry.get(key);
  if (!out) {
    out = tags.length === 0 ? { suggestions: [], advice: suggestion.trim() ? [suggestion.trim()] : [] } : inflectSuggestion(suggestion, trie.language, { tags, prefix: last.prefix, surface, abbreviation, sentenceStart });
    perEntry.set(key, out);
  }
  return { suggestions: out.suggestions.slice(), advice: out.advice.slice() };
}

function findIn(trie: LanguageTrie, text: string, from: number, to: number, words: Words = wordsIn(text, from, to)): GlossaryMatch[] {
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
    // Breadth first, one level per word; each node once per level, with every step that reached it.
    let level: Reached[] = [];
    const reach = (into: Reached[], step: Step) => {
      const r = into.find((x) => x.node === step.node);
      if (r) r.steps.push(step);
      else into.push({ node: step.node, steps: [step] });
    };
    for (const s of first) reach(level, s);
    if (exactFirst) reach(level, { node: exactFirst, paradigm: FIXED, ending: "", prefix: "" });
    if (hyphenFirst) reach(level, { node: hyphenFirst.node, paradigm: HYPHENATED, ending: hyphenFirst.ending, prefix: "" });
    let best: { endWord: number; reached: Reached[] } | null = null;
    for (let j = i; level.length > 0; j++) {
      const ending = level.filter((r) => r.node.terms);
      if (ending.length > 0) best = { endWord: j, reached: ending };
      if (j + 1 >= n) break;
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
    entries.sort((a, b) => order(trie, a) - order(trie, b));
    const start = words.start[i]!;
    const end = words.end[best.endWord]!;
    const surface = text.slice(start, end);
    const sentenceStart = startsSentence(text, start, from);
    const entry = entries[0]!;
    const steps = stepsByEntry.get(entry)!;
    const { suggestions, advice } = suggestionsFor(trie, entry, steps, surface, sentenceStart);
    out.push({ start, end, entry, suggestions, advice, entries, tags: tagsOf(steps), prefix: steps[0]!.prefix });
    i = best.endWord;
  }
  return out;
}

/** Glossary order of an entry (the first listed wins when two terms read one word). */
function order(trie: LanguageTrie, entry: GlossaryEntry): number {
  return trie.order.get(entry) ?? 0;
}

export function compileGlossary(entries: readonly GlossaryEntry[], options: CompileOptions = {}): CompiledGlossary {
  const prepared: { entry: GlossaryEntry; raws: string[]; words: string[] }[] = [];
  for (const entry of entries) {
    const raws = typeof entry.term === "string" ? entry.term.match(WORD_IN_PHRASE) : null;
    if (raws) prepared.push({ entry, raws, words: raws.map(normaliseWord) });
  }
  const tries: Partial<Record<Language, LanguageTrie>> = {};
  const trieFor = (language: Language): LanguageTrie => {
    let trie = tries[language];
    if (!trie) {
      trie = newTrie(language, options.skipForm);
      for (const [i, p] of prepared.entries())
        if (p.entry.language === undefined || p.entry.language === language) {
          trie.order.set(p.entry, i);
          insert(trie, p.entry, p.raws, p.words);
        }
      tries[language] = trie;
    }
    return trie;
  };
  return {
    size: entries.length,
    find(text, language, from = 0, to = text.length, words) {
      if (prepared.length === 0) return [];
      const trie = trieFor(language);
      if (!trie.root.next && !trie.root.exact) return [];
      const start = Math.max(0, from);
      const end = Math.min(text.length, to);
      return findIn(trie, text, start, end, words && start === from && end === to ? words : undefined);
    },
  };
}
