// Issue 14 in real Chromium with the shipped build, Gmail (its DOM) and Outlook on the web (real
// RoosterJS), one test per rule family, typed with the real keyboard:
//   letter etiquette — greeting/vocative and greeting/punctuation (warnings, wavy), formal-address;
//   plain language — plain-language, passive-voice and long-sentence (info: dotted, grouped in the
//   chip under „Skaidra valoda”, and never a reason for the Send check).
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { highlighted, openReply, REPLY_WEBMAILS, type ReplyWebmail } from "./compose.ts";
import { caretAfter as caretIn, launch, type Session } from "./harness.ts";
import { shadowClick, shadowTexts } from "./shadow.ts";

const WEBMAILS = REPLY_WEBMAILS;
type Webmail = ReplyWebmail;

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000, interval: 50 });

let session: Session;
beforeAll(async () => {
  session = await launch({ locale: "lv" });
});
afterAll(async () => {
  await session?.close();
});

const caretAfter = (page: Page, webmail: Webmail, after: string) => caretIn(page, webmail.editor, after);

const open = (webmail: Webmail) => openReply(session, webmail);

describe.each(WEBMAILS)("$name", (webmail) => {
  test("letter etiquette: the greeting's vocative and exclamation mark, the capitalised Jūs", async () => {
    const page = await open(webmail);
    expect(await highlighted(page, "warning")).not.toContain("Jāni");
    await caretAfter(page, webmail, "Labdien, Jāni!");
    await page.keyboard.press("Backspace");
    await page.keyboard.type("s,");
    await poll(() => highlighted(page, "warning")).toEqual(expect.arrayContaining(["Jānis", ","]));
    await caretAfter(page, webmail, "ir nodots atbildīgajai struktūrvienībai.");
    await page.keyboard.type(" Lēmumu nosūtīsim jums rakstiski.");
    await poll(() => highlighted(page, "warning")).toContain("jums");
    // The capitalised form is never a finding.
    await page.keyboard.type(" Jums tas būs ērtāk. Paldies par jūsu laiku.");
    await poll(() => highlighted(page, "warning")).toContain("jūsu"); // the text after it is checked, so it was too
    expect((await highlighted(page, "warning")).filter((x) => x === "Jums")).toEqual([]);
  });

  test("plain language: wordy phrases, passive voice and a long sentence are dotted info, grouped as Skaidra valoda", async () => {
    const page = await open(webmail);
    await caretAfter(page, webmail, "ir nodots atbildīgajai struktūrvienībai.");
    await page.keyboard.type(
      " Lūdzam veikt apmaksu līdz piektdienai. Rēķins tika izrakstīts vakar. Sakarā ar to, ka Jūsu iesniegumā nav norādīts īpašuma kadastra numurs un nav pievienota pilnvara, mēs to nevaram izskatīt, tāpēc lūdzam iesniegumu papildināt un atkārtoti iesniegt klientu centrā.",
    );
    await poll(() => highlighted(page, "info")).toEqual(expect.arrayContaining(["veikt apmaksu", "tika izrakstīts", "Sakarā ar to, ka"]));
    // The long sentence, whole, once the last word is typed.
    await poll(async () => (await highlighted(page, "info")).some((x) => x.startsWith("Sakarā ar to, ka Jūsu iesniegumā") && x.endsWith("klientu centrā."))).toBe(true);
    // Info is drawn dotted, not wavy.
    const css = await page.evaluate(() =>
      [...document.adoptedStyleSheets, ...[...document.querySelectorAll("style")].map((s) => s.sheet).filter((x) => x !== null)]
        .flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
        .join("\n"),
    );
    expect(css).toMatch(/::highlight\(skaidri-info\)\s*\{[^}]*dotted/);
    // The chip lists them under their own heading, below the handbook's findings.
    await shadowClick(page, "[data-skaidri-status]", "button.toggle");
    await poll(() => shadowTexts(page, "[data-skaidri-status]", "h2")).toContain("Skaidra valoda");
    const headings = await shadowTexts(page, "[data-skaidri-status]", "h2");
    expect(headings.at(-1)).toBe("Skaidra valoda");
  });
});
