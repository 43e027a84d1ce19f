// The options page open twice (two tabs — or another device through storage.sync) in real
// Chromium (issue 10): each tab refreshes from storage.onChanged, saves merge field by field,
// and glossary and template edits are keyed by the entry, not its row. Also: the personal
// glossary at its 50 000-entry limit draws quickly and refuses the 50 001st, and a personal template whose id
// the organisation's policy also uses is shown with a note and can be given a new id.
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from "vitest";
import { clearStorage, readStorage, writeStorage } from "./extension-storage.ts";
import { launch, openExtensionPage, type Session } from "./harness.ts";

const OPTIONS = "src/options/index.html";
let session: Session;

beforeAll(async () => {
  session = await launch({ locale: "lv" });
});
afterAll(async () => {
  await session?.close();
});
beforeEach(async () => {
  await clearStorage(session);
});
afterEach(async () => {
  for (const page of session.context.pages()) if (!page.isClosed() && page.url() !== "about:blank") await page.close();
});

async function openOptions(): Promise<Page> {
  const page = await openExtensionPage(session, OPTIONS);
  await page.locator("#general-institution").waitFor();
  return page;
}

const stored = (area: "sync" | "local", key: string) => readStorage(session, area, key);

test("profile and settings typed in two tabs are both kept, and each tab shows the other's", async () => {
  const a = await openOptions();
  const b = await openOptions();
  await a.locator("#profile-firstName").click();
  await a.keyboard.type("Anna", { delay: 10 });
  await expect.poll(async () => (await stored("sync", "profile")) as object | undefined).toEqual({ firstName: "Anna" });
  // Tab B was open all along: it shows what A typed without a reload…
  await expect.poll(() => b.locator("#profile-firstName").inputValue()).toBe("Anna");
  // …and what B types next is added, not written over A's.
  await b.locator("#profile-lastName").click();
  await b.keyboard.type("Bērziņa", { delay: 10 });
  await expect.poll(async () => (await stored("sync", "profile")) as object | undefined).toEqual({ firstName: "Anna", lastName: "Bērziņa" });

  await a.locator("#general-institution").click();
  await a.keyboard.type("Valsts zemes dienests", { delay: 10 });
  await expect.poll(async () => ((await stored("sync", "settings")) as { institution?: string } | undefined)?.institution).toBe("Valsts zemes dienests");
  await expect.poll(() => b.locator("#general-institution").inputValue()).toBe("Valsts zemes dienests");
  await b.locator("#general-sendCheck").selectOption("block");
  await b.locator("#rule-jargon").selectOption("error");
  await expect.poll(async () => stored("sync", "settings")).toEqual({ institution: "Valsts zemes dienests", sendCheck: "block", rules: { jargon: "error" } });
  await expect.poll(() => a.locator("#general-sendCheck").inputValue()).toBe("block");
  await a.locator("#rule-greeting").selectOption("off");
  await expect.poll(async () => stored("sync", "settings")).toEqual({ institution: "Valsts zemes dienests", sendCheck: "block", rules: { jargon: "error", greeting: "off" } });
});

test("editing a glossary row in tab A while tab B deletes another row overwrites no third entry", async () => {
  await writeStorage(session, "local", { glossary: [{ term: "alfa" }, { term: "beta" }, { term: "gamma", suggestion: "trešais" }] });
  const a = await openOptions();
  const b = await openOptions();
  await a.getByRole("button", { name: /Labot.*beta/ }).click();
  expect(await a.locator("#glossary-term").inputValue()).toBe("beta");
  await b.getByRole("button", { name: /Dzēst.*alfa/ }).click();
  await expect.poll(async () => stored("local", "glossary")).toEqual([{ term: "beta" }, { term: "gamma", suggestion: "trešais" }]);
  // A's list follows; its form keeps the entry being edited.
  await expect.poll(() => a.getByRole("button", { name: /Dzēst.*alfa/ }).count()).toBe(0);
  expect(await a.locator("#glossary-term").inputValue()).toBe("beta");
  await a.locator("#glossary-suggestion").click();
  await a.keyboard.type("otrais", { delay: 10 });
  await a.keyboard.press("Enter");
  await expect.poll(async () => stored("local", "glossary")).toEqual([
    { term: "beta", suggestion: "otrais" },
    { term: "gamma", suggestion: "trešais" },
  ]);
});

test("editing a personal template in tab A while tab B deletes another overwrites no third template", async () => {
  const templates = [
    { id: "personal-alfa", title: "Alfa", body: "Labdien!\n\nPirmā veidne.\n" },
    { id: "personal-beta", title: "Beta", body: "Labdien!\n\nOtrā veidne.\n" },
    { id: "personal-gamma", title: "Gamma", body: "Labdien!\n\nTrešā veidne.\n" },
  ];
  await writeStorage(session, "local", { templates });
  const a = await openOptions();
  const b = await openOptions();
  await a.getByRole("button", { name: "Labot „Beta”" }).click();
  expect(await a.locator("#template-title").inputValue()).toBe("Beta");
  await b.getByRole("button", { name: "Dzēst „Alfa”" }).click();
  await expect.poll(async () => stored("local", "templates")).toEqual([templates[1], templates[2]]);
  // A's list follows; its form keeps the template being edited.
  await expect.poll(() => a.getByRole("button", { name: "Dzēst „Alfa”" }).count()).toBe(0);
  expect(await a.locator("#template-title").inputValue()).toBe("Beta");
  await a.locator("#template-body").click();
  await a.keyboard.press("Control+End");
  await a.keyboard.type("Papildināts.", { delay: 10 });
  await a.getByRole("button", { name: "Saglabāt izmaiņas" }).click();
  await expect.poll(async () => stored("local", "templates")).toEqual([{ ...templates[1], body: "Labdien!\n\nOtrā veidne.\nPapildināts." }, templates[2]]);
  // Tab B's list follows too: Beta and Gamma, no Alfa.
  await expect.poll(() => b.locator("#templates ul.templates .template-title").allTextContents()).toEqual(["Beta", "Gamma"]);
});

test("the personal glossary at its 50 000-entry limit draws fast, pages, and refuses the 50 001st", async () => {
  // The same page with a one-term glossary first: the machine's speed right now, to compare with.
  const drawn = async (glossary: object[]) => {
    await writeStorage(session, "local", { glossary });
    const page = await session.context.newPage();
    const started = Date.now();
    await page.goto(`chrome-extension://${session.extensionId}/${OPTIONS}`);
    await page.locator("#glossary table tbody tr").first().waitFor({ timeout: 60_000 });
    return { page, ms: Date.now() - started };
  };
  const small = await drawn([{ term: "viens" }]);
  await small.page.close();
  const glossary = Array.from({ length: 50_000 }, (_, i) => ({ term: `termins${i}`, suggestion: `vārds${i}` }));
  const { page, ms: drawMs } = await drawn(glossary);
  console.log(`options page drawn: 1 personal glossary entry ${small.ms} ms, 50 000 entries ${drawMs} ms`);
  // Issue 10 measured 21 s with every row in the DOM; a page of rows is drawn instead.
  expect(drawMs).toBeLessThan(small.ms + 8_000);
  expect(await page.locator("#glossary table tbody tr").count()).toBeLessThanOrEqual(200);

  // Every entry is reachable: by filter…
  await page.locator("#glossary-filter").click();
  await page.keyboard.type("termins4999", { delay: 5 });
  const filterStarted = Date.now();
  await page.keyboard.press("9");
  await expect.poll(() => page.locator("#glossary table tbody tr").count(), { interval: 10 }).toBe(1);
  console.log(`filtering 50 000 entries on a key press: ${Date.now() - filterStarted} ms`);
  expect(await page.locator("#glossary table tbody tr").textContent()).toContain("vārds49999");
  // …and by page.
  await page.locator("#glossary-filter").fill("");
  await page.getByRole("button", { name: /Nākam/ }).click();
  await expect.poll(() => page.locator("#glossary table tbody tr").first().textContent()).toContain("termins");
  expect(await page.locator("#glossary table tbody tr").first().textContent()).not.toContain("termins0");

  // The limit is on the page, and the 50 001st term is refused with a message.
  expect(await page.locator("#glossary").textContent()).toMatch(/50\s000/);
  await page.locator("#glossary-term").click();
  await page.keyboard.type("jauns termins", { delay: 5 });
  await page.keyboard.press("Enter");
  const alert = page.locator("#glossary [role=alert]");
  await expect.poll(() => alert.count()).toBeGreaterThan(0);
  expect(await alert.first().textContent()).toMatch(/50\s000/);
  expect(((await stored("local", "glossary")) as unknown[]).length).toBe(50_000);
  expect(await page.locator("#glossary-term").inputValue()).toBe("jauns termins");

  // A CSV import past the limit is refused whole, and says so.
  await page.locator("#glossary-import").setInputFiles({ name: "vardnica.csv", mimeType: "text/csv", buffer: Buffer.from("term;suggestion\njauns;vecs\notrs;cits\n") });
  await expect.poll(() => page.locator("#glossary .feedback").last().textContent()).toMatch(/50\s000/);
  expect(await page.locator("#glossary .feedback").last().textContent()).not.toContain("Importēt");
  expect(((await stored("local", "glossary")) as unknown[]).length).toBe(50_000);
});

test("a personal template whose id the organisation also uses is shown with a note and can get a new id", async () => {
  const personal = { id: "darba-laiks", title: "Mans darba laiks", body: "Labdien!\n\nStrādāju no 8.30.\n" };
  await writeStorage(session, "local", {
    templates: [personal],
    // The last good policy, as the extension caches it (the browser reports none here: a real
    // managed policy needs /etc, which this test must not touch). It applies for the start-up retries.
    policyCache: { policy: { templates: [{ id: "darba-laiks", title: "Iestādes darba laiks", body: "Labdien!\n\nIestāde strādā no 8.30.\n" }] }, savedAt: Date.now() },
  });
  const page = await openOptions();
  const item = page.locator('#templates ul.templates li[data-id="darba-laiks"]', { hasText: "Mans darba laiks" });
  await item.waitFor();
  expect(await item.textContent()).toMatch(/iestād/i);
  await item.getByRole("button", { name: /identifikator/i }).click();
  await expect.poll(async () => ((await stored("local", "templates")) as { id: string }[])[0]?.id).not.toBe("darba-laiks");
  const [renamed] = (await stored("local", "templates")) as { id: string; title: string; body: string }[];
  expect(renamed).toEqual({ ...personal, id: expect.stringMatching(/^personal-/) });
});
