// Issue 11 in real Chromium with the shipped build, Gmail (its DOM) and Outlook on the web (real
// RoosterJS), typed with the real keyboard: a glossary term's homograph of another word is
// decided by the background's word list — found where the neighbours agree (dotted info), never
// where they make it the other word — and a term hyphenated across a line is found whole.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { caretAfter as caretIn, fixture, launch, openWebmail, type Session } from "./harness.ts";

const WEBMAILS = [
  { name: "gmail", url: "https://mail.google.com/mail/u/0/#inbox", reply: "gmail-reply-collapsed.html", editor: '[g_editable="true"][contenteditable="true"]' },
  { name: "outlook", url: "https://outlook.office.com/mail/", reply: "outlook-reply.html", editor: 'div[contenteditable="true"][role="textbox"][aria-multiline="true"]' },
] as const;
type Webmail = (typeof WEBMAILS)[number];

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000, interval: 50 });

let session: Session;
beforeAll(async () => {
  session = await launch({ locale: "lv" });
  // The personal glossary, written as the options page does (storage.local "glossary").
  await session.serviceWorker.evaluate(async (glossary) => {
    const storage = (globalThis as unknown as { chrome: { storage: Record<"local", { set(v: object): Promise<void> }> } }).chrome.storage;
    await storage.local.set({ glossary });
  }, [{ term: "kasīt", suggestion: "skrāpēt" }, { term: "eskalēt", suggestion: "nodot" }]);
});
afterAll(async () => {
  await session?.close();
});

async function open(webmail: Webmail): Promise<Page> {
  const page = await openWebmail(session, webmail.url, fixture(webmail.reply));
  if (webmail.name === "outlook") {
    await poll(() => page.evaluate(() => document.documentElement.getAttribute("data-fixture-rooster-ready"))).not.toBeNull();
  }
  await poll(() => page.locator("[data-skaidri-status]").count()).toBe(1);
  return page;
}

const highlighted = (page: Page, severity: string) =>
  page.evaluate((name) => {
    const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name);
    return highlight ? [...highlight].map((r) => r.toString()) : [];
  }, `skaidri-${severity}`);

describe.each(WEBMAILS)("$name", (webmail) => {
  test("a homograph fires only where the neighbours agree with the term, as info", async () => {
    const page = await open(webmail);
    await caretIn(page, webmail.editor, "ir nodots atbildīgajai struktūrvienībai.");
    // "caur kasi" is the noun kase; "tu kasi" is the term kasīt.
    await page.keyboard.type(" Samaksājiet caur kasi. Vai tu kasi ledu?");
    const kasi = async (severity: string) => (await highlighted(page, severity)).filter((t) => t === "kasi").length;
    await poll(() => kasi("info")).toBe(1);
    await poll(() => kasi("warning")).toBe(0);
    await page.close();
  });

  test("a term hyphenated across a line break is one finding over the whole broken word", async () => {
    const page = await open(webmail);
    await caretIn(page, webmail.editor, "ir nodots atbildīgajai struktūrvienībai.");
    await page.keyboard.type(" Jautājumu varam eska-");
    await page.keyboard.press("Shift+Enter");
    await page.keyboard.type("lēt vadītājam.");
    // The underline is one range from "eska" to "lēt" (a range's text leaves the line break out).
    await poll(async () => (await highlighted(page, "warning")).filter((t) => t.startsWith("eska") && t.endsWith("lēt"))).toHaveLength(1);
    await page.close();
  });
});
