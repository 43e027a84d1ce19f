import { afterAll, beforeAll, expect, test } from "vitest";
import { fixture, launch, openExtensionPage, openWebmail, type Session } from "./harness.ts";

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

test("the extension id is the fixed one from the manifest key", () => {
  expect(session.extensionId).toBe("banodkidboccabpcfeglimkhjfjepfgc");
});

test.each([
  "https://mail.google.com/mail/u/0/#inbox",
  "https://outlook.office.com/mail/",
  "https://outlook.cloud.microsoft/mail/",
])("the content script marks a compose body on %s", async (url) => {
  const page = await openWebmail(session, url, fixture("minimal-compose.html"));
  await expect.poll(() => page.locator("[data-skaidri-status]").count()).toBe(1);
  await page.close();
});

test("popup renders in the browser's language", async () => {
  const page = await openExtensionPage(session, "src/popup/index.html");
  await expect.poll(() => page.locator("h1").textContent()).toBe("Skaidri");
  expect(await page.locator("button").textContent()).toBe("Settings");
  await page.close();
});
