// Runs in the page's MAIN world (Firefox only; a `"world": "MAIN"` content script, Firefox
// 128+): turns Skaidri's `skaidri-paste` request into a real paste event built in the page's
// own world, because a DataTransfer made in Firefox's isolated world reaches page scripts
// empty (WEBMAIL.md; Briskine src/content/editors/editor-paste.js). It only ever pastes
// plain text, into the element the request came from.
import { createPasteEvent, PASTE_BRIDGE_EVENT } from "./insert.ts";

export function installPasteBridge(doc: Document): void {
  doc.addEventListener(
    PASTE_BRIDGE_EVENT,
    (event) => {
      const detail = (event as CustomEvent).detail;
      if (typeof detail !== "string" || !(event.target instanceof Element)) return;
      try {
        const { text } = JSON.parse(detail) as { text?: unknown };
        if (typeof text !== "string") return;
        event.target.dispatchEvent(createPasteEvent(text));
      } catch {
        // Never throw into the page.
      }
    },
    true,
  );
}
