// abbreviation: all-caps abbreviations (VZD, NĪ, SRS) the mail does not explain and the
// allow-list does not know (HANDBOOK.md → VALODA). Codes and numbers (A4, LV-1050, II) are
// not abbreviations; shouted ordinary words (SVARĪGI, URGENT) are told apart with real
// word lists (src/core/lexicon.ts), or a small built-in list when none is loaded.
import { citeHandbook } from "../handbook-cite.ts";
import known from "../data/known-abbreviations.json";
import forms from "../data/widely-known-forms.json";
import shouted from "../data/shouted-words.json";
import wordLike from "../data/word-like-abbreviations.json";
import { breaksParagraph } from "../text/paragraphs.ts";
import { unquotedRanges, unquotedWords } from "../text/ranges.ts";
import { normaliseWord, type Words } from "../text/words.ts";
import type { GlossaryEntry, Language, Span } from "../types.ts";
import { checkByParagraph, type KeptSlot, keptFor, type Paragraph } from "./by-paragraph.ts";
import type { Rule, RuleContext, RuleFinding } from "./rule.ts";

const KNOWN = new Set([...known.abbreviations, ...forms.legalForms, ...forms.units, ...forms.currencies]);
const CITATIONS: Record<string, readonly string[]> = forms.citations;
const ALWAYS_ABBREVIATIONS = new Set(wordLike.abbreviations);
const SHOUTED = { lv: new Set(shouted.lv), en: new Set(shouted.en) };

const HANDBOOK_QUOTE = "„nelietojam žargonu un iestādes iekšējos saīsinājumus”";
const messages: Record<Language, (abbr: string) => string> = {
  lv: (abbr) =>
    `Saīsinājums „${abbr}” šajā vēstulē nav atšifrēts. Pirmo reizi lietojot, uzrakstiet pilno nosaukumu, piemēram, „Pilns nosaukums (turpmāk – ${abbr})”. ${citeHandbook("lv", "VALODA")}: ${HANDBOOK_QUOTE}.`,
  en: (abbr) =>
    `The abbreviation “${abbr}” is not explained in this e-mail. Write the full name the first time, e.g. “Full name (hereinafter – ${abbr})”. ${citeHandbook("en", "VALODA")}: we use no jargon and no internal abbreviations (${HANDBOOK_QUOTE}).`,
};

const ROMAN = /^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const UPPER_LETTERS = /^\p{Lu}+$/u;

/** An all-caps run of two or more letters, no digits, not a roman numeral. */
function isAbbreviationShape(part: string): boolean {
  return part.length >= 2 && UPPER_LETTERS.test(part) && !ROMAN.test(part);
}

/** Whether the word's second letter is lower case ("Labdien"): then it has no all-caps shape. */
function lowerSecond(word: string): boolean {
  if (word.length < 2) return false;
  const c = word.charCodeAt(1);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  const ch = word[1]!;
  return ch !== ch.toUpperCase();
}

/** Part of a web or e-mail address (WWW.VZD.LV, INFO@VZD.LV): joined to letters by . @ / _ */
function inAddress(text: string, start: number, end: number): boolean {
  const joined = (joiner: string | undefined, beyond: string | undefined) =>
    joiner !== undefined && ".@/_".includes(joiner) && beyond !== undefined && /[\p{L}\p{N}]/u.test(beyond);
  return joined(text[start - 1], text[start - 2]) || joined(text[end], text[end + 1]);
}

const DASH = "[-–—]";
// Compiled once: a lint runs on every keystroke. Every pattern needs a "(", so a mail without
// one skips the scans.
const ABBR = "([\\p{Lu}]{2,})";
const HEREINAFTER = new RegExp(
  `\\((?:turpmāk(?:\\s+tekstā)?(?:\\s+arī)?|hereinafter(?:\\s+referred\\s+to\\s+as)?|turpmāk\\s+saukts|turpmāk\\s+saukta)\\s*(?:${DASH}\\s*)?[„"“']?${ABBR}[”"']?\\s*\\)`,
  "gu",
);
const BRACKETED = new RegExp(`\\(${ABBR}\\)`, "gu");
const NAME_BEFORE = /\p{Ll}[\p{L}\p{M}.]*[ \t]+$/u;
const THEN_NAME = new RegExp(`(?<![\\p{L}\\p{N}])${ABBR}[ \\t]+\\(([^()\\n]{3,120})\\)`, "gu");
const LOWER = /\p{Ll}/u;
// "VZD jeb Valsts zemes dienests", "Valsts zemes dienests jeb VZD" ("jeb" = "or, that is").
const JEB_AFTER = new RegExp(`(?<![\\p{L}\\p{N}])${ABBR}[ \\t]+jeb[ \\t]+\\p{Lu}\\p{Ll}`, "gu");
const JEB_BEFORE = new RegExp(`\\p{Ll}[ \\t]+jeb[ \\t]+[„"“]?${ABBR}(?![\\p{L}\\p{N}])`, "gu");
const WORDS_INSIDE = /\p{L}{2,}[\s-]+\p{L}/u;

/**
 * Abbreviations the mail explains: "Valsts zemes dienests (turpmāk – VZD)", "(hereinafter – VZD)",
 * "Valsts zemes dienests (VZD)", "VZD (Valsts zemes dienests)". Anywhere in the text: once
 * explained, every use is fine.
 */
export function explainedAbbreviations(text: string): Set<string> {
  const out = new Set<string>();
  if (text.includes(" jeb ")) {
    for (const m of text.matchAll(JEB_AFTER)) out.add(m[1]!);
    for (const m of text.matchAll(JEB_BEFORE)) out.add(m[1]!);
  }
  if (!text.includes("(")) return out;
  for (const m of text.matchAll(HEREINAFTER)) out.add(m[1]!);
  // Full Name (ABBR): a word with lower-case letters right before the bracket (looked for in
  // a bounded window, so a megabyte without spaces costs no more than one with).
  for (const m of text.matchAll(BRACKETED)) {
    if (NAME_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) out.add(m[1]!);
  }
  // ABBR (Full name): the bracket holds words with lower-case letters, longer than the abbreviation.
  for (const m of text.matchAll(THEN_NAME)) {
    const inside = m[2]!;
    if (LOWER.test(inside) && WORDS_INSIDE.test(inside)) out.add(m[1]!);
  }
  return out;
}

/** "MK noteikumi Nr. 1000": an abbreviation known in the citation of a legal act that follows it. */
function inCitation(text: string, end: number, abbr: string): boolean {
  const cues = CITATIONS[abbr];
  if (!cues) return false;
  // The next few words, on the same line.
  const after = text.slice(end, end + 40).split("\n")[0]!.toLowerCase();
  return cues.some((cue) => after.includes(cue.toLowerCase()));
}

// A person's name in capitals ("MĀRIS KALNIŅŠ", "Anna KALNIŅA"): a word of three or more letters
// with a vowel and a Latvian or English name ending, beside another such word or a name-cased one.
const CAPS_NAME = /^\p{Lu}{2,}[AEIOUSŠY]$/u;
const HAS_VOWEL = /[AEIOUYĀĒĪŪ]/u;
const NAME_CASED = /^\p{Lu}\p{Ll}+$/u;

function namelike(word: string | undefined): boolean {
  return word !== undefined && word.length >= 3 && CAPS_NAME.test(word) && HAS_VOWEL.test(word.slice(0, -1));
}

function inCapitalName(text: string, words: Words, w: number, inSignature: boolean): boolean {
  const raw = words.raw;
  const word = raw[w]!;
  if (!namelike(word) && !(inSignature && word.length >= 3 && HAS_VOWEL.test(word))) return false;
  // Neighbours in the same paragraph only: a name is not split by a blank line.
  const prev = w > 0 && !breaksParagraph(text, words.end[w - 1]!, words.start[w]!) ? raw[w - 1] : undefined;
  const next = w + 1 < raw.length && !breaksParagraph(text, words.end[w]!, words.start[w + 1]!) ? raw[w + 1] : undefined;
  if (namelike(prev) || namelike(next)) return namelike(word) || inSignature;
  // Beside a name-cased word ("Anna KALNIŅA") only in the signature, where names stand.
  return inSignature && ((prev !== undefined && NAME_CASED.test(prev)) || (next !== undefined && NAME_CASED.test(next)));
}

// A mask the writer typed over a number ("XXXXXX-XXXXX", the personal-data fix's own shape).
const MASK = /^X{3,}$/;

/**
 * Whether an all-caps token is an ordinary word shouted: `true`/`false`, or `undefined` when
 * the lexicon has not answered yet. Short tokens are checked in the mail's language only
 * (LAD, AM are English words but Latvian institutions); longer ones in either language,
 * since a Latvian reply may shout an English word (URGENT).
 */
function isShoutedWord(word: string, context: RuleContext): boolean | undefined {
  const other: Language = context.language === "lv" ? "en" : "lv";
  if (SHOUTED[context.language].has(word) || (word.length >= 4 && SHOUTED[other].has(word))) return true;
  const lexicon = context.lexicon;
  if (!lexicon) return false;
  const own = lexicon.has(word, context.language);
  if (own === true) return true;
  const foreign = word.length >= 4 ? lexicon.has(word, other) : false;
  if (foreign === true) return true;
  return own === undefined || foreign === undefined ? undefined : false;
}

/** The glossary's all-caps terms (the jargon rule reports those), once per glossary array. */
const capsTermsCache = new WeakMap<readonly GlossaryEntry[], Set<string>>();
function allCapsTerms(glossary: readonly GlossaryEntry[]): Set<string> {
  let terms = capsTermsCache.get(glossary);
  if (!terms) {
    terms = new Set();
    for (const e of glossary) {
      const term = typeof e.term === "string" ? e.term.trim() : "";
      if (term && term === term.toUpperCase() && term !== term.toLowerCase()) terms.add(term);
    }
    capsTermsCache.set(glossary, terms);
  }
  return terms;
}

/** The built-in and configured abbreviations, once per allow-list array (not per keystroke). */
const allowedCache = new WeakMap<readonly string[], Set<string>>();
function allowedFor(allowlist: readonly string[]): Set<string> {
  let allowed = allowedCache.get(allowlist);
  if (!allowed) {
    allowed = new Set([...KNOWN, ...allowlist.map((a) => a.trim().toUpperCase())]);
    allowedCache.set(allowlist, allowed);
  }
  return allowed;
}

interface Settings {
  allowed: Set<string>;
  glossaryTerms: Set<string>;
}

/**
 * The unexplained-looking abbreviations of one paragraph (whether the mail explains them is
 * decided over the whole mail, after). A word the lexicon has not answered yet is left out and
 * asked for (pendingWords); its paragraph is checked again until the answer is in.
 */
function candidatesIn(paragraph: Paragraph, settings: Settings, inSignature: boolean, shouted: (word: string) => boolean | undefined, context: RuleContext): RuleFinding[] {
  const { text, words } = paragraph;
  const out: RuleFinding[] = [];
  for (let w = 0; w < words.raw.length; w++) {
    const token = words.raw[w]!;
    if (token === words.norm[w] || (lowerSecond(token) && !token.includes("-"))) continue; // lower case, or "Jūsu"
    if (/\p{N}/u.test(token)) continue; // codes (A4, LV-1050)
    if (inAddress(text, words.start[w]!, words.end[w]!)) continue;
    let offset = words.start[w]!;
    for (const part of token.split("-")) {
      const start = offset;
      offset += part.length + 1;
      if (!isAbbreviationShape(part) || settings.allowed.has(part) || settings.glossaryTerms.has(part) || MASK.test(part)) continue;
      if (inCitation(text, start + part.length, part)) continue;
      if (token === part && inCapitalName(text, words, w, inSignature)) continue;
      if (!ALWAYS_ABBREVIATIONS.has(part)) {
        const word = normaliseWord(part);
        const shoutedWord = shouted(word);
        if (shoutedWord === undefined) {
          context.pendingWords?.add(word);
          paragraph.unsettled = true;
        }
        if (shoutedWord !== false) continue;
      }
      out.push({ start, end: start + part.length, message: messages[context.locale](part) });
    }
  }
  return out;
}

/** Kept findings for the allow-list, the glossary (its all-caps terms are never findings) and the lexicon in use. */
const slot: KeptSlot = {};

export const abbreviation: Rule = {
  id: "abbreviation",
  messages,
  meta: {
    defaultSeverity: "warning",
    fixable: false,
    description: {
      lv: "Neatšifrēti saīsinājumi (VZD, NĪ), kas nav plaši zināmi",
      en: "Unexplained abbreviations (VZD, NĪ) that are not widely known",
    },
    handbook: "VALODA",
    skipsAddresses: true,
  },
  check(context) {
    const { text, segments, locale, language } = context;
    const settings = { allowed: allowedFor(context.config.abbreviationAllowlist), glossaryTerms: allCapsTerms(context.config.glossary) };
    const kept = keptFor(slot, [settings.allowed, settings.glossaryTerms, context.lexicon]);
    /** Shouted word or not, once per distinct word of the mail. */
    const decided = new Map<string, boolean | undefined>();
    const shouted = (word: string) => {
      if (!decided.has(word)) decided.set(word, isShoutedWord(word, context));
      return decided.get(word);
    };
    // The signature read apart from the rest: names stand there ("Anna KALNIŅA").
    const unquoted = unquotedRanges(text.length, segments);
    const sig = segments.signature;
    const found: RuleFinding[] = [];
    for (const inSignature of [false, true]) {
      const ranges: Span[] = [];
      /** Which unquoted range (and so which of lint()'s tokenisations) holds ranges[i]. */
      const holder: number[] = [];
      unquoted.forEach((range, u) => {
        for (const part of inSignature ? (sig ? [sig] : []) : sig ? [{ start: range.start, end: sig.start }, { start: sig.end, end: range.end }] : [range]) {
          const start = Math.max(part.start, range.start);
          const end = Math.min(part.end, range.end);
          if (start < end) {
            ranges.push({ start, end });
            holder.push(u);
          }
        }
      });
      const words = () => {
        const all = unquotedWords(context);
        return holder.map((u) => all[u]?.words);
      };
      const env = `${locale}\u0000${language}\u0000${inSignature}`;
      found.push(...checkByParagraph(context, kept, env, ranges, words, (p) => candidatesIn(p, settings, inSignature, shouted, context)));
    }
    if (found.length === 0) return found;
    // Once explained anywhere in the mail, an abbreviation is fine everywhere.
    const explained = explainedAbbreviations(text);
    return found.filter((f) => !explained.has(text.slice(f.start, f.end)));
  },
};
