// The built-in word lists (src/core/data/) compiled once. Segmentation and the rules share
// them, so "what counts as a closing" means the same thing everywhere.
import { VALEDICTIONS, POSITIVE_WISHES } from "./data/closing-phrases.ts";
import { INVITATION_CUES, INVITATION_TOPICS } from "./data/feedback-invitations.ts";
import { GREETINGS, INFORMAL_GREETINGS } from "./data/greetings.ts";
import { compileLineStart, compilePhrases, occursIn, sentencesIn } from "./phrases.ts";
import type { Span } from "./types.ts";

export const GREETING_LINE = compileLineStart(GREETINGS);
export const INFORMAL_GREETING_LINE = compileLineStart(INFORMAL_GREETINGS);
export const VALEDICTION_LINE = compileLineStart(VALEDICTIONS);
export const POSITIVE_WISH = compilePhrases(POSITIVE_WISHES);
export const INVITATION_TOPIC = compilePhrases(INVITATION_TOPICS);
export const INVITATION_CUE = compilePhrases(INVITATION_CUES);

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

/** Whether text[start, end) (one sentence) invites the client to give feedback. */
export function isInvitation(text: string, start: number, end: number): boolean {
  return occursIn(INVITATION_TOPIC, text, start, end) && occursIn(INVITATION_CUE, text, start, end);
}

/** Whether text[start, end) (one sentence) wishes the client well or thanks them. */
export function isPositiveWish(text: string, start: number, end: number): boolean {
  return occursIn(POSITIVE_WISH, text, start, end);
}

/** The sentences of `region` (the closing) that invite feedback, in order. */
export function invitationSentences(text: string, region: Span | null): Span[] {
  if (!region) return [];
  return sentencesIn(text, region.start, region.end).filter((s) => isInvitation(text, s.start, s.end));
}
