// The benchmark's switch for the content script's `skaidri:*` timing marks: storage.local
// `perfMarks === true` (set by bench/browser.ts configureGlossary and test/e2e/perf.e2e.ts).
// Off unless set: the page shares the performance timeline, so marks recorded always would
// let any page detect Skaidri. Never throws (storage.ts wrappers).
import { onStorageChange, readArea } from "./storage.ts";

export const PERF_MARKS_KEY = "perfMarks";

/** Calls `callback` with the switch's value now (once read) and on every change, until `signal` aborts. */
export function watchPerfMarks(callback: (on: boolean) => void, signal: AbortSignal): void {
  const tell = (value: unknown) => {
    if (signal.aborted) return;
    try {
      callback(value === true);
    } catch {
      // The caller's failure: the switch stays as it was.
    }
  };
  onStorageChange((changes, area) => {
    if (area === "local" && PERF_MARKS_KEY in changes) tell(changes[PERF_MARKS_KEY]?.newValue);
  }, signal);
  void readArea("local", [PERF_MARKS_KEY]).then((items) => tell(items[PERF_MARKS_KEY]));
}
