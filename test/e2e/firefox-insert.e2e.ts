// One-click fix in Outlook on the web (real RoosterJS) in Firefox ESR, through the MAIN-world
// paste bridge — the Firefox-only path (insert.ts, paste-bridge-main.ts): a
// DataTransfer built in Firefox's isolated world reaches page scripts empty, so the Firefox
// build ships a `"world": "MAIN"` content script that builds the paste event in the page. It
// takes requests only over the MessagePort an isolated-world script hands it at document_start
// (bridge-channel.ts): the page's own hand-over and requests must paste nothing.
//
// The Firefox build under test is a test-only one: `--test-host` adds the local server's host
// to the content scripts' matches (the bridge's two too) and `--test-outlook` makes the content
// script treat that host as Outlook (adapters/index.ts). Nothing else differs from the shipped
// build. Firefox is driven over WebDriver BiDi (test/support/firefox-bidi.ts): the extension is
// installed as a temporary add-on, and the keys and the mouse are the user's own (trusted) —
// Skaidri's card acts on nothing else:
//   caret at the informal greeting, Alt+Shift+S opens its card, a click on "Replace with
//   “Labdien”", Ctrl+Z.
// After each it reads RoosterJS's own model (exportContent) and undo history (snapshots).
//
// A click, not Enter: over BiDi, Firefox ESR 153 delivers Enter and Space to a focused button
// as trusted keydown/keypress/keyup but never activates it (no click) — on a plain page with a
// plain button too, so it is the remote protocol's keys, not Skaidri (checked 3 Dec 2026,
// headless and in a window under Xvfb; document.hasFocus() stays false in both, even after
// browsingContext.activate). Pointer actions do make the trusted click, inside a closed shadow
// root as well.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, expect, test } from "vitest";
import { buildInto } from "../support/build.ts";
import { type BidiFirefox, KEY, launchBidiFirefox } from "../support/firefox-bidi.ts";
import { type ReportServer, startReportServer } from "../support/report-server.ts";
import { fixture, fixtureAsset } from "./harness.ts";

// The page's own scripts (not Skaidri code). The first script in <head> — the earliest a page
// script can run — listens to every message on the window and tries to take over the paste
// bridge: it posts a bridge hand-over with a port of its own (the bridge must already hold
// Skaidri's, handed over at document_start, and ignore this one). Later the test uses that
// port, and the old DOM request, to ask for a paste of the page's own.
const ATTACKER = `<script>
(() => {
  window.__hellos = [];
  addEventListener("message", (e) => window.__hellos.push({ data: String(e.data), ports: e.ports.length }), true);
  const forged = new MessageChannel();
  window.__forged = forged.port1;
  postMessage("skaidri-paste-bridge", "*", [forged.port2]);
})();
</script>`;
// What reaches the page: the DOM requests (the old, spoofable protocol) and paste events.
const RECORDER = `<script>
(() => {
  window.__requests = [];
  window.__pastes = [];
  document.addEventListener("skaidri-paste", (e) => { try { window.__requests.push(String(e.detail)); } catch (error) { window.__requests.push("unreadable"); } }, true);
  addEventListener("paste", (e) => {
    let text = null;
    try { text = e.clipboardData ? e.clipboardData.getData("text/plain") : null; } catch {}
    window.__pastes.push({ trusted: e.isTrusted, text, prevented: e.defaultPrevented });
  });
})();
</script>`;

let server: ReportServer;
let out: string;

beforeAll(async () => {
  // The reply fixture with an informal greeting: the greeting rule offers "Labdien" for "Čau".
  const editorGreeting = '<div class="elementToProof">Labdien, Jāni!</div>';
  const source = fixture("outlook-reply.html");
  expect(source).toContain(editorGreeting);
  const head = '<html lang="lv"><head><meta charset="utf-8">';
  expect(source).toContain(head);
  const page = source
    .replace(head, `${head}${ATTACKER}`)
    .replace(editorGreeting, '<div class="elementToProof">Čau, Jāni!</div>')
    .replace("</body>", `${RECORDER}</body>`);
  server = await startReportServer({ path: "/mail/", page, asset: fixtureAsset, onReport() {} });
  out = await buildInto(`firefox-insert-${process.pid}`, { testHost: server.origin, testOutlook: true });
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

const PLAIN = 'roosterjs.exportContent(__fixtureEditors[0], "PlainText").replace(/\\r\\n/g, "\\n")';
const CAN_UNDO = "__fixtureEditors[0].getSnapshotsManager().canMove(-1)";

function poller(firefox: BidiFirefox) {
  return async <T>(label: string, expression: string, ms = 30_000): Promise<T> => {
    const end = Date.now() + ms;
    for (;;) {
      const value = await firefox.evaluate<T>(expression);
      if (value) return value;
      if (Date.now() > end) throw new Error(`timed out: ${label}\n${firefox.log()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
}

/**
 * The user's own steps once Skaidri runs in the page: the caret at the start of the editor (the
 * informal greeting), Alt+Shift+S, a click on the card's fix; then one Ctrl+Z. `beforeFix` runs
 * once the card is open. Checks the fix landed in RoosterJS's model as one undo step.
 */
async function fixAndUndo(firefox: BidiFirefox, beforeFix: () => Promise<void> = async () => {}): Promise<void> {
  const until = poller(firefox);
  await until("RoosterJS is set up", 'document.documentElement.getAttribute("data-fixture-rooster-ready")');
  await until("the chip counts findings", 'Number(document.querySelector("[data-skaidri-status]")?.getAttribute("data-count")) > 0');
  const before = await firefox.evaluate<string>(PLAIN);
  expect(before.startsWith("Čau, Jāni!")).toBe(true);
  expect(await firefox.evaluate(CAN_UNDO)).toBe(false);
  await firefox.evaluate(`(() => {
    const el = document.querySelector('[aria-multiline="true"][contenteditable="true"]');
    el.focus();
    getSelection().collapse(document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode(), 0);
    return true;
  })()`);
  await beforeFix();
  await firefox.press([KEY.alt, KEY.shift, "S"]);
  await until("the card has the focus", 'document.activeElement && document.activeElement.hasAttribute("data-skaidri-card")');
  expect(await firefox.evaluate<string>(PLAIN)).toBe(before);
  const fix = await firefox.locateInShadow("[data-skaidri-card]", { type: "accessibility", value: { role: "button", name: "Replace with “Labdien”" } });
  expect(fix).not.toBeNull();
  await firefox.click(fix!);
  await until("RoosterJS's model has the fix", `${PLAIN} !== ${JSON.stringify(before)}`);
  expect(await firefox.evaluate<string>(PLAIN)).toBe(before.replace("Čau", "Labdien"));
  expect(await firefox.evaluate(CAN_UNDO)).toBe(true);
  // One undo step: one Ctrl+Z (in the editor, where the fix left the focus) restores the text
  // exactly, and RoosterJS has nothing older to go back to.
  expect(await firefox.evaluate('document.activeElement === document.querySelector("[aria-multiline=true]")')).toBe(true);
  await firefox.press([KEY.control, "z"]);
  await until("Ctrl+Z restores the text", `${PLAIN} === ${JSON.stringify(before)}`);
  expect(await firefox.evaluate(CAN_UNDO)).toBe(false);
  // One paste, built in the page's world, that carried Skaidri's text and that RoosterJS took.
  expect(await firefox.evaluate("window.__pastes")).toEqual([{ trusted: false, text: "Labdien", prevented: true }]);
  expect(await firefox.evaluate('document.querySelector("[aria-multiline=true]").innerHTML.toLowerCase().includes("skaidri")')).toBe(false);
}

test("Firefox ESR: a fix applied by the user's own keys and mouse goes through the MAIN-world paste bridge into RoosterJS's model and undo; the page's own requests paste nothing", async () => {
  const firefox = await launchBidiFirefox();
  try {
    await firefox.send("webExtension.install", { extensionData: { type: "path", path: `${out}/firefox` } });
    await firefox.send("browsingContext.navigate", { context: firefox.context, url: `${server.origin}/mail/`, wait: "complete" });
    await fixAndUndo(firefox, async () => {
      // The page asks for pastes of its own at the caret: through the port it posted, and by the
      // old DOM request. Both are sent before Skaidri's fix, so they would land before it (and
      // fixAndUndo checks the text is unchanged once the card is open).
      await firefox.evaluate(`(() => {
        window.__forged.postMessage({ text: "FORGED " });
        const at = document.createTreeWalker(document.querySelector('[aria-multiline="true"]'), NodeFilter.SHOW_TEXT).nextNode().parentElement;
        at.dispatchEvent(new CustomEvent("skaidri-paste", { detail: JSON.stringify({ text: "FORGED " }), bubbles: true, composed: true }));
        return true;
      })()`);
    });
    // The page saw no request of Skaidri's (only its own DOM one) and no hand-over but its own.
    expect(await firefox.evaluate("window.__requests")).toEqual([JSON.stringify({ text: "FORGED " })]);
    expect(await firefox.evaluate("window.__hellos")).toEqual([{ data: "skaidri-paste-bridge", ports: 1 }]);
  } finally {
    await firefox.close();
  }
}, 150_000);

// Firefox injects the content scripts into pages already open when an extension is installed
// (or updated), one by one, long after document_start: the bridge may come after the channel's
// hand-over, and the content script before the script that opens the channel.
test("Firefox ESR: installed while Outlook is open, the fix still goes through the bridge", async () => {
  const firefox = await launchBidiFirefox();
  try {
    await firefox.send("browsingContext.navigate", { context: firefox.context, url: `${server.origin}/mail/`, wait: "complete" });
    await poller(firefox)("RoosterJS is set up", 'document.documentElement.getAttribute("data-fixture-rooster-ready")');
    await firefox.send("webExtension.install", { extensionData: { type: "path", path: `${out}/firefox` } });
    await fixAndUndo(firefox);
  } finally {
    await firefox.close();
  }
}, 150_000);
