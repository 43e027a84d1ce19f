// The shape every rule module exports (shared/STYLE.md §1: one rule = one file).
import type { Deadlines } from "../deadlines.ts";
import type { CompiledGlossary } from "../glossary.ts";
import type { Lexicon } from "../lexicon.ts";
import type { PerLintHost } from "../per-lint.ts";
import type { Config, Language, RuleId, Segments, Severity, Span } from "../types.ts";

export interface RuleContext extends PerLintHost {
  /** The whole linted text; rules must ignore segments.quote. */
  text: string;
  /** Language of the mail (detected). */
  language: Language;
  /**
   * The language of the paragraph at `offset` (a bilingual reply: Latvian then English): fixes
   * inserted there and terms matched there use it. lint() always sets it; without it, `language`.
   */
  languageAt?: (offset: number) => Language;
  /** The languages of the writer's paragraphs, the mail's own first; two in a bilingual reply. */
  languages?: readonly Language[];
  /**
   * Links and e-mail addresses of the writer's text, sorted and disjoint (computed on first
   * call). lint() drops the findings of rules with `meta.skipsAddresses` that touch one.
   */
  protectedSpans?: () => readonly Span[];
  /** Language of the messages (the user's UI language). */
  locale: Language;
  segments: Segments;
  config: Config;
  glossary: CompiledGlossary;
  /** Word lists for telling shouted words from abbreviations; may answer "not known yet". */
  lexicon?: Lexicon;
  /** Words the lexicon could not answer yet (lint() returns them as pendingWords). */
  pendingWords?: Set<string>;
  /** When the message being answered arrived and what is due when; absent without a received time. */
  deadlines?: Deadlines;
  /** Today's date (YYYY-MM-DD) for the deadline rule; without it the rule stays quiet. */
  today?: string;
  /** Keep per-paragraph look-ups for the next lint of an edited text (LintOptions.incremental). */
  remember?: boolean;
}

/** A finding before lint() stamps the rule id and the effective severity on it. */
export interface RuleFinding {
  start: number;
  end: number;
  message: string;
  suggestions?: string[];
  /** Alternatives shown as advice only (no replace button): see Finding.advice. */
  advice?: string[];
  /** Overrides the rule's severity for this finding only (feedback-link's "no page set" note is info). */
  severity?: Severity;
}

export interface RuleMeta {
  defaultSeverity: Severity;
  /** Whether findings carry suggestions a user can apply. */
  fixable: boolean;
  description: Record<Language, string>;
  /** The handbook section the rule serves (shared/HANDBOOK.md). */
  handbook: string;
  /**
   * A wording rule (jargon, abbreviation …): its findings inside a link or an e-mail address
   * are dropped by lint(), since a fix there would break the address.
   */
  skipsAddresses?: boolean;
}

/** One finding text: fixed, or built from what was found (the arguments are the same in both languages). */
export type MessageText = string | ((...args: never[]) => string);

/** A rule's finding texts in one language: a single text, or a table of them by case. */
export type RuleMessages = MessageText | Readonly<Record<string, MessageText>>;

export interface Rule {
  id: RuleId;
  meta: RuleMeta;
  /**
   * Every text the rule's findings carry, in both languages — what check() picks from. Exposed
   * so that a test holds each Latvian text to its English twin (test/unit/engine-twins.test.ts).
   */
  messages: Record<Language, RuleMessages>;
  check(context: RuleContext): RuleFinding[];
}
