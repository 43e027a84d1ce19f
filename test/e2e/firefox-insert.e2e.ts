// One-click fix in Outlook on the web (real RoosterJS) in Firefox ESR, through the MAIN-world
// paste bridge — the Firefox-only path (insert.ts, paste-bridge-main.ts): a
// DataTransfer built in Firefox's isolated world reaches page scripts empty, so the Firefox
// build ships a `"world": "MAIN"` content script that builds the paste event in the page.
//
// The Firefox build under test is a test-only one: `--test-host` adds the local server's host
// to the content scripts' matches (the bridge's too) and `--test-outlook` makes the content
// script treat that host as Outlook (adapters/index.ts). Nothing else differs from the shipped
// build. Firefox is driven over WebDriver BiDi (test/support/firefox-bidi.ts): the extension is
// installed as a temporary add-on, and the keys are the user's own (trusted) — Skaidri's card
// acts on nothing else:
//   caret at the informal greeting, Alt+Shift+S opens its card, Enter on "Replace with “Labdien”".
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

// BLOCKED (issue 10, reported to the lead): over BiDi, Alt+Shift+S opens the card and moves
// focus into it and Escape closes it (checked), but Enter on the focused "Replace with …" button
// does not yet put the fix in; not found before the session's end. The old page-driven version
// cannot work any more: the card's buttons sit in a closed shadow root and act on trusted events only.
// Narrowed (Firefox ESR, 2 Dec, a diagnostic run 3 s after Enter): the bridge saw no request
// (window.__requests = []), no paste reached the page, the editor is unchanged and focus is still
// on the card's host — so the card's trusted() apply handler never ran: the cause is before
// insert.ts and the bridge (no trusted click from Enter on the button in the closed root over
// BiDi; Space instead of Enter: the same). Next: log keydown/click and the focused element inside
// the root (from the content script), then try a BiDi pointer click on the button.
test.skip("Firefox ESR: a fix applied by the user's own keys goes through the MAIN-world paste bridge into RoosterJS's model and undo", async () => {
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
    await until("RoosterJS's model has the fix", `${plain} !== ${JSON.stringify(before)}`);
    const after = await firefox.evaluate<string>(plain);
    expect(after).toBe(before.replace("Čau", "Labdien"));
    expect(await firefox.evaluate(canUndo)).toBe(true);
    await firefox.evaluate("(roosterjs.undo(__fixtureEditors[0]), true)");
    await until("RoosterJS's undo restores the text", `${plain} === ${JSON.stringify(before)}`);

    // One request from the content script, one paste built in the page's world that carried
    // the text and that RoosterJS took.
    expect(await firefox.evaluate("window.__requests")).toEqual([JSON.stringify({ text: "Labdien" })]);
    expect(await firefox.evaluate("window.__pastes")).toEqual([{ trusted: false, text: "Labdien", prevented: true }]);
    expect(await firefox.evaluate('document.querySelector("[aria-multiline=true]").innerHTML.toLowerCase().includes("skaidri")')).toBe(false);
  } finally {
    await firefox.close();
    rmSync(out, { recursive: true, force: true });
  }
}, 150_000);
