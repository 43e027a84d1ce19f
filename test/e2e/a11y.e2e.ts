// Accessibility in the real browser: axe-core over the popup, the options page and the
// in-page status chip, failing on serious or critical violations.
import { afterAll, beforeAll, expect, test } from "vitest";
import { expectNoSeriousViolations } from "./axe.ts";
import { fixture, launch, openExtensionPage, openWebmail, type Session } from "./harness.ts";

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
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("lv");
  await expectNoSeriousViolations(page);
  await page.close();
});

test("the status chip on a Gmail compose has no serious or critical axe violations", async () => {
  const page = await openWebmail(session, "https://mail.google.com/mail/u/0/#inbox", fixture("gmail-new-message.html"));
  await page.locator("[data-skaidri-status]").first().waitFor({ state: "attached" });
  await expectNoSeriousViolations(page, { include: [["[data-skaidri-status]"]] });
  await page.close();
});
