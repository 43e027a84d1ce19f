// One-click fix in Outlook on the web (real RoosterJS) in Firefox ESR, through the MAIN-world
// paste bridge — the Firefox-only path (insert.ts, paste-bridge-main.ts): a DataTransfer
// built in Firefox's isolated world reaches page scripts empty, so the Firefox build ships a
// `"world": "MAIN"` content script that builds the paste event in the page. (Checked by hand
// with this test and the bridge switched off: the paste reaches RoosterJS with empty text,
// RoosterJS cancels it, and nothing is inserted.)
//
// The Firefox build under test is a test-only one: `--test-host` adds the local server's host
// to the content scripts' matches (the bridge's too) and `--test-outlook` makes the content
// script treat that host as Outlook (adapters/index.ts). Nothing else differs from the shipped
// build: the content script, the bridge and the manifest entries are the real ones.
//
// playwright-core cannot drive stock Firefox, so the page drives the user's paths itself and
// reports to the server — through the content script's real handlers (page-made events are
// untrusted; nothing on these paths checks isTrusted):
//   1 caret at the informal greeting, Alt+Shift+S opens its card, "Replace with “Labdien”";
//   2 the chip's checklist opens the missing feedback invitation, whose fix is multi-line
//     text (as templates are: the same adapter.insertText → insertByPaste).
// After each it reads RoosterJS's own model (exportContent) and undo history (snapshots), and
// undoes with RoosterJS's undo (what its Ctrl+Z runs).
import { rmSync } from "node:fs";
import { afterAll, beforeAll, expect, test } from "vitest";
import { buildInto } from "../support/build.ts";
import { runFirefox, within } from "../support/firefox.ts";
import { type ReportServer, startReportServer } from "../support/report-server.ts";
import { fixture, fixtureAsset } from "./harness.ts";

interface Result {
  ok: boolean;
  error?: string;
  before?: string;
  after?: string;
  undone?: string;
  canUndoBefore?: boolean;
  canUndoAfter?: boolean;
  multiline?: string;
  multilineUndone?: string;
  canUndoMultiline?: boolean;
  /** `skaidri-paste` requests the page saw (the content script's hand-over to the bridge). */
  requests?: string[];
  /** Paste events the page (RoosterJS) received. */
  pastes?: { trusted: boolean; text: string | null; prevented: boolean }[];
  skaidriInEditor?: boolean;
  pageErrors?: string[];
}

// The page's own script (runs in the page, after RoosterJS is set up). Waits poll a condition
// every 50 ms up to a deadline — never a fixed sleep.
const DRIVER = `<script>
(() => {
  const steps = [];
  const pageErrors = [];
  addEventListener("error", (e) => pageErrors.push(String(e.message)));
  const send = (path, body) => fetch(path, { method: "POST", body: JSON.stringify(body) });
  const step = (name) => { steps.push(name); send("/step", { name }); };
  step("driver loaded, rooster " + document.documentElement.getAttribute("data-fixture-rooster-ready"));
  const until = (label, fn, ms = 30000) => new Promise((resolve, reject) => {
    const end = Date.now() + ms;
    const check = () => {
      let value;
      try { value = fn(); } catch (e) { return reject(e); }
      if (value) return resolve(value);
      if (Date.now() > end) return reject(new Error("timed out: " + label));
      setTimeout(check, 50);
    };
    check();
  });
  const requests = [];
  const pastes = [];
  document.addEventListener("skaidri-paste", (e) => {
    try { requests.push(String(e.detail)); } catch (error) { requests.push("unreadable: " + error); }
  }, true);
  // Bubble phase on window: after RoosterJS (at the editor) has handled the paste.
  addEventListener("paste", (e) => {
    let text = null;
    try { text = e.clipboardData ? e.clipboardData.getData("text/plain") : null; } catch {}
    pastes.push({ trusted: e.isTrusted, text, prevented: e.defaultPrevented });
  });

  async function run() {
    const rooster = window.roosterjs;
    const editor = window.__fixtureEditors[0];
    const el = document.querySelector('[aria-multiline="true"][contenteditable="true"]');
    // RoosterJS's plain-text export of its model, with "\\n" line ends (it writes "\\r\\n").
    const plain = () => rooster.exportContent(editor, "PlainText").replace(/\\r\\n/g, "\\n");
    const canUndo = () => editor.getSnapshotsManager().canMove(-1);
    step("rooster ready");
    await until("the content script's chip counts findings", () => Number(document.querySelector("[data-skaidri-status]")?.getAttribute("data-count")) > 0);
    step("findings shown");
    const before = plain();
    const canUndoBefore = canUndo();

    // The caret at the start of the editor (the informal greeting), then Alt+Shift+S.
    el.focus();
    const first = document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode();
    getSelection().collapse(first, 0);
    const applyButton = (word) => () => {
      const root = document.querySelector("[data-skaidri-card]")?.shadowRoot;
      const box = root?.querySelector(".card");
      if (!box || box.hidden) return null;
      return [...root.querySelectorAll("button.primary")].find((b) => b.textContent.includes(word)) ?? "other";
    };
    let button = null;
    for (let i = 0; i < 8 && !(button instanceof HTMLElement); i++) {
      const target = document.activeElement === el ? el : (document.activeElement ?? el);
      target.dispatchEvent(new KeyboardEvent("keydown", { key: "S", code: "KeyS", altKey: true, shiftKey: true, bubbles: true, cancelable: true, composed: true }));
      button = await until("the card opens", applyButton("Labdien"), 10000);
    }
    if (!(button instanceof HTMLElement)) throw new Error("no card offered the greeting fix");
    step("card open: " + button.textContent);

    button.click();
    await until("RoosterJS's model has the fix", () => plain() !== before, 10000);
    step("applied");
    const after = plain();
    const canUndoAfter = canUndo();
    const skaidriInEditor = el.innerHTML.toLowerCase().includes("skaidri");

    rooster.undo(editor);
    await until("RoosterJS's undo restores the text", () => plain() === before, 10000);
    step("undone");
    const undone = plain();

    // Second path, multi-line text (as templates are): the chip's checklist opens the card of
    // the missing feedback invitation, whose fix inserts a sentence and a blank line.
    const chip = document.querySelector("[data-skaidri-status]").shadowRoot;
    chip.querySelector("button.toggle").click();
    const items = await until("the checklist lists missing parts", () => {
      const found = [...chip.querySelectorAll("button.item")];
      return found.length > 0 ? found : null;
    });
    let invite = null;
    for (const item of items) {
      item.click();
      const offered = await until("the card opens", applyButton("Aicinām"), 10000);
      if (offered instanceof HTMLElement) {
        invite = offered;
        break;
      }
    }
    if (!invite) throw new Error("no card offered the feedback invitation");
    step("card open: " + invite.textContent);
    invite.click();
    await until("RoosterJS's model has the invitation", () => plain() !== undone, 10000);
    step("invitation applied");
    const multiline = plain();
    const canUndoMultiline = canUndo();
    rooster.undo(editor);
    await until("one undo removes the whole invitation", () => plain() === undone, 10000);
    step("invitation undone");
    return { ok: true, before, after, undone, multiline, multilineUndone: plain(), canUndoBefore, canUndoAfter, canUndoMultiline, requests, pastes, skaidriInEditor, pageErrors };
  }
  const start = () => run().catch((error) => ({ ok: false, error: String(error) + " | " + String(error && error.stack), steps, requests, pastes, pageErrors }))
    .then((result) => send("/result", result));
  if (document.documentElement.hasAttribute("data-fixture-rooster-ready")) start();
  else addEventListener("load", start, { once: true });
})();
</script>`;

/** The feedback-invitation rule's fix for a Latvian reply without one (src/core/rules/feedback-invitation.ts). */
const INVITATION = "Aicinām Jūs izteikt savu viedokli, jautājumus vai priekšlikumus mūsu tīmekļvietnē.\n\n";

let server: ReportServer;
const steps: string[] = [];
let settle: (result: Result) => void;
const result = new Promise<Result>((resolve) => {
  settle = resolve;
});

beforeAll(async () => {
  // The reply fixture with an informal greeting: the greeting rule offers "Labdien" for "Čau".
  const editorGreeting = '<div class="elementToProof">Labdien, Jāni!</div>';
  const source = fixture("outlook-reply.html");
  expect(source).toContain(editorGreeting);
  const page = source
    .replace(editorGreeting, '<div class="elementToProof">Čau, Jāni!</div>')
    .replace("</body>", `${DRIVER}</body>`);
  server = await startReportServer({
    path: "/mail/",
    page,
    asset: fixtureAsset,
    onReport(path, body) {
      try {
        const data = JSON.parse(body);
        if (path === "/step") steps.push(data.name);
        if (path === "/result") settle(data as Result);
      } catch {
        // A malformed report: ignore it; the test times out with the steps seen.
      }
    },
  });
});

afterAll(async () => {
  await server?.close();
});

test("Firefox ESR: a one-click fix in Outlook's RoosterJS goes through the MAIN-world paste bridge, into the model and its undo", async () => {
  const out = await buildInto(`firefox-insert-${process.pid}`, { testHost: server.origin, testOutlook: true });
  const firefox = runFirefox(`${out}/firefox`, `${server.origin}/mail/`);
  let got: Result;
  try {
    got = await within(
      Promise.race([result, firefox.exited]),
      60_000,
      () => `No result from the page within 60 s. Requests: ${server.requested.join(", ")}. Steps: ${steps.join(" → ")}\nweb-ext said:\n${firefox.log()}`,
    );
  } finally {
    await firefox.stop();
    rmSync(out, { recursive: true, force: true });
  }
  expect(got.error, `steps: ${steps.join(" → ")}; ${JSON.stringify(got)}`).toBeUndefined();
  expect(got.ok).toBe(true);
  // 1. Alt+Shift+S, "Replace with “Labdien”": RoosterJS's own model holds the fix, only the fix.
  expect(got.before!.startsWith("Čau, Jāni!")).toBe(true);
  expect(got.after).toBe(got.before!.replace("Čau", "Labdien"));
  // Recorded in RoosterJS's undo history; its undo restores the text exactly.
  expect(got.canUndoBefore).toBe(false);
  expect(got.canUndoAfter).toBe(true);
  expect(got.undone).toBe(got.before);
  // 2. The checklist's missing feedback invitation: multi-line text, like a template, lands
  // before "Ar cieņu" with its line breaks; one undo removes all of it.
  expect(got.multiline).toBe(got.before!.replace("Ar cieņu", `${INVITATION}Ar cieņu`));
  expect(got.canUndoMultiline).toBe(true);
  expect(got.multilineUndone).toBe(got.before);
  // Both went through the bridge: one request each from the content script, one paste each
  // built in the page's world that carried the text and that RoosterJS took (defaultPrevented).
  expect(got.requests).toEqual([JSON.stringify({ text: "Labdien" }), JSON.stringify({ text: INVITATION })]);
  expect(got.pastes).toEqual([
    { trusted: false, text: "Labdien", prevented: true },
    { trusted: false, text: INVITATION, prevented: true },
  ]);
  expect(got.skaidriInEditor).toBe(false);
  expect(got.pageErrors).toEqual([]);
}, 150_000);
