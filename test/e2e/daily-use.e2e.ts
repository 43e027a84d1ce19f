// Issue 10 in real Chromium with the shipped build, on the real webmail URLs (routed to the
// fixtures; Outlook on the real RoosterJS 9.59 content-model packages): Send, what the page
// can (not) do to Skaidri, and the keyboard (fixes and templates in a compose that has a
// signature: fix-placement.e2e.ts). Every action is the user's: the real mouse and keyboard
// (page.mouse/keyboard), Skaidri's closed shadow roots reached through the DevTools protocol (shadow.ts).
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  CARD,
  CHIP,
  caretAfter,
  count,
  DIALOG,
  frames,
  GMAIL_EDITOR,
  GMAIL_URL,
  LABEL,
  missing,
  OUTLOOK_URL,
  open as openIn,
  poll,
  seed as seedIn,
  sends,
  text,
  WEBMAILS,
  type Webmail,
} from "./daily.ts";
import { fixture, launch, openWebmail, type Session } from "./harness.ts";
import { shadowClick, shadowItems, shadowTexts, shadowVisible, untrustedClick } from "./shadow.ts";

let session: Session;
const pageErrors: string[] = [];

beforeAll(async () => {
  session = await launch({ locale: "lv" });
  await seed({ glossary: [{ term: "eskalēt", suggestion: "nodot izskatīšanai" }] });
});
afterAll(async () => {
  await session?.close();
});

const seed = (local: object, sync?: object) => seedIn(session, local, sync);
const open = (webmail: Pick<Webmail, "name" | "url">, html: string) => openIn(session, webmail, html, pageErrors);

describe("Send", () => {
  const gmail = { name: "gmail" as const, url: GMAIL_URL };
  test("Gmail: the .hG chevron, another extension's button and a look-alike in the quote are not Send; Send is", async () => {
    const page = await open(gmail, fixture("gmail-reply-signature-below.html"));
    await poll(() => count(page)).toBeGreaterThan(0);
    await page.locator('[data-fixture-menu="schedule"]').dispatchEvent("click");
    await page.locator('[data-fixture-send="extension"]').click();
    await page.locator('[data-fixture-send="quote-lookalike"]').click();
    await poll(() => sends(page)).toBe("extension,quote-lookalike");
    expect(await page.locator(DIALOG).count()).toBe(0);
    // The menu's scheduling entry is guarded.
    await page.locator('[data-fixture-send="schedule"]').click();
    await poll(() => shadowVisible(page, DIALOG, "dialog")).toBe(true);
    expect(await sends(page)).toBe("extension,quote-lookalike");
    await page.close();
  });

  test('with another extension that holds and re-clicks Send, "Send anyway" sends exactly once', async () => {
    const html = fixture("gmail-reply-collapsed.html").replace(
      '<script src="/__fixture/fixture-send.js"></script>',
      '<script src="/__fixture/other-extension.js"></script><script src="/__fixture/fixture-send.js"></script>',
    );
    const page = await open(gmail, html);
    await poll(() => count(page)).toBeGreaterThan(0);
    await page.locator('[data-fixture-send="send"]').click();
    await poll(() => shadowVisible(page, DIALOG, "dialog")).toBe(true);
    await shadowClick(page, DIALOG, "button.primary");
    await poll(() => sends(page)).toBe("send");
    // The other extension held both clicks (the user's and Skaidri's re-send); no second dialog.
    await poll(() => page.evaluate(() => document.documentElement.getAttribute("data-other-held"))).toBe("2");
    await frames(page);
    expect(await page.locator(DIALOG).count()).toBe(0);
    expect(await sends(page)).toBe("send");
    await page.close();
  });

  test("a dialog whose host the page removes does not swallow Send for good", async () => {
    const page = await open(gmail, fixture("gmail-reply-collapsed.html"));
    await poll(() => count(page)).toBeGreaterThan(0);
    await page.locator('[data-fixture-send="send"]').click();
    await poll(() => shadowVisible(page, DIALOG, "dialog")).toBe(true);
    await page.evaluate(() => document.querySelector("[data-skaidri-send-dialog]")!.remove());
    await page.locator('[data-fixture-send="send"]').click();
    await poll(() => shadowVisible(page, DIALOG, "dialog")).toBe(true);
    await page.close();
  });

  test('the dialog offers "show" (opens the card) and the fix for each problem', async () => {
    const page = await open(gmail, fixture("gmail-reply-collapsed.html"));
    await poll(() => count(page)).toBeGreaterThan(0);
    await page.locator('[data-fixture-send="send"]').click();
    await poll(() => shadowVisible(page, DIALOG, "dialog")).toBe(true);
    expect((await shadowItems(page, DIALOG, "[data-show]")).length).toBeGreaterThan(0);
    await shadowClick(page, DIALOG, "[data-show]");
    await poll(() => page.locator(DIALOG).count()).toBe(0);
    await poll(() => shadowVisible(page, CARD, ".card")).toBe(true);
    // The card takes the focus (keyboard users land in it); then Escape returns it to the editor.
    // Waiting for the focus, not only the drawing, keeps a busy machine from pressing too early.
    await poll(() => page.evaluate(() => document.activeElement?.hasAttribute("data-skaidri-card") ?? false)).toBe(true);
    await page.keyboard.press("Escape");
    await poll(() => shadowVisible(page, CARD, ".card")).toBe(false);
    // Again, and this time the fix: the dialog closes and the fix goes in.
    await page.locator('[data-fixture-send="send"]').click();
    await poll(() => shadowVisible(page, DIALOG, "dialog")).toBe(true);
    await shadowClick(page, DIALOG, "[data-fix]", "Aicinām");
    await poll(() => page.locator(DIALOG).count()).toBe(0);
    await poll(() => text(page, GMAIL_EDITOR)).toContain("Aicinām");
    expect(await sends(page)).toBeNull();
    await page.close();
  });

  test("block mode: an error cannot be ignored, and the card says why", async () => {
    await seed({ glossary: [] }, { settings: { sendCheck: "block" } });
    try {
      const page = await open(gmail, fixture("gmail-reply-collapsed.html"));
      await poll(async () => (await missing(page)).some((t) => t.includes(LABEL.invitation))).toBe(true);
      await shadowClick(page, CHIP, "button.item", LABEL.invitation);
      await poll(() => shadowVisible(page, CARD, ".card")).toBe(true);
      expect(await shadowTexts(page, CARD, ".actions button")).toEqual([expect.stringContaining("Aicinām")]);
      expect((await shadowTexts(page, CARD, "[data-no-ignore]")).length).toBe(1);
      await page.close();
    } finally {
      await seed({ glossary: [{ term: "eskalēt", suggestion: "nodot izskatīšanai" }] }, { settings: {} });
    }
  });

  test.each([
    ["gmail", GMAIL_URL, "gmail-settings-signature.html"],
    ["outlook", OUTLOOK_URL, "outlook-settings-signature.html"],
  ])("%s: the signature-settings editor is not a reply compose: no chip", async (_name, url, file) => {
    const page = await openWebmail(session, url, fixture(file));
    // The content script answers the popup's status question once it has looked.
    const status = await poll(() =>
      session.serviceWorker.evaluate(async () => {
        const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
        const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
        return c.tabs.sendMessage(tab!.id!, { type: "popup→content:status" }).catch(() => null);
      }),
    ).toMatchObject({ composes: 0 });
    void status;
    expect(await page.locator(CHIP).count()).toBe(0);
    await page.close();
  });
});

describe("the page cannot read or drive Skaidri", () => {
  const gmail = { name: "gmail" as const, url: GMAIL_URL };
  const rangeOf = (page: Page, word: string) =>
    page.evaluate((wanted) => {
      const all = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const range = ["skaidri-error", "skaidri-warning", "skaidri-info"].flatMap((n) => [...(all.get(n) ?? [])]).find((r) => r.toString() === wanted);
      const rect = range?.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    }, word);

  test("closed roots; page-made hovers, keys and clicks open nothing and change nothing; the user's do", async () => {
    const page = await open(gmail, fixture("gmail-reply-collapsed.html"));
    await caretAfter(page, GMAIL_EDITOR, "struktūrvienībai.");
    await page.keyboard.type(" Varam eskalēt.");
    await poll(() => rangeOf(page, "eskalēt")).not.toBeNull();
    expect(await page.evaluate(() => [...document.querySelectorAll("[data-skaidri-status]")].map((h) => h.shadowRoot))).toEqual([null]);
    const at = (await rangeOf(page, "eskalēt"))!;
    // The page moves a synthetic mouse over the underline and presses Alt+Shift+S in the editor.
    await page.evaluate(({ x, y }) => {
      document.dispatchEvent(new MouseEvent("mousemove", { clientX: x, clientY: y, bubbles: true }));
      document.querySelector("[g_editable]")!.dispatchEvent(new KeyboardEvent("keydown", { key: "S", code: "KeyS", altKey: true, shiftKey: true, bubbles: true }));
    }, at);
    await frames(page);
    expect(await shadowVisible(page, CARD, ".card")).toBe(false);
    // The user hovers: the card opens. The page's click on Apply does nothing; the user's applies.
    await page.mouse.move(at.x, at.y);
    await poll(() => shadowVisible(page, CARD, "button.primary")).toBe(true);
    expect(await page.evaluate(() => document.querySelector("[data-skaidri-card]")!.shadowRoot)).toBeNull();
    expect(await untrustedClick(page, CARD, "button.primary")).toBe(1);
    await frames(page);
    expect(await text(page, GMAIL_EDITOR)).toContain("Varam eskalēt.");
    await shadowClick(page, CARD, "button.primary");
    await poll(() => text(page, GMAIL_EDITOR)).toContain("Varam nodot izskatīšanai.");
    // "Send anyway" by a page script does not send.
    await page.locator('[data-fixture-send="send"]').click();
    await poll(() => shadowVisible(page, DIALOG, "dialog")).toBe(true);
    await untrustedClick(page, DIALOG, "button.primary");
    await frames(page);
    expect(await sends(page)).toBeNull();
    await page.close();
  });

  test("no ::highlight(skaidri-…) style on a page without a compose; it comes with the first compose", async () => {
    // What a page can do: register its own highlight under Skaidri's name and read its style.
    const styled = (page: Page) =>
      page.evaluate(() => {
        const p = document.querySelector("#probe") ?? document.body.appendChild(Object.assign(document.createElement("p"), { id: "probe", textContent: "x" }));
        const range = document.createRange();
        range.selectNodeContents(p);
        const registry = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
        if (!registry.has("skaidri-error")) registry.set("skaidri-error", new (window as unknown as { Highlight: new (r: Range) => unknown }).Highlight(range));
        return getComputedStyle(p, "::highlight(skaidri-error)").textDecorationLine;
      });
    const page = await openWebmail(session, GMAIL_URL, '<!doctype html><html lang="lv"><title>Gmail</title><body><div role="main">Iesūtne</div></body></html>');
    const before = await styled(page);
    expect(before).toBe("none");
    // A compose appears (Gmail builds it in the page): Skaidri starts and its style arrives.
    await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, "text/html");
      document.body.append(doc.querySelector(".M9")!.closest(".ip")!);
    }, fixture("gmail-reply-collapsed.html"));
    await poll(() => page.locator(CHIP).count()).toBe(1);
    await poll(() => styled(page)).toBe("underline");
    await page.close();
  });
});

describe.each(WEBMAILS)("$name: keyboard", (webmail) => {
  test("Alt+Shift+S cycles through the missing parts too", async () => {
    const page = await open(webmail, fixture(webmail.reply).replace(webmail.valediction, ""));
    await poll(() => count(page)).toBeGreaterThan(1);
    await caretAfter(page, webmail.editor, "Labdien");
    const titles: string[] = [];
    for (let i = 0; i < (await count(page)) + 1; i++) {
      await page.keyboard.press("Alt+Shift+S");
      await poll(() => shadowVisible(page, CARD, ".card")).toBe(true);
      titles.push((await shadowTexts(page, CARD, "h2"))[0] ?? "");
    }
    expect(titles).toContain(LABEL.signOff);
    expect(titles).toContain(LABEL.invitation);
    await page.close();
  });

  test("Alt+Shift+K opens the checklist and moves focus into it; again, back to the editor", async () => {
    const page = await open(webmail, fixture(webmail.reply));
    await poll(() => count(page)).toBeGreaterThan(0);
    await caretAfter(page, webmail.editor, "Labdien");
    await page.keyboard.press("Alt+Shift+K");
    await poll(() => shadowVisible(page, CHIP, ".panel")).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-skaidri-status"))).toBe(true);
    await page.keyboard.press("Alt+Shift+K");
    await poll(() => shadowVisible(page, CHIP, ".panel")).toBe(false);
    expect(await page.evaluate((s) => document.activeElement === document.querySelector(s), webmail.editor)).toBe(true);
    await page.close();
  });
});

test("Apply acts on the finding it was shown for: when the text there changed, nothing else is replaced", async () => {
  const page = await open({ name: "gmail", url: GMAIL_URL }, fixture("gmail-reply-collapsed.html"));
  await caretAfter(page, GMAIL_EDITOR, "struktūrvienībai.");
  await page.keyboard.type(" Pirmo eskalēt, otro eskalēt.");
  await caretAfter(page, GMAIL_EDITOR, "Pirmo ");
  // From the keyboard: the card of the first "eskalēt" (the focus goes into the card and stays there).
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press("Alt+Shift+S");
    await poll(() => shadowVisible(page, CARD, ".card")).toBe(true);
    if ((await shadowTexts(page, CARD, "button.primary")).some((t) => t.includes("nodot izskatīšanai"))) break;
  }
  // The text at the finding changes meanwhile (another edit the webmail makes, e.g. autocorrect).
  await page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector("[g_editable]")!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const t = node as Text;
      if (t.data.includes("Pirmo eskalēt")) t.data = t.data.replace("Pirmo eskalēt", "Pirmo nosūtīt");
    }
  });
  await page.keyboard.press("Enter"); // the focused "Replace with …" button
  await frames(page);
  expect(await text(page, GMAIL_EDITOR)).toContain("Pirmo nosūtīt, otro eskalēt.");
  await page.close();
});

test("no page errors and no request left the browser", () => {
  expect(pageErrors).toEqual([]);
  expect(session.externalRequests).toEqual([]);
});

test("cold start: the chip says checking… until the first check; a Send meanwhile is held, then checked", async () => {
  // A fresh browser profile: the first managed-storage read takes seconds.
  const cold = await launch({ locale: "lv" });
  try {
    const html = fixture("gmail-reply-collapsed.html").replace(/<span class="gmail_signature_prefix">[\s\S]*?<\/div><\/div><\/div>/, "");
    const page = await openWebmail(cold, GMAIL_URL, html);
    await poll(() => page.locator(CHIP).count()).toBe(1);
    const label = (await shadowTexts(page, CHIP, "button.toggle")).join();
    await page.locator('[data-fixture-send="send"]').click();
    // The click came before the first check (what the old code let through unchecked).
    expect(label).toContain("pārbauda");
    expect(await sends(page)).toBeNull();
    await poll(() => shadowVisible(page, DIALOG, "dialog")).toBe(true);
    expect(await sends(page)).toBeNull();
    expect((await shadowTexts(page, CHIP, "button.toggle")).join()).not.toContain("pārbauda");
    expect(label).not.toContain("nevarēja");
    await page.close();
  } finally {
    await cold.close();
  }
});
