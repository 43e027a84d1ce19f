// The webmail adapters, text map, caret tracker and insertion in real Chromium, on the real
// webmail URLs (fixtures served by route interception), with the shipped build loaded.
// The modules are bundled (test/e2e/webmail-probe.ts) and run in an ISOLATED world of the
// page, as a content script does; the Outlook pages run the real RoosterJS editor from npm.
import { build } from "esbuild";
import type { CDPSession, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fixture, launch, openWebmail, ROOT, type Session } from "./harness.ts";

const GMAIL = "https://mail.google.com/mail/u/0/#inbox";
const GMAIL_POPOUT = "https://mail.google.com/mail/u/0/?view=cm&fs=1&tf=1";
const OUTLOOK = "https://outlook.office.com/mail/";
const OUTLOOK_POPOUT = "https://outlook.office.com/mail/deeplink/compose?mailtouri=mailto%3Ajanis%40example.lv";

let session: Session;
let probeSource: string;
let bridgeSource: string;

beforeAll(async () => {
  const bundled = await build({
    entryPoints: [`${ROOT}/test/e2e/webmail-probe.ts`],
    bundle: true,
    write: false,
    format: "iife",
    target: "chrome120",
  });
  probeSource = bundled.outputFiles[0]!.text;
  const bridge = await build({
    entryPoints: [`${ROOT}/test/e2e/webmail-bridge-main.ts`],
    bundle: true,
    write: false,
    format: "iife",
    target: "chrome120",
  });
  bridgeSource = bridge.outputFiles[0]!.text;
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

interface Probe {
  page: Page;
  errors: string[];
  call<T = unknown>(fn: string, ...args: unknown[]): Promise<T>;
  /** The body editor's HTML (main world: what the webmail itself sees). */
  html(index?: number): Promise<string>;
}

async function evaluateIn(cdp: CDPSession, contextId: number, expression: string): Promise<unknown> {
  const result = await cdp.send("Runtime.evaluate", { expression, contextId, awaitPromise: true, returnByValue: true });
  if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
  return result.result.value;
}

async function open(url: string, name: string): Promise<Probe> {
  const page = await openWebmail(session, url, fixture(name));
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  if (name.startsWith("outlook")) {
    await page.waitForFunction(() => document.documentElement.hasAttribute("data-fixture-rooster-ready"));
  }
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send("Page.getFrameTree");
  const { executionContextId } = await cdp.send("Page.createIsolatedWorld", {
    frameId: frameTree.frame.id,
    worldName: "skaidri-e2e-probe",
  });
  await evaluateIn(cdp, executionContextId, probeSource);
  const editors = name.startsWith("gmail") ? '[g_editable="true"]' : '[aria-multiline="true"]';
  return {
    page,
    errors,
    call: async <T>(fn: string, ...args: unknown[]) =>
      (await evaluateIn(cdp, executionContextId, `skaidriProbe.${fn}(${args.map((a) => JSON.stringify(a)).join(",")})`)) as T,
    html: (index = 0) => page.evaluate(([sel, i]) => document.querySelectorAll(sel as string)[i as number]!.innerHTML, [editors, index]),
  };
}

const USER_TEXT = "Labdien, Jāni!\n\nJūsu iesniegums ir nodots atbildīgajai struktūrvienībai.\n\nAr cieņu\n\n";

describe("Gmail", () => {
  test("a reply: replace a word as one browser-undo step; Ctrl+Z restores exactly", async () => {
    const probe = await open(GMAIL, "gmail-reply-expanded.html");
    expect(await probe.call("composes")).toBe(1);
    const before = await probe.html();
    const text = await probe.call<string>("text");
    expect(text.startsWith(USER_TEXT)).toBe(true);
    expect(text).not.toContain("eskalēt"); // the quote is not the user's text

    expect(await probe.call("replace", "struktūrvienībai", "nodaļai")).toBe(true);
    expect(await probe.call("text")).toBe(text.replace("struktūrvienībai", "nodaļai"));
    expect(await probe.html()).toBe(before.replace("struktūrvienībai", "nodaļai"));

    await probe.page.keyboard.press("Control+z");
    await expect.poll(() => probe.html()).toBe(before);
    expect(await probe.call("text")).toBe(text);
    expect(probe.errors).toEqual([]);
    await probe.page.close();
  });

  test("multi-line text keeps its line breaks and is still one undo step", async () => {
    const probe = await open(GMAIL, "gmail-reply-collapsed.html");
    const before = await probe.html();
    const text = await probe.call<string>("text");
    expect(await probe.call("replace", "Ar cieņu", "Ar cieņu,\nAnna Ozola\nVecākā referente")).toBe(true);
    expect(await probe.call("text")).toBe(text.replace("Ar cieņu", "Ar cieņu,\nAnna Ozola\nVecākā referente"));
    await probe.page.keyboard.press("Control+z");
    await expect.poll(() => probe.html()).toBe(before);
    await probe.page.close();
  });

  test("two windows: an insertion touches only its own compose", async () => {
    const probe = await open(GMAIL, "gmail-new-message.html");
    expect(await probe.call("composes")).toBe(2);
    const first = await probe.html(0);
    await probe.page.locator('[g_editable="true"]').nth(1).focus();
    await probe.page.keyboard.type("Labdien, Ilze!");
    expect(await probe.call("replace", "Ilze", "Ilze Kalniņa", 1)).toBe(true);
    expect(await probe.call("text", 1)).toBe("Labdien, Ilze Kalniņa!");
    expect(await probe.html(0)).toBe(first);
    await probe.page.close();
  });

  test("the caret is remembered after focus moves away, and a template goes there", async () => {
    const probe = await open(GMAIL_POPOUT, "gmail-popout.html");
    await probe.call("trackCaret");
    const editor = probe.page.locator('[g_editable="true"]');
    await editor.click();
    await probe.page.keyboard.press("Control+Home");
    await probe.page.keyboard.press("End"); // end of "Labdien!"
    await probe.page.locator('input[name="subjectbox"]').click(); // focus leaves the editor
    expect(await probe.call("caretOffset")).toBe("Labdien!".length);
    expect(await probe.call("insertAtCaret", " Paldies par vēstuli.")).toBe(true);
    expect((await probe.call<string>("text")).split("\n")[0]).toBe("Labdien! Paldies par vēstuli.");
    await probe.page.close();
  });

  test("reading never changes the editor: its HTML stays byte for byte, nothing of Skaidri's inside", async () => {
    const probe = await open(GMAIL, "gmail-reply-expanded.html");
    const before = await probe.html();
    await probe.call("trackCaret");
    await probe.call("text");
    await probe.call("hints");
    expect(await probe.html()).toBe(before);
    expect(before.toLowerCase()).not.toContain("skaidri");
    await probe.page.close();
  });

  test("drifted page: no compose found, no page errors, Send still works", async () => {
    const probe = await open(GMAIL, "gmail-drifted.html");
    expect(await probe.call("composes")).toBe(0);
    await probe.page.getByRole("button", { name: "Sūtīt ‪(Ctrl+Enter)‬" }).click();
    await expect.poll(() => probe.page.evaluate(() => document.documentElement.dataset.fixtureSends)).toBe("send");
    expect(probe.errors).toEqual([]);
    await probe.page.close();
  });
});

describe("Outlook (real RoosterJS)", () => {
  test("the adapter reads RoosterJS's DOM: quote from #appendonsend, #Signature", async () => {
    const probe = await open(OUTLOOK, "outlook-reply.html");
    expect(await probe.call("composes")).toBe(1);
    expect(await probe.call("quoteId")).toBe("appendonsend");
    expect(await probe.call("signatureText")).toBe("Anna Ozola\nVecākā referente\nTālr. 67000000");
    expect(await probe.call("text")).toBe(`${USER_TEXT}Anna Ozola\nVecākā referente\nTālr. 67000000\n`);
    await probe.page.close();
  });

  test("replace through RoosterJS's paste path; RoosterJS's own Ctrl+Z restores exactly", async () => {
    const probe = await open(OUTLOOK, "outlook-reply.html");
    const before = await probe.html();
    const text = await probe.call<string>("text");
    const canUndo = () => probe.page.evaluate(() => (window as unknown as { __fixtureEditors: { getSnapshotsManager(): { canMove(n: number): boolean } }[] }).__fixtureEditors[0]!.getSnapshotsManager().canMove(-1));
    expect(await canUndo()).toBe(false);

    expect(await probe.call("replace", "struktūrvienībai", "nodaļai")).toBe(true);
    expect(await probe.call("text")).toBe(text.replace("struktūrvienībai", "nodaļai"));
    expect(await canUndo()).toBe(true); // recorded in RoosterJS's undo history
    expect((await probe.html()).toLowerCase()).not.toContain("skaidri");

    await probe.page.keyboard.press("Control+z");
    await expect.poll(() => probe.call("text")).toBe(text);
    expect(await probe.html()).toBe(before);
    expect(probe.errors).toEqual([]);
    await probe.page.close();
  });

  test("multi-line text keeps its line breaks; one Ctrl+Z undoes it", async () => {
    const probe = await open(OUTLOOK, "outlook-reply.html");
    const text = await probe.call<string>("text");
    expect(await probe.call("replace", "Ar cieņu", "Ar cieņu,\nAnna Ozola")).toBe(true);
    expect(await probe.call("text")).toBe(text.replace("Ar cieņu", "Ar cieņu,\nAnna Ozola"));
    await probe.page.keyboard.press("Control+z");
    await expect.poll(() => probe.call("text")).toBe(text);
    await probe.page.close();
  });

  test("markup in inserted text stays text", async () => {
    const probe = await open(OUTLOOK, "outlook-new-mail.html");
    expect(await probe.call("replace", "Labdien!", '<img src=x onerror="window.__pwned=1"> & <b>')).toBe(true);
    expect((await probe.call<string>("text")).split("\n")[0]).toBe('<img src=x onerror="window.__pwned=1"> & <b>');
    expect(await probe.page.evaluate(() => document.querySelector('[aria-multiline="true"] img, [aria-multiline="true"] b'))).toBeNull();
    await probe.page.close();
  });

  test("through the MAIN-world paste bridge (the Firefox path): same edit, same undo", async () => {
    const probe = await open(OUTLOOK, "outlook-reply.html");
    await probe.page.addScriptTag({ content: bridgeSource });
    await probe.call("useBridge");
    const text = await probe.call<string>("text");
    expect(await probe.call("replace", "struktūrvienībai", "nodaļai")).toBe(true);
    expect(await probe.call("text")).toBe(text.replace("struktūrvienībai", "nodaļai"));
    await probe.page.keyboard.press("Control+z");
    await expect.poll(() => probe.call("text")).toBe(text);
    await probe.page.close();
  });

  test("the bridge pastes only what comes over Skaidri's channel: a page's own hand-over and DOM request paste nothing", async () => {
    const probe = await open(OUTLOOK, "outlook-reply.html");
    await probe.page.addScriptTag({ content: bridgeSource });
    await probe.call("useBridge");
    const text = await probe.call<string>("text");
    // The page, with the caret in the editor, posts a hand-over of its own and asks through it,
    // and by the old DOM request — before Skaidri's request, so either would land first.
    await probe.page.evaluate(() => {
      const editor = document.querySelector('[aria-multiline="true"]') as HTMLElement;
      const first = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT).nextNode()!;
      editor.focus();
      getSelection()!.collapse(first, 0);
      const forged = new MessageChannel();
      postMessage("skaidri-paste-bridge", "*", [forged.port2]);
      forged.port1.postMessage({ text: "FORGED " });
      first.parentElement!.dispatchEvent(new CustomEvent("skaidri-paste", { detail: JSON.stringify({ text: "FORGED " }), bubbles: true, composed: true }));
    });
    expect(await probe.call("replace", "struktūrvienībai", "nodaļai")).toBe(true);
    expect(await probe.call("text")).toBe(text.replace("struktūrvienībai", "nodaļai"));
    await probe.page.keyboard.press("Control+z");
    await expect.poll(() => probe.call("text")).toBe(text);
    await probe.page.close();
  });

  test("pop-out compose window (deeplink URL)", async () => {
    const probe = await open(OUTLOOK_POPOUT, "outlook-popout.html");
    expect(await probe.call("composes")).toBe(1);
    expect(await probe.call("replace", "Labdien", "Sveiki")).toBe(true);
    expect((await probe.call<string>("text")).startsWith("Sveiki, Jāni!")).toBe(true);
    await probe.page.close();
  });

  test("the caret survives a click outside the editor (RoosterJS stops key events)", async () => {
    const probe = await open(OUTLOOK, "outlook-new-mail.html");
    await probe.call("trackCaret");
    await probe.page.locator('[aria-multiline="true"]').click();
    await probe.page.keyboard.press("Control+Home");
    await probe.page.keyboard.press("End");
    await probe.page.locator('input[aria-label="Tēma"]').click();
    expect(await probe.call("caretOffset")).toBe("Labdien!".length);
    expect(await probe.call("insertAtCaret", " Paldies!")).toBe(true);
    expect((await probe.call<string>("text")).split("\n")[0]).toBe("Labdien! Paldies!");
    await probe.page.close();
  });

  test("drifted page: no compose found, no page errors, Send still works", async () => {
    const probe = await open(OUTLOOK, "outlook-drifted.html");
    expect(await probe.call("composes")).toBe(0);
    await probe.page.getByRole("button", { name: "Sūtīt", exact: true }).click();
    await expect.poll(() => probe.page.evaluate(() => document.documentElement.dataset.fixtureSends)).toBe("send");
    expect(probe.errors).toEqual([]);
    await probe.page.close();
  });
});

describe("long threads in real Chromium", () => {
  // The text map alone, on a host the extension does not run on (the checking session's own
  // work would share the thread). Bounds are loose: the CI machine is shared (2 cores); the
  // fastest of 20 runs is used.
  test("5000 quoted messages cost nothing; a reply maps in linear time", async () => {
    const probe = await open("https://perf.example.org/mail/u/0/", "gmail-reply-expanded.html");
    await probe.call("use", "gmail");
    await probe.page.evaluate(() => {
      const blockquote = document.querySelector("blockquote.gmail_quote")!;
      for (let i = 0; i < 5000; i++) {
        const div = document.createElement("div");
        div.textContent = `Ziņa ${i}: lūdzu eskalēt iesniegumu struktūrvienībai.`;
        blockquote.append(div);
      }
    });
    expect(await probe.call<number>("timeMap", 0, 20, false)).toBeLessThan(2);
    const addLines = (n: number) =>
      probe.page.evaluate((count) => {
        const editor = document.querySelector('[g_editable="true"]')!;
        const quote = editor.querySelector(".gmail_quote")!;
        for (let i = 0; i < count; i++) {
          const div = document.createElement("div");
          div.textContent = `Rinda ${i} no manas atbildes.`;
          editor.insertBefore(div, quote);
        }
      }, n);
    await addLines(1000);
    const small = await probe.call<number>("timeMap", 0, 20, false);
    await addLines(4000);
    const large = await probe.call<number>("timeMap", 0, 20, false);
    expect(large).toBeLessThan(50);
    // Five times the lines: about five times the cost (quadratic would be twenty-five).
    expect(large / Math.max(small, 0.5)).toBeLessThan(12);
    await probe.page.close();
  });
});
