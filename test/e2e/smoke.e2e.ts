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

// On the webmail hosts the Gmail and Outlook adapters look for their own compose DOM.
test.each([
  ["https://mail.google.com/mail/u/0/#inbox", "gmail-reply-expanded.html"],
  ["https://outlook.office.com/mail/", "outlook-reply.html"],
  ["https://outlook.cloud.microsoft/mail/", "outlook-new-mail.html"],
])("the content script marks a compose body on %s", async (url, name) => {
  const page = await openWebmail(session, url, fixture(name));
  await expect.poll(() => page.locator("[data-skaidri-status]").count(), { timeout: 15_000 }).toBe(1);
  await page.close();
});

test("popup renders in the browser's language", async () => {
  const page = await openExtensionPage(session, "src/popup/index.html");
  await expect.poll(() => page.locator("h1").textContent(), { timeout: 15_000 }).toBe("Skaidri");
  await expect.poll(() => page.getByRole("button", { name: "Settings", exact: true }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await page.close();
});
