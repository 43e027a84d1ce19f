// Skaidri's own language in real Chromium (issue 13): it follows the browser by default, and the
// options page lets the user choose Latvian or English whatever the browser runs in; the options
// page, the popup and the chip on an open Gmail compose all follow the choice (storage.sync).
import { afterAll, beforeAll, expect, test } from "vitest";
import { clearStorage, readStorage } from "./extension-storage.ts";
import { fixture, launch, openExtensionPage, openWebmail, type Session } from "./harness.ts";
import { GMAIL_EDITOR } from "./daily.ts";
import { shadowClick, shadowTexts } from "./shadow.ts";

const OPTIONS = "src/options/index.html";
const POPUP = "src/popup/index.html";
let session: Session;

beforeAll(async () => {
  // An English browser: the case of a Latvian specialist on an English Windows.
  session = await launch({ locale: "en-US" });
  await clearStorage(session);
});
afterAll(async () => {
  await session?.close();
});

// The chip's shadow root is closed (the page cannot read it): read through the DevTools protocol.
const chipLabel = async (page: import("playwright-core").Page) => (await shadowTexts(page, "[data-skaidri-status]", "button.toggle")).join(" ");

test("by default the browser's language; choosing Latvian switches the options page, the popup and an open compose", async () => {
  const gmail = await openWebmail(session, "https://mail.google.com/mail/u/0/#inbox", fixture("gmail-reply-expanded.html"));
  await expect.poll(() => gmail.locator("[data-skaidri-status]").count(), { timeout: 15_000 }).toBe(1);
  await expect.poll(() => chipLabel(gmail), { timeout: 15_000 }).toMatch(/finding|What the reply needs/);

  const options = await openExtensionPage(session, OPTIONS);
  await expect.poll(() => options.locator("h1").textContent(), { timeout: 15_000 }).toBe("Skaidri settings");
  await expect.poll(() => options.locator("#ui-language").inputValue()).toBe("auto");

  await options.locator("#ui-language").selectOption("lv");
  await expect.poll(() => readStorage(session, "sync", "uiLanguage")).toBe("lv");
  // The page is drawn again in Latvian…
  await expect.poll(() => options.locator("h1").textContent(), { timeout: 15_000 }).toBe("Skaidri iestatījumi");
  await expect.poll(() => options.locator("#ui-language").inputValue()).toBe("lv");
  expect(await options.locator("html").getAttribute("lang")).toBe("lv");
  // …the compose that was open all along follows without a reload…
  await expect.poll(() => chipLabel(gmail), { timeout: 15_000 }).toMatch(/piezīm|Kas atbildei vajadzīgs/);
  expect(await chipLabel(gmail)).not.toMatch(/finding|What the reply needs/);
  // …and so do the explanation card (Alt+Shift+S from the editor) and the Send check's dialog.
  await gmail.locator(GMAIL_EDITOR).first().click();
  await gmail.keyboard.press("Alt+Shift+S");
  await expect.poll(() => shadowTexts(gmail, "[data-skaidri-card]", "button"), { timeout: 15_000 }).toContain("Ignorēt");
  await gmail.keyboard.press("Escape");
  await gmail.locator('[data-fixture-send="send"]').click();
  await expect.poll(() => shadowTexts(gmail, "[data-skaidri-send-dialog]", "h2"), { timeout: 15_000 }).toEqual(["Pārbaudiet pirms sūtīšanas"]);
  expect(await shadowTexts(gmail, "[data-skaidri-send-dialog]", "button")).toContain("Atgriezties");
  await shadowClick(gmail, "[data-skaidri-send-dialog]", "button", "Atgriezties");
  await expect.poll(() => gmail.locator("[data-skaidri-send-dialog]").count()).toBe(0);
  // …and so does the popup.
  const popup = await openExtensionPage(session, POPUP);
  await expect.poll(() => popup.getByRole("button", { name: "Iestatījumi", exact: true }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await popup.close();

  // Back to English on purpose, then back to the browser's language.
  await options.locator("#ui-language").selectOption("en");
  await expect.poll(() => options.locator("h1").textContent(), { timeout: 15_000 }).toBe("Skaidri settings");
  await expect.poll(() => chipLabel(gmail), { timeout: 15_000 }).toMatch(/finding|What the reply needs/);
  // The page is drawn again (a reload) in the browser's language and remembers the choice "auto".
  // Waiting for that load also keeps the closes below out of the middle of the reload: closing
  // one page mid-reload left the next page.close() hanging in Chromium.
  const reloaded = options.waitForEvent("load", { timeout: 15_000 });
  await options.locator("#ui-language").selectOption("auto");
  await reloaded;
  await expect.poll(() => readStorage(session, "sync", "uiLanguage")).toBe("auto");
  await expect.poll(() => options.locator("#ui-language").inputValue(), { timeout: 15_000 }).toBe("auto");
  await expect.poll(() => options.locator("h1").textContent(), { timeout: 15_000 }).toBe("Skaidri settings");
  await options.close();
  await gmail.close();
});
