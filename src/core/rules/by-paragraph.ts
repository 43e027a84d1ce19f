// Rules whose findings in a paragraph depend on that paragraph alone (and on a few settings):
// each is checked paragraph by paragraph, and a keystroke's lint (RuleContext.remember) keeps
// every paragraph's findings, so only the paragraph being typed in is checked again.
//
// Why (issue 17): a keystroke's work must grow with the edit, not with the reply. Checking every
// paragraph of a 10,000-word reply again at each key cost as much as the rest of the lint.
//
// A paragraph is a run of text between blank lines (text/paragraphs.ts). A keystroke's lint
// checks it alone (offsets from 0, its words cut from it); a one-shot lint checks a stretch of
// paragraphs in place with the words lint() cut once for the mail. The incremental-lint property
// test holds the two to the same findings.
import { proseEnd } from "../prose.ts";
import { unquotedWords } from "../text/ranges.ts";
import { lastAnswer, perLint } from "../per-lint.ts";
import { cutsWord, forEachParagraph, paragraphMemo } from "../text/paragraphs.ts";
import { type Words, wordsIn } from "../text/words.ts";
import type { Language, Span } from "../types.ts";
import { languageOf } from "./paragraph-language.ts";
import type { RuleContext, RuleFinding } from "./rule.ts";

/** What a check reads: one paragraph, or (one-shot) a stretch of paragraphs in one language. */
export interface Paragraph {
  /** The text the offsets are in: the mail (in place) or the paragraph alone. */
  text: string;
  from: number;
  to: number;
  /** The paragraph's language (language.ts: one per paragraph). */
  language: Language;
  /** The words of text[from, to), offsets in `text` (none when the check said it reads none). */
  words: Words;
  /**
   * Set by a check whose answer waits on something not known yet (a word the lexicon has not
   * answered): a keystroke's lint checks that paragraph again until it is known.
   */
  unsettled?: boolean;
}

const NO_WORDS: Words = { raw: [], norm: [], start: [], end: [] };

export type ParagraphCheck = (paragraph: Paragraph) => RuleFinding[];

/**
 * One rule's kept findings, by paragraph and by setting (`env`) and language: a name for them in
 * the paragraphs' cells. A new one (keptFor: another glossary, lexicon …) starts afresh.
 */
export interface KeptFindings {
  readonly id: string;
}

let kepts = 0;

export function keptFindings(): KeptFindings {
  kepts += 1;
  return { id: `${kepts}` };
}

/** A rule's kept findings for the objects its checks read (a compiled glossary, a lexicon …). */
export interface KeptSlot {
  keys?: readonly unknown[];
  kept?: KeptFindings;
}

/** The slot's kept findings while `keys` are the same objects as last time; else a new start. */
export function keptFor(slot: KeptSlot, keys: readonly unknown[]): KeptFindings {
  if (!slot.kept || !slot.keys || slot.keys.length !== keys.length || slot.keys.some((k, i) => k !== keys[i])) {
    slot.keys = keys;
    slot.kept = keptFindings();
  }
  return slot.kept;
}

/** What the paragraph rules keep of one paragraph: each rule's findings, by rule, setting and language. */
type Cell = Map<string, readonly RuleFinding[]>;

/**
 * Every paragraph rule's findings of a paragraph in one cell: a paragraph seen before is looked
 * up once per lint (its characters compared), not once per rule. A cell holds a few settings'
 * findings; a paragraph being typed in leaves one cell per keystroke, which ages out.
 */
const cells = paragraphMemo<Cell>();
const CELL_ENTRIES = 32;

/** This lint's cells by paragraph (start, end); null for a piece cut inside a word, which is never kept. */
const lintCells = (): Map<number, Cell | null> => new Map();

function cellAt(context: RuleContext, from: number, to: number): Cell | null {
  const here = perLint(context, lintCells);
  const key = from * 0x4000000 + to;
  let cell = here.get(key);
  if (cell === undefined) {
    const { text } = context;
    if (cutsWord(text, from) || cutsWord(text, to)) cell = null;
    else {
      cell = cells.get(text, from, to) ?? null;
      if (!cell) {
        cell = new Map();
        cells.set(text, from, to, cell);
      }
    }
    here.set(key, cell);
  }
  return cell;
}

/** words[first, end) as Words of their own (the same offsets); the rules of one lint ask for the same stretch's in turn. */
const wordsBetween = lastAnswer((words: Words, first: number, end: number): Words => ({
  raw: words.raw.slice(first, end),
  norm: words.norm.slice(first, end),
  start: words.start.slice(first, end),
  end: words.end.slice(first, end),
}));

/** wordsIn, the paragraph being typed in cut once for all the rules that check it again (read the words, never write them). */
const wordsOnce = lastAnswer(wordsIn);

/** The kept answers that waited on something not known yet (Paragraph.unsettled). */
const unsettled = new WeakSet<readonly RuleFinding[]>();

/** A kept finding moved to its place in the mail; its arrays copied (lint() hands them on). */
function moved(f: RuleFinding, by: number): RuleFinding {
  const out: RuleFinding = { ...f, start: f.start + by, end: f.end + by };
  if (f.suggestions) out.suggestions = f.suggestions.slice();
  if (f.advice) out.advice = f.advice.slice();
  return out;
}

/**
 * Calls `each` with the stretches of text[range]: runs of paragraphs in one language, from the
 * first one's start to the last one's end.
 */
function forEachStretch(context: RuleContext, range: Span, each: (from: number, to: number, language: Language) => void): void {
  let from = -1;
  let to = -1;
  let language: Language = context.language;
  forEachParagraph(context.text, range.start, range.end, (start, end) => {
    const here = languageOf(context, start);
    if (from >= 0 && here !== language) {
      each(from, to, language);
      from = -1;
    }
    if (from < 0) {
      from = start;
      language = here;
    }
    to = end;
  });
  if (from >= 0) each(from, to, language);
}

/**
 * `check` of the paragraphs of the ranges, in order. `words()[i]`, when given, is the mail's
 * tokenisation of a range holding `ranges[i]` (lint()'s, shared by the rules; asked for only
 * in a one-shot lint); `words` null: the check reads no words and none are cut. `env` names
 * every setting the check reads besides the paragraph (its findings are kept per env).
 *
 * A keystroke's lint (`remember`) checks each paragraph alone and keeps its findings; a one-shot
 * lint checks each stretch of paragraphs in one language in place, in one call, with lint()'s
 * words (the CLI's and the engine benchmark's cost: no copy per paragraph). A check therefore
 * never reads past its `to` and treats a blank line as the end of everything it looks at.
 */
export function checkByParagraph(
  context: RuleContext,
  kept: KeptFindings,
  env: string,
  ranges: readonly Span[],
  words: (() => readonly (Words | undefined)[]) | null,
  check: ParagraphCheck,
): RuleFinding[] {
  const { text } = context;
  const out: RuleFinding[] = [];
  const cut = words === null ? () => NO_WORDS : wordsOnce;
  let shared: readonly (Words | undefined)[] | undefined;
  const keys = new Map<Language, string>();
  const run = (t: string, a: number, b: number, language: Language): RuleFinding[] => {
    const paragraph: Paragraph = { text: t, from: a, to: b, language, words: cut(t, a, b) };
    const found = check(paragraph);
    if (paragraph.unsettled) unsettled.add(found);
    return found;
  };
  ranges.forEach((range, i) => {
    if (context.remember) {
      forEachParagraph(text, range.start, range.end, (from, to) => {
        const language = languageOf(context, from);
        const cell = cellAt(context, from, to);
        // A piece cut inside a word (a range ending there) is checked in place, as a one-shot lint would.
        if (!cell) {
          out.push(...run(text, from, to, language));
          return;
        }
        let key = keys.get(language);
        if (key === undefined) {
          key = `${kept.id}\u0000${language}\u0000${env}`;
          keys.set(language, key);
        }
        let found = cell.get(key);
        // Not kept yet, or kept while something was not known: checked (again), alone.
        if (found === undefined || unsettled.has(found)) {
          const paragraph = text.slice(from, to);
          found = run(paragraph, 0, paragraph.length, language);
          if (cell.size >= CELL_ENTRIES) cell.clear();
          cell.set(key, found);
        }
        for (const f of found) out.push(moved(f, from));
      });
      return;
    }
    shared ??= words?.() ?? [];
    const mine = shared[i];
    let k = 0;
    forEachStretch(context, range, (from, to, language) => {
      let own: Words | undefined;
      if (mine) {
        // Stretches come in order: one cursor walks the shared words once.
        while (k < mine.start.length && mine.start[k]! < from) k++;
        const first = k;
        while (k < mine.start.length && mine.start[k]! < to) k++;
        // A word of the mail cut by the stretch's bounds (a range ending inside a word) is not
        // the stretch's word: then the stretch is tokenised as a kept paragraph would be.
        const broken = (first > 0 && mine.end[first - 1]! > from) || (k > first && mine.end[k - 1]! > to);
        if (!broken) own = first === 0 && k === mine.start.length ? mine : wordsBetween(mine, first, k);
      }
      out.push(...check({ text, from, to, language, words: own ?? cut(text, from, to) }));
    });
  });
  return out;
}

/** checkByParagraph over the writer's prose (proseEnd: before the signature and the quoted history). */
export function checkProseByParagraph(context: RuleContext, kept: KeptFindings, env: string, check: ParagraphCheck): RuleFinding[] {
  const end = proseEnd(context.text.length, context.segments);
  return checkByParagraph(context, kept, env, [{ start: 0, end }], () => [unquotedWords(context).find((u) => u.range.start === 0)?.words], check);
}
