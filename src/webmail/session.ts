// One checking session per compose editor, ended with the compose (AbortSignal, STYLE.md §8).
// A MutationObserver on the editor (childList, subtree, characterData) notices every change
// — RoosterJS stops `input` from bubbling, so input events are not relied on. An update maps
// the editor to text (quote cut off), lints, draws underlines, updates the chip and the card.
// Nothing is ever written into the editor except by the user's own "Apply".
//
// When updates run (the underline must land in the frame the typed character is painted in,
// yet a burst must not lint more than about once a frame):
// - the first mutation since the last animation frame updates at once, in the observer's
//   callback — a microtask after the DOM change, before the browser paints;
// - further mutations in that frame (paste, RoosterJS re-renders, several keys in one frame)
//   are coalesced into one update on the next animation frame;
// - settings changes and look-up answers (refresh) update on the next animation frame.
//
// Timing marks for the browser benchmark (names are a contract with bench/), recorded only
// when storage.local has `perfMarks: true` (SessionContext.perfMarks): the page shares the
// performance timeline, so marks recorded always would let any page detect Skaidri.
//   performance.mark("skaidri:input")        — first editor mutation after the last update
//   performance.mark("skaidri:highlights")   — underlines and chip drawn for that state
//   performance.measure("skaidri:input-to-highlights", …) — from the first to the second
// Exactly one measure per burst of input (the mutations between two updates). Read them with
// performance.getEntriesByName("skaidri:input-to-highlights", "measure").
import type { CompiledGlossary } from "../core/glossary.ts";
import { type LintOptions, lint } from "../core/lint.ts";
import type { Config, Finding, Language } from "../core/types.ts";
import type { Adapter, Compose } from "./adapter.ts";
import { type Card, getCard, type HitTarget, hitTest, isCardShortcut } from "./card.ts";
import { createPainter, type Mark } from "./highlights.ts";
import { type KeyedFinding, keyFindings, visibleFindings } from "./ignore.ts";
import type { GuardedCompose } from "./send-guard.ts";
import { createStatusChip } from "./status.ts";
import { buildTextMap, type TextMap } from "./text-map.ts";

export const MARK_INPUT = "skaidri:input";
export const MARK_HIGHLIGHTS = "skaidri:highlights";
export const MEASURE_UPDATE = "skaidri:input-to-highlights";

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

interface State {
  map: TextMap;
  shown: KeyedFinding[];
  marks: { finding: KeyedFinding; mark: Mark }[];
}

const HIDE_DELAY_MS = 300;

/** `fn`, but never throwing into the page (fail quiet). */
function quiet<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      fn(...args);
    } catch {
      // Skaidri's own failure: leave the page alone.
    }
  };
}

export function startSession(compose: Compose, ctx: SessionContext, parent: AbortSignal): Session {
  const controller = new AbortController();
  const { signal } = controller;
  parent.addEventListener("abort", () => controller.abort(), { once: true, signal });
  const { editor } = compose;
  const doc = editor.ownerDocument;
  const win = doc.defaultView ?? window;
  const { adapter } = ctx;

  const ignored = new Set<string>();
  let state: State | null = null;
  let failed = false;
  /** A requested animation frame: runs a coalesced update, and ends the current frame. */
  let frame = 0;
  /** An update already ran since the last animation frame: further mutations wait for the next. */
  let updatedThisFrame = false;
  let dirty = true;
  /** Time of the `skaidri:input` mark of the input not yet drawn (perf marks on only). */
  let inputAt: number | null = null;
  let measures = 0;
  /** Quote and signature nodes as last found (see structure()). */
  let found: { quoteStart: Node | null; signature: Node | null } | null = null;

  const painter = createPainter(editor, signal);
  const card: Card = getCard(doc);
  const chip = createStatusChip(doc, quiet((finding: KeyedFinding) => openCard(finding, true)), signal);
  const placeChip = () => {
    if (!chip.host.isConnected && editor.isConnected) editor.after(chip.host);
  };
  placeChip();
  signal.addEventListener(
    "abort",
    () => {
      if (frame) cancelAnimationFrame(frame);
      chip.host.remove();
      card.hide(session);
    },
    { once: true },
  );

  // --- timing marks (bench/; only with perfMarks on) -------------------------------------------
  /** `skaidri:input` at the first mutation after the last update — never moved by later ones. */
  function markInput(): void {
    if (inputAt !== null) return;
    try {
      if (!ctx.perfMarks?.()) return;
      inputAt = performance.mark(MARK_INPUT)?.startTime ?? performance.now();
    } catch {
      inputAt = null;
    }
  }

  /** `skaidri:highlights` and the measure, once per input burst. */
  function markHighlights(): void {
    if (inputAt === null) return;
    const start = inputAt;
    inputAt = null;
    try {
      const end = performance.mark(MARK_HIGHLIGHTS)?.startTime ?? performance.now();
      // By time, not by mark name: the names are page-global, shared with other sessions
      // (each clears them below) and with the page itself.
      performance.measure(MEASURE_UPDATE, { start, end });
      // Keep the timeline bounded on long sessions.
      if (++measures % 1000 === 0) performance.clearMeasures(MEASURE_UPDATE);
      performance.clearMarks(MARK_INPUT);
      performance.clearMarks(MARK_HIGHLIGHTS);
    } catch {
      // No User Timing here: nothing to record.
    }
  }

  // --- scheduling (see the header) ------------------------------------------------------------
  function onFrame(): void {
    frame = 0;
    updatedThisFrame = false;
    if (dirty) run();
  }

  function nextFrame(): void {
    if (!frame && !signal.aborted) frame = requestAnimationFrame(onFrame);
  }

  /** Updates now; the next animation frame ends this frame's turn. */
  function run(): void {
    // Nothing drawn (settings not known yet): nothing to pace; refresh() follows them.
    if (!update()) return;
    updatedThisFrame = true;
    nextFrame();
  }

  /** Settings or look-ups changed: re-check on the next frame (not an input: no mark). */
  function refresh(): void {
    if (signal.aborted) return;
    dirty = true;
    nextFrame();
  }

  function onMutations(records: MutationRecord[]): void {
    if (signal.aborted) return;
    markInput();
    // Typing closes a card the mouse opened (one opened from the keyboard stays).
    const shown = card.current();
    if (shown?.owner === session && !card.hasFocus()) card.hide(session);
    // A structural change outside the quote may move the quote start or the signature.
    const quote = found?.quoteStart;
    if (found && records.some((r) => r.type === "childList" && !quote?.contains(r.target))) found = null;
    dirty = true;
    if (updatedThisFrame) nextFrame();
    else run();
  }

  /**
   * The quote start and signature, looked up again only when the editor's structure may have
   * moved them: a childList mutation outside the quote, or a node left the editor. Typing
   * changes text (characterData) only, so a keystroke does not re-query a long quoted thread.
   */
  function structure(): { quoteStart: Node | null; signature: Node | null } {
    const stale = (node: Node | null) => node !== null && (!node.isConnected || !editor.contains(node));
    if (!found || stale(found.quoteStart) || stale(found.signature)) {
      found = { quoteStart: adapter.findQuoteStart(editor), signature: adapter.findSignature(editor) };
    }
    return found;
  }

  /** Checks the editor and draws the result; false when it did nothing. */
  function update(): boolean {
    if (signal.aborted) return false;
    try {
      const settings = ctx.settings();
      // Not known yet: check nothing (no findings from defaults the policy may overrule); refresh() follows.
      if (!settings) return false;
      dirty = false;
      const { config, glossary } = settings;
      const map = buildTextMap(editor, structure());
      const result = lint(map.text, { config, hints: map.hints, locale: ctx.locale, glossary, ...ctx.lintExtras?.() });
      const pending = (result as { pendingWords?: string[] }).pendingWords;
      if (pending && pending.length > 0 && ctx.lookupWords) ctx.lookupWords(pending, refresh);
      const shown = visibleFindings(keyFindings(result.findings as Finding[], map.text), ignored);
      const marks = shown.filter((f) => f.end > f.start).map((finding) => ({ finding, mark: { severity: finding.severity, range: map.rangeFor(finding.start, finding.end) } }));
      state = { map, shown, marks };
      failed = false;
      targets = null;
      painter.paint(marks.map((m) => m.mark));
      placeChip();
      chip.update({ findings: shown, config });
      refreshCard();
    } catch {
      // Skaidri failed on this text: draw nothing, say so, and let Send through.
      dirty = false;
      state = null;
      failed = true;
      found = null;
      targets = null;
      try {
        painter.paint([]);
        chip.update({ failed: true });
      } catch {
        // Nothing more to do.
      }
    }
    // Reached only when this state was drawn (not while the settings are unknown): the input
    // burst, however long, ends here with one measure.
    markHighlights();
    return true;
  }

  /** Brings a pending update forward (Send check, Apply, the card shortcut); a requested frame then finds nothing to do. */
  function flush(): void {
    if (!dirty && state) return;
    update();
  }

  // --- the card -----------------------------------------------------------------------------
  let targets: HitTarget<KeyedFinding>[] | null = null;
  let hideTimer = 0;
  let savedSelection: Range | null = null;

  const currentTargets = (): HitTarget<KeyedFinding>[] => {
    if (!targets) {
      targets = (state?.marks ?? []).map(({ finding, mark }) => ({ item: finding, rects: Array.from(mark.range.getClientRects()) }));
    }
    return targets;
  };

  function refreshCard(): void {
    const current = card.current();
    if (!current || current.owner !== session) return;
    if (!state?.shown.some((f) => f.key === current.finding.key)) card.hide(session);
  }

  function anchorOf(finding: KeyedFinding): DOMRect | null {
    const found = state?.marks.find((m) => m.finding.key === finding.key);
    if (!found) return null;
    const rects = found.mark.range.getClientRects();
    return rects[0] ?? found.mark.range.getBoundingClientRect();
  }

  function openCard(finding: KeyedFinding, focus: boolean): void {
    const anchor = anchorOf(finding) ?? editor.getBoundingClientRect();
    if (focus && !card.hasFocus()) {
      const selection = doc.getSelection();
      const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
      savedSelection = range && editor.contains(range.startContainer) ? range.cloneRange() : savedSelection;
    }
    card.show(finding, anchor, handlers, { focus, owner: session });
  }

  function returnFocus(): void {
    editor.focus();
    if (savedSelection) {
      const selection = doc.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(savedSelection);
    }
  }

  const handlers = {
    apply: quiet((finding: KeyedFinding, suggestion: string) => {
      flush();
      const current = state?.shown.find((f) => f.key === finding.key);
      if (!state || !current) return;
      const range = state.map.rangeFor(current.start, current.end);
      adapter.insertText(compose, range, suggestion).catch(() => false);
    }),
    ignore: quiet((finding: KeyedFinding) => {
      ignored.add(finding.key);
      update();
      returnFocus();
    }),
    returnFocus: quiet(returnFocus),
  };

  // Hover: highlights get no pointer events, so hit-test the mouse against cached rects.
  let pointer: { x: number; y: number } | null = null;
  let hoverFrame = 0;
  const onHover = quiet(() => {
    hoverFrame = 0;
    if (!pointer || signal.aborted) return;
    const { x, y } = pointer;
    if (card.contains(x, y)) {
      win.clearTimeout(hideTimer);
      return;
    }
    const box = editor.getBoundingClientRect();
    const inside = x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
    const hit = inside ? hitTest(currentTargets(), x, y) : null;
    const current = card.current();
    if (hit) {
      win.clearTimeout(hideTimer);
      if (current?.finding.key !== hit.item.key || current.owner !== session) {
        const rect = hit.rects.find((r) => x >= r.left - 2 && x <= r.right + 2) ?? hit.rects[0];
        card.show(hit.item, (rect as DOMRect) ?? box, handlers, { focus: false, owner: session });
      }
    } else if (current?.owner === session && !card.hasFocus()) {
      win.clearTimeout(hideTimer);
      hideTimer = win.setTimeout(() => {
        if (!card.hasFocus()) card.hide(session);
      }, HIDE_DELAY_MS);
    }
  });
  doc.addEventListener(
    "mousemove",
    (event) => {
      pointer = { x: event.clientX, y: event.clientY };
      if (!hoverFrame) hoverFrame = requestAnimationFrame(onHover);
    },
    { capture: true, passive: true, signal },
  );
  const invalidate = () => {
    targets = null;
  };
  win.addEventListener("scroll", invalidate, { capture: true, passive: true, signal });
  win.addEventListener("resize", invalidate, { passive: true, signal });
  signal.addEventListener("abort", () => win.clearTimeout(hideTimer), { once: true });

  // Keyboard: Alt+Shift+S opens the finding at or after the caret; again: the next one.
  win.addEventListener(
    "keydown",
    (event) => {
      try {
        if (!isCardShortcut(event)) return;
        const current = card.current();
        const inCard = current?.owner === session && card.hasFocus();
        const active = doc.activeElement;
        if (!inCard && !(active && (active === editor || editor.contains(active)))) return;
        flush();
        const list = state?.marks ?? [];
        if (list.length === 0) return;
        event.preventDefault();
        event.stopImmediatePropagation();
        let index = 0;
        if (inCard && current) {
          const at = list.findIndex((m) => m.finding.key === current.finding.key);
          index = (at + 1) % list.length;
        } else {
          const selection = doc.getSelection();
          if (selection && selection.rangeCount > 0 && selection.focusNode) {
            const { focusNode, focusOffset } = selection;
            const at = list.findIndex(({ mark }) => {
              try {
                return mark.range.comparePoint(focusNode, focusOffset) <= 0;
              } catch {
                return false;
              }
            });
            index = Math.max(at, 0);
          }
        }
        openCard(list[index]!.finding, true);
      } catch {
        // Never throw into the page.
      }
    },
    { capture: true, signal },
  );

  // --- watching the editor -------------------------------------------------------------------
  const observer = new MutationObserver(onMutations);
  observer.observe(editor, { childList: true, subtree: true, characterData: true });
  signal.addEventListener("abort", () => observer.disconnect(), { once: true });

  const session: Session = {
    compose,
    signal,
    refresh,
    end: () => controller.abort(),
    findings() {
      flush();
      return state?.shown ?? [];
    },
    errors() {
      flush();
      if (failed || !state) return null;
      return state.shown.filter((f) => f.severity === "error");
    },
    focus: returnFocus,
  };
  // The first check: on the next frame (the settings may not be known yet).
  refresh();
  return session;
}

