// long-sentence — a sentence of the writer's own text with more than `sentenceWords` words
// (default 25; policy key sentenceWords). Short sentences are the first advice of Latvian
// letter-writing guidance (Valsts kanceleja, „Vēstuļu rakstīšanas vadlīnijas”, 2017) and of
// plain-language guidance in general. A word is a run of letters: numbers, URLs and e-mail
// addresses are not words. An abbreviation ("t. sk.", "piem.", "2024. gada") and a hard line
// wrap do not end a sentence; a blank line and a vertical-list item do.
import { proseEnd } from "../prose.ts";
import { unquotedWords } from "../text/ranges.ts";
import type { Language, Span } from "../types.ts";
import type { Rule, RuleFinding } from "./rule.ts";

export const DEFAULT_SENTENCE_WORDS = 25;

/** Abbreviations whose dot never ends a sentence, even before a capital ("Nr. 5", "Sk. Jūsu …"). */
const NEVER_FINAL = new Set(
  "nr tālr tel sk piem pulkst plkst lpp apt iel kv dz st prof dr doc mg bc inž kgs kdze vsk vs mr mrs ms".split(" "),
);
/** A list item at a line's start: "- ", "• ", "1. ", "1) ", "a) ". */
const LIST_ITEM = /^[ \t]*(?:[-–—•*▪◦]|\d{1,2}[.)]|\p{Ll}\))[ \t]+/u;

const SENTENCE_MARK = /[\n.!?…]/g;

/** Sentences of text[from, to), split as described above. Linear in the length. */
export function sentenceSpans(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = from; i < to; i++) {
    // Straight to the next line break or sentence mark: every other character is passed over.
    SENTENCE_MARK.lastIndex = i;
    const mark = SENTENCE_MARK.exec(text);
    if (!mark || mark.index >= to) break;
    i = mark.index;
    const c = mark[0];
    if (c === "\n") {
      // A blank line, or a list item on the next line, ends the sentence; a lone wrap does not.
      let j = i + 1;
      while (j < to && (text[j] === " " || text[j] === "\t" || text[j] === "\r")) j++;
      const lineStart = text.slice(j, Math.min(to, j + 8));
      if (j >= to || text[j] === "\n" || LIST_ITEM.test(lineStart) || /:\s*$/.test(text.slice(Math.max(start, i - 3), i))) {
        push(i);
        start = i + 1;
      }
      continue;
    }
    if (c !== "." && c !== "!" && c !== "?" && c !== "…") continue;
    let j = i + 1;
    while (j < to && /[.!?…”"»)]/.test(text[j]!)) j++;
    // The run [i, j) is judged once, as a whole: going on from i + 1 would scan the same run
    // again for each of its characters (a run of 100,000 dots would take minutes).
    const runEnd = j - 1;
    if (j < to && !/\s/.test(text[j]!)) {
      i = runEnd;
      continue; // "1.5", "vzd.gov.lv", "t.sk."
    }
    let k = j;
    while (k < to && /[ \t\r]/.test(text[k]!)) k++;
    const next = text[k];
    if (c === "." && next !== undefined && next !== "\n") {
      // A dot before a lowercase word or a number continues the sentence ("2024. gada", "t. sk. arī").
      if (!/[\p{Lu}„“"(]/u.test(next)) {
        i = runEnd;
        continue;
      }
      const before = /([\p{L}]+)$/u.exec(text.slice(Math.max(from, i - 12), i));
      if (before && (NEVER_FINAL.has(before[1]!.toLowerCase()) || /^\p{Lu}$/u.test(before[1]!))) {
        i = runEnd;
        continue; // "Nr. 5", "J. Bērziņš"
      }
    }
    push(j);
    start = j;
    i = j - 1;
  }
  push(to);
  return out;
}

const ADDRESS_CHAR = /[\w.+%-]/;

/** URLs and e-mail addresses in text[0, end), found from their "http", "www." and "@" (linear). */
function addressSpans(text: string, end: number): Span[] {
  const out: Span[] = [];
  const toSpace = (from: number) => {
    let e = from;
    while (e < end && !/\s/.test(text[e]!)) e++;
    return e;
  };
  for (const marker of ["http", "www."]) {
    for (let at = text.indexOf(marker); at >= 0 && at < end; at = text.indexOf(marker, at + 1)) {
      if (at > 0 && /[\p{L}\p{N}/.]/u.test(text[at - 1]!)) continue;
      out.push({ start: at, end: toSpace(at) });
    }
  }
  for (let at = text.indexOf("@"); at >= 0 && at < end; at = text.indexOf("@", at + 1)) {
    let s = at;
    while (s > 0 && ADDRESS_CHAR.test(text[s - 1]!)) s--;
    let e = at + 1;
    while (e < end && ADDRESS_CHAR.test(text[e]!)) e++;
    if (s < at && e > at + 1) out.push({ start: s, end: e });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A word of the shared tokenisation that counts: it has a letter (2026, 67 038 600 do not). */
const NUMBER_ONLY = /^[\p{N}-]+$/u;
const PLURAL = new Intl.PluralRules("lv");
const WORD_FORMS: Record<string, string> = { zero: "vārdu", one: "vārds", other: "vārdi" };

const messages: Record<Language, (words: number, limit: number) => string> = {
  lv: (words, limit) =>
    `Teikumā ir ${words} ${WORD_FORMS[PLURAL.select(words)]} (ieteicams ne vairāk kā ${limit}). Garu teikumu klientam grūti uztvert: sadaliet to īsākos.`,
  en: (words, limit) => `This sentence has ${words} words (${limit} at most is advised). Long sentences are hard to follow: split it.`,
};

/** The policy's sentenceWords when it is a sensible number, else the default. */
export function sentenceLimit(value: unknown): number {
  return typeof value === "number" && Number.isInteger(value) && value >= 5 && value <= 200 ? value : DEFAULT_SENTENCE_WORDS;
}

export const longSentence: Rule = {
  id: "long-sentence",
  messages,
  meta: {
    defaultSeverity: "info",
    fixable: false,
    description: {
      lv: "Teikums ir garāks par iestatīto vārdu skaitu (noklusējumā 25)",
      en: "A sentence longer than the configured number of words (25 by default)",
    },
    handbook: "VIENKĀRŠĪBA UN SAPRATNE",
  },
  check(context): RuleFinding[] {
    const { text, locale, segments, config } = context;
    const limit = sentenceLimit(config.sentenceWords);
    const end = proseEnd(text.length, segments);
    const addresses = addressSpans(text, end);
    // Word starts of the shared tokenisation, numbers and address parts left out, in text order.
    const starts: number[] = [];
    let a = 0;
    for (const { words } of unquotedWords(context)) {
      for (let k = 0; k < words.start.length && words.start[k]! < end; k++) {
        const at = words.start[k]!;
        while (a < addresses.length && addresses[a]!.end <= at) a++;
        if (a < addresses.length && addresses[a]!.start <= at) continue;
        if (!NUMBER_ONLY.test(words.raw[k]!)) starts.push(at);
      }
    }
    const out: RuleFinding[] = [];
    let w = 0;
    for (const s of sentenceSpans(text, 0, end)) {
      while (w < starts.length && starts[w]! < s.start) w++;
      let n = 0;
      for (let j = w; j < starts.length && starts[j]! < s.end; j++) n++;
      w += n;
      if (n > limit) out.push({ start: s.start, end: s.end, message: messages[locale](n, limit) });
    }
    return out;
  },
};
