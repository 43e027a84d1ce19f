// The slow office laptop (issue 17), guarded loosely in CI: Gmail and Outlook (RoosterJS) at
// renderer CPU ×4, a 1,000-word reply above a 20,000-word quote, a 2,000-term glossary, all rules
// on. The budgets themselves (input → underlines p95 ≤ 16 ms, key → next frame ≤ 1.5× the page
// without Skaidri, first check ≤ 500 ms) are measured by `npm run bench -- --browser`
// (bench/slow-laptop.ts) on an idle machine; here a few times looser, so that a busy CI
// machine stays green while a regression of the kind that made them fail (the whole reply
// re-linted per key, every underline of the reply registered) does not.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchPlain, measureFirstCheck, replyPage, SLOW_LAPTOP_BUDGET, type Site, typeOnce, URLS } from "../../bench/slow-laptop.ts";
import { benchSession } from "./bench-session.ts";
import { openRouted, openWebmail } from "./harness.ts";

const session = benchSession(2_000);
let plain: Awaited<ReturnType<typeof launchPlain>>;
beforeAll(async () => {
  plain = await launchPlain();
}, 60_000);
afterAll(async () => {
  await plain?.close();
});

const RATE = SLOW_LAPTOP_BUDGET.throttle;
const typed = { chars: 40, delayMs: 150, throttle: RATE };

describe.each(["gmail", "outlook"] as Site[])("%s at CPU ×4", (site) => {
  test("input → underlines and key → next frame stay within a few times their budgets", async () => {
    const bench = replyPage(site);
    const withPage = await openWebmail(session(), URLS[site], bench.html);
    const withSkaidri = await typeOnce(withPage, bench, { ...typed, skaidri: true }).finally(() => withPage.close());
    const plainPage = await openRouted(plain.context, URLS[site], bench.html);
    const without = await typeOnce(plainPage, bench, { ...typed, skaidri: false }).finally(() => plainPage.close());
    const ratio = withSkaidri.keyToFrame.p95 / without.keyToFrame.p95;
    console.log(`${site} ×${RATE}: input → underlines p95 ${withSkaidri.inputToHighlights.p95.toFixed(1)} ms (n=${withSkaidri.inputToHighlights.n}); key → frame p95 ${withSkaidri.keyToFrame.p95.toFixed(1)} vs ${without.keyToFrame.p95.toFixed(1)} ms = ${ratio.toFixed(2)}×`);
    // One measure per keystroke burst: updates may coalesce, never vanish.
    expect(withSkaidri.inputToHighlights.n).toBeGreaterThanOrEqual(20);
    expect(withSkaidri.inputToHighlights.p95).toBeLessThanOrEqual(5 * SLOW_LAPTOP_BUDGET.inputP95Ms);
    expect(ratio).toBeLessThanOrEqual(3 * SLOW_LAPTOP_BUDGET.keyToFrameRatio);
  }, 120_000);

  test("compose appears → first complete check within twice its budget", async () => {
    const first = await measureFirstCheck(session(), site, RATE, 2);
    console.log(`${site} ×${RATE}: first check max ${first.max.toFixed(0)} ms (n=${first.n})`);
    expect(first.n).toBe(2);
    expect(first.max).toBeLessThanOrEqual(2 * SLOW_LAPTOP_BUDGET.firstCheckMs);
  }, 120_000);
});
