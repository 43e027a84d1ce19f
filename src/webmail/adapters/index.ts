// Picks the adapter for a page and reports compose editors as they come and go.
import type { WebmailHost, WebmailKind } from "../../core/types.ts";
import { webmailHostFor } from "../../core/webmail-hosts.ts";
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
 * The adapter for `url`: Gmail or Outlook on their hosts (pop-outs are the same hosts), the
 * adapter an institution host's `kind` names (policy `webmailHosts`), otherwise the generic one. On a webmail host a webmail adapter is kept even when it finds
 * nothing — a changed DOM must leave Skaidri idle, not fall back to guessing.
 */
export function adapterFor(url: URL | string, institutionHosts: readonly WebmailHost[] = []): Adapter {
  const parsed = typeof url === "string" ? new URL(url) : url;
  if (TEST_OUTLOOK_HOST !== "" && parsed.hostname === TEST_OUTLOOK_HOST) return outlook;
  const builtIn = WEBMAIL_ADAPTERS.find((adapter) => adapter.matches(parsed));
  if (builtIn) return builtIn;
  const listed = webmailHostFor(institutionHosts, parsed.hostname);
  return listed ? ADAPTERS_BY_KIND[listed.kind] : generic;
}

/** Is `url` on a host the built-in adapters know (no policy needed to choose the adapter)? */
export function isBuiltInWebmail(url: URL | string): boolean {
  const parsed = typeof url === "string" ? new URL(url) : url;
  return (TEST_OUTLOOK_HOST !== "" && parsed.hostname === TEST_OUTLOOK_HOST) || WEBMAIL_ADAPTERS.some((adapter) => adapter.matches(parsed));
}

/** The adapter an institution host's `kind` names (policy `webmailHosts`). */
export const ADAPTERS_BY_KIND: Record<WebmailKind, Adapter> = { outlook, gmail, generic };

/**
 * Calls `onCompose` once for each compose editor now in `doc` and each that appears later
 * (one MutationObserver on the document, as gmail.js does), with a signal that aborts when
 * that editor leaves the document or `signal` aborts. Several composes can be open at once.
 *
 * Idle cost (docs/performance.md): a batch is judged by its first record that adds or removes
 * nodes outside a known editor, then one document-wide adapter.findComposes. Looking instead
 * at every added node (`matches`/`querySelector` per added element) was measured slower on
 * the benchmark's busy 5,000-row inbox (~40 records a batch): reading each record and node
 * from the isolated world cost 230–320 µs a batch against ~35 µs for this (warm page,
 * Chromium; Blink's querySelectorAll for the editor selector takes ~30 µs there).
 */
export function watchComposes(
  adapter: Adapter,
  doc: Document,
  signal: AbortSignal,
  onCompose: (compose: Compose, signal: AbortSignal) => void,
): void {
  const live = new Map<HTMLElement, AbortController>();
  const scan = (): void => {
    if (signal.aborted) return;
    for (const [editor, controller] of live) {
      if (!editor.isConnected) {
        controller.abort();
        live.delete(editor);
      }
    }
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
  let queued = false;
  // Typing inside a known editor adds and removes nodes too: that never adds a compose.
  const insideLiveEditor = (node: Node): boolean => {
    for (const editor of live.keys()) if (editor.contains(node)) return true;
    return false;
  };
  const observer = new MutationObserver((records) => {
    if (queued) return;
    if (!records.some((r) => (r.addedNodes.length > 0 || r.removedNodes.length > 0) && !insideLiveEditor(r.target))) return;
    queued = true;
    // Coalesce a burst of mutations (Gmail builds a compose in many steps) into one scan.
    queueMicrotask(() => {
      queued = false;
      scan();
    });
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
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
