// Which language a mail is written in (lv or en), per message and per paragraph (a bilingual
// reply: Latvian then English, or English to a Latvian client): cheap enough to run on every
// keystroke. Latvian letters with diacritics and common function words vote for lv, English
// function words for en; a tie (an empty reply, a name, a URL) is lv, the product's default.
import { type ParagraphMemo, rememberParagraph } from "./text/paragraphs.ts";
import { type Words, wordsIn } from "./text/words.ts";
import type { Language, Span } from "./types.ts";

// Function words that are frequent in one language and rare in the other. Latvian words
// without diacritics are listed too, since some writers type without them.
const LATVIAN_WORDS = new Set(
  "un ir par lai ka uz no ar jūs jums jūsu mēs mums mūsu vai kā arī tas tā šo šī kas kur kad ja jo bet vēl pie pēc līdz tikai var ne nav būs esam tiek tika labdien paldies cieņu lūdzu informējam aicinām sveiki jus jums jusu mes musu ari sis kapec ludzu".split(" "),
);
const ENGLISH_WORDS = new Set(
  "the and is are of you your we our for with that this it be on as at by from have has will would can please dear hello regards thank thanks kind sincerely an or not if which".split(" "),
);
/** Latvian letters with a diacritic, all in Latin Extended-A (U+0100–U+017F): 1 at c − 0x100. */
const LATVIAN_LETTERS = new Uint8Array(0x80);
for (const c of "āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ") LATVIAN_LETTERS[c.charCodeAt(0) - 0x100] = 1;
/** Each function word's language, in one map: one lookup per word. */
const FUNCTION_WORDS = new Map<string, Language>([...[...ENGLISH_WORDS].map((w) => [w, "en"] as const), ...[...LATVIAN_WORDS].map((w) => [w, "lv"] as const)]);
const LONGEST = Math.max(...[...LATVIAN_WORDS, ...ENGLISH_WORDS].map((w) => w.length));

// The opening of a reply tells its language; a long reply need not be read to the end.
const WINDOW = 4000;

/**
 * Votes of the words of `words` (one tokenisation, in text order) lying wholly inside
 * text[from, to), at most WINDOW characters of it: each Latvian letter with a diacritic, and
 * each function word. The words are the shared tokenisation of lint() (text/words.ts), so the
 * reply is split into words once for language and rules alike.
 */
function votesOfWords(words: Words, from: number, to: number): { lv: number; en: number } {
  const end = Math.min(to, from + WINDOW);
  let lv = 0;
  let en = 0;
  const { start, norm, raw } = words;
  // The first word at or after `from` (binary search: a paragraph's words are a slice of them).
  let lo = 0;
  let hi = start.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < start.length && words.end[k]! <= end; k++) {
    const word = raw[k]!;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i) - 0x100;
      if (c >= 0 && c < 0x80 && LATVIAN_LETTERS[c] === 1) lv += 0.5;
    }
    const lower = norm[k]!;
    if (lower.length > LONGEST) continue;
    const language = FUNCTION_WORDS.get(lower);
    if (language === "lv") lv += 2;
    else if (language === "en") en += 2;
  }
  return { lv, en };
}

type Votes = { lv: number; en: number };

function votes(text: string, from: number, to: number): Votes {
  const end = Math.min(to, from + WINDOW);
  return end <= from ? { lv: 0, en: 0 } : votesOfWords(wordsIn(text, from, end), from, end);
}

export function detectLanguage(text: string, from = 0, to = text.length): Language {
  const { lv, en } = votes(text, from, to);
  return en > lv ? "en" : "lv";
}

/** The language of the writer's ranges together (their first few thousand characters). */
export function detectLanguageIn(text: string, ranges: readonly Span[]): Language {
  let lv = 0;
  let en = 0;
  let budget = WINDOW;
  for (const r of ranges) {
    if (budget <= 0) break;
    const end = Math.min(r.end, r.start + budget);
    const v = votes(text, r.start, end);
    lv += v.lv;
    en += v.en;
    budget -= end - r.start;
  }
  return en > lv ? "en" : "lv";
}

export interface LanguageRun extends Span {
  language: Language;
}

// A paragraph speaks for itself only with a clear lead: a name or "Veiksmīgu dienu!" says
// little. Such a paragraph in the mail's own language stays in it; in a part of the other
// language it follows its slight lean, and without one stays in the part (issue 12: the wish
// closing the Latvian part of an English reply is Latvian, and so is what a fix inserts there;
// "Veiksmīgu dienu!" after an English sentence of a Latvian mail is Latvian too).
const CLEAR_LEAD = 2;

/** A paragraph (a run of non-blank lines) with its votes. */
export interface ParagraphVotes extends Span {
  lv: number;
  en: number;
}

/**
 * The paragraphs of the given ranges, in order, each with its votes (its first few thousand
 * characters). Linear: each paragraph is read once; the mail's language and each paragraph's
 * are both taken from these votes, so a lint reads the reply once for language. `words`, when
 * given, holds wordsIn(text, range.start, range.end) of each range (lint()'s tokenisation).
 */
export function paragraphVotes(text: string, ranges: readonly Span[], words?: readonly Words[], memo?: ParagraphMemo<Votes>): ParagraphVotes[] {
  const out: ParagraphVotes[] = [];
  let r = 0;
  // The next paragraph break at or after the cursor, found once: ranges come in order, so the
  // whole text is searched once however many ranges there are (interleaved quotes make many).
  let nextBreak = -1;
  for (const range of ranges) {
    let start = range.start;
    while (start < range.end) {
      if (nextBreak !== Number.POSITIVE_INFINITY && nextBreak < start) {
        const found = text.indexOf("\n\n", start);
        nextBreak = found < 0 ? Number.POSITIVE_INFINITY : found;
      }
      const end = Math.min(nextBreak, range.end);
      const cut = words?.[r];
      // With a memo (a keystroke's lint), a paragraph seen in the last lint keeps its votes.
      out.push({ start, end, ...(memo && end > start ? rememberParagraph(memo, text, start, end, votes).found : cut ? votesOfWords(cut, start, end) : votes(text, start, end)) });
      start = end + 2;
    }
    r++;
  }
  return out;
}

/**
 * detectLanguageIn over the paragraphs that end by `until` — the same answer from the votes
 * already counted: the two characters between paragraphs ("\n\n") hold no letters, so votes
 * add up; only the paragraph that crosses the window is read again, up to the window.
 */
export function languageOfParagraphs(text: string, paragraphs: readonly ParagraphVotes[], ranges: readonly Span[]): Language {
  let lv = 0;
  let en = 0;
  let budget = WINDOW;
  let p = 0;
  for (const r of ranges) {
    if (budget <= 0) break;
    const end = Math.min(r.end, r.start + budget);
    while (p < paragraphs.length && paragraphs[p]!.end <= r.start) p++;
    let at = r.start;
    for (; p < paragraphs.length && paragraphs[p]!.start < end; p++) {
      const para = paragraphs[p]!;
      if (para.end <= end && para.end - para.start <= WINDOW) {
        lv += para.lv;
        en += para.en;
        at = para.end;
      } else {
        const v = votes(text, para.start, end);
        lv += v.lv;
        en += v.en;
        at = end;
        break;
      }
    }
    if (at < end) {
      const v = votes(text, at, end);
      lv += v.lv;
      en += v.en;
    }
    budget -= end - r.start;
  }
  return en > lv ? "en" : "lv";
}

/**
 * Each paragraph's language: its own with a clear lead; else, after a paragraph in `fallback`
 * (the mail's language) or at the start, `fallback`; else (in a part of the other language) its
 * lean, or that part's language on a tie. Runs merged.
 */
export function languageRuns(paragraphs: readonly ParagraphVotes[], fallback: Language): LanguageRun[] {
  const out: LanguageRun[] = [];
  for (const { start, end, lv, en } of paragraphs) {
    const before = out[out.length - 1]?.language ?? fallback;
    const lean: Language = before === fallback ? fallback : en > lv ? "en" : lv > en ? "lv" : before;
    const language = en - lv >= CLEAR_LEAD ? "en" : lv - en >= CLEAR_LEAD ? "lv" : lean;
    const last = out[out.length - 1];
    if (last && last.language === language && last.end >= start - 2) last.end = end;
    else out.push({ start, end, language });
  }
  return out;
}

/**
 * The language of each paragraph (runs of non-blank lines) of the given ranges, in order. A
 * paragraph without a clear lead goes by the paragraph before it (languageRuns).
 */
export function paragraphLanguages(text: string, ranges: readonly Span[], fallback: Language): LanguageRun[] {
  return languageRuns(paragraphVotes(text, ranges), fallback);
}

/** The language at `offset` in runs from paragraphLanguages (binary search), else `fallback`. */
export function languageAt(runs: readonly LanguageRun[], offset: number, fallback: Language): Language {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const run = runs[mid]!;
    if (offset < run.start) hi = mid - 1;
    else if (offset > run.end) lo = mid + 1;
    else return run.language;
  }
  // Between runs (a blank line): the language of the paragraph before.
  return runs[hi]?.language ?? fallback;
}
