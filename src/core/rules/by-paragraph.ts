// Rules whose findings in a paragraph depend on that paragraph alone (and on a few settings):
// each is checked paragraph by paragraph, and a keystroke's lint (RuleContext.remember) keeps
// every paragraph's findings, so only the paragraph being typed in is checked again.
//
// Why (issue 17): a keystroke's work must grow with the edit, not with the reply. Checking every
// paragraph of a 10,000-word reply again at each key cost as much as the rest of the lint.
//
// A paragraph is a run of text between blank lines (text/paragraphs.ts). Its check sees the
// paragraph alone (offsets from 0) and its words: a kept paragraph's are cut from it, a one-shot
// lint's are taken from the tokenisation lint() made once for the mail. The incremental-lint
// property test holds the two to the same findings.
import { proseEnd } from "../prose.ts";
import { unquotedWords } from "../text/ranges.ts";
import { forEachParagraph, type ParagraphMemo, paragraphMemo, rememberParagraph } from "../text/paragraphs.ts";
import { type Words, wordsIn } from "../text/words.ts";
import type { Language, Span } from "../types.ts";
import { languageOf } from "./paragraph-language.ts";
import type { RuleContext, RuleFinding } from "./rule.ts";

export interface Paragraph {
  /** The text the offsets are in: the mail (in place) or the paragraph alone. */
  text: string;
  from: number;
  to: number;
  /** The paragraph's language (language.ts: one per paragraph). */
  language: Language;
  /** The words of text[from, to), offsets in `text` (none when the check said it reads none). */
  words: Words;
}

const NO_WORDS: Words = { raw: [], norm: [], start: [], end: [] };

export type ParagraphCheck = (paragraph: Paragraph) => RuleFinding[];

/**
 * One rule's kept findings: a paragraph memo per setting (`env`) and language. A change of
 * setting (the UI language, a policy value) starts a memo of its own; a few are kept.
 */
export interface KeptFindings {
  memos: Map<string, ParagraphMemo<readonly RuleFinding[]>>;
}

export function keptFindings(): KeptFindings {
  return { memos: new Map() };
}

function memoFor(kept: KeptFindings, key: string): ParagraphMemo<readonly RuleFinding[]> {
  let memo = kept.memos.get(key);
  if (!memo) {
    if (kept.memos.size >= 8) kept.memos.clear();
    memo = paragraphMemo();
    kept.memos.set(key, memo);
  }
  return memo;
}

/** words[first, end) as Words of their own, their offsets less `by`. */
function wordsBetween(words: Words, first: number, end: number, by: number): Words {
  const start = words.start.slice(first, end);
  const ends = words.end.slice(first, end);
  for (let k = 0; k < start.length; k++) {
    start[k] = start[k]! - by;
    ends[k] = ends[k]! - by;
  }
  return { raw: words.raw.slice(first, end), norm: words.norm.slice(first, end), start, end: ends };
}

/** A kept finding moved to its place in the mail; its arrays copied (lint() hands them on). */
function moved(f: RuleFinding, by: number): RuleFinding {
  const out: RuleFinding = { ...f, start: f.start + by, end: f.end + by };
  if (f.suggestions) out.suggestions = f.suggestions.slice();
  if (f.advice) out.advice = f.advice.slice();
  return out;
}

/**
 * `check` of each paragraph of the ranges, in order. `words[i]`, when given, is the mail's
 * tokenisation of a range holding `ranges[i]` (lint()'s, shared by the rules); `words` null:
 * the check reads no words and none are cut. `env` names every setting the check reads besides
 * the paragraph (its findings are kept per env).
 */
export function checkByParagraph(
  context: RuleContext,
  kept: KeptFindings,
  env: string,
  ranges: readonly Span[],
  words: readonly (Words | undefined)[] | null,
  check: ParagraphCheck,
): RuleFinding[] {
  const { text } = context;
  const out: RuleFinding[] = [];
  const cut = words === null ? () => NO_WORDS : wordsIn;
  ranges.forEach((range, i) => {
    const shared = words?.[i];
    let k = 0;
    forEachParagraph(text, range.start, range.end, (from, to) => {
      const language = languageOf(context, from);
      if (context.remember) {
        const { found, by } = rememberParagraph(memoFor(kept, `${language}\u0000${env}`), text, from, to, (t, a, b) => check({ text: t, from: a, to: b, language, words: cut(t, a, b) }));
        for (const f of found) out.push(moved(f, by));
        return;
      }
      // Checked alone, as a kept paragraph is: a check cannot read past its paragraph, and a
      // search in it (indexOf, a regex) stops at its end, not at the next match in the mail.
      const paragraph = text.slice(from, to);
      let own: Words | undefined;
      if (shared) {
        // Paragraphs come in order: one cursor walks the shared words once.
        while (k < shared.start.length && shared.start[k]! < from) k++;
        const first = k;
        while (k < shared.start.length && shared.start[k]! < to) k++;
        // A word of the mail cut by the paragraph's bounds (a range ending inside a word) is
        // not the paragraph's word: then the paragraph is tokenised as a kept one would be.
        const broken = (first > 0 && shared.end[first - 1]! > from) || (k > first && shared.end[k - 1]! > to);
        if (!broken) own = wordsBetween(shared, first, k, from);
      }
      for (const f of check({ text: paragraph, from: 0, to: paragraph.length, language, words: own ?? cut(paragraph, 0, paragraph.length) })) {
        f.start += from;
        f.end += from;
        out.push(f);
      }
    });
  });
  return out;
}

/** checkByParagraph over the writer's prose (proseEnd: before the signature and the quoted history). */
export function checkProseByParagraph(context: RuleContext, kept: KeptFindings, env: string, check: ParagraphCheck): RuleFinding[] {
  const end = proseEnd(context.text.length, context.segments);
  const words = unquotedWords(context).find((u) => u.range.start === 0)?.words;
  return checkByParagraph(context, kept, env, [{ start: 0, end }], [words], check);
}
