// The writer's invitations to give feedback (HANDBOOK.md "E-PASTS, paragraph 4"): every sentence
// of the writer's own text that invites, found once per lint for feedback-link, and whether there
// is one at all, for feedback-invitation — answered from the end of the reply, where the
// invitation usually stands.
import { ownTextEnd } from "./message.ts";
import { INVITATION_TOPIC, isInvitation } from "./patterns.ts";
import { type PerLintHost, peekPerLint, perLint } from "./per-lint.ts";
import { scanLiterals, sentencesIn } from "./phrases.ts";
import { byParagraph, paragraphMemo, shiftSpan } from "./text/paragraphs.ts";
import type { Segments, Span } from "./types.ts";

/** What the invitations are read from: the lint's text and segments, and whether it is a keystroke's (RuleContext.remember). */
type InvitationHost = { text: string; segments: Segments; remember?: boolean } & PerLintHost;

/** Each paragraph's invitation sentences, kept for a keystroke's next lint (`remember`). */
const memo = paragraphMemo<readonly Span[]>();

/**
 * The invitation sentences of text[from, to); a sentence ends at a line break at the latest, so
 * never crosses a paragraph. One scan for the topics' words: most sentences hold none and are
 * ruled out without a look.
 */
function invitationsIn(text: string, from: number, to: number): Span[] {
  const topics = scanLiterals(INVITATION_TOPIC, text, from, to);
  return sentencesIn(text, from, to).filter((s) => isInvitation(text, s.start, s.end, topics));
}

/**
 * Every sentence of the writer's own text that invites feedback, in order, wherever it stands —
 * the handbook asks for it at the end, but one in the first paragraph invites just as well.
 * Sentences inside quoted spans (the client's `>` lines) are not the writer's. Once per lint;
 * in a keystroke's lint (`remember`) the paragraphs seen in the last lints are not read again.
 */
export function ownInvitations(context: InvitationHost): Span[] {
  return perLint(context, findInvitations);
}

/** The stretches of the writer's own text between the quoted spans, in order. */
function ownStretches(text: string, segments: Segments): Span[] {
  const end = ownTextEnd(text, segments);
  const out: Span[] = [];
  let from = 0;
  for (const q of [...(segments.quoted ?? []).filter((q) => q.start < end), { start: end, end }]) {
    if (q.start > from) out.push({ start: from, end: q.start });
    from = Math.max(from, q.end);
  }
  return out;
}

function findInvitations({ text, segments, remember }: InvitationHost): Span[] {
  const found: Span[] = [];
  for (const { start, end } of ownStretches(text, segments)) found.push(...(remember ? byParagraph(memo, text, start, end, invitationsIn, shiftSpan) : invitationsIn(text, start, end)));
  return found;
}

// How much of the writer's text, from its end, hasOwnInvitation reads line by line before it
// asks for the whole list instead.
const INVITATION_TAIL = 1500;

/**
 * Whether the writer's text invites feedback anywhere: ownInvitations(context).length > 0,
 * looked for from the end first — the invitation closes most replies, so their last lines
 * answer without a read of the rest. Exact: sentencesIn ends a sentence at every line break,
 * so the sentences after a line break are the ones a reading of the whole stretch finds there.
 */
export function hasOwnInvitation(context: InvitationHost): boolean {
  const known = peekPerLint(context, findInvitations);
  if (known) return known.length > 0;
  const { text, segments } = context;
  const stretches = ownStretches(text, segments);
  let budget = INVITATION_TAIL;
  for (let k = stretches.length - 1; k >= 0 && budget > 0; k--) {
    const stretch = stretches[k]!;
    let to = stretch.end;
    while (to > stretch.start && budget > 0) {
      // The line break before the stretch's last character (lastIndexOf clamps a negative start to 0).
      const nl = to - 2 >= stretch.start ? text.lastIndexOf("\n", to - 2) : -1;
      const from = nl >= stretch.start ? nl + 1 : stretch.start;
      for (const s of sentencesIn(text, from, to)) if (isInvitation(text, s.start, s.end)) return true;
      budget -= to - from;
      to = from;
    }
  }
  return ownInvitations(context).length > 0;
}
