// Skaidri's own language in Firefox ESR (issue 13), the case the choice exists for: an English
// Firefox (no Latvian language pack), where chrome.i18n can only answer in English. Choosing
// Latvian on the options page — with the user's own keys — saves uiLanguage in storage.sync,
// draws the options page again in Latvian, turns the chip on an open compose Latvian without a
// reload, and a popup opened after it speaks Latvian too; "auto" brings the browser's English back.
//
// Firefox is driven over WebDriver BiDi (test/support/firefox-bidi.ts) with a test-only build
// whose content script also matches the local server (as in firefox.e2e.ts). Two things only a
// test may do: the add-on gets a fixed moz-extension:// host (extensions.webextensions.uuids),
// and the remote agent may open extension pages (--remote-allow-system-access). The chip's
// shadow root is closed — the page cannot read it — so it is read the way WebDriver reads
// closed roots: the node serialised with includeShadowTree "all".
import { rmSync } from "node:fs";
import { afterAll, beforeAll, expect, test } from "vitest";
import { GECKO_ID } from "../../src/cli/policy.ts";
import type { Language } from "../../src/core/types.ts";
import { buildInto } from "../support/build.ts";
import { type BidiFirefox, launchBidiFirefox } from "../support/firefox-bidi.ts";
import { type ReportServer, startReportServer } from "../support/report-server.ts";
import { countedMessage, message } from "../support/ui-strings.ts";
import { fixture } from "./harness.ts";

// Any fixed UUID: it only has to be known before the add-on is installed.
const UUID = "5d1a7c3e-0b0f-4c2a-9a51-3f1e2d4c6b7a";
const OPTIONS = `moz-extension://${UUID}/src/options/index.html`;
const POPUP = `moz-extension://${UUID}/src/popup/index.html`;
const ARROW_DOWN = "\uE015";
const ARROW_UP = "\uE013";

let server: ReportServer;
let out: string | undefined;
let firefox: BidiFirefox | undefined;

beforeAll(async () => {
  server = await startReportServer({ path: "/compose", page: fixture("minimal-compose.html"), onReport() {} });
  out = await buildInto(`ui-language-firefox-${process.pid}`, { testHost: server.origin });
  firefox = await launchBidiFirefox({ prefs: { "extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: UUID }) }, systemAccess: true });
  await firefox.send("webExtension.install", { extensionData: { type: "path", path: `${out}/firefox` } });
}, 120_000);

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

interface SerialisedNode {
  type: string;
  value?: { nodeType: number; nodeValue?: string; localName?: string; attributes?: Record<string, string>; children?: SerialisedNode[]; shadowRoot?: SerialisedNode | null };
}

/** The text under the first element matching `match` in a serialised node, shadow roots included. */
function textOf(node: SerialisedNode | null | undefined, match: (n: NonNullable<SerialisedNode["value"]>) => boolean, inside = false): string | null {
  const v = node?.value;
  if (!v) return null;
  const here = inside || (v.nodeType === 1 && match(v));
  if (v.nodeType === 3) return inside ? (v.nodeValue ?? "") : null;
  const parts = [...(v.shadowRoot ? [v.shadowRoot] : []), ...(v.children ?? [])].map((c) => textOf(c, match, here));
  if (here) return parts.filter((p) => p !== null).join("");
  return parts.find((p) => p !== null) ?? null;
}

async function evaluateIn<T>(context: string, expression: string): Promise<T> {
  const result = await firefox!.send<{ type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } }>("script.evaluate", {
    expression: `(async () => JSON.stringify((await (${expression})) ?? null))()`,
    target: { context },
    awaitPromise: true,
  });
  if (result.type !== "success") throw new Error(`evaluate failed: ${JSON.stringify(result.exceptionDetails ?? result)}`);
  return JSON.parse(String(result.result?.value)) as T;
}

async function until<T>(label: string, read: () => Promise<T>, ok: (value: T) => boolean, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  let last: T | undefined;
  for (;;) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch {
      // A page mid-load (the options page draws itself again on a change): read again.
    }
    if (Date.now() > end) throw new Error(`timed out: ${label} (last: ${JSON.stringify(last)})\n${firefox!.log()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function openTab(url: string): Promise<string> {
  const { context } = await firefox!.send<{ context: string }>("browsingContext.create", { type: "tab" });
  await firefox!.send("browsingContext.navigate", { context, url, wait: "complete" });
  return context;
}

/** The chip's label ("Skaidri · 8 findings") and count, read through its closed shadow root. */
async function chip(context: string): Promise<{ label: string | null; count: number }> {
  const result = await firefox!.send<{ type: string; result?: SerialisedNode }>("script.evaluate", {
    expression: 'document.querySelector("[data-skaidri-status]")',
    target: { context },
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 12, includeShadowTree: "all" },
  });
  const host = result.result;
  return { label: textOf(host, (v) => v.localName === "button" && /\btoggle\b/.test(v.attributes?.class ?? "")), count: Number(host?.value?.attributes?.["data-count"] ?? -1) };
}

const chipSays = (language: Language, c: { label: string | null; count: number }) => c.count > 0 && c.label?.includes(countedMessage(language, "chipCount", c.count)!) === true;

/** Moves the language <select> one option with the user's own (trusted) arrow key. */
async function chooseWithKey(options: string, key: string): Promise<void> {
  await firefox!.send("browsingContext.activate", { context: options });
  await evaluateIn(options, 'document.getElementById("ui-language").focus()');
  await firefox!.send("input.performActions", {
    context: options,
    actions: [{ type: "key", id: "keyboard", actions: [{ type: "keyDown", value: key }, { type: "keyUp", value: key }] }],
  });
}

test("an English Firefox: choosing Latvian on the options page makes the options page, an open compose's chip and the popup speak Latvian", async () => {
  expect(await evaluateIn(firefox!.context, "navigator.language")).toMatch(/^en/);
  const optionsTitle = (language: Language) => message(language, "optionsTitle");
  expect(optionsTitle("lv")).not.toBe(optionsTitle("en"));

  // A compose open all along, in the browser's language first.
  const compose = await openTab(`${server.origin}/compose`);
  const english = await until("the chip speaks English", () => chip(compose), (c) => chipSays("en", c));
  expect(chipSays("lv", english)).toBe(false);

  const options = await openTab(OPTIONS);
  const heading = () => evaluateIn<{ lang: string; h1?: string }>(options, '({ lang: document.documentElement.lang, h1: document.querySelector("h1")?.textContent })');
  await until("the options page in English", heading, (h) => h.lang === "en" && h.h1 === optionsTitle("en"));
  const choice = () => evaluateIn<string | null>(options, 'document.getElementById("ui-language")?.value ?? null');
  await until("the language choice shows auto", choice, (v) => v === "auto");

  // "auto" → "lv": the next option, chosen with the arrow key as a keyboard user would.
  await chooseWithKey(options, ARROW_DOWN);
  await until("uiLanguage saved in storage.sync", () => evaluateIn(options, 'browser.storage.sync.get("uiLanguage").then((s) => s.uiLanguage)'), (v) => v === "lv");
  // The page is drawn again (a reload) in Latvian: its lang and its heading both say so.
  await until("the options page in Latvian", heading, (h) => h.lang === "lv" && h.h1 === optionsTitle("lv"));
  await until("the language choice shows lv", choice, (v) => v === "lv");

  // The open compose follows without a reload (storage.onChanged).
  const latvian = await until("the chip speaks Latvian", () => chip(compose), (c) => chipSays("lv", c));
  expect(latvian.label).not.toContain(countedMessage("en", "chipCount", latvian.count));

  // A popup opened now reads the choice and speaks Latvian.
  const popup = await openTab(POPUP);
  const popupSays = () =>
    evaluateIn<{ lang: string; button?: string; search?: string }>(
      popup,
      '({ lang: document.documentElement.lang, button: document.querySelector("header button")?.textContent, search: document.querySelector("input[type=search]")?.placeholder })',
    );
  const popupLv = await until("the popup in Latvian", popupSays, (p) => p.lang === "lv" && p.button === message("lv", "popupOpenOptions"));
  expect(popupLv.search).toBe(message("lv", "tplSearch"));
  expect(message("lv", "tplSearch")).not.toBe(message("en", "tplSearch"));
  await firefox!.send("browsingContext.close", { context: popup });

  // Back to "auto" (the option above): the browser's English again, everywhere.
  await chooseWithKey(options, ARROW_UP);
  await until("uiLanguage back to auto", () => evaluateIn(options, 'browser.storage.sync.get("uiLanguage").then((s) => s.uiLanguage)'), (v) => v === "auto");
  await until("the options page in English again", heading, (h) => h.lang === "en" && h.h1 === optionsTitle("en"));
  await until("the language choice shows auto again", choice, (v) => v === "auto");
  await until("the chip in English again", () => chip(compose), (c) => chipSays("en", c));
}, 120_000);
