// long-sentence — a sentence of the writer's own text with more than `sentenceWords` words
// (default 25; policy key sentenceWords). Short sentences are the first advice of Latvian
// letter-writing guidance (Valsts kanceleja, „Vēstuļu rakstīšanas vadlīnijas”, 2017) and of
// plain-language guidance in general. A word is a run of letters: numbers, URLs and e-mail
// addresses are not words. An abbreviation ("t. sk.", "piem.", "2024. gada") and a hard line
// wrap do not end a sentence; a blank line and a vertical-list item do.
import { isSpaceCode, pushTrimmed } from "../text/space.ts";
import type { Language, Span } from "../types.ts";
import { checkProseByParagraph, keptFindings, type Paragraph } from "./by-paragraph.ts";
import type { Rule, RuleFinding } from "./rule.ts";

export const DEFAULT_SENTENCE_WORDS = 25;

/** Abbreviations whose dot never ends a sentence, even before a capital ("Nr. 5", "Sk. Jūsu …"). */
const NEVER_FINAL = new Set(
  "nr tālr tel sk piem pulkst plkst lpp apt iel kv dz st prof dr doc mg bc inž kgs kdze vsk vs mr mrs ms".split(" "),
);
/** A list item at a line's start: "- ", "• ", "1. ", "1) ", "a) ". */
const LIST_ITEM = /^[ \t]*(?:[-–—•*▪◦]|\d{1,2}[.)]|\p{Ll}\))[ \t]+/u;

const SENTENCE_MARK = /[\n.!?…]/g;
const LETTER = /\p{L}/u;

/** LIST_ITEM at text[j] (at most 8 characters of it); the regex only when the first two could start one. */
function listItemAt(text: string, j: number, to: number): boolean {
  const c = text.charCodeAt(j);
  const asciiLetter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (asciiLetter && text[j + 1] !== ")") return false;
  return LIST_ITEM.test(text.slice(j, Math.min(to, j + 8)));
}

/** Whether text[from, to) ends in a colon and white space (what /:\s*$/ finds). */
function colonBefore(text: string, from: number, to: number): boolean {
  let k = to - 1;
  while (k >= from && isSpaceCode(text.charCodeAt(k))) k--;
  return k >= from && text.charCodeAt(k) === 0x3a;
}

/** What /[\p{Lu}„“"(]/u finds in one character, with ASCII decided without the regex. */
function opensSentence(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || c === 0x22 || c === 0x28;
  return /[\p{Lu}„“]/u.test(ch);
}

/** The run of letters that ends at text[to) and starts no earlier than `from` (/([\p{L}]+)$/u), or "". */
function letterRunBefore(text: string, from: number, to: number): string {
  let k = to;
  for (;;) {
    const c = text.charCodeAt(k - 1);
    const ascii = c < 0x80;
    if (k > from && ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a))) k--;
    else if (k - 1 > from && (c & 0xfc00) === 0xdc00 && LETTER.test(text.slice(k - 2, k))) k -= 2;
    else if (k > from && !ascii && LETTER.test(text[k - 1]!)) k--;
    else return text.slice(k, to);
  }
}

/** . ! ? … — the marks that may end a sentence. */
const isMark = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
/** What may follow a mark inside its run: more marks, closing quotes and brackets. */
const inMarkRun = (c: number) => isMark(c) || c === 0x201d || c === 0x22 || c === 0xbb || c === 0x29;

/** Sentences of text[from, to), split as described above. Linear in the length. */
export function sentenceSpans(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    // Straight to the next line break or sentence mark: every other character is passed over.
    // test(), not exec(): the mark is one character, so it ends where the match ends.
    SENTENCE_MARK.lastIndex = i;
    if (!SENTENCE_MARK.test(text) || SENTENCE_MARK.lastIndex - 1 >= to) break;
    i = SENTENCE_MARK.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      // A blank line, or a list item on the next line, ends the sentence; a lone wrap does not.
      let j = i + 1;
      while (j < to && (text[j] === " " || text[j] === "\t" || text[j] === "\r")) j++;
      if (j >= to || text[j] === "\n" || listItemAt(text, j, to) || colonBefore(text, Math.max(start, i - 3), i)) {
        pushTrimmed(text, start, i, out);
        start = i + 1;
      }
      continue;
    }
    let j = i + 1;
    while (j < to && inMarkRun(text.charCodeAt(j))) j++;
    // The run [i, j) is judged once, as a whole: going on from i + 1 would scan the same run
    // again for each of its characters (a run of 100,000 dots would take minutes).
    const runEnd = j - 1;
    if (j < to && !isSpaceCode(text.charCodeAt(j))) {
      i = runEnd;
      continue; // "1.5", "vzd.gov.lv", "t.sk."
    }
    let k = j;
    while (k < to && (text[k] === " " || text[k] === "\t" || text[k] === "\r")) k++;
    const next = text[k];
    if (c === 0x2e && next !== undefined && next !== "\n") {
      // A dot before a lowercase word or a number continues the sentence ("2024. gada", "t. sk. arī").
      if (!opensSentence(next)) {
        i = runEnd;
        continue;
      }
      const before = letterRunBefore(text, Math.max(from, i - 12), i);
      if (before && (NEVER_FINAL.has(before.toLowerCase()) || /^\p{Lu}$/u.test(before))) {
        i = runEnd;
        continue; // "Nr. 5", "J. Bērziņš"
      }
    }
    pushTrimmed(text, start, j, out);
    start = j;
    i = j - 1;
  }
  pushTrimmed(text, start, to, out);
  return out;
}

const ADDRESS_CHAR = /[\w.+%-]/;

/** URLs and e-mail addresses in text[from, to), found from their "http", "www." and "@" (linear). */
function addressSpans(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  const toSpace = (at: number) => {
    let e = at;
    while (e < to && !/\s/.test(text[e]!)) e++;
    return e;
  };
  for (const marker of ["http", "www."]) {
    for (let at = text.indexOf(marker, from); at >= 0 && at < to; at = text.indexOf(marker, at + 1)) {
      if (at > from && /[\p{L}\p{N}/.]/u.test(text[at - 1]!)) continue;
      out.push({ start: at, end: toSpace(at) });
    }
  }
  for (let at = text.indexOf("@", from); at >= 0 && at < to; at = text.indexOf("@", at + 1)) {
    let s = at;
    while (s > from && ADDRESS_CHAR.test(text[s - 1]!)) s--;
    let e = at + 1;
    while (e < to && ADDRESS_CHAR.test(text[e]!)) e++;
    if (s < at && e > at + 1) out.push({ start: s, end: e });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A word of the shared tokenisation that counts: it has a letter (2026, 67 038 600 do not). */
const NUMBER_ONLY = /^[\p{N}-]+$/u;
/** NUMBER_ONLY.test(word), without the regex for a word that starts with an ASCII letter (most). */
function numberOnly(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || c >= 0x80 ? NUMBER_ONLY.test(word) : false;
}
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

/** The sentences of one paragraph with more than `limit` words. */
function longSentencesIn({ text, from, to, words }: Paragraph, limit: number, locale: Language): RuleFinding[] {
  const addresses = addressSpans(text, from, to);
  // The words, numbers and address parts left out, counted into the sentence they start in
  // (both in text order: one walk, no list of word starts).
  const sentences = sentenceSpans(text, from, to);
  const out: RuleFinding[] = [];
  let si = 0;
  let n = 0;
  const close = () => {
    const s = sentences[si]!;
    if (n > limit) out.push({ start: s.start, end: s.end, message: messages[locale](n, limit) });
    si++;
    n = 0;
  };
  let a = 0;
  for (let k = 0; k < words.start.length; k++) {
    const at = words.start[k]!;
    while (a < addresses.length && addresses[a]!.end <= at) a++;
    if (a < addresses.length && addresses[a]!.start <= at) continue;
    if (numberOnly(words.raw[k]!)) continue;
    while (si < sentences.length && sentences[si]!.end <= at) close();
    if (si < sentences.length && sentences[si]!.start <= at) n++;
  }
  while (si < sentences.length) close();
  return out;
}

const kept = keptFindings();

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
    const { locale, config } = context;
    const limit = sentenceLimit(config.sentenceWords);
    return checkProseByParagraph(context, kept, `${locale}\u0000${limit}`, (p) => longSentencesIn(p, limit, locale));
  },
};
