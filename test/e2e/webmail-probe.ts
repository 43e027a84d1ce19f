// A test-only bundle of the webmail modules (adapters, text map, insert, caret), injected by
// webmail-insert.e2e.ts into an ISOLATED world of the routed webmail page — as a content
// script runs — and driven through `globalThis.skaidriProbe`. Not shipped.
import type { Compose } from "../../src/webmail/adapter.ts";
import { adapterFor, WEBMAIL_ADAPTERS } from "../../src/webmail/adapters/index.ts";
import { type CaretTracker, trackCaret } from "../../src/webmail/caret.ts";
import { openBridgeChannel } from "../../src/webmail/bridge-channel.ts";
import { usePasteBridge } from "../../src/webmail/insert.ts";
import { buildTextMap } from "../../src/webmail/text-map.ts";

let adapter = adapterFor(location.href);
const carets = new Map<HTMLElement, CaretTracker>();

function compose(index: number): Compose {
  const found = adapter.findComposes(document)[index];
  if (!found) throw new Error(`no compose ${index}`);
  return found;
}

function mapOf(c: Compose, includeQuote = false) {
  return buildTextMap(c.editor, {
    quoteStart: adapter.findQuoteStart(c.editor),
    signature: adapter.findSignature(c.editor),
    includeQuote,
  });
}

const probe = {
  adapterName: () => adapter.name,
  /** Use a webmail adapter on another host (pages where the extension's own script does not run). */
  use(name: string) {
    adapter = WEBMAIL_ADAPTERS.find((a) => a.name === name) ?? adapter;
  },
  composes: () => adapter.findComposes(document).length,
  text: (index = 0, includeQuote = false) => mapOf(compose(index), includeQuote).text,
  hints: (index = 0) => mapOf(compose(index)).hints,
  quoteId: (index = 0) => (adapter.findQuoteStart(compose(index).editor) as Element | null)?.id ?? null,
  signatureText: (index = 0) => {
    const map = mapOf(compose(index));
    const span = map.hints.signature;
    return span ? map.text.slice(span.start, span.end) : null;
  },
  /** Replaces the first occurrence of `search` in the user's text of compose `index`. */
  async replace(search: string, replacement: string, index = 0) {
    const c = compose(index);
    const map = mapOf(c);
    const at = map.text.indexOf(search);
    if (at < 0) throw new Error(`"${search}" not in the user's text`);
    return adapter.insertText(c, map.rangeFor(at, at + search.length), replacement);
  },
  /** Send Outlook pastes through the MAIN-world bridge (as the Firefox build does), over a channel opened now. */
  useBridge: () => {
    const port = openBridgeChannel(window);
    usePasteBridge(() => port);
  },
  trackCaret(index = 0) {
    const c = compose(index);
    carets.set(c.editor, trackCaret(c.editor, new AbortController().signal));
  },
  /** Inserts at the remembered caret of compose `index`. */
  async insertAtCaret(text: string, index = 0) {
    const c = compose(index);
    const range = carets.get(c.editor)?.last();
    if (!range) return false;
    return adapter.insertText(c, range, text);
  },
  caretOffset(index = 0) {
    const c = compose(index);
    const range = carets.get(c.editor)?.last();
    return range ? mapOf(c).offsetOf(range.startContainer, range.startOffset) : null;
  },
  /** Milliseconds to map compose `index`: the fastest of `runs` (warm, without GC pauses and the load of a shared machine). */
  timeMap(index = 0, runs = 20, includeQuote = false) {
    const c = compose(index);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      mapOf(c, includeQuote);
      times.push(performance.now() - t);
    }
    return Math.min(...times);
  },
};

(globalThis as { skaidriProbe?: typeof probe }).skaidriProbe = probe;
