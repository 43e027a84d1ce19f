// Asks the background to inject the checking engine into this frame (src/webmail/engine.ts says
// why it is not in the content script). Apart from engine.ts so that the injected engine file,
// which imports engine.ts, carries nothing of the messaging code.
import { sendToBackground } from "../platform/runtime.ts";
import { type Engine, installedEngine } from "./engine.ts";

let loading: Promise<Engine | undefined> | undefined;

/**
 * The engine, injected by the background on first use; undefined when it cannot be had (then
 * Skaidri stays idle on this page and Send goes through). A failed load is tried again on the
 * next call.
 */
export function loadEngine(): Promise<Engine | undefined> {
  const ready = installedEngine();
  if (ready) return Promise.resolve(ready);
  loading ??= sendToBackground<{ ok: boolean }>({ type: "content→background:load-engine" }).then(
    () => installedEngine(),
    () => undefined,
  );
  const attempt = loading;
  void attempt.then((engine) => {
    if (!engine && loading === attempt) loading = undefined;
  });
  return attempt;
}
