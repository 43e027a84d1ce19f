// One checking session per compose editor, ended with the compose (AbortSignal, STYLE.md §8).
// A MutationObserver on the editor (childList, subtree, characterData) notices every change
// — RoosterJS stops `input` from bubbling, so input events are not relied on. An update maps
// the editor to text (quote cut off), lints, draws underlines, updates the chip and the card.
// Nothing is ever written into the editor except by the user's own "Apply".
// The pieces: session-schedule.ts (when checks run, timing marks), session-check.ts (one
// check and its underlines), session-card.ts (the card: hover, keyboard, Apply, Ignore),
// session-chip.ts (the chip and its shortcut).
import type { CompiledGlossary } from "../core/glossary.ts";
import type { LintOptions } from "../core/lint.ts";
import type { Config, Language } from "../core/types.ts";
import type { Adapter, Compose } from "./adapter.ts";
import { createPainter } from "./highlights.ts";
import type { KeyedFinding } from "./ignore.ts";
import type { GuardedCompose } from "./send-guard.ts";
import { type CheckState, createChecker } from "./session-check.ts";
import { wireCard } from "./session-card.ts";
import { wireChip } from "./session-chip.ts";
import { createScheduler } from "./session-schedule.ts";
import { buildTextMap } from "./text-map.ts";

export { MEASURE_UPDATE } from "./session-schedule.ts";

export interface SessionContext {
  adapter: Adapter;
  /** The effective config and its compiled glossary (compiled once per config change); null until known. */
  settings(): { config: Config; glossary: CompiledGlossary } | null;
  /** Language of the engine's messages (the UI language). */
  locale: Language;
  /** Extra lint options (e.g. the lexicon the background answered). */
  lintExtras?(): Partial<LintOptions>;
  /** Words the engine could not judge alone: look them up, then call `done` to re-lint. */
  lookupWords?(words: readonly string[], done: () => void): void;
  /** Whether to record the `skaidri:*` timing marks (storage.local `perfMarks`); off when absent. */
  perfMarks?(): boolean;
  /** Takes the compose's signature text to the options page to fill the profile from (issue 16); no offer when absent. */
  fillProfile?(signature: string): void;
}

export interface Session extends GuardedCompose {
  readonly signal: AbortSignal;
  /** Re-check now (e.g. the settings changed). */
  refresh(): void;
  /** Ends the session: observers, listeners, underlines and chip go away. */
  end(): void;
  /** Findings shown now (after a pending update). */
  findings(): readonly KeyedFinding[];
}

export function startSession(compose: Compose, ctx: SessionContext, parent: AbortSignal): Session {
  const controller = new AbortController();
  const { signal } = controller;
  parent.addEventListener("abort", () => controller.abort(), { once: true, signal });
  const { editor } = compose;

  const ignored = new Set<string>();
  let state: CheckState | null = null;
  let failed = false;

  const checker = createChecker(compose, ctx, createPainter(editor, signal));
  const isBlockError = (finding: KeyedFinding) => finding.severity === "error" && state?.config.sendCheck === "block";

  function update(): boolean {
    const result = checker.check(ignored, () => scheduler.refresh());
    if (!result) return false;
    if ("failed" in result) {
      state = null;
      failed = true;
      chip.update({ failed: true });
    } else {
      state = result.state;
      failed = false;
      chip.update({
        findings: state.shown,
        config: state.config,
        ...(state.signature ? { signature: state.signature } : {}),
        ...(state.deadline ? { deadline: state.deadline } : {}),
        ...(state.profileFill && ctx.fillProfile ? { profileFill: true } : {}),
      });
    }
    card.drawn();
    return true;
  }
  const scheduler = createScheduler(update, signal, () => ctx.perfMarks?.() ?? false);

  const session: Session = {
    compose,
    signal,
    refresh: () => scheduler.refresh(),
    end: () => controller.abort(),
    findings() {
      scheduler.flush();
      return state?.shown ?? [];
    },
    errors() {
      scheduler.flush();
      if (failed || !state) return null;
      return state.shown.filter((f) => f.severity === "error");
    },
    focus: () => card.returnFocus(),
    show: (finding) => card.open(finding, true),
    fix: (finding) => card.fix(finding),
  };

  const card = wireCard({
    compose,
    adapter: ctx.adapter,
    owner: session,
    signal,
    state: () => state,
    flush: () => scheduler.flush(),
    refresh: () => scheduler.refresh(),
    ignore(finding) {
      if (isBlockError(finding)) return;
      ignored.add(finding.key);
      scheduler.refresh();
      scheduler.flush();
    },
    canIgnore: (finding) => !isBlockError(finding),
  });
  // The signature as the user sees it now: in the editor, or Gmail's trimmed content.
  const fillProfile = () => {
    const block = state?.structure.signature;
    const text = block?.isConnected ? buildTextMap(block).text : (ctx.adapter.findTrimmedSignature?.(compose) ?? null);
    if (text?.trim()) ctx.fillProfile?.(text.trim());
  };
  const chip = wireChip(editor, (finding) => card.open(finding, true), () => card.returnFocus(), signal, fillProfile);
  signal.addEventListener("abort", () => card.hide(), { once: true });

  const observer = new MutationObserver((records) => {
    if (signal.aborted) return;
    card.typed();
    checker.mutated(records);
    scheduler.input();
  });
  observer.observe(editor, { childList: true, subtree: true, characterData: true });
  signal.addEventListener("abort", () => observer.disconnect(), { once: true });

  // The first check: on the next frame (the settings may not be known yet).
  scheduler.refresh();
  return session;
}
