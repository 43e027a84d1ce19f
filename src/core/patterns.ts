// The built-in word lists (src/core/data/) compiled once. Segmentation and the rules share
// them, so "what counts as a closing" means the same thing everywhere.
import {
  ENGLISH_WISH_ADJECTIVES,
  ENGLISH_WISH_NOUNS,
  ENGLISH_WISH_VERBS,
  OPENING_THANKS,
  POSITIVE_WISHES,
  VALEDICTIONS,
  WISH_ADJECTIVES,
  WISH_MODIFIERS,
  WISH_NOUNS,
} from "./data/closing-phrases.ts";
import { INVITATION_CUES, INVITATION_TOPICS, REDIRECT_CUES, TO_US } from "./data/feedback-invitations.ts";
import { GREETINGS, INFORMAL_GREETINGS } from "./data/greetings.ts";
import { compileLineStart, compilePhrases, findInScanned, type LiteralScan, occursIn } from "./phrases.ts";

export const GREETING_LINE = compileLineStart(GREETINGS);
export const INFORMAL_GREETING_LINE = compileLineStart(INFORMAL_GREETINGS);
export const VALEDICTION_LINE = compileLineStart(VALEDICTIONS);
export const POSITIVE_WISH = compilePhrases(POSITIVE_WISHES, "giu", [
  [{ phrases: WISH_ADJECTIVES }, { phrases: WISH_MODIFIERS, optional: true }, { phrases: WISH_NOUNS }],
  [{ phrases: ENGLISH_WISH_VERBS }, { phrases: ENGLISH_WISH_ADJECTIVES, optional: true }, { phrases: ENGLISH_WISH_NOUNS }],
]);
export const OPENING_THANK = compilePhrases(OPENING_THANKS);
// "Lai Jums jauka nedēļas nogale!", "Lai svētki izdodas!": a sentence opening with "Lai" and
// closing with "!" is a wish ("Lai saņemtu izziņu, …" is a purpose clause and ends with a full stop).
const LAI_WISH = /^lai\s[^!?]*!$/iu;
export const INVITATION_TOPIC = compilePhrases(INVITATION_TOPICS);
export const INVITATION_CUE = compilePhrases(INVITATION_CUES);
const REDIRECT_CUE = compilePhrases(REDIRECT_CUES);
const TO_US_CUE = compilePhrases(TO_US);

// A name before the greeting: "Anna, labdien!", "Jāni Bērziņ, labdien!". Anchored, and each word
// starts with a capital, so the pattern cannot backtrack over a long line.
const NAME_THEN_COMMA = /^\s*\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,2}[ \t]*,[ \t]*/u;

/**
 * The greeting phrase of a greeting line, as offsets into `line`: at its start ("Labdien, Anna!",
 * "Ļoti cienījamā Bērziņas kundze!", "Good day, Mr Oak,") or after the addressee's name
 * ("Anna, labdien!"). Null when the line holds no polite greeting.
 */
export function greetingPhrase(line: string): { start: number; end: number } | null {
  const m = GREETING_LINE.exec(line);
  if (m) {
    const start = m[0].length - m[0].trimStart().length;
    return { start, end: m[0].length };
  }
  const name = NAME_THEN_COMMA.exec(line);
  if (!name) return null;
  const after = GREETING_LINE.exec(line.slice(name[0].length));
  return after ? { start: name[0].length, end: name[0].length + after[0].length } : null;
}

/**
 * Whether text[start, end) (one sentence) invites the client to give feedback. `topics`, when
 * given, is scanLiterals(INVITATION_TOPIC) of a stretch holding the sentence.
 */
export function isInvitation(text: string, start: number, end: number, topics?: LiteralScan): boolean {
  const topic = topics ? findInScanned(topics, start, end) !== null : occursIn(INVITATION_TOPIC, text, start, end);
  if (!topic || !occursIn(INVITATION_CUE, text, start, end)) return false;
  // A redirect to another institution is no invitation to tell us what the client thinks.
  return !occursIn(REDIRECT_CUE, text, start, end) || occursIn(TO_US_CUE, text, start, end);
}

/** Whether text[start, end) (one sentence) wishes the client well or thanks them. */
export function isPositiveWish(text: string, start: number, end: number): boolean {
  return occursIn(POSITIVE_WISH, text, start, end) || (end - start < 200 && LAI_WISH.test(text.slice(start, end)));
}

/** Whether text[start, end) thanks the client for their own message ("Paldies par Jūsu vēstuli."). */
export function isOpeningThanks(text: string, start: number, end: number): boolean {
  return occursIn(OPENING_THANK, text, start, end);
}
