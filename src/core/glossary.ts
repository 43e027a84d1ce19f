// The glossary matcher: every term becomes a path of (stem, paradigm) steps in a Map-based
// trie, one trie per mail language. A text word is split once into candidate stem + ending
// pairs (the endings any stored paradigm uses), so one pass over the words finds every term
// in any inflected form, however large the glossary (shared/DESIGN.md → "Latvian matters").
import { englishStems, inflectEnglishWord } from "./text/english.ts";
import { inflectLatvianPhrase, latvianStems, latvianTagsOfEnding } from "./text/latvian.ts";
import { FIXED, type Paradigm, type StemEntry } from "./text/paradigm.ts";
import { normaliseWord, WORD_IN_PHRASE, type Words, wordsIn } from "./text/words.ts";
import type { GlossaryEntry, Language } from "./types.ts";

export interface GlossaryMatch {
  start: number;
  end: number;
  entry: GlossaryEntry;
  /** Replacement texts: the suggestion in the found word's form(s), best first; empty without a suggestion. */
  suggestions: string[];
}

export interface CompiledGlossary {
  size: number;
  /**
   * All glossary terms found in text[from, to), in text order, for a mail in `language`.
   * `words`, when given, must be wordsIn(text, from, to) (lint() tokenises once for all rules).
   */
  find(text: string, language: Language, from?: number, to?: number, words?: Words): GlossaryMatch[];
}

/** A trie node reached through one (stem, paradigm) step; the root has no paradigm. */
interface TrieNode {
  paradigm: Paradigm;
  /** Lower-case stem → the node(s) stored under it, one per paradigm (an array only when several). */
  next: Map<string, TrieNode | TrieNode[]> | null;
  /** Case-sensitive words (all-caps terms such as "VZD"), matched exactly as written. */
  exact: Map<string, TrieNode> | null;
  /** Terms ending here, in glossary order. */
  terms: GlossaryEntry[] | null;
}

/** A text word cut into stem + ending; `prefixed` = after stripping ne-/jā- (verbs only). */
interface Split {
  stem: string;
  ending: string;
  prefixed: boolean;
}

interface RootStep {
  branch: TrieNode;
  ending: string;
}

interface LanguageTrie {
  language: Language;
  root: TrieNode;
  /** The paradigms in use; every ending one of them accepts, and the longest one's length. */
  paradigms: Set<Paradigm>;
  endings: Set<string>;
  maxEnding: number;
  hasVerbs: boolean;
  hasExact: boolean;
  /** Splits per normalised word; kept across calls (the content script re-lints per keystroke). */
  splitCache: Map<string, Split[]>;
  /**
   * Per normalised word, the root branches it can start a term with (stem found, ending
   * accepted): most words start none, so the walk costs one Map hit per word whatever the
   * glossary's size. Filled only once the trie is complete.
   */
  rootCache: Map<string, RootStep[]>;
  suggestionCache: Map<GlossaryEntry, Map<string, string[]>>;
}

const SPLIT_CACHE_LIMIT = 50_000;
/** An abbreviation with a case ending after a hyphen (VZD-ā): the ending's case comes from the suggestion's own paradigm. */
const HYPHENATED: Paradigm = { id: "hyphenated", endings: new Map(), verb: false };
const HYPHEN_ENDING = /^\p{Ll}{1,4}$/u;
const VERB_PREFIXES = ["ne", "jā"];

function newNode(paradigm: Paradigm): TrieNode {
  return { paradigm, next: null, exact: null, terms: null };
}

function newTrie(language: Language): LanguageTrie {
  return { language, root: newNode(FIXED), paradigms: new Set(), endings: new Set(), maxEnding: 0, hasVerbs: false, hasExact: false, splitCache: new Map(), rootCache: new Map(), suggestionCache: new Map() };
}

/** An all-caps word of two or more letters (VZD, NĪ) is matched case-sensitively. */
function isCaseSensitive(raw: string): boolean {
  return raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

function addBranch(trie: LanguageTrie, node: TrieNode, e: StemEntry): TrieNode {
  node.next ??= new Map();
  const existing = node.next.get(e.stem);
  if (existing) {
    if (!Array.isArray(existing)) {
      if (existing.paradigm === e.paradigm) return existing;
    } else for (const b of existing) if (b.paradigm === e.paradigm) return b;
  }
  const branch = newNode(e.paradigm);
  if (!existing) node.next.set(e.stem, branch);
  else if (Array.isArray(existing)) existing.push(branch);
  else node.next.set(e.stem, [existing, branch]);
  if (!trie.paradigms.has(e.paradigm)) {
    trie.paradigms.add(e.paradigm);
    for (const ending of e.paradigm.endings.keys()) trie.endings.add(ending);
    trie.maxEnding = Math.max(trie.maxEnding, ...[...e.paradigm.endings.keys()].map((x) => x.length));
    trie.splitCache.clear();
    if (e.paradigm.verb) trie.hasVerbs = true;
  }
  return branch;
}

function addExact(trie: LanguageTrie, node: TrieNode, raw: string): TrieNode {
  node.exact ??= new Map();
  let child = node.exact.get(raw);
  if (!child) {
    child = newNode(FIXED);
    node.exact.set(raw, child);
  }
  trie.hasExact = true;
  return child;
}

function insert(trie: LanguageTrie, entry: GlossaryEntry, raws: readonly string[], words: readonly string[]): void {
  let nodes: TrieNode[] = [trie.root];
  for (let i = 0; i < words.length; i++) {
    const raw = raws[i]!;
    const exact = raw !== words[i] && isCaseSensitive(raw) ? raw.normalize("NFC") : null;
    const stems = exact !== null ? [] : trie.language === "lv" ? latvianStems(words[i]!, i < words.length - 1) : englishStems(words[i]!);
    const next: TrieNode[] = [];
    for (const node of nodes) {
      if (exact !== null) next.push(addExact(trie, node, exact));
      else {
        for (const e of stems) {
          const child = addBranch(trie, node, e);
          if (!next.includes(child)) next.push(child);
        }
      }
    }
    nodes = next;
  }
  for (const node of nodes) {
    node.terms ??= [];
    node.terms.push(entry);
  }
}

function splitsOf(trie: LanguageTrie, word: string): Split[] {
  const cached = trie.splitCache.get(word);
  if (cached) return cached;
  const out: Split[] = [];
  const add = (w: string, prefixed: boolean) => {
    const max = Math.min(trie.maxEnding, w.length - 1);
    for (let k = 0; k <= max; k++) {
      const ending = k === 0 ? "" : w.slice(w.length - k);
      if (trie.endings.has(ending)) out.push({ stem: k === 0 ? w : w.slice(0, w.length - k), ending, prefixed });
    }
  };
  add(word, false);
  if (trie.hasVerbs && word.length > 5) for (const p of VERB_PREFIXES) if (word.startsWith(p)) add(word.slice(p.length), true);
  if (trie.splitCache.size >= SPLIT_CACHE_LIMIT) trie.splitCache.clear();
  trie.splitCache.set(word, out);
  return out;
}

/** The root branches `word` starts (see LanguageTrie.rootCache), in the order the walk tries them. */
function rootStepsOf(trie: LanguageTrie, word: string): RootStep[] {
  const cached = trie.rootCache.get(word);
  if (cached) return cached;
  const out: RootStep[] = [];
  const next = trie.root.next;
  if (next) {
    for (const split of splitsOf(trie, word)) {
      const found = next.get(split.stem);
      if (!found) continue;
      for (const b of Array.isArray(found) ? found : [found]) {
        if ((split.prefixed && !b.paradigm.verb) || !b.paradigm.endings.has(split.ending)) continue;
        out.push({ branch: b, ending: split.ending });
      }
    }
  }
  if (trie.rootCache.size >= SPLIT_CACHE_LIMIT) trie.rootCache.clear();
  trie.rootCache.set(word, out);
  return out;
}

interface Found {
  endWord: number;
  entry: GlossaryEntry;
  /** The last word's paradigm and ending: which form the writer used. */
  paradigm: Paradigm;
  ending: string;
}

/**
 * English phrases: verb forms go on the first word (pass on → passed on), plurals on the
 * last (request form → request forms) unless a participle follows (person concerned → persons concerned).
 */
function inflectEnglishPhrase(words: readonly string[], tag: string): string[] | undefined {
  const last = words.length - 1;
  const at = tag === "s" && !words[last]!.endsWith("ed") ? last : 0;
  const w = inflectEnglishWord(words[at]!, tag);
  return w ? words.map((x, i) => (i === at ? w : x)) : undefined;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The suggestion put into the form the found words have, when that can be done safely. */
function inflectSuggestion(trie: LanguageTrie, found: Found, surface: string): string[] {
  const suggestion = typeof found.entry.suggestion === "string" ? found.entry.suggestion.trim() : "";
  if (!suggestion) return [];
  const tags =
    found.paradigm === HYPHENATED
      ? trie.language === "lv"
        ? latvianTagsOfEnding(suggestion.split(" ").pop()!.toLowerCase(), found.ending)
        : []
      : (found.paradigm.endings.get(found.ending) ?? []);
  const forms: string[] = [];
  const simple = /^[\p{L}\p{M}-]+(?: [\p{L}\p{M}-]+){0,3}$/u.test(suggestion);
  if (simple && !tags.includes("fixed") && !tags.includes("base") && !tags.includes("nom.sg")) {
    const raw = suggestion.split(" ");
    const words = raw.map((w) => w.toLowerCase());
    for (const tag of tags) {
      let out: string[] | undefined;
      if (trie.language === "lv") out = inflectLatvianPhrase(words, tag);
      else out = inflectEnglishPhrase(words, tag);
      if (!out) continue;
      const text = out.map((w, i) => (raw[i]![0] !== raw[i]![0]!.toLowerCase() ? capitalise(w) : w)).join(" ");
      if (!forms.includes(text)) forms.push(text);
    }
  }
  if (forms.length === 0) forms.push(suggestion);
  const termIsCaps = isCaseSensitive(found.entry.term.replace(/[^\p{L}]/gu, ""));
  if (!termIsCaps && surface.length > 1 && isCaseSensitive(surface.replace(/[^\p{L}]/gu, ""))) return forms.map((f) => f.toUpperCase());
  if (surface[0] !== surface[0]!.toLowerCase()) return forms.map(capitalise);
  return forms;
}

/** Suggestions depend only on the entry, the form found and its capitalisation: computed once each. */
function cachedSuggestions(trie: LanguageTrie, found: Found, surface: string): string[] {
  const letters = surface.replace(/[^\p{L}]/gu, "");
  const caps = letters.length > 1 && isCaseSensitive(letters) ? "A" : surface[0] !== surface[0]!.toLowerCase() ? "a" : "";
  const key = `${found.paradigm.id}|${found.ending}|${caps}`;
  let perEntry = trie.suggestionCache.get(found.entry);
  if (!perEntry) {
    perEntry = new Map();
    trie.suggestionCache.set(found.entry, perEntry);
  }
  let forms = perEntry.get(key);
  if (!forms) {
    forms = inflectSuggestion(trie, found, surface);
    perEntry.set(key, forms);
  }
  return forms.slice();
}

function findIn(trie: LanguageTrie, text: string, from: number, to: number, words: Words = wordsIn(text, from, to)): GlossaryMatch[] {
  const n = words.norm.length;
  const out: GlossaryMatch[] = [];
  let best: Found | null = null;

  const step = (b: TrieNode, split: Split, i: number): void => {
    if ((split.prefixed && !b.paradigm.verb) || !b.paradigm.endings.has(split.ending)) return;
    walk(b, i + 1, b.paradigm, split.ending);
  };
  const walk = (node: TrieNode, i: number, lastParadigm: Paradigm, lastEnding: string): void => {
    if (node.terms && (!best || i - 1 > best.endWord)) best = { endWord: i - 1, entry: node.terms[0]!, paradigm: lastParadigm, ending: lastEnding };
    if (i >= n) return;
    if (node.exact) {
      const raw = words.raw[i]!;
      const child = node.exact.get(raw);
      if (child) walk(child, i + 1, FIXED, "");
      else {
        // Latvian inflects abbreviations with a hyphen: VZD-ā, VZD-am.
        const dash = raw.indexOf("-");
        const inflected = dash > 0 ? node.exact.get(raw.slice(0, dash)) : undefined;
        if (inflected && HYPHEN_ENDING.test(raw.slice(dash + 1))) walk(inflected, i + 1, HYPHENATED, raw.slice(dash + 1).toLowerCase());
      }
    }
    if (!node.next) return;
    if (node === trie.root) {
      for (const r of rootStepsOf(trie, words.norm[i]!)) walk(r.branch, i + 1, r.branch.paradigm, r.ending);
      return;
    }
    for (const split of splitsOf(trie, words.norm[i]!)) {
      const found = node.next.get(split.stem);
      if (!found) continue;
      if (Array.isArray(found)) for (const b of found) step(b, split, i);
      else step(found, split, i);
    }
  };

  for (let i = 0; i < n; i++) {
    best = null;
    walk(trie.root, i, FIXED, "");
    const found = best as Found | null;
    if (!found) continue;
    const start = words.start[i]!;
    const end = words.end[found.endWord]!;
    out.push({ start, end, entry: found.entry, suggestions: cachedSuggestions(trie, found, text.slice(start, end)) });
    i = found.endWord;
  }
  return out;
}

/** Compile once per glossary; the result is reused for every lint of every mail. */
/**
 * Compile once per glossary; the result is reused for every lint of every mail. Each
 * language's trie is built on its first use, so a Latvian-only session never builds the English one.
 */
export function compileGlossary(entries: readonly GlossaryEntry[]): CompiledGlossary {
  const prepared: { entry: GlossaryEntry; raws: string[]; words: string[] }[] = [];
  for (const entry of entries) {
    const raws = typeof entry.term === "string" ? entry.term.match(WORD_IN_PHRASE) : null;
    if (raws) prepared.push({ entry, raws, words: raws.map(normaliseWord) });
  }
  const tries: Partial<Record<Language, LanguageTrie>> = {};
  const trieFor = (language: Language): LanguageTrie => {
    let trie = tries[language];
    if (!trie) {
      trie = newTrie(language);
      for (const p of prepared) if (p.entry.language === undefined || p.entry.language === language) insert(trie, p.entry, p.raws, p.words);
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
