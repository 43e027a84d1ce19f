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
