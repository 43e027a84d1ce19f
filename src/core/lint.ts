// lint(): segmentation, language, then every enabled rule, then severities from config.
// It runs on every keystroke in the content script (DESIGN.md "Fast enough to be invisible"):
// one segmentation pass, rules that look only at the writer's own text, word lists compiled at
// module load, and a glossary compiled once per config. It never throws: a rule that fails on
// some input loses its findings for that input, and the rest still report.
import { defaultConfig } from "./config.ts";
import { computeDeadlines, type Deadlines } from "./deadlines.ts";
import { type CompiledGlossary, compileGlossary } from "./glossary.ts";
import { languageAt, languageOfParagraphs, languageRuns, paragraphVotes } from "./language.ts";
import { addressSpans } from "./links.ts";
import type { Lexicon } from "./lexicon.ts";
import { segmentMessage } from "./message.ts";
import { findReceived, isReceivedTime, type ReceivedTime } from "./received.ts";
import type { RuleContext } from "./rules/rule.ts";
import { rules } from "./rules/index.ts";
import { overlapsAny } from "./span-search.ts";
import { shareWords } from "./text/ranges.ts";
import { byParagraph, paragraphMemo, shiftSpan } from "./text/paragraphs.ts";
import { wordsIn } from "./text/words.ts";
import type { Config, Finding, GlossaryEntry, Language, RuleId, SegmentHints, Segments, Severity, Span } from "./types.ts";
import { RULE_IDS } from "./types.ts";

export interface LintOptions {
  config?: Config;
  hints?: SegmentHints;
  /** Language of the messages; defaults to lv. */
  locale?: Language;
  /** A glossary compiled once for config.glossary (the content script keeps it across keystrokes). */
  glossary?: CompiledGlossary;
  /** Force the mail language instead of detecting it. */
  language?: Language;
  /** Word lists for the abbreviation rule (src/core/lexicon.ts); without one a small built-in list. */
  lexicon?: Lexicon;
  /**
   * When the message being answered arrived, if the webmail's conversation view tells;
   * otherwise the topmost quoted header in the text decides (src/core/received.ts).
   */
  received?: ReceivedTime;
  /** Today's date, YYYY-MM-DD (the CLI's --now, the browser's clock in Europe/Riga); the deadline rule needs it. */
  today?: string;
  /**
   * The text is a draft being edited (the content script, per keystroke): paragraph look-ups are
   * kept for the next lint, so a keystroke's work grows with the edit. The findings are the same.
   */
  incremental?: boolean;
  /** Called when a rule throws (a bug): tests fail on it, the browser stays quiet. */
  onRuleError?: (rule: RuleId, error: unknown) => void;
}

export interface LintResult {
  language: Language;
  findings: Finding[];
  segments: Segments;
  /** Words the lexicon did not know yet: look them up (background) and lint again. */
  pendingWords?: string[];
  /** The received time and due dates; absent (not null) when no received time is known. */
  deadlines?: Deadlines;
}

// Compiling a 10,000-term glossary costs far more than linting a reply: keep one per glossary
// array, so callers that pass the same config (CLI over many files, tests) compile once.
const glossaries = new WeakMap<readonly GlossaryEntry[], CompiledGlossary>();

function glossaryFor(config: Config): CompiledGlossary {
  const entries = Array.isArray(config.glossary) ? config.glossary : [];
  let compiled = glossaries.get(entries);
  if (!compiled) {
    compiled = compileGlossary(entries);
    glossaries.set(entries, compiled);
  }
  return compiled;
}

/** The per-paragraph language votes and addresses of the last lints (LintOptions.incremental). */
const memos = { votes: paragraphMemo<{ lv: number; en: number }>(), addresses: paragraphMemo<readonly Span[]>() };

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
const RULE_ORDER = new Map<string, number>(RULE_IDS.map((id, i) => [id, i]));
let defaults: Config | undefined;

function defaultsOnce(): Config {
  if (!defaults) defaults = defaultConfig();
  return defaults;
}

/** The writer's own ranges: the text minus the quoted spans (sorted, disjoint). */
function ownRanges(length: number, quoted: readonly Span[]): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const q of quoted) {
    if (q.start > at) out.push({ start: at, end: q.start });
    at = Math.max(at, q.end);
  }
  if (at < length || out.length === 0) out.push({ start: at, end: length });
  return out;
}

export function lint(input: string, options: LintOptions = {}): LintResult {
  const text = typeof input === "string" ? input : "";
  const config = options.config ?? defaultsOnce();
  const segments = segmentMessage(text, options.hints);
  const ownEnd = segments.quote ? segments.quote.start : text.length;
  const quoted = segments.quoted ?? (segments.quote ? [segments.quote] : []);
  const own = ownRanges(text.length, quoted);
  // A one-shot lint tokenises the writer's ranges once, for the language votes and (below) the
  // rules. A keystroke's lint (incremental) takes the votes of paragraphs it has seen before, and
  // its rules cut words from the paragraphs they check again (rules/by-paragraph.ts).
  const memo = options.incremental ? memos : undefined;
  const ownWords = memo ? undefined : own.map((r) => wordsIn(text, r.start, r.end));
  // A forced language applies to every paragraph; otherwise each paragraph has its own, and the
  // mail's language comes from the same paragraph votes.
  const paragraphs = options.language ? [] : paragraphVotes(text, own, ownWords, memo?.votes);
  const language: Language = options.language ?? languageOfParagraphs(text, paragraphs, own.filter((r) => r.end <= ownEnd));
  const runs = options.language ? [] : languageRuns(paragraphs, language);
  let addresses: Span[] | undefined;
  const protectedSpans = () => {
    // A link or an address is one run of non-space characters: never across a paragraph break.
    addresses ??= own.flatMap((r) => (memo ? byParagraph(memo.addresses, text, r.start, r.end, addressSpans, shiftSpan) : addressSpans(text, r.start, r.end)));
    return addresses;
  };
  // The client's message starts at the first quote (an interleaved reply quotes it in parts).
  const firstQuote = quoted[0];
  const received = isReceivedTime(options.received) ? options.received : firstQuote ? findReceived(text, firstQuote.start) : null;
  const deadlines = received ? computeDeadlines(received, config.calendar, config.deadlines) : undefined;
  const context: RuleContext = {
    text,
    language,
    languageAt: (offset) => languageAt(runs, offset, language),
    languages: [language, ...new Set(runs.map((r) => r.language).filter((l) => l !== language))],
    protectedSpans,
    locale: options.locale === "en" ? "en" : "lv",
    segments,
    config,
    glossary: options.glossary ?? glossaryFor(config),
    lexicon: options.lexicon,
    pendingWords: new Set<string>(),
    deadlines,
    today: options.today,
    shared: new Map(),
    remember: options.incremental === true,
  };
  if (ownWords) shareWords(context, own, ownWords);
  const findings: Finding[] = [];
  for (const rule of rules) {
    const severity = config.rules?.[rule.id] ?? rule.meta.defaultSeverity;
    if (severity === "off") continue;
    let found: ReturnType<typeof rule.check>;
    try {
      found = rule.check(context);
    } catch (error) {
      options.onRuleError?.(rule.id, error);
      continue;
    }
    for (const f of found) {
      // Quoted history is the client's words: whatever a rule says about it is dropped here.
      if (!(f.start >= 0 && f.start <= f.end && f.end <= ownEnd) || overlapsAny(quoted, f.start, f.end)) continue;
      // A wording rule's finding inside a link or an address would break it when fixed.
      if (rule.meta.skipsAddresses && f.start < f.end && overlapsAny(protectedSpans(), f.start, f.end)) continue;
      const own = f.severity && SEVERITY_RANK[f.severity] < SEVERITY_RANK[severity] ? f.severity : severity;
      const finding: Finding = { rule: rule.id, severity: own, message: f.message, start: f.start, end: f.end, suggestions: f.suggestions ?? [] };
      if (f.advice && f.advice.length > 0) finding.advice = f.advice;
      findings.push(finding);
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || RULE_ORDER.get(a.rule)! - RULE_ORDER.get(b.rule)!);
  const pendingWords = [...(context.pendingWords ?? [])].sort();
  const result: LintResult = { language, findings, segments };
  if (pendingWords.length > 0) result.pendingWords = pendingWords;
  if (deadlines) result.deadlines = deadlines;
  return result;
}
