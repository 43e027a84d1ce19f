// Picks the adapter for a page and reports compose editors as they come and go.
import type { Adapter, Compose } from "../adapter.ts";
import { generic } from "./generic.ts";
import { gmail } from "./gmail.ts";
import { outlook } from "./outlook.ts";

export { generic, gmail, outlook };
export const WEBMAIL_ADAPTERS: readonly Adapter[] = [gmail, outlook];

// Test-only: `scripts/build.mjs --test-host ORIGIN --test-outlook` defines this as the test
// host's name, so the Firefox end-to-end test can serve a RoosterJS page as Outlook. Every
// other build defines it as "" (the check below is then dead code the minifier drops); in
// bundles without the define (unit tests, e2e probes) it does not exist at all.
declare const __SKAIDRI_TEST_OUTLOOK_HOST__: string | undefined;
const TEST_OUTLOOK_HOST = typeof __SKAIDRI_TEST_OUTLOOK_HOST__ === "string" ? __SKAIDRI_TEST_OUTLOOK_HOST__ : "";

/**
 * The adapter for `url`: Gmail or Outlook on their hosts (pop-outs are the same hosts),
 * otherwise the generic one. On a webmail host a webmail adapter is kept even when it finds
 * nothing — a changed DOM must leave Skaidri idle, not fall back to guessing.
 */
export function adapterFor(url: URL | string): Adapter {
  const parsed = typeof url === "string" ? new URL(url) : url;
  if (TEST_OUTLOOK_HOST !== "" && parsed.hostname === TEST_OUTLOOK_HOST) return outlook;
  return WEBMAIL_ADAPTERS.find((adapter) => adapter.matches(parsed)) ?? generic;
}

// Every adapter's editor is a contenteditable element (gmail.ts, outlook.ts, generic.ts
// selectors): a batch that adds none cannot have added a compose.
const EDITABLE = "[contenteditable]";

/** Whether `node` is or contains a contenteditable element (a possible compose editor). */
function addsEditable(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return el.matches(EDITABLE) || el.querySelector(EDITABLE) !== null;
}

/**
 * Calls `onCompose` once for each compose editor now in `doc` and each that appears later
 * (one MutationObserver on the document, as gmail.js does), with a signal that aborts when
 * that editor leaves the document or `signal` aborts. Several composes can be open at once.
 *
 * Idle cost (docs/performance.md): a busy page without a compose mutates all the time, so a
 * batch only looks at the elements it added (and their subtrees); the adapter's document-wide
 * search runs only when one of them is or holds a contenteditable. Removals only check the
 * known editors (isConnected), never the page.
 */
export function watchComposes(
  adapter: Adapter,
  doc: Document,
  signal: AbortSignal,
  onCompose: (compose: Compose, signal: AbortSignal) => void,
): void {
  const live = new Map<HTMLElement, AbortController>();
  /** Ends the composes whose editor left the document. */
  const prune = (): void => {
    for (const [editor, controller] of live) {
      if (!editor.isConnected) {
        controller.abort();
        live.delete(editor);
      }
    }
  };
  const scan = (): void => {
    if (signal.aborted) return;
    prune();
    let found: Compose[] = [];
    try {
      found = adapter.findComposes(doc);
    } catch {
      return; // A DOM we do not understand: stay idle, never throw into the page.
    }
    for (const compose of found) {
      if (live.has(compose.editor)) continue;
      const controller = new AbortController();
      live.set(compose.editor, controller);
      try {
        onCompose(compose, controller.signal);
      } catch {
        // One compose failing must not stop the others.
      }
    }
  };
  // Typing inside a known editor adds and removes nodes too: that never adds or ends a compose.
  const insideLiveEditor = (node: Node): boolean => {
    for (const editor of live.keys()) if (editor.contains(node)) return true;
    return false;
  };
  let queued = false;
  const observer = new MutationObserver((records) => {
    try {
      let added = false;
      let removed = false;
      // Indexed loops and as few property reads as possible: this runs for every batch of a
      // busy page, and each read of a record or node crosses into the DOM bindings.
      for (let i = 0; i < records.length && !added; i++) {
        const r = records[i]!;
        if (live.size > 0 && insideLiveEditor(r.target)) continue;
        // An element made editable after it was added (attributeFilter below).
        if (r.type === "attributes") {
          added = addsEditable(r.target);
          continue;
        }
        if (live.size > 0 && r.removedNodes.length > 0) removed = true;
        const nodes = r.addedNodes;
        for (let j = 0; j < nodes.length && !added; j++) added = addsEditable(nodes[j]!);
      }
      if (removed && !added) prune();
      if (!added || queued) return;
      queued = true;
      // Coalesce a burst of mutations (Gmail builds a compose in many steps) into one scan.
      queueMicrotask(() => {
        queued = false;
        scan();
      });
    } catch {
      // Never throw into the page.
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ["contenteditable"] });
  signal.addEventListener(
    "abort",
    () => {
      observer.disconnect();
      for (const controller of live.values()) controller.abort();
      live.clear();
    },
    { once: true },
  );
  scan();
}
