// Accessibility in the real browser: axe-core over the popup, the options page and the
// in-page status chip, failing on serious or critical violations.
import { afterAll, beforeAll, expect, test } from "vitest";
import { expectNoSeriousViolations, seriousViolations } from "./axe.ts";
import { fixture, launch, openExtensionPage, openWebmail, type Session } from "./harness.ts";
import { openCopyForAxe, removeAxeCopies, shadowClick, shadowVisible } from "./shadow.ts";

let session: Session;
beforeAll(async () => {
  session = await launch({ locale: "lv" });
});
afterAll(async () => {
  await session?.close();
});

test.each([
  ["popup", "src/popup/index.html"],
  ["options page", "src/options/index.html"],
])("the %s has no serious or critical axe violations", async (_name, path) => {
  const page = await openExtensionPage(session, path);
  await page.locator("#app > *").first().waitFor();
  // Pages that read settings first show their form a moment later: check the full page.
  await page.locator("#app :is(input, select, textarea)").first().waitFor({ timeout: 5_000 });
  const lang = await page.evaluate(() => document.documentElement.lang);
  expect(lang, "Debian's Chromium has a Latvian UI only with chromium-l10n installed").toBe("lv");
  await expectNoSeriousViolations(page);
  await page.close();
});

test("the status chip on a Gmail compose, closed and open, has no serious or critical axe violations", async () => {
  const page = await openWebmail(session, "https://mail.google.com/mail/u/0/#inbox", fixture("gmail-new-message.html"));
  const chip = page.locator("[data-skaidri-status]").first();
  await chip.waitFor({ state: "attached" });
  // axe-core sees open shadow roots only: it checks exact open copies of the chips' closed roots.
  const check = async () => {
    await openCopyForAxe(page, "[data-skaidri-status]");
    await expectNoSeriousViolations(page, { include: [["[data-axe-copy]"]] });
    await removeAxeCopies(page);
  };
  await check();
  await shadowClick(page, "[data-skaidri-status]", "button[aria-expanded]");
  await expect.poll(() => shadowVisible(page, "[data-skaidri-status]", ".panel")).toBe(true);
  await check();
  await page.close();
});

test("the axe helper does report a serious violation", async () => {
  const page = await session.context.newPage();
  await page.setContent('<html lang="en"><title>t</title><main><img src="data:,"><button></button></main></html>');
  const ids = (await seriousViolations(page)).map((v) => v.id).sort();
  expect(ids).toEqual(["button-name", "image-alt"]);
  await page.close();
});
