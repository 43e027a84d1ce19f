// The glossary's trie (see glossary.ts): every term is a path of (stem, paradigm) steps in a
// Map-based trie, one trie per mail language. A text word is split once into candidate stem +
// ending pairs (the endings any stored paradigm uses). A term whose words each have several
// readings (a modifier: adjective or fixed genitive) is stored as a chain whose alternatives meet
// again in one node, so compiling is linear in the term's length and the walk visits each node
// at most once per word.
import { englishStems } from "./text/english.ts";
import { latvianStems } from "./text/latvian.ts";
import { PREFIXES, type Paradigm, prefixAllows, type StemEntry } from "./text/paradigm.ts";
import type { GlossaryEntry, Language } from "./types.ts";

/** One (stem, paradigm) step to a node. */
export interface Edge {
  paradigm: Paradigm;
  node: TrieNode;
}

export interface TrieNode {
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
export interface Split {
  stem: string;
  ending: string;
  prefix: string;
}

export interface Step {
  node: TrieNode;
  paradigm: Paradigm;
  ending: string;
  prefix: string;
}

export interface LanguageTrie {
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
  /** 1 at the char code every stem at the root starts with: a word starting otherwise (and not with a prefix) starts no term. */
  rootInitials: Uint8Array;
  suggestionCache: Map<GlossaryEntry, Map<string, { suggestions: string[]; advice: string[] }>>;
  skipForm: ((form: string) => boolean) | undefined;
  /** The terms' words as written (normalised). */
  written: Set<string>;
  /** Every stored stem with the paradigms stored under it anywhere in the trie (a word broken at a line end is joined only into a term word's form). */
  stems: Map<string, Paradigm[]>;
  /** Generated forms another dictionary word also has → the one-word terms they are forms of (found only in context). */
  homographs: Map<string, GlossaryEntry[]> | null;
  /** Each entry's place in the glossary. */
  order: Map<GlossaryEntry, number>;
}

export const SPLIT_CACHE_LIMIT = 50_000;
/** An abbreviation with a case ending after a hyphen (VZD-ā): the ending's case comes from the suggestion's own paradigm. */
export const HYPHENATED: Paradigm = { id: "hyphenated", endings: new Map(), verb: false };
export const HYPHEN_ENDING = /^\p{Ll}{1,4}$/u;

export function newNode(): TrieNode {
  return { next: null, exact: null, terms: null, shared: false };
}

export function newTrie(language: Language, skipForm: ((form: string) => boolean) | undefined): LanguageTrie {
  return {
    language,
    root: newNode(),
    paradigms: new Set(),
    endings: new Set(),
    maxEnding: 0,
    hasPrefixed: false,
    splitCache: new Map(),
    rootCache: new Map(),
    rootInitials: new Uint8Array(0x10000),
    suggestionCache: new Map(),
    skipForm,
    written: new Set(),
    stems: new Map(),
    homographs: null,
    order: new Map(),
  };
}

/** An all-caps word of two or more letters (VZD, NĪ) is matched case-sensitively. */
export function isCaseSensitive(raw: string): boolean {
  return raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

export function edgesOf(node: TrieNode, stem: string): Edge[] {
  const found = node.next?.get(stem);
  return found ? (Array.isArray(found) ? found : [found]) : [];
}

export function addEdge(trie: LanguageTrie, node: TrieNode, e: StemEntry, target: TrieNode): void {
  node.next ??= new Map();
  if (node === trie.root) trie.rootInitials[e.stem.charCodeAt(0)] = 1;
  const edge: Edge = { paradigm: e.paradigm, node: target };
  const existing = node.next.get(e.stem);
  if (!existing) node.next.set(e.stem, edge);
  else if (Array.isArray(existing)) existing.push(edge);
  else node.next.set(e.stem, [existing, edge]);
  const known = trie.stems.get(e.stem);
  if (!known) trie.stems.set(e.stem, [e.paradigm]);
  else if (!known.includes(e.paradigm)) known.push(e.paradigm);
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

export function addExact(node: TrieNode, raw: string): TrieNode {
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
export function insert(trie: LanguageTrie, entry: GlossaryEntry, raws: readonly string[], words: readonly string[]): void {
  let nodes: TrieNode[] = [trie.root];
  for (const w of words) trie.written.add(w);
  for (let i = 0; i < words.length; i++) {
    const raw = raws[i]!;
    const exact = raw !== words[i] && isCaseSensitive(raw) ? raw.normalize("NFC") : null;
    const next: TrieNode[] = [];
    if (exact !== null) {
      for (const node of nodes) {
        const child = addExact(node, exact);
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

export function splitsOf(trie: LanguageTrie, word: string): Split[] {
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
export function stepsFrom(trie: LanguageTrie, node: TrieNode, word: string): Step[] {
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

/** The char codes the prefixes a verb term may take (ne-, jā-, iz-, …) start with. */
const PREFIX_INITIALS = new Set(PREFIXES.map((p) => p.charCodeAt(0)));
const NO_STEPS: Step[] = [];

export function rootStepsOf(trie: LanguageTrie, word: string): Step[] {
  // Most words of a reply start with a letter no term's stem starts with: answered by one array
  // read, before the per-word cache (whose string key costs a hash of each new word).
  const initial = word.charCodeAt(0);
  if (trie.rootInitials[initial] !== 1 && !(trie.hasPrefixed && word.length > 4 && PREFIX_INITIALS.has(initial))) return NO_STEPS;
  const cached = trie.rootCache.get(word);
  if (cached) return cached;
  // A homograph of a common word starts no term, unless it is a term's word as written.
  const out = trie.skipForm?.(word) && !trie.written.has(word) ? [] : stepsFrom(trie, trie.root, word);
  if (trie.rootCache.size >= SPLIT_CACHE_LIMIT) trie.rootCache.clear();
  trie.rootCache.set(word, out);
  return out;
}

/** Whether `word` (normalised) is a form of some term's word: a stored stem with an ending and prefix its paradigm accepts. */
export function isTermWordForm(trie: LanguageTrie, word: string): boolean {
  for (const split of splitsOf(trie, word)) {
    for (const paradigm of trie.stems.get(split.stem) ?? []) {
      const tags = paradigm.endings.get(split.ending);
      if (tags && (!split.prefix || prefixAllows(paradigm, split.prefix, tags))) return true;
    }
  }
  return false;
}
