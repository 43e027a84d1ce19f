// The Send check (policy sendCheck: off | warn | block; default warn). WEBMAIL.md → Catching Send.
// - Listens at window level in the capture phase, so it runs before Gmail's compose handlers
//   and before React's root delegation in Outlook; cancels synchronously
//   (preventDefault + stopImmediatePropagation) the whole gesture on a Send control
//   (pointer/mouse down and up, click, Enter/Space on the control) and Ctrl/Cmd+Enter in
//   the compose. Every control the adapter names counts: Send, Gmail's Send & Archive,
//   scheduled send.
// - After "Send anyway" it re-reads the compose, re-queries the control and re-sends exactly
//   once with a simulated mousedown → mouseup → click (`.click()` inside a handler does not
//   work, and synthesised keys lose keyCode for page scripts, so even Ctrl+Enter is re-sent
//   by clicking). The bypass is one-shot: it holds only during our own synchronous dispatch,
//   only for untrusted events on that one element.
// - Other extensions (InboxSDK-based tools) hold Send and re-click it too: our own re-send may
//   be cancelled by them and re-dispatched later — untrusted, no longer ours. So "Send anyway"
//   also allows, once, the next untrusted send gesture on that compose within a few seconds:
//   exactly one send, never a loop of dialogs.
// - The guard never swallows Send for good: a dialog whose host disappears (the page removed
//   it) counts as "Go back" (send-dialog.ts), and the guard is free again.
// - Before the settings are known (a cold start), a Send is held until they are — bounded by
//   SETTINGS_WAIT_MS — and then checked, so the first Send of the day is checked too.
// - Fail open: when Skaidri cannot tell (an exception, no findings computed), Send goes through.
import type { SendCheck } from "../core/types.ts";
import type { Compose } from "./adapter.ts";
import type { KeyedFinding } from "./ignore.ts";
import type { SendChoice } from "./send-dialog.ts";

export interface GuardedCompose {
  compose: Compose;
  /** Error-level findings shown now (flushing pending edits first); null when Skaidri could not check. */
  errors(): readonly KeyedFinding[] | null;
  /** Called after "Go back". */
  focus(): void;
  /** Opens `finding`'s card (the Send dialog's "show"). */
  show?(finding: KeyedFinding): void;
  /** Applies `finding`'s fix (the Send dialog's "fix"); false when it could not. */
  fix?(finding: KeyedFinding): Promise<boolean>;
}

export interface SendGuardOptions {
  win: Window;
  findSendControls(compose: Compose): HTMLElement[];
  /** What a control does (re-sends use a control of the same kind, never plain Send for a scheduled one). */
  sendKind?(control: HTMLElement): string;
  composes(): Iterable<GuardedCompose>;
  /** The send check in force; null while the settings are not known yet. */
  mode(): SendCheck | null;
  /** Resolves once the settings are known (or false when they are not within `ms`). */
  whenReady?(ms: number): Promise<boolean>;
  ask(compose: GuardedCompose, errors: readonly KeyedFinding[], mode: Exclude<SendCheck, "off">): Promise<SendChoice>;
}

/** How long a Send waits for the settings on a cold start before it goes through unchecked. */
export const SETTINGS_WAIT_MS = 5000;
/** How long after "Send anyway" another extension's re-click of Send is let through (once). */
export const ALLOW_MS = 5000;

interface Trigger {
  guarded: GuardedCompose;
  /** What the control does (its sendKind), for the re-send. */
  kind: string;
  /** Index of the control among findSendControls(), or -1 for the keyboard shortcut (re-sent with the first control). */
  index: number;
  /** The event that, uncancelled, would send: it opens the dialog. */
  activates: boolean;
}

const POINTER_EVENTS = ["pointerdown", "mousedown", "pointerup", "mouseup", "click"] as const;
const KEY_EVENTS = ["keydown", "keypress", "keyup"] as const;
const ACTIVATION_KEYS = new Set(["Enter", " ", "Spacebar"]);

/**
 * The findings that hold a Send: error-level only. errors() promises no less, but the guard
 * keeps the rule itself — info findings (issue 14's advice) and warnings never stop Send.
 */
function blocking(guarded: GuardedCompose): readonly KeyedFinding[] | null {
  return guarded.errors()?.filter((f) => f.severity === "error") ?? null;
}

function eventTarget(event: Event): Node | null {
  const path = event.composedPath?.();
  const first = path && path.length > 0 ? path[0] : event.target;
  return first instanceof Node || (first && typeof (first as Node).nodeType === "number") ? (first as Node) : null;
}

/** Installs the guard until `signal` aborts; `pending()` tells whether a Send dialog is open. */
export function installSendGuard(options: SendGuardOptions, signal: AbortSignal): { pending(): boolean } {
  const { win } = options;
  let bypass: HTMLElement | null = null;
  let pending = false;
  /** After "Send anyway": the next untrusted send gesture on this compose passes, once. */
  let allowed: { compose: Compose; until: number; type: string | null } | null = null;
  const kindOf = (control: HTMLElement | undefined) => (control ? (options.sendKind?.(control) ?? "send") : "send");

  function findTrigger(event: Event): Trigger | null {
    const target = eventTarget(event);
    if (!target) return null;
    const key = "key" in event ? (event as KeyboardEvent) : null;
    for (const guarded of options.composes()) {
      const { compose } = guarded;
      if (!compose.root.isConnected && !compose.editor.isConnected) continue;
      // Typing: a plain key in the editor is no send (the webmails' Send controls are never
      // inside the editable body), decided before the per-keystroke query for the controls.
      if (key && !key.ctrlKey && !key.metaKey && compose.editor.contains(target)) continue;
      const controls = options.findSendControls(compose);
      const index = controls.findIndex((control) => control === target || control.contains(target));
      const kind = kindOf(controls[index] ?? controls[0]);
      if (key) {
        if (index >= 0 && !key.ctrlKey && !key.metaKey) {
          return { guarded, kind, index, activates: event.type === "keydown" };
        }
        if (key.key === "Enter" && (key.ctrlKey || key.metaKey) && (compose.root.contains(target) || compose.editor.contains(target))) {
          return { guarded, kind: "send", index: index >= 0 ? index : -1, activates: event.type === "keydown" };
        }
      } else if (index >= 0) {
        return { guarded, kind, index, activates: event.type === "click" };
      }
    }
    return null;
  }

  function resend(trigger: Trigger): void {
    const { compose } = trigger.guarded;
    // The compose may have closed or changed while the dialog was open: re-read it.
    if (!compose.editor.isConnected) return;
    const controls = options.findSendControls(compose);
    // The same control, else one that does the same (a scheduled send never becomes a plain one).
    const same = controls[trigger.index];
    const control = same && kindOf(same) === trigger.kind ? same : controls.find((c) => kindOf(c) === trigger.kind);
    if (!control) {
      trigger.guarded.focus();
      return;
    }
    allowed = { compose, until: Date.now() + ALLOW_MS, type: null };
    bypass = control;
    try {
      const Mouse = (win as unknown as typeof globalThis).MouseEvent;
      const init = { bubbles: true, cancelable: true, composed: true, view: win, button: 0 };
      control.dispatchEvent(new Mouse("mousedown", { ...init, buttons: 1 }));
      control.dispatchEvent(new Mouse("mouseup", init));
      control.dispatchEvent(new Mouse("click", init));
    } finally {
      bypass = null;
    }
  }

  /** Another extension's re-send of the gesture "Send anyway" allowed: one gesture passes, then the allowance is spent. */
  function allowedResend(event: Event, trigger: Trigger): boolean {
    if (allowed && event.isTrusted) allowed = null;
    if (!allowed || allowed.compose !== trigger.guarded.compose || Date.now() > allowed.until) return false;
    // The gesture ends with its activating event (click, or keydown for keys).
    if (trigger.activates) allowed = null;
    return true;
  }

  function hold(event: Event, trigger: Trigger, mode: Exclude<SendCheck, "off">, errors: readonly KeyedFinding[]): void {
    event.preventDefault();
    event.stopImmediatePropagation();
    if (!trigger.activates) return;
    pending = true;
    options.ask(trigger.guarded, errors, mode).then(
      (choice) => {
        pending = false;
        if (signal.aborted) return;
        if (choice === "send" && mode === "warn") resend(trigger);
        else trigger.guarded.focus();
      },
      () => {
        // The dialog failed: Skaidri must never leave the user stuck.
        pending = false;
        resend(trigger);
      },
    );
  }

  /** A Send before the settings are known: held until they are, then checked (or let through). */
  function waitForSettings(event: Event, trigger: Trigger): void {
    event.preventDefault();
    event.stopImmediatePropagation();
    if (!trigger.activates) return;
    pending = true;
    const ready = options.whenReady?.(SETTINGS_WAIT_MS) ?? Promise.resolve(false);
    ready.then(
      () => {
        pending = false;
        if (signal.aborted) return;
        const mode = options.mode();
        const errors = mode && mode !== "off" ? blocking(trigger.guarded) : null;
        if (mode && mode !== "off" && errors && errors.length > 0) {
          pending = true;
          const fake = { preventDefault() {}, stopImmediatePropagation() {} } as Event;
          hold(fake, trigger, mode, errors);
        } else resend(trigger);
      },
      () => {
        pending = false;
        resend(trigger);
      },
    );
  }

  function onEvent(event: Event): void {
    try {
      if (bypass && !event.isTrusted) {
        const target = eventTarget(event);
        if (target && (target === bypass || bypass.contains(target))) return;
      }
      // Typing is not sending: only Enter and Space can activate a control or send.
      if ("key" in event && !ACTIVATION_KEYS.has((event as KeyboardEvent).key)) return;
      const mode = options.mode();
      if (mode === "off") return;
      const trigger = findTrigger(event);
      if (!trigger) return;
      if (!pending && allowedResend(event, trigger)) return;
      if (!pending && mode === null) {
        if (options.whenReady) waitForSettings(event, trigger);
        return;
      }
      if (!pending && mode !== null) {
        const errors = blocking(trigger.guarded);
        if (!errors || errors.length === 0) return;
        hold(event, trigger, mode, errors);
      } else {
        // A dialog is already open for a send: swallow further attempts until it is answered.
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    } catch {
      // Fail open: an exception here must never block Send.
    }
  }

  for (const type of [...POINTER_EVENTS, ...KEY_EVENTS]) {
    win.addEventListener(type, onEvent, { capture: true, signal });
  }
  return { pending: () => pending };
}
