// The options page in real Chromium, typed into key by key (page.keyboard) as staff do
// (issue 10, "what the user types is what is stored"): every text field keeps exactly what was
// typed — spaces, every character of a URL — even while its autosave lands in storage and comes
// back through storage.onChanged; an invalid value stays visible with its error and is not
// stored; and no limit (profile fields and institution 300 characters, 500 personal templates)
// is passed silently: the page says so before saving and never says "Saglabāts".
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { clearStorage, readStorage, writeStorage } from "./extension-storage.ts";
import { launch, openExtensionPage, type Session } from "./harness.ts";

const OPTIONS = "src/options/index.html";
let session: Session;
let page: Page;

beforeAll(async () => {
  session = await launch({ locale: "lv" });
});
afterAll(async () => {
  await session?.close();
});
beforeEach(async () => {
  await clearStorage(session);
  page = await openExtensionPage(session, OPTIONS);
  await page.locator("#general-institution").waitFor();
});
afterEach(async () => {
  await page?.close();
});

/** Types `text` key by key into `selector`, with a little time between keys for the page to re-render. */
async function typeInto(selector: string, text: string, delay = 15): Promise<void> {
  await page.locator(selector).click();
  await page.keyboard.type(text, { delay });
}

const stored = (area: "sync" | "local", key: string) => readStorage(session, area, key);
const feedbackOf = (section: string) => page.locator(`#${section} .feedback`).last();

describe("autosaved fields keep what is typed, while saves land under the typing", () => {
  // [field, section, storage item, stored field, typed in two parts]
  test.each([
    ["#general-institution", "settings", "institution", ["Valsts ", "zemes dienests"]],
    ["#general-feedbackUrl", "settings", "feedbackUrl", ["https://www.vzd.gov.lv/", "lv/atsauksmes?avots=e-pasts&x=1"]],
    ["#profile-firstName", "profile", "firstName", ["Anna ", "Marija"]],
    ["#profile-lastName", "profile", "lastName", ["Bērziņa-", "Kalniņa"]],
    ["#profile-position", "profile", "position", ["Vecākā ", "referente"]],
    ["#profile-department", "profile", "department", ["Klientu apkalpošanas ", "nodaļa"]],
    ["#profile-phone", "profile", "phone", ["+371 67 ", "120 000"]],
    ["#profile-email", "profile", "email", ["anna.berzina@", "vzd.gov.lv"]],
  ])("%s", async (selector, item, field, [first, rest]) => {
    await typeInto(selector, first!);
    // The first part is saved (debounced) and comes back through storage.onChanged…
    await expect.poll(async () => ((await stored("sync", item)) as Record<string, string> | undefined)?.[field]?.trim()).toBe(first!.trim());
    // …and typing on, still in the same field, loses nothing.
    await page.keyboard.type(rest!, { delay: 15 });
    const whole = first! + rest!;
    expect(await page.locator(selector).inputValue()).toBe(whole);
    await expect.poll(async () => ((await stored("sync", item)) as Record<string, string> | undefined)?.[field]).toBe(whole);
    expect(await page.locator(selector).inputValue()).toBe(whole);
  });
});

test.each([
  ["#glossary-term", "ņemt vērā"],
  ["#glossary-suggestion", "ievērot  arī to"],
  ["#glossary-explanation", "Lieki vārdi: „ņemt vērā” vietā raksti „ievērot”."],
  ["#template-title", "Atbilde par zemes vienību"],
  ["#template-body", "Labdien!\n\nPaldies par jautājumu  par {{ask:Kadastra numurs}}.\n"],
])("the form field %s keeps every character typed", async (selector, text) => {
  await typeInto(selector, text, 5);
  expect(await page.locator(selector).inputValue()).toBe(text);
});

test("an invalid feedback address stays visible with its error, is not stored, and nothing says “Saglabāts”", async () => {
  await typeInto("#general-feedbackUrl", "https://www.vzd.gov.lv/atsauksmes");
  await expect.poll(async () => ((await stored("sync", "settings")) as { feedbackUrl?: string } | undefined)?.feedbackUrl).toBe("https://www.vzd.gov.lv/atsauksmes");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("javascript:alert(1)", { delay: 15 });
  const field = page.locator("#general-feedbackUrl");
  await expect.poll(() => field.getAttribute("aria-invalid")).toBe("true");
  expect(await field.inputValue()).toBe("javascript:alert(1)");
  const errorId = (await field.getAttribute("aria-describedby"))?.split(" ").find((id) => id.endsWith("-error"));
  expect(errorId).toBeTruthy();
  expect(await page.locator(`#${errorId}`).textContent()).toContain("https://");
  // Past the autosave delay, the field still shows it, the old address is still the stored one.
  await page.locator("#profile-firstName").click();
  await expect.poll(() => feedbackOf("general").textContent()).toContain("Nav saglabāts");
  expect(await field.inputValue()).toBe("javascript:alert(1)");
  expect(((await stored("sync", "settings")) as { feedbackUrl?: string }).feedbackUrl).toBe("https://www.vzd.gov.lv/atsauksmes");
  expect(await feedbackOf("general").textContent()).not.toContain("Saglabāts");
});

describe("limits are said before saving; nothing past them is stored", () => {
  test.each([
    ["#profile-position", "general", "profile", "position"],
    ["#general-institution", "general", "settings", "institution"],
  ])("%s over 300 characters", async (selector, _section, item, field) => {
    const section = selector.startsWith("#profile") ? "profile" : "general";
    const text = `${"Valsts zemes dienesta ".repeat(13)}nodaļa`; // 292 characters…
    await typeInto(selector, text, 0);
    await expect.poll(async () => ((await stored("sync", item)) as Record<string, string> | undefined)?.[field]).toBe(text.trim());
    await page.keyboard.type(" Rīgā un", { delay: 0 }); // …and 8 more: 300 is fine,
    await expect.poll(async () => ((await stored("sync", item)) as Record<string, string> | undefined)?.[field]).toBe(`${text} Rīgā un`);
    await page.keyboard.type("ā", { delay: 0 }); // the 301st is not.
    const input = page.locator(selector);
    await expect.poll(() => input.getAttribute("aria-invalid")).toBe("true");
    expect(await input.inputValue()).toBe(`${text} Rīgā unā`);
    const errorId = (await input.getAttribute("aria-describedby"))?.split(" ").find((id) => id.endsWith("-error"));
    const error = await page.locator(`#${errorId}`).textContent();
    expect(error).toMatch(/300/);
    expect(error).toMatch(/301/);
    await expect.poll(() => feedbackOf(section).textContent()).toContain("Nav saglabāts");
    expect(((await stored("sync", item)) as Record<string, string>)[field]).toBe(`${text} Rīgā un`);
  });

  test("the 501st personal template is refused with a message; the 500 stay", async () => {
    const templates = Array.from({ length: 500 }, (_, i) => ({ id: `personal-${i}`, title: `Veidne ${i + 1}`, body: `Labdien!\n\nTeksts ${i + 1}.` }));
    await writeStorage(session, "local", { templates });
    await page.reload();
    await page.locator("#template-title").waitFor();
    await expect.poll(() => page.locator("#templates ul.templates > li").count()).toBe(500);
    // The limit is on the page before anything is typed.
    expect(await page.locator("#templates").textContent()).toMatch(/500/);
    await typeInto("#template-title", "Vēl viena", 5);
    await typeInto("#template-body", "Labdien!\n\nVēl viena atbilde.", 5);
    await page.locator("#templates form.entry-form button[type=submit]").click();
    const alert = page.locator("#templates [role=alert]");
    await expect.poll(() => alert.count()).toBeGreaterThan(0);
    expect(await alert.first().textContent()).toMatch(/500/);
    expect(((await stored("local", "templates")) as unknown[]).length).toBe(500);
    expect(await page.locator("#template-title").inputValue()).toBe("Vēl viena");
    expect(await feedbackOf("templates").textContent()).not.toContain("Saglabāts");
  });
});
