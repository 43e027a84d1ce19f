// When a session's checks run (session.ts) — the underline must land in the frame the typed
// character is painted in, yet a burst must not lint more than about once a frame:
// - the first mutation since the last animation frame updates at once, in the observer's
//   callback — a microtask after the DOM change, before the browser paints;
// - further mutations in that frame (paste, RoosterJS re-renders, several keys in one frame)
//   are coalesced into one update on the next animation frame;
// - settings changes and look-up answers (refresh) update on the next animation frame.
//
// Timing for the browser benchmark (the name is a contract with bench/), recorded only when
// storage.local has `perfMarks: true`: the page shares the performance timeline, so entries
// recorded always would let any page detect Skaidri.
//   performance.measure("skaidri:input-to-highlights", { start, end }) — from the first editor
//   mutation after the last update to the underlines and chip drawn for that state.
// Exactly one measure per burst of input (the mutations between two updates). Read them with
// performance.getEntriesByName("skaidri:input-to-highlights", "measure"). The two ends are
// taken with performance.now(), not as marks: two marks and their clearing cost about a
// millisecond a keystroke at CPU ×4, which the benchmark would have counted as Skaidri's.

export const MEASURE_UPDATE = "skaidri:input-to-highlights";

export interface Scheduler {
  /** The editor changed: update now, or on the next frame when this frame already had one. */
  input(): void;
  /** Something besides the text changed (settings, look-ups): update on the next frame. */
  refresh(): void;
  /** Brings a pending update forward (Send, Apply, shortcuts). */
  flush(): void;
}

/**
 * Paces `update` (true when it drew a state; false while there is nothing to check yet, e.g.
 * settings unknown — refresh() follows them) until `signal` aborts.
 */
export function createScheduler(update: () => boolean, signal: AbortSignal, perfMarks: () => boolean = () => false): Scheduler {
  /** A requested animation frame: runs a coalesced update, and ends the current frame. */
  let frame = 0;
  /** An update already ran since the last animation frame: further mutations wait for the next. */
  let updatedThisFrame = false;
  let dirty = true;
  /** When the first input not yet drawn came (perf marks on only). */
  let inputAt: number | null = null;
  let measures = 0;
  signal.addEventListener("abort", () => frame && cancelAnimationFrame(frame), { once: true });

  /** The burst's start at its first mutation after the last update — never moved by later ones. */
  function markInput(): void {
    if (inputAt !== null) return;
    if (perfMarks()) inputAt = performance.now();
  }

  /** The measure, once per input burst. */
  function markHighlights(): void {
    if (inputAt === null) return;
    const start = inputAt;
    inputAt = null;
    try {
      // By time: several sessions (and the page itself) share the timeline.
      performance.measure(MEASURE_UPDATE, { start, end: performance.now() });
      // Keep the timeline bounded on long sessions.
      if (++measures % 1000 === 0) performance.clearMeasures(MEASURE_UPDATE);
    } catch {
      // No User Timing here: nothing to record.
    }
  }

  /** Updates now; false when nothing was drawn. Reached with a drawn state, the input burst ends here with one measure. */
  function runUpdate(): boolean {
    if (signal.aborted) return false;
    const drew = update();
    if (drew) {
      dirty = false;
      markHighlights();
    }
    return drew;
  }

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
    if (!runUpdate()) return;
    updatedThisFrame = true;
    nextFrame();
  }

  return {
    input() {
      if (signal.aborted) return;
      markInput();
      dirty = true;
      if (updatedThisFrame) nextFrame();
      else run();
    },
    refresh() {
      if (signal.aborted) return;
      dirty = true;
      nextFrame();
    },
    flush() {
      if (dirty) runUpdate();
    },
  };
}
