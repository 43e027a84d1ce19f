// The writer's invitations to give feedback (HANDBOOK.md → the closing invitation), found once
// per lint and shared by the feedback-invitation and feedback-link rules.
import { ownTextEnd } from "./message.ts";
import { isInvitation } from "./patterns.ts";
import { sentencesIn } from "./phrases.ts";
import { byParagraph, paragraphMemo } from "./text/paragraphs.ts";
import type { Segments, Span } from "./types.ts";

const invitationsCache = new WeakMap<Segments, Span[]>();
/** Each paragraph's invitation sentences, kept for a keystroke's next lint (`remember`). */
const memo = paragraphMemo<readonly Span[]>();

/** The invitation sentences of text[from, to); a sentence ends at a line break at the latest, so never crosses a paragraph. */
function invitationsIn(text: string, from: number, to: number): Span[] {
  return sentencesIn(text, from, to).filter((s) => isInvitation(text, s.start, s.end));
}

const shifted = (s: Span, by: number): Span => ({ start: s.start + by, end: s.end + by });

/**
 * Every sentence of the writer's own text that invites feedback, in order, wherever it stands —
 * the handbook asks for it at the end, but one in the first paragraph invites just as well.
 * Sentences inside quoted spans (the client's `>` lines) are not the writer's. With `remember`
 * (a keystroke's lint) the paragraphs seen in the last lints are not read again.
 */
export function ownInvitations(text: string, segments: Segments, remember = false): Span[] {
  let found = invitationsCache.get(segments);
  if (found) return found;
  const end = ownTextEnd(text, segments);
  const quoted = segments.quoted ?? [];
  found = [];
  let from = 0;
  for (const q of [...quoted.filter((q) => q.start < end), { start: end, end }]) {
    if (q.start > from) found.push(...(remember ? byParagraph(memo, text, from, q.start, invitationsIn, shifted) : invitationsIn(text, from, q.start)));
    from = Math.max(from, q.end);
  }
  invitationsCache.set(segments, found);
  return found;
}
