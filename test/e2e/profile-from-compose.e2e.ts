// Issue 16 in real Chromium: "Aizpildīt profilu no šī paraksta". With a profile that has gaps,
// the chip of a compose that has a signature block (Gmail's .gmail_signature in the editor or in
// the collapsed trimmed content, Outlook's #Signature) offers to fill the profile from it. The
// user's click hands the signature text to the options page (storage.session, nothing leaves the
// browser), which opens with the recognised fields ticked for confirmation; nothing is saved
// before the user's own click, and once the profile is complete the offer goes away.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { REPLY_WEBMAILS } from "./compose.ts";
import { clearStorage, readStorage, writeStorage } from "./extension-storage.ts";
import { caretAfter, fixture, launch, openWebmail, type Session } from "./harness.ts";
import { expectNoSeriousViolations } from "./axe.ts";
import { openCopyForAxe, removeAxeCopies, shadowClick, shadowItems, shadowVisible, untrustedClick } from "./shadow.ts";

const CHIP = "[data-skaidri-status]";
const FILL = "[data-skaidri-fill-profile]";
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });

const [GMAIL, OUTLOOK] = REPLY_WEBMAILS;
// Each fixture's own signature block: "Anna Ozola / Vecākā referente / Tālr. 67000000".
const CASES = [
  { label: "Gmail, signature in the editor (.gmail_signature)", webmail: GMAIL, page: "gmail-reply-expanded.html" },
  { label: "Gmail, signature in the collapsed trimmed content", webmail: GMAIL, page: "gmail-reply-collapsed.html" },
  { label: "Outlook on the web (#Signature)", webmail: OUTLOOK, page: "outlook-reply.html" },
] as const;

let session: Session;
beforeAll(async () => {
  session = await launch({ locale: "lv" });
});
afterAll(async () => {
  await session?.close();
});

async function openCompose(webmail: (typeof REPLY_WEBMAILS)[number], name: string): Promise<Page> {
  const page = await openWebmail(session, webmail.url, fixture(name));
  if (webmail.name === "outlook") await poll(() => page.evaluate(() => document.documentElement.getAttribute("data-fixture-rooster-ready")));
  await poll(() => page.locator(CHIP).getAttribute("data-count"));
  return page;
}

/** The user opens the chip's checklist from the editor with its shortcut (real keys). */
async function openChecklist(page: Page, editor: string): Promise<void> {
  await caretAfter(page, editor, "Labdien");
  await page.keyboard.press("Alt+Shift+K");
  await poll(() => shadowVisible(page, CHIP, ".panel")).toBe(true);
  // Checked (not "checking…"): the checklist is drawn.
  await poll(async () => (await shadowItems(page, CHIP, "ul.list li")).length).toBeGreaterThan(0);
}

describe("filling the profile from the compose's own signature", () => {
  for (const { label, webmail, page: name } of CASES) {
    test(label, async () => {
      await clearStorage(session);
      await writeStorage(session, "sync", { profile: { email: "anna.ozola@iestade.lv" } });
      const page = await openCompose(webmail, name);
      await openChecklist(page, webmail.editor);
      await poll(async () => (await shadowItems(page, CHIP, FILL)).map((i) => i.text)).toEqual(["Aizpildīt profilu no šī paraksta"]);
      // The checklist with the offer in it passes axe (an open copy of the closed root).
      await openCopyForAxe(page, CHIP);
      await expectNoSeriousViolations(page, { include: [["[data-axe-copy]"]] });
      await removeAxeCopies(page);

      // The page's own click does nothing: no options page, nothing handed over.
      expect(await untrustedClick(page, CHIP, FILL)).toBe(1);
      // The user's click opens the options page with the signature's fields recognised.
      const opened = session.context.waitForEvent("page");
      await shadowClick(page, CHIP, FILL);
      const options = await opened;
      await options.waitForURL(/\/src\/options\/index\.html/);
      expect(session.context.pages().filter((p) => p.url().includes("/src/options/")).length).toBe(1);
      await options.getByTestId("profile-fill-from-compose").waitFor();
      expect(await options.getByTestId("profile-fill").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      const fields = options.locator(".profile-fill [data-field]");
      await poll(() => fields.evaluateAll((labels) => labels.map((l) => `${l.getAttribute("data-field")}=${l.querySelector("strong")?.textContent}`))).toEqual([
        "firstName=Anna",
        "lastName=Ozola",
        "position=Vecākā referente",
        "phone=67000000",
      ]);
      expect(await options.locator("#profile-fill-text").inputValue()).toBe("Anna Ozola\nVecākā referente\nTālr. 67000000");
      // Handed over once: taken off storage.session by the page that showed it.
      expect(await session.serviceWorker.evaluate(async () => (globalThis as unknown as { chrome: { storage: { session: { get(): Promise<object> } } } }).chrome.storage.session.get())).toEqual({});
      // Nothing is saved before the user confirms.
      expect(await readStorage(session, "sync", "profile")).toEqual({ email: "anna.ozola@iestade.lv" });

      // The user leaves the phone out and confirms with the keyboard.
      await options.locator('.profile-fill [data-field="phone"] input').click();
      await options.getByRole("button", { name: "Aizpildīt atzīmētos laukus" }).focus();
      await options.keyboard.press("Enter");
      await poll(() => readStorage(session, "sync", "profile")).toEqual({ email: "anna.ozola@iestade.lv", firstName: "Anna", lastName: "Ozola", position: "Vecākā referente" });
      await options.close();

      // The profile has no gaps now (an e-mail address reaches the writer): the offer is gone.
      await poll(async () => (await shadowItems(page, CHIP, FILL)).length).toBe(0);
      await page.close();
    });
  }

  test("no offer when the profile is complete, or when the compose has no signature block", async () => {
    await clearStorage(session);
    await writeStorage(session, "sync", { profile: { firstName: "Anna", lastName: "Ozola", position: "Vecākā referente", phone: "67000000" } });
    const complete = await openCompose(OUTLOOK, "outlook-reply.html");
    await openChecklist(complete, OUTLOOK.editor);
    expect(await shadowItems(complete, CHIP, FILL)).toEqual([]);
    await complete.close();

    await writeStorage(session, "sync", { profile: {} });
    const source = fixture("outlook-reply.html");
    const unsigned = source.replace(/<div id="Signature">.*?<\/div><\/div>/, "");
    expect(unsigned).not.toContain('id="Signature"');
    const page = await openWebmail(session, OUTLOOK.url, unsigned);
    await poll(() => page.evaluate(() => document.documentElement.getAttribute("data-fixture-rooster-ready")));
    await poll(() => page.locator(CHIP).getAttribute("data-count"));
    await openChecklist(page, OUTLOOK.editor);
    expect(await shadowItems(page, CHIP, FILL)).toEqual([]);
    await page.close();
  });
});

test("an options page already open is brought forward and shows the compose's signature", async () => {
  await clearStorage(session);
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
  await options.getByTestId("profile-fill").waitFor();
  expect(await options.getByTestId("profile-fill").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  const page = await openCompose(OUTLOOK, "outlook-reply.html");
  await openChecklist(page, OUTLOOK.editor);
  await shadowClick(page, CHIP, FILL);
  await options.getByTestId("profile-fill-from-compose").waitFor();
  expect(await options.locator("#profile-fill-text").inputValue()).toBe("Anna Ozola\nVecākā referente\nTālr. 67000000");
  expect(session.context.pages().filter((p) => p.url().includes("/src/options/")).length).toBe(1);
  await options.close();
  await page.close();
});
