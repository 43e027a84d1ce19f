// Word lists as one compiled pattern each: built once at module load, so a lint on every
// keystroke costs a regex scan, not a loop over phrases.
//
// Phrase syntax: words separated by spaces; between two words the text may have any run of
// spaces and commas ("Paldies, ka …"); `*` at the end of a word means "any further letters"
// (Latvian inflection: "atsauksm*" finds atsauksme, atsauksmi, atsauksmes …). Matching is
// case-insensitive and whole-word.

import { isSpaceCode, pushTrimmed } from "./text/space.ts";

const LETTER = "\\p{L}\\p{M}\\p{N}";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => (word.endsWith("*") ? `${escapeRegExp(word.slice(0, -1))}[${LETTER}]*` : escapeRegExp(word)))
    .join("[\\s,]+");
}

function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(phraseSource)
    .join("|");
}

/** A slot of a composed phrase: one of `phrases`, or nothing when optional. */
export interface PhraseSlot {
  phrases: readonly string[];
  optional?: boolean;
}

/**
 * One regex finding any phrase of the list, or any sequence of the composed slots ("ražīgu" +
 * "darba"? + "nedēļu"), as whole words; longest phrases tried first. A composition is one
 * pattern, not every combination spelled out.
 */
// Every match of a compiled list starts with the literal part of one of its first words, so a
// plain alternation of those literals (no lookbehind, no letter classes: cheap to scan) rules out
// most sentences before the full pattern runs — it tried every position of every sentence.
const PREFILTERS = new WeakMap<RegExp, RegExp>();

/** Between two words of a literal: the separators phraseSource allows there. */
const SEP = "\u0000";
/** A first word shorter than this ("i", "uz", "ja", "lai") occurs in nearly every sentence. */
const SHORT_WORD = 4;

/**
 * The literal every match of each phrase starts with: its first word without the "*" — and when
 * that word is short and whole ("i wish you", "uz tikšanos", "ja jums ir"), the separators and
 * the next word's literal too, or the prefilter would pass nearly every sentence.
 */
function firstWordLiterals(phrases: readonly string[]): string[] {
  return phrases.map((p) => {
    const words = p.trim().split(/\s+/);
    const first = words[0]!;
    if (first.endsWith("*") || first.length >= SHORT_WORD || words.length < 2) return first.replace(/\*$/, "");
    return `${first}${SEP}${words[1]!.replace(/\*$/, "")}`;
  });
}

function prefilterOf(literals: readonly string[], flags: string): RegExp | undefined {
  if (literals.some((l) => l === "")) return undefined; // a phrase starting with "*" matches anything
  const unique = [...new Set(literals.map((l) => l.toLowerCase()))];
  return new RegExp(trieSource(unique), flags.replace("g", "").includes("i") ? "iu" : "u");
}

interface CharTrie {
  end: boolean;
  next: Map<string, CharTrie>;
}

/**
 * An alternation of literals with their common prefixes factored out ("atsauksm|atbild" →
 * "at(?:sauksm|bild)"): the regex then decides on one character per position where a flat
 * alternation tries every literal in turn. Same strings matched; any one of them found is enough
 * for a prefilter, so the order of the alternatives does not matter.
 */
function trieSource(literals: readonly string[]): string {
  const root: CharTrie = { end: false, next: new Map() };
  for (const literal of literals) {
    let node = root;
    for (const ch of literal) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const emit = (node: CharTrie): string => {
    if (node.end) return ""; // a literal ends here: its extensions need not be looked for
    const branches = [...node.next].map(([ch, child]) => (ch === SEP ? "[\\s,]+" : escapeRegExp(ch)) + emit(child));
    return branches.length === 1 ? branches[0]! : `(?:${branches.join("|")})`;
  };
  return emit(root);
}

export function compilePhrases(phrases: readonly string[], flags = "giu", compositions: readonly (readonly PhraseSlot[])[] = []): RegExp {
  const composed = compositions.map((slots) =>
    slots.map((slot, i) => {
      const sep = i === 0 ? "" : "[\\s,]+";
      return slot.optional ? `(?:${sep}(?:${alternation(slot.phrases)}))?` : `${sep}(?:${alternation(slot.phrases)})`;
    }).join(""),
  );
  const all = [...composed.map((c) => `(?:${c})`), ...(phrases.length > 0 ? [alternation(phrases)] : [])];
  const pattern = new RegExp(`(?<![${LETTER}])(?:${all.join("|")})(?![${LETTER}])`, flags);
  // A composition's first slot starts it, unless that slot is optional: then any slot may.
  const leads = compositions.flatMap((slots) => {
    const out: string[] = [];
    for (const slot of slots) {
      out.push(...firstWordLiterals(slot.phrases));
      if (!slot.optional) break;
    }
    return out;
  });
  const prefilter = prefilterOf([...leads, ...firstWordLiterals(phrases)], flags);
  if (prefilter) PREFILTERS.set(pattern, prefilter);
  return pattern;
}

/** The first match of `pattern` (a global regex) inside text[from, to), or null. */
export function findIn(pattern: RegExp, text: string, from: number, to: number): { start: number; end: number } | null {
  // Search a slice (V8 shares the parent's memory) so a miss never scans past `to`. The
  // lookbehind/lookahead then see the slice's edges as word boundaries — what we want for
  // sentences and lines.
  const region = text.slice(from, to);
  const prefilter = PREFILTERS.get(pattern);
  if (prefilter && !prefilter.test(region)) return null;
  return fullMatch(pattern, region, from);
}

function fullMatch(pattern: RegExp, region: string, from: number): { start: number; end: number } | null {
  pattern.lastIndex = 0;
  const m = pattern.exec(region);
  if (!m) return null;
  return { start: from + m.index, end: from + m.index + m[0].length };
}

/** Where a list's first-word literals occur in a stretch of text: see scanLiterals. */
export interface LiteralScan {
  pattern: RegExp;
  text: string;
  /** Flat pairs [start, end, start, end, …] in text order, one per position a literal starts at; null: no prefilter. */
  hits: number[] | null;
}

const SCANNERS = new WeakMap<RegExp, RegExp>();

/**
 * Every position of text[from, to) where one of `pattern`'s first-word literals starts (its
 * prefilter), found in one scan of the stretch. findInScanned then answers findIn for any
 * sentence inside it without testing the sentence again: asking sentence by sentence cost a
 * slice and a prefilter scan each, for the few sentences where a literal occurs at all.
 */
export function scanLiterals(pattern: RegExp, text: string, from: number, to: number): LiteralScan {
  const prefilter = PREFILTERS.get(pattern);
  if (!prefilter) return { pattern, text, hits: null };
  let scanner = SCANNERS.get(pattern);
  if (!scanner) {
    scanner = new RegExp(prefilter.source, `g${prefilter.flags}`);
    SCANNERS.set(pattern, scanner);
  }
  const hits: number[] = [];
  const region = text.slice(from, to);
  scanner.lastIndex = 0;
  // From the next position after each hit, not after its end: a literal starting inside
  // another one's occurrence must be seen too.
  for (let m = scanner.exec(region); m; m = scanner.exec(region)) {
    hits.push(from + m.index, from + m.index + m[0].length);
    scanner.lastIndex = m.index + 1;
  }
  return { pattern, text, hits };
}

/**
 * findIn(scan.pattern, scan.text, from, to) for a stretch inside the scanned one. A literal
 * occurrence lying wholly inside [from, to) passes the prefilter as findIn's test would; none
 * starting there rules it out. An occurrence that runs past `to` (another, shorter literal may
 * start at the same place) is left to findIn itself.
 */
export function findInScanned(scan: LiteralScan, from: number, to: number): { start: number; end: number } | null {
  const { hits, pattern, text } = scan;
  if (hits === null) return findIn(pattern, text, from, to);
  let lo = 0;
  let hi = hits.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[2 * mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  let crossing = false;
  for (let k = 2 * lo; k < hits.length && hits[k]! < to; k += 2) {
    if (hits[k + 1]! <= to) return fullMatch(pattern, text.slice(from, to), from);
    crossing = true;
  }
  return crossing ? findIn(pattern, text, from, to) : null;
}

/** Whether `pattern` occurs inside text[from, to). */
export function occursIn(pattern: RegExp, text: string, from: number, to: number): boolean {
  return findIn(pattern, text, from, to) !== null;
}

// A sentence ends at . ! ? or a line break, but not at the dot of an abbreviation, a number
// ("2026. gada"), a URL or an e-mail address: those dots are followed by a non-space. The run of
// marks is matched without a lookahead and the next character checked by hand: with
// `[.!?]+(?=\s|$)` a run of 100,000 dots followed by a letter took 47 s (each position re-tried).
const SENTENCE_MARKS = /[.!?…]+|\n/g;

/** Sentences of text[from, to) as [start, end) pairs (trimmed), in order. */
export function sentencesIn(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const region = text.slice(from, to);
  let start = 0;
  SENTENCE_MARKS.lastIndex = 0;
  // test(), not exec(): only where a match ends matters, and test() makes no match object.
  while (SENTENCE_MARKS.test(region)) {
    const end = SENTENCE_MARKS.lastIndex;
    if (region.charCodeAt(end - 1) !== 0x0a && end < region.length && !isSpaceCode(region.charCodeAt(end))) continue;
    pushTrimmed(region, start, end, out, from);
    start = end;
  }
  pushTrimmed(region, start, region.length, out, from);
  return out;
}

/**
 * A pattern for a phrase at the start of a line (after spaces), followed by a word boundary;
 * not global. `match[0].length` is where the phrase ends.
 */
export function compileLineStart(phrases: readonly string[]): RegExp {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  return new RegExp(`^\\s*(?:${sorted.map(phraseSource).join("|")})(?![${LETTER}])`, "iu");
}
