// One-click fix in Outlook on the web (real RoosterJS) in Firefox ESR, through the MAIN-world
// paste bridge — the Firefox-only path (insert.ts, paste-bridge-main.ts, paste-bridge-key.ts): a
// DataTransfer built in Firefox's isolated world reaches page scripts empty, so the Firefox
// build ships a `"world": "MAIN"` content script that builds the paste event in the page, and
// pastes only requests signed with the per-page key an isolated-world script handed it at
// document_start.
//
// The Firefox build under test is a test-only one: `--test-host` adds the local server's host
// to the content scripts' matches (the bridge's too) and `--test-outlook` makes the content
// script treat that host as Outlook (adapters/index.ts). Nothing else differs from the shipped
// build. Firefox is driven over WebDriver BiDi (test/support/firefox-bidi.ts): the extension is
// installed as a temporary add-on, and the keys are the user's own (trusted) — Skaidri's card
// acts on nothing else:
//   1 caret at the informal greeting, Alt+Shift+S opens its card, Enter on "Replace with “Labdien”";
//   2 a page script forges bridge requests (unsigned, and with a made-up key): nothing is pasted.
// After each it reads RoosterJS's own model (exportContent) and undo history (snapshots).
import { rmSync } from "node:fs";
import { afterAll, beforeAll, expect, test } from "vitest";
import { buildInto } from "../support/build.ts";
import { KEY, launchBidiFirefox } from "../support/firefox-bidi.ts";
import { type ReportServer, startReportServer } from "../support/report-server.ts";
import { fixture, fixtureAsset } from "./harness.ts";

// The page's own recorder (not Skaidri code): the bridge requests and paste events it sees.
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

beforeAll(async () => {
  // The reply fixture with an informal greeting: the greeting rule offers "Labdien" for "Čau".
  const editorGreeting = '<div class="elementToProof">Labdien, Jāni!</div>';
  const source = fixture("outlook-reply.html");
  expect(source).toContain(editorGreeting);
  const page = source.replace(editorGreeting, '<div class="elementToProof">Čau, Jāni!</div>').replace("</body>", `${RECORDER}</body>`);
  server = await startReportServer({ path: "/mail/", page, asset: fixtureAsset, onReport() {} });
});

afterAll(async () => {
  await server?.close();
});

test("Firefox ESR: a fix applied by the user's keys goes through the signed MAIN-world paste bridge into RoosterJS's model and undo; forged requests paste nothing", async () => {
  const out = await buildInto(`firefox-insert-${process.pid}`, { testHost: server.origin, testOutlook: true });
  const firefox = await launchBidiFirefox();
  try {
    await firefox.send("webExtension.install", { extensionData: { type: "path", path: `${out}/firefox` } });
    await firefox.send("browsingContext.navigate", { context: firefox.context, url: `${server.origin}/mail/`, wait: "complete" });
    const until = async <T>(label: string, expression: string, ms = 30_000): Promise<T> => {
      const end = Date.now() + ms;
      for (;;) {
        const value = await firefox.evaluate<T>(expression);
        if (value) return value;
        if (Date.now() > end) throw new Error(`timed out: ${label}\n${firefox.log()}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    await until("RoosterJS is set up", 'document.documentElement.getAttribute("data-fixture-rooster-ready")');
    await until("the chip counts findings", 'Number(document.querySelector("[data-skaidri-status]")?.getAttribute("data-count")) > 0');
    const plain = 'roosterjs.exportContent(__fixtureEditors[0], "PlainText").replace(/\\r\\n/g, "\\n")';
    const canUndo = "__fixtureEditors[0].getSnapshotsManager().canMove(-1)";
    const before = await firefox.evaluate<string>(plain);
    expect(before.startsWith("Čau, Jāni!")).toBe(true);
    expect(await firefox.evaluate(canUndo)).toBe(false);

    // The page forges bridge requests: unsigned, then after offering a key of its own.
    await firefox.evaluate(`(() => {
      const editor = document.querySelector('[aria-multiline="true"] div');
      document.dispatchEvent(new CustomEvent("skaidri-bridge-key", { detail: "0".repeat(64) }));
      editor.dispatchEvent(new CustomEvent("skaidri-paste", { detail: JSON.stringify({ text: "FORGED" }), bubbles: true }));
      editor.dispatchEvent(new CustomEvent("skaidri-paste", { detail: JSON.stringify({ text: "FORGED", nonce: "00", mac: "00".repeat(32) }), bubbles: true }));
      return true;
    })()`);

    // The caret at the start of the editor (the informal greeting); the user presses Alt+Shift+S, then Enter.
    await firefox.evaluate(`(() => {
      const el = document.querySelector('[aria-multiline="true"][contenteditable="true"]');
      el.focus();
      getSelection().collapse(document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode(), 0);
      return true;
    })()`);
    await firefox.press([KEY.alt, KEY.shift, "S"]);
    await until("the card has the focus", 'document.activeElement && document.activeElement.hasAttribute("data-skaidri-card")');
    await firefox.press([KEY.enter]);
    await new Promise((r) => setTimeout(r, 3000));
    console.log("FFDEBUG", JSON.stringify(await firefox.evaluate("[window.__requests, window.__pastes, document.activeElement && document.activeElement.outerHTML.slice(0,60)]")));
    await until("RoosterJS's model has the fix", `${plain} !== ${JSON.stringify(before)}`);
    const after = await firefox.evaluate<string>(plain);
    expect(after).toBe(before.replace("Čau", "Labdien"));
    expect(await firefox.evaluate(canUndo)).toBe(true);
    await firefox.evaluate("(roosterjs.undo(__fixtureEditors[0]), true)");
    await until("RoosterJS's undo restores the text", `${plain} === ${JSON.stringify(before)}`);

    // One signed request from the content script (besides the page's two forgeries), one paste
    // built in the page's world that carried the text and that RoosterJS took.
    const requests = await firefox.evaluate<string[]>("window.__requests");
    expect(requests).toHaveLength(3);
    const signed = JSON.parse(requests[2]!) as { text: string; nonce: string; mac: string };
    expect(signed.text).toBe("Labdien");
    expect(signed.mac).toMatch(/^[0-9a-f]{64}$/);
    expect(await firefox.evaluate("window.__pastes")).toEqual([{ trusted: false, text: "Labdien", prevented: true }]);
    expect(await firefox.evaluate('document.querySelector("[aria-multiline=true]").innerHTML.toLowerCase().includes("skaidri")')).toBe(false);
  } finally {
    await firefox.close();
    rmSync(out, { recursive: true, force: true });
  }
}, 150_000);
