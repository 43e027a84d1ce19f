// What the issue-10 e2e files share (daily-use.e2e.ts, fix-placement.e2e.ts): the two
// webmails' reply fixtures with a signature, opening one until Skaidri's chip is there,
// the caret, the checklist, and the popup's insert as the service worker sends it.
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { openWebmail, type Session } from "./harness.ts";
import { strictT } from "../support/ui-strings.ts";
import { shadowClick, shadowTexts, shadowVisible } from "./shadow.ts";

export const CARD = "[data-skaidri-card]";
export const DIALOG = "[data-skaidri-send-dialog]";
export const CHIP = "[data-skaidri-status]";
export const GMAIL_URL = "https://mail.google.com/mail/u/0/#inbox";
export const OUTLOOK_URL = "https://outlook.office.com/mail/";
export const GMAIL_EDITOR = '[g_editable="true"][contenteditable="true"]';
export const OUTLOOK_EDITOR = 'div[contenteditable="true"][role="textbox"][aria-multiline="true"]';
// The chip's labels as the extension shows them (read from _locales, so a rewording cannot break the test).
const lv = strictT("lv");
export const LABEL = {
  signOff: lv("rule_sign_off"),
  invitation: lv("rule_feedback_invitation"),
  greeting: lv("rule_greeting"),
  signatureName: lv("rule_signature_name"),
};

export interface Webmail {
  name: "gmail" | "outlook";
  url: string;
  reply: string;
  editor: string;
  signature: string;
  /** The fixture's "Ar cieņu" line and the blank line after it. */
  valediction: string;
  /** The fixture's greeting line "Labdien, Jāni!" and the blank line after it. */
  greeting: string;
}
export const WEBMAILS: Webmail[] = [
  {
    name: "gmail",
    url: GMAIL_URL,
    reply: "gmail-reply-collapsed.html",
    editor: GMAIL_EDITOR,
    signature: ".gmail_signature",
    valediction: "<div>Ar cieņu</div><div><br></div>",
    greeting: "<div>Labdien, Jāni!</div><div><br></div>",
  },
  {
    name: "outlook",
    url: OUTLOOK_URL,
    reply: "outlook-reply.html",
    editor: OUTLOOK_EDITOR,
    signature: "#Signature",
    valediction: '<div class="elementToProof">Ar cieņu</div><div class="elementToProof"><br></div>',
    greeting: '<div class="elementToProof">Labdien, Jāni!</div><div class="elementToProof"><br></div>',
  },
];

export const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000, interval: 50 });

/** Writes the extension's storage (local: glossary, templates, policy cache; sync: settings, profile). */
export async function seed(session: Session, local: object, sync: object = { settings: {} }): Promise<void> {
  await session.serviceWorker.evaluate(
    async ({ local, sync }) => {
      const storage = (globalThis as unknown as { chrome: { storage: Record<"local" | "sync", { set(v: object): Promise<void> }> } }).chrome.storage;
      await storage.local.set(local);
      await storage.sync.set(sync);
    },
    { local, sync },
  );
}

/** The webmail page with `html`, once Skaidri's chip is on it (Outlook: once RoosterJS is ready); page errors go to `errors`. */
export async function open(session: Session, webmail: Pick<Webmail, "name" | "url">, html: string, errors: string[]): Promise<Page> {
  const page = await openWebmail(session, webmail.url, html);
  page.on("pageerror", (error) => errors.push(`${webmail.name}: ${error.message}`));
  if (webmail.name === "outlook") await poll(() => page.evaluate(() => document.documentElement.getAttribute("data-fixture-rooster-ready"))).not.toBeNull();
  await poll(() => page.locator(CHIP).count()).toBe(1);
  return page;
}

// The caret helper is harness.ts's; re-exported so the daily-use tests import their kit from one place.
export { caretAfter } from "./harness.ts";

/** What the popup does on Insert: the service worker sends the text to the active tab's content script. */
export const insertFromPopup = (session: Session, text: string) =>
  session.serviceWorker.evaluate(async (text) => {
    const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
    const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
    return c.tabs.sendMessage(tab!.id!, { type: "popup→content:insert", text });
  }, text);

export const count = (page: Page) => page.evaluate(() => Number(document.querySelector("[data-skaidri-status]")?.getAttribute("data-count") ?? -1));
export const sends = (page: Page) => page.evaluate(() => document.documentElement.getAttribute("data-fixture-sends"));
export const text = (page: Page, selector: string) => page.locator(selector).first().evaluate((e) => e.textContent ?? "");
/** The non-blank lines the user sees in `selector`. */
// biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText, not the DOM property
export const lines = async (page: Page, selector: string) => (await page.locator(selector).first().innerText()).split("\n").filter((l) => l.trim() !== "");
export const frames = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

export async function openChecklist(page: Page): Promise<void> {
  if (!(await shadowVisible(page, CHIP, ".panel"))) await shadowClick(page, CHIP, "button.toggle");
  await poll(() => shadowVisible(page, CHIP, ".panel")).toBe(true);
}

/** The checklist items still missing (their texts). */
export async function missing(page: Page): Promise<string[]> {
  await openChecklist(page);
  return shadowTexts(page, CHIP, "li.todo");
}
