// Issue 11 in real Chromium with the shipped build, Gmail (its DOM) and Outlook on the web (real
// RoosterJS), typed with the real keyboard: a glossary term's homograph of another word is
// decided by the background's word list — found where the neighbours agree (dotted info), never
// where they make it the other word — and a term hyphenated across a line is found whole.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { highlighted, openReply, REPLY_WEBMAILS, type ReplyWebmail } from "./compose.ts";
import { caretAfter as caretIn, launch, type Session } from "./harness.ts";

const WEBMAILS = REPLY_WEBMAILS;
type Webmail = ReplyWebmail;

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

const open = (webmail: Webmail) => openReply(session, webmail);

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
