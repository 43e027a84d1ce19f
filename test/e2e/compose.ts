// What the rule e2e tests share: the two webmails' reply fixtures, opening one until Skaidri's
// chip is there (Outlook: once RoosterJS is ready), and reading the underlines Skaidri drew.
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { fixture, openWebmail, type Session } from "./harness.ts";

export const REPLY_WEBMAILS = [
  { name: "gmail", url: "https://mail.google.com/mail/u/0/#inbox", reply: "gmail-reply-collapsed.html", editor: '[g_editable="true"][contenteditable="true"]' },
  { name: "outlook", url: "https://outlook.office.com/mail/", reply: "outlook-reply.html", editor: 'div[contenteditable="true"][role="textbox"][aria-multiline="true"]' },
] as const;
export type ReplyWebmail = (typeof REPLY_WEBMAILS)[number];

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000, interval: 50 });

/** The webmail's reply fixture, open with Skaidri's chip on it. */
export async function openReply(session: Session, webmail: ReplyWebmail): Promise<Page> {
  const page = await openWebmail(session, webmail.url, fixture(webmail.reply));
  if (webmail.name === "outlook") {
    await poll(() => page.evaluate(() => document.documentElement.getAttribute("data-fixture-rooster-ready"))).not.toBeNull();
  }
  await poll(() => page.locator("[data-skaidri-status]").count()).toBe(1);
  return page;
}

/** The text of each range Skaidri underlines at `severity` (CSS Custom Highlight "skaidri-…"). */
export const highlighted = (page: Page, severity: string) =>
  page.evaluate((name) => {
    const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name);
    return highlight ? [...highlight].map((r) => r.toString()) : [];
  }, `skaidri-${severity}`);
