// A glossary suggestion put into the form of the words it replaces: the case and number of a
// noun (with its agreeing adjectives), the person, tense, mood, negation and debitive of a verb,
// and the writer's capitalisation. What cannot be put into the right form with certainty is
// returned as advice, never as a one-click fix (DESIGN.md: "a fix is grammatical, or it is advice").
import type { Language } from "../types.ts";
import { inflectEnglishWord } from "./english.ts";
import { inflectLatvianPhrase, isCaseTag } from "./latvian.ts";
import { normaliseWord, WORD } from "./words.ts";

/** The form the writer used, as the matcher found it. */
export interface MatchedForm {
  /** What the ending can express, most likely first ("dat.sg", "pres.1pl", "fixed"). */
  tags: readonly string[];
  /** ne-, jā- or vis- before the matched word, or "". */
  prefix: string;
  /** The text the suggestion replaces, as written. */
  surface: string;
  /** The glossary term is an all-caps abbreviation (VZD). */
  abbreviation: boolean;
  /** The match starts a sentence (after . ! ? or at the start of a paragraph). */
  sentenceStart: boolean;
}

export interface InflectedSuggestion {
  /** One-click replacements, best first. */
  suggestions: string[];
  /** The suggestion as written, when it could not be put into the writer's form. */
  advice: string[];
}

/** Words after which the head noun's phrase has ended (…, kas …; … par …; … un …). */
const PHRASE_END = new Set(["kas", "kurš", "kura", "kuri", "kuras", "kam", "kuru", "lai", "ja", "par", "uz", "no", "ar", "pie", "bez", "pēc", "līdz", "pret", "caur", "zem", "virs", "pa", "dēļ", "starp", "for", "of", "to", "with", "who", "that", "which"]);
/** Forms that are the dictionary form: the suggestion as written fits them. */
const DICTIONARY_FORM = new Set(["fixed", "base", "nom.sg", "inf"]);

interface Token {
  word: string;
  /** The text between this word and the next. */
  gap: string;
}

function tokenise(text: string): { lead: string; tokens: Token[] } {
  const tokens: Token[] = [];
  const re = new RegExp(WORD.source, "gu");
  let lead = "";
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (tokens.length === 0) lead = text.slice(0, m.index);
    else tokens[tokens.length - 1]!.gap = text.slice(last, m.index);
    tokens.push({ word: m[0], gap: "" });
    last = m.index + m[0].length;
  }
  if (tokens.length > 0) tokens[tokens.length - 1]!.gap = text.slice(last);
  return { lead, tokens };
}

/** Where the head's phrase ends: at the first punctuation or a word that opens another phrase. */
function headEnd(tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && PHRASE_END.has(normaliseWord(tokens[i]!.word))) return i;
    if (/[^\s]/u.test(tokens[i]!.gap) && i < tokens.length - 1) return i + 1;
  }
  return tokens.length;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function isAllCaps(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** English phrases: verb forms go on the first word (pass on → passed on), plurals on the head's last word. */
function inflectEnglishWords(words: readonly string[], tag: string, end: number): string[] | undefined {
  const at = tag === "s" && !words[end - 1]!.endsWith("ed") ? end - 1 : 0;
  const w = inflectEnglishWord(words[at]!, tag);
  return w ? words.map((x, i) => (i === at ? w : x)) : undefined;
}

/** The suggestion in one form, or undefined when that form cannot be made with certainty. */
function inflectInto(suggestion: string, language: Language, matchedTag: string, matchedPrefix: string): string | undefined {
  // jā- or ne- + a 3rd person is the debitive or the negated 3rd person: the suggestion's own form
  // of those (būt: jābūt, nav — not jāir, neir), so the prefix is part of the tag.
  const whole = language === "lv" && /^pres\.3(?:\.r)?$/.test(matchedTag) ? ({ jā: "deb", ne: "pres.3.neg" } as Record<string, string>)[matchedPrefix] : undefined;
  const tag = whole ? matchedTag.replace("pres.3", whole) : matchedTag;
  const prefix = whole ? "" : matchedPrefix;
  const { lead, tokens } = tokenise(suggestion);
  if (tokens.length === 0) return undefined;
  if (/\b(?:un|vai|and|or)\b/iu.test(suggestion) && !DICTIONARY_FORM.has(tag)) return undefined; // which conjunct inflects is a guess
  const words = tokens.map((t) => normaliseWord(t.word));
  const end = headEnd(tokens);
  const out = language === "lv" ? inflectLatvianPhrase(words, tag, end) : inflectEnglishWords(words, tag, end);
  if (!out) return undefined;
  // The prefix goes on the inflected word: the first for a verb, the head for an adjective phrase.
  const prefixAt = language === "lv" && !isCaseTag(tag) ? 0 : -1;
  return (
    lead +
    out
      .map((w, i) => {
        const raw = tokens[i]!.word;
        const word = i === prefixAt && prefix ? prefix + w : w;
        const cased = isAllCaps(raw) ? word.toUpperCase() : raw[0] !== raw[0]!.toLowerCase() ? capitalise(word) : word;
        return cased + tokens[i]!.gap;
      })
      .join("")
  );
}

/** Capitalisation follows the writer's word; an abbreviation's expansion is lower case mid-sentence unless a name. */
function recase(form: string, match: MatchedForm, suggestion: string): string {
  if (match.abbreviation) {
    const written = suggestion.trimStart();
    if (written[0] !== written[0]!.toLowerCase()) return form; // a proper name: Valsts zemes dienests
    return match.sentenceStart ? capitalise(form) : form;
  }
  if (isAllCaps(match.surface)) return form.toUpperCase();
  if (match.surface[0] !== match.surface[0]!.toLowerCase()) return capitalise(form);
  return form;
}

/**
 * `suggestion` (as the glossary writes it: dictionary form) put into the matched form. Each tag
 * the ending can express gives a candidate (an ambiguous ending offers each, most likely first);
 * when none can be made, the suggestion is advice.
 */
export function inflectSuggestion(suggestion: string, language: Language, match: MatchedForm): InflectedSuggestion {
  const text = suggestion.trim();
  if (!text) return { suggestions: [], advice: [] };
  const forms: string[] = [];
  let uncertain = false;
  for (const tag of match.tags) {
    const asWritten = DICTIONARY_FORM.has(tag) && !match.prefix;
    const form = asWritten ? text : inflectInto(text, language, tag, match.prefix);
    if (form === undefined) {
      uncertain = true;
      continue;
    }
    const cased = recase(form, match, text);
    if (!forms.includes(cased)) forms.push(cased);
  }
  // One reading the engine cannot form makes every offered form a guess: advice, not a fix.
  if (uncertain) return { suggestions: [], advice: forms.length > 0 ? forms : [recase(text, match, text)] };
  return { suggestions: forms, advice: [] };
}

/** Text before `at` ends a sentence or paragraph (or there is none): the match starts a sentence. */
export function startsSentence(text: string, at: number, from: number): boolean {
  for (let i = at - 1; i >= from; i--) {
    const c = text[i]!;
    if (c === "\n" || /[.!?…]/.test(c)) return true;
    if (!/[\s„“"«(\u2013\u2014-]/.test(c)) return false;
  }
  return true;
}
