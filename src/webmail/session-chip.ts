// The chip's side of a session (session.ts): the chip placed right after the editor (never
// inside it), kept there when the webmail re-renders, and its own keyboard shortcut —
// Alt+Shift+K from the editor opens the checklist and moves focus into it (Outlook's RoosterJS
// keeps Tab inside the editor, so Tab alone never reaches the chip), again closes it and
// returns to the editor. The chip's drawing is status.ts.
import { type ChipState, createStatusChip } from "./status.ts";
import type { KeyedFinding } from "./ignore.ts";

/** Alt+Shift+K (`code`, so keyboard layouts do not matter). */
export function isChipShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && (event.code === "KeyK" || event.key.toUpperCase() === "K");
}

export interface ChipWiring {
  update(state: ChipState): void;
}

export function wireChip(editor: HTMLElement, onOpen: (finding: KeyedFinding) => void, returnFocus: () => void, signal: AbortSignal, onFillProfile?: () => void): ChipWiring {
  const doc = editor.ownerDocument;
  const win = doc.defaultView ?? window;
  const chip = createStatusChip(doc, onOpen, signal, onFillProfile);
  const place = () => {
    if (!chip.host.isConnected && editor.isConnected) editor.after(chip.host);
  };
  place();
  signal.addEventListener("abort", () => chip.host.remove(), { once: true });
  win.addEventListener(
    "keydown",
    (event) => {
      try {
        if (!event.isTrusted || !isChipShortcut(event)) return;
        const active = doc.activeElement;
        const fromEditor = active !== null && (active === editor || editor.contains(active));
        if (!fromEditor && active !== chip.host) return;
        event.preventDefault();
        event.stopImmediatePropagation();
        place();
        if (!chip.toggle()) returnFocus();
      } catch {
        // Never throw into the page.
      }
    },
    { capture: true, signal },
  );
  return {
    update(state) {
      place();
      chip.update(state);
    },
  };
}
