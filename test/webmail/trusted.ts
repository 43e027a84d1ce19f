// Test helpers for Skaidri's closed shadow roots and trusted-only actions (ui.ts) in happy-dom:
// the roots come from ui.ts's own registry (as Skaidri's code reaches them), and a click is
// marked trusted the way a user's click is (happy-dom cannot make real user events).
import { shadowOf } from "../../src/webmail/ui.ts";

/** The closed shadow root of the Skaidri host matching `selector` (or of `host`). */
export function rootOf(host: string | Element | null): ShadowRoot {
  const el = typeof host === "string" ? document.querySelector(host) : host;
  const root = shadowOf(el);
  if (!root) throw new Error(`no Skaidri shadow root on ${String(host)}`);
  return root;
}

/** A click as the user makes it (isTrusted). */
export function trustedClick(el: Element): void {
  const event = new MouseEvent("click", { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(event, "isTrusted", { value: true });
  el.dispatchEvent(event);
}

/** A key press as the user makes it (isTrusted). */
export function trustedKey(target: EventTarget, init: KeyboardEventInit): KeyboardEvent {
  const event = new KeyboardEvent("keydown", { bubbles: true, cancelable: true, composed: true, ...init });
  Object.defineProperty(event, "isTrusted", { value: true });
  target.dispatchEvent(event);
  return event;
}
