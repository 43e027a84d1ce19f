// Underlines registered only near the screen (src/webmail/visible-blocks.ts, issue 17): in a
// long reply, the findings below the fold have no highlight range — each registered range costs
// Chromium paint time at every keystroke — and scrolling to them registers them. What the user
// sees is unchanged: every underline on screen is drawn.
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { gmailReplyPage } from "../../bench/gmail-page.ts";
import { benchSession } from "./bench-session.ts";
import { openWebmail } from "./harness.ts";

const session = benchSession(1_000);

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 50 });

/** Every registered skaidri-* range with its text and where it is against the viewport (in viewport heights). */
const registered = (page: Page) =>
  page.evaluate(() => {
    const out: { text: string; top: number }[] = [];
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
      if (!name.startsWith("skaidri-")) continue;
      for (const r of h) out.push({ text: r.toString(), top: r.getBoundingClientRect().top / innerHeight });
    }
    return out;
  });

const count = (page: Page) => page.evaluate(() => Number(document.querySelector("[data-skaidri-status]")?.getAttribute("data-count") ?? 0));

describe("a 3,000-word Gmail reply: underlines near the screen only", () => {
  test("far below the fold nothing is registered; scrolling there draws it; typing still underlines", async () => {
    const { html } = gmailReplyPage(3_000, 2_000);
    const page = await openWebmail(session(), "https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfxyz?compose=new", html);
    await poll(() => count(page)).toBeGreaterThan(20);
    // The top of the reply is on screen: its underlines are there, and none lies more than the
    // observer's margin (a quarter screen) beyond it (a block partly inside counts whole).
    await poll(async () => (await registered(page)).length).toBeGreaterThan(0);
    const atTop = await registered(page);
    expect(atTop.every((r) => r.top > -0.7 && r.top < 1.7)).toBe(true);
    expect(atTop.length).toBeLessThan(await count(page));

    // Scrolled to the reply's last paragraph: what is there is drawn, what is far above goes.
    await page.locator('[data-bench="caret"]').evaluate((p) => p.scrollIntoView({ block: "center" }));
    await poll(async () => (await registered(page)).some((r) => r.top > 0 && r.top < 1)).toBe(true);
    await poll(async () => (await registered(page)).every((r) => r.top > -0.7 && r.top < 1.7)).toBe(true);

    // Typing a term there underlines it at once.
    await page.locator('[data-bench="caret"]').evaluate((p) => {
      (p.closest("[contenteditable]") as HTMLElement).focus();
      const range = document.createRange();
      range.selectNodeContents(p);
      range.collapse(false);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.keyboard.type(" Jautājumu nodosim struktūrvienībai.");
    await poll(async () => (await registered(page)).map((r) => r.text)).toContain("struktūrvienībai");
    await page.close();
  }, 60_000);
});
