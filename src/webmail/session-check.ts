// One check of a compose (session.ts): the editor mapped to text (quote cut off), linted, the
// findings keyed (ignore.ts) and the underlines painted. Nothing is written into the editor.
//
// The signature can sit where the text map does not reach: Gmail puts it below the quote by
// default, and while the quote is collapsed it lives in the trimmed content outside the editor
// (WEBMAIL.md). Below the quote it is mapped after the skipped quote (text-map.ts); in the
// trimmed content its text is appended to the linted text, so the signature rules judge it,
// but findings there have no place in the editor: no underline and no Apply (advice only).
import { describeDeadlines } from "../core/deadline-words.ts";
import { dateInRiga, isAnswerOverdue } from "../core/deadlines.ts";
import { profileHasGaps } from "../core/profile-gaps.ts";
import type { CompiledGlossary } from "../core/glossary.ts";
import type { LintOptions } from "../core/lint.ts";
import type { Config, Finding } from "../core/types.ts";
import type { Adapter, Compose } from "./adapter.ts";
import { installedEngine } from "./engine.ts";
import { lazyMark, type Mark, type Painter } from "./highlights.ts";
import { type KeyedFinding, keyFindings, visibleFindings } from "./ignore.ts";
import { receivedTimeFor } from "./received-time.ts";
import type { ChipDeadline, SignaturePlace } from "./status.ts";
import { buildTextMap, type TextMap } from "./text-map.ts";

export interface CheckState {
  map: TextMap;
  config: Config;
  /** Findings shown (not ignored), in text order. */
  shown: KeyedFinding[];
  /** The shown findings that have a range in the editor, with their marks. */
  marks: { finding: KeyedFinding; mark: Mark }[];
  /** Quote and signature nodes this state was mapped with. */
  structure: Structure;
  signature?: SignaturePlace;
  /** The profile has gaps and this compose has a signature block to fill them from. */
  profileFill?: boolean;
  /** When the message being answered arrived and what is due, in words (issue 15). */
  deadline?: ChipDeadline;
}

export interface Structure {
  quoteStart: Node | null;
  signature: HTMLElement | null;
}

export interface CheckContext {
  adapter: Adapter;
  settings(): { config: Config; glossary: CompiledGlossary } | null;
  locale: "lv" | "en";
  lintExtras?(): Partial<LintOptions>;
  lookupWords?(words: readonly string[], done: () => void): void;
  /** Today's date (YYYY-MM-DD); the current date in Latvia when absent. */
  today?(): string;
}

export type CheckResult = { state: CheckState } | { failed: true } | null;

export interface Checker {
  /** Checks now: the new state, `failed` when Skaidri could not check, null while the settings are unknown. */
  check(ignored: ReadonlySet<string>, refresh: () => void): CheckResult;
  /** A structural change outside the quote may have moved the quote start or the signature. */
  mutated(records: readonly MutationRecord[]): void;
}

export function createChecker(compose: Compose, ctx: CheckContext, painter: Painter): Checker {
  const { editor } = compose;
  const { adapter } = ctx;
  let found: Structure | null = null;
  /** The received time, read again with the structure (or while none was found). */
  let received: string | null = null;

  /**
   * The quote start and signature, looked up again only when the editor's structure may have
   * moved them: a childList mutation outside the quote, or a node left the editor. Typing
   * changes text (characterData) only, so a keystroke does not re-query a long quoted thread.
   */
  function structure(): Structure {
    const stale = (node: Node | null) => node !== null && (!node.isConnected || !editor.contains(node));
    if (!found || stale(found.quoteStart) || stale(found.signature)) {
      found = { quoteStart: adapter.findQuoteStart(editor), signature: adapter.findSignature(editor) };
      received = null;
    }
    // Cheap (one query and the quote's first lines), so retried while the page has shown none.
    received ??= receivedTimeFor(adapter.name, compose, found.quoteStart);
    return found;
  }

  return {
    mutated(records) {
      const quote = found?.quoteStart;
      if (found && records.some((r) => r.type === "childList" && !quote?.contains(r.target))) found = null;
    },
    check(ignored, refresh) {
      try {
        const settings = ctx.settings();
        const engine = installedEngine();
        // Not known yet: check nothing (no findings from defaults the policy may overrule).
        if (!settings || !engine) return null;
        const { config, glossary } = settings;
        const nodes = structure();
        const trimmed = nodes.signature ? null : (adapter.findTrimmedSignature?.(compose) ?? null);
        const signatureStart = nodes.signature ? (adapter.signatureBlockStart?.(nodes.signature) ?? null) : null;
        const map = buildTextMap(editor, { ...nodes, signatureStart, trailingSignature: trimmed });
        const today = ctx.today?.() ?? dateInRiga();
        const result = engine.lint(map.text, { config, hints: map.hints, locale: ctx.locale, glossary, today, incremental: true, ...(received ? { received } : {}), ...ctx.lintExtras?.() });
        const pending = (result as { pendingWords?: string[] }).pendingWords;
        if (pending && pending.length > 0 && ctx.lookupWords) ctx.lookupWords(pending, refresh);
        const shown = visibleFindings(keyFindings(result.findings as Finding[], map.text), ignored);
        const marks = shown
          .filter((f) => f.end > f.start && f.start < map.mappedEnd)
          .map((finding) => ({ finding, mark: lazyMark(finding.severity, map.pointsFor(finding.start, Math.min(finding.end, map.mappedEnd))) }));
        painter.paint(marks.map((m) => m.mark));
        const state: CheckState = { map, config, shown, marks, structure: nodes };
        const place = signaturePlace(nodes, trimmed);
        if (place) state.signature = place;
        if ((nodes.signature || trimmed) && profileHasGaps(config.profile)) state.profileFill = true;
        if (result.deadlines) {
          // The year only when it is not this year's.
          const withYear = result.deadlines.received.slice(0, 4) !== today.slice(0, 4) || result.deadlines.answerDue.slice(0, 4) !== today.slice(0, 4);
          state.deadline = { text: describeDeadlines(result.deadlines, ctx.locale, withYear), overdue: isAnswerOverdue(result.deadlines, today) };
        }
        return { state };
      } catch {
        // Skaidri failed on this text: draw nothing, say so, and let Send through.
        found = null;
        try {
          painter.paint([]);
        } catch {
          // Nothing more to do.
        }
        return { failed: true };
      }
    },
  };
}

function signaturePlace(nodes: Structure, trimmed: string | null): SignaturePlace | undefined {
  if (trimmed) return "trimmed";
  const { quoteStart, signature } = nodes;
  // DOCUMENT_POSITION_FOLLOWING: the signature comes after the quote.
  if (quoteStart && signature && quoteStart.compareDocumentPosition(signature) & 4) return "below-quote";
  return undefined;
}
