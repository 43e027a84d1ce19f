// Issue 10 in real Chromium with the shipped build, on the real webmail URLs (routed to the
// fixtures; Outlook on the real RoosterJS 9.59 content-model packages): missing-part fixes
// and templates in a compose that has a signature land in the writer's text — before the
// signature block and the quote, never inside them — and multi-line inserts keep their lines.
// Every action is the user's: the real mouse and keyboard, Skaidri's closed shadow roots
// reached through the DevTools protocol (shadow.ts).
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { BUILTIN_TEMPLATES } from "../../src/core/data/builtin-templates.ts";
import { renderTemplate } from "../../src/core/templates.ts";
import {
  CARD,
  CHIP,
  caretAfter,
  count,
  DIALOG,
  frames,
  GMAIL_URL,
  insertFromPopup,
  LABEL,
  lines,
  missing,
  open as openIn,
  poll,
  seed as seedIn,
  sends,
  text,
  WEBMAILS,
  type Webmail,
} from "./daily.ts";
import { fixture, launch, type Session } from "./harness.ts";
import { strictT } from "../support/ui-strings.ts";
import { shadowClick, shadowItems, shadowTexts, shadowVisible } from "./shadow.ts";

const lv = strictT("lv");
const GLOSSARY = { glossary: [{ term: "eskalēt", suggestion: "nodot izskatīšanai" }] };
let session: Session;
const pageErrors: string[] = [];

beforeAll(async () => {
  session = await launch({ locale: "lv" });
  await seed(GLOSSARY);
});
afterAll(async () => {
  await session?.close();
});

const seed = (local: object, sync?: object) => seedIn(session, local, sync);
const open = (webmail: Pick<Webmail, "name" | "url">, html: string) => openIn(session, webmail, html, pageErrors);

/** The reply fixture with the writer's own text (everything before the signature block) replaced by `own`. */
const withOwnText = (html: string, own: string) => html.replace(/(aria-multiline="true"[^>]*>)[\s\S]*?(<span class="gmail_signature_prefix">|<div id="Signature">)/, `$1${own}$2`);
/** The fixture's signature with the institution's name in it (the policy asks for it). */
const withInstitution = (webmail: Webmail, html: string) =>
  webmail.name === "gmail"
    ? html.replace("<div>Tālr. 67000000</div>", "<div>Valsts zemes dienests</div><div>Tālr. 67000000</div>")
    : html.replace('<div class="elementToProof">Tālr. 67000000</div>', '<div class="elementToProof">Valsts zemes dienests</div><div class="elementToProof">Tālr. 67000000</div>');

/** Opens the checklist item `label`, waits for its card and presses its fix (the user's clicks). */
async function applyMissing(page: Page, label: string): Promise<void> {
  await poll(async () => (await missing(page)).some((t) => t.includes(label))).toBe(true);
  await shadowClick(page, CHIP, "button.item", label);
  await poll(() => shadowVisible(page, CARD, "button.primary")).toBe(true);
  await shadowClick(page, CARD, "button.primary");
}

/** Where `wanted` landed: the line's index and whether its text node is inside the signature or the quote. */
const landing = (page: Page, webmail: Webmail, wanted: string) =>
  page.evaluate(
    ({ editor, signature, wanted }) => {
      const el = document.querySelector(editor)!;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!(node as Text).data.includes(wanted)) continue;
        const parent = node.parentElement!;
        return {
          inSignature: Boolean(parent.closest(`${signature}, .gmail_signature_prefix`)),
          inQuote: Boolean(parent.closest(".gmail_quote_container, .gmail_quote, #divRplyFwdMsg, #x_mail-body, #appendonsend")),
        };
      }
      return null;
    },
    { editor: webmail.editor, signature: webmail.signature, wanted },
  );

/** The index of the first line that includes `part` (-1 when none does). */
const lineOf = (all: string[], part: string) => all.findIndex((l) => l.includes(part));

describe.each(WEBMAILS)("$name: missing-part fixes in a compose that has a signature", (webmail) => {
  test.each([
    ["sign-off", LABEL.signOff, "Veiksmīgu dienu!"],
    ["feedback invitation", LABEL.invitation, "Aicinām"],
  ])("a missing %s lands before the signature block and the quote, never inside them; then the checklist no longer lists it", async (_name, label, wanted) => {
    const page = await open(webmail, fixture(webmail.reply).replace(webmail.valediction, ""));
    const signature = await text(page, webmail.signature);
    await applyMissing(page, label);
    await poll(() => text(page, webmail.editor)).toContain(wanted);
    expect(await text(page, webmail.signature)).toBe(signature);
    expect(await landing(page, webmail, wanted)).toEqual({ inSignature: false, inQuote: false });
    const all = await lines(page, webmail.editor);
    const at = lineOf(all, wanted);
    expect(at).toBeGreaterThan(lineOf(all, "struktūrvienībai."));
    expect(at).toBeLessThan(lineOf(all, "Anna Ozola"));
    if (webmail.name === "gmail") expect(at).toBeLessThan(all.indexOf("--"));
    else expect(at).toBeLessThan(lineOf(all, "No:"));
    await poll(async () => (await missing(page)).some((t) => t.includes(label))).toBe(false);
    await page.close();
  });

  test("a missing greeting goes first, before the writer's text, and the checklist no longer lists it", async () => {
    const page = await open(webmail, fixture(webmail.reply).replace(webmail.greeting, ""));
    const signature = await text(page, webmail.signature);
    await applyMissing(page, LABEL.greeting);
    await poll(async () => (await lines(page, webmail.editor))[0]).toBe("Labdien!");
    const all = await lines(page, webmail.editor);
    expect(all[1]).toBe("Jūsu iesniegums ir nodots atbildīgajai struktūrvienībai.");
    expect(await text(page, webmail.signature)).toBe(signature);
    await poll(async () => (await missing(page)).some((t) => t.includes(LABEL.greeting))).toBe(false);
    await page.close();
  });

  test("in a reply with nothing written yet, greeting and invitation go before the signature block, not into it", async () => {
    // Here Gmail's compose is as narrow as its contents: the checklist must still open on screen.
    const empty = webmail.name === "gmail" ? "<div><br></div>" : '<div class="elementToProof"><br></div>';
    const page = await open(webmail, withOwnText(fixture(webmail.reply), empty));
    const signature = await text(page, webmail.signature);
    await applyMissing(page, LABEL.greeting);
    await poll(() => text(page, webmail.editor)).toContain("Labdien!");
    await applyMissing(page, LABEL.invitation);
    await poll(() => text(page, webmail.editor)).toContain("Aicinām");
    expect(await text(page, webmail.signature)).toBe(signature);
    for (const wanted of ["Labdien!", "Aicinām"]) expect(await landing(page, webmail, wanted)).toEqual({ inSignature: false, inQuote: false });
    const all = await lines(page, webmail.editor);
    expect(lineOf(all, "Labdien!")).toBe(0);
    expect(lineOf(all, "Aicinām")).toBeGreaterThan(0);
    expect(lineOf(all, "Aicinām")).toBeLessThan(lineOf(all, "Anna Ozola"));
    if (webmail.name === "gmail") expect(lineOf(all, "Aicinām")).toBeLessThan(all.indexOf("--"));
    await page.close();
  });
});

describe("Gmail's default: the signature below the quote", () => {
  const gmail = WEBMAILS.find((w) => w.name === "gmail")!;
  test.each([
    ["sign-off", LABEL.signOff, "Veiksmīgu dienu!"],
    ["feedback invitation", LABEL.invitation, "Aicinām"],
  ])("a missing %s goes into the writer's text, before the quote — not after the quote or the signature", async (_name, label, wanted) => {
    const page = await open(gmail, fixture("gmail-reply-signature-below.html").replace(gmail.valediction, ""));
    const signature = await text(page, gmail.signature);
    const quote = await text(page, ".gmail_quote_container");
    await applyMissing(page, label);
    await poll(() => text(page, gmail.editor)).toContain(wanted);
    expect(await text(page, gmail.signature)).toBe(signature);
    expect(await text(page, ".gmail_quote_container")).toBe(quote);
    expect(await landing(page, gmail, wanted)).toEqual({ inSignature: false, inQuote: false });
    const all = await lines(page, gmail.editor);
    const at = lineOf(all, wanted);
    expect(at).toBeGreaterThan(lineOf(all, "Jūsu iesniegums"));
    expect(at).toBeLessThan(lineOf(all, "rakstīja:"));
    await poll(async () => (await missing(page)).some((t) => t.includes(label))).toBe(false);
    await page.close();
  });
});

describe.each(WEBMAILS)("$name: a multi-line insert keeps its lines", (webmail) => {
  test.each([
    ["at the end of a line", "Labdien, Jāni!", ["Labdien, Jāni!", "Paldies par vēstuli.", "Mēs to izskatīsim.", "Jūsu iesniegums ir nodots atbildīgajai struktūrvienībai."]],
    ["in the middle of a line", "Jūsu iesniegums ", ["Labdien, Jāni!", "Jūsu iesniegums", "Paldies par vēstuli.", "Mēs to izskatīsim.", "ir nodots atbildīgajai struktūrvienībai."]],
    ["in the middle of a word", "Jūsu iesnieg", ["Labdien, Jāni!", "Jūsu iesnieg", "Paldies par vēstuli.", "Mēs to izskatīsim.", "ums ir nodots atbildīgajai struktūrvienībai."]],
  ])("%s (RoosterJS drops an edge newline)", async (_name, after, expected) => {
    const page = await open(webmail, fixture(webmail.reply));
    await caretAfter(page, webmail.editor, after);
    await page.locator('input, [role="combobox"]').first().focus(); // focus leaves, as for the popup
    expect(await insertFromPopup(session, "Paldies par vēstuli.\n\nMēs to izskatīsim.")).toEqual({ ok: true });
    // Gmail keeps the space before the caret at the end of its line: lines are compared trimmed.
    await poll(async () => (await lines(page, webmail.editor)).slice(0, expected.length).map((l) => l.trim())).toEqual(expected);
    await page.close();
  });
});

describe("the signature where Gmail puts it", () => {
  test.each([
    ["below the quote", "gmail-reply-signature-below.html", "below-quote"],
    ["in the collapsed trimmed content (input[name=uet])", "gmail-reply-trimmed.html", "trimmed"],
  ])("%s: recognised, never reported missing, and the chip says where it is", async (_name, file, place) => {
    const page = await open({ name: "gmail", url: GMAIL_URL }, fixture(file));
    await poll(() => count(page)).toBeGreaterThan(0);
    const todo = await missing(page);
    expect(todo.filter((t) => t.startsWith("Paraksts"))).toEqual([]);
    expect((await shadowItems(page, CHIP, "[data-signature-place]")).map((i) => i.attributes["data-signature-place"])).toEqual([place]);
    await page.close();
  });
});

describe("templates in a compose that already has the signature", () => {
  const PROFILE = { firstName: "Anna", lastName: "Ozola", position: "Vecākā referente", phone: "67000000", email: "anna.ozola@vzd.example.lv" };
  const SETTINGS = { institution: "Valsts zemes dienests", feedbackUrl: "https://www.vzd.example.lv/atsauksmes" };

  /** Presses the fixture's Send: with no error findings it goes straight through (warn mode shows the dialog for errors only). */
  async function sendsWithoutErrors(page: Page, webmail: Webmail): Promise<void> {
    await page.locator('[data-fixture-send="send"]').click();
    await frames(page);
    const problems = (await page.locator(DIALOG).count()) > 0 ? await shadowTexts(page, DIALOG, "li") : [];
    expect(problems, JSON.stringify(await lines(page, webmail.editor))).toEqual([]);
    await poll(() => sends(page)).toBe("send");
    expect(await page.locator(DIALOG).count()).toBe(0);
  }

  test.each(WEBMAILS)("$name: the closing template goes in without a second signature, and the reply has no errors", async (webmail) => {
    await seed({ glossary: [] }, { settings: SETTINGS, profile: PROFILE });
    try {
      const closing = BUILTIN_TEMPLATES.find((t) => t.id === "closing")!;
      // What the popup sends: the template rendered with the user's profile and settings.
      const rendered = renderTemplate(closing.body, { language: "lv", today: "2026-11-20", profile: PROFILE, ...SETTINGS }).text;
      expect(rendered).toContain("Anna Ozola");
      const page = await open(webmail, withInstitution(webmail, fixture(webmail.reply).replace(webmail.valediction, "")));
      // The settings are known (the first managed-storage read of a fresh profile takes seconds).
      await poll(async () => (await shadowTexts(page, CHIP, "button.toggle")).join()).not.toContain("pārbauda");
      await caretAfter(page, webmail.editor, "struktūrvienībai.");
      expect(await insertFromPopup(session, `\n\n${rendered}`)).toEqual({ ok: true });
      await poll(() => text(page, webmail.editor)).toContain("Veiksmīgu dienu!");
      expect((await text(page, webmail.editor)).split("Anna Ozola").length - 1).toBe(1);
      await sendsWithoutErrors(page, webmail);
      await page.close();
    } finally {
      await seed(GLOSSARY, { settings: {}, profile: {} });
    }
  });

  // The organisation's whole-reply template (policy), with its own signature block.
  const POLICY_TEMPLATE = {
    id: "iesnieguma-virzibe",
    title: "Iesnieguma virzība",
    body: [
      "Labdien!",
      "",
      "Jūsu iesniegums ir saņemts un nodots izskatīšanai atbildīgajai struktūrvienībai.",
      "",
      "Aicinām Jūs izteikt viedokli, uzdot jautājumus vai sniegt priekšlikumus mūsu iestādes tīmekļvietnē: {{feedbackUrl}}",
      "",
      "Paldies, ka vērsāties pie mums! Veiksmīgu dienu!",
      "",
      "Ar cieņu",
      "{{firstName}} {{lastName}}",
      "{{position}}",
      "{{institution}}",
      "Tālr. {{phone}}",
    ].join("\n"),
  };

  test.each(WEBMAILS)("$name: the organisation's template, picked in the popup, goes in without a second signature and passes its checks", async (webmail) => {
    await seed(
      // The last good policy, as the extension caches it (a real managed policy needs /etc, which this test must not touch).
      { glossary: [], policyCache: { policy: { templates: [POLICY_TEMPLATE] }, savedAt: Date.now() } },
      { settings: SETTINGS, profile: PROFILE },
    );
    try {
      const empty = webmail.name === "gmail" ? "<div><br></div>" : '<div class="elementToProof"><br></div>';
      const page = await open(webmail, withInstitution(webmail, withOwnText(fixture(webmail.reply), empty)));
      await poll(async () => (await shadowTexts(page, CHIP, "button.toggle")).join()).not.toContain("pārbauda");
      await page.locator(webmail.editor).first().click();
      await page.keyboard.press("Control+Home"); // the empty first line, above the signature
      await page.locator('input, [role="combobox"]').first().focus(); // focus leaves, as for the popup
      const tabId = await session.serviceWorker.evaluate(async () => {
        const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
        return (await c.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!;
      });
      const popup = await session.context.newPage();
      await popup.goto(`chrome-extension://${session.extensionId}/src/popup/index.html?tab=${tabId}`);
      await poll(() => popup.getByTestId("compose-status").textContent()).toBe(lv("tplStatusReady"));
      const search = popup.getByRole("combobox", { name: lv("tplSearch") });
      await search.click();
      await popup.keyboard.type("virzība", { delay: 10 });
      await poll(() => popup.getByRole("group", { name: lv("tplGroup_organisation") }).getByRole("option").allTextContents()).toEqual([POLICY_TEMPLATE.title]);
      await poll(() => popup.locator('[role="option"][aria-selected="true"]').textContent()).toBe(POLICY_TEMPLATE.title);
      await poll(() => popup.getByTestId("preview").textContent()).toContain("Anna Ozola");
      await popup.keyboard.press("Enter");
      await poll(() => popup.locator(".feedback").textContent()).toBe(lv("tplInserted"));
      await popup.close();
      await page.bringToFront();
      await poll(() => text(page, webmail.editor)).toContain("Veiksmīgu dienu!");
      const all = await lines(page, webmail.editor);
      expect(all.filter((l) => l.includes("Anna Ozola"))).toHaveLength(1);
      expect(all.filter((l) => l === "Valsts zemes dienests")).toHaveLength(1);
      expect(all[0]).toBe("Labdien!");
      expect(lineOf(all, "Ar cieņu")).toBeLessThan(lineOf(all, "Anna Ozola"));
      expect(await landing(page, webmail, "Veiksmīgu dienu!")).toEqual({ inSignature: false, inQuote: false });
      await sendsWithoutErrors(page, webmail);
      await page.close();
    } finally {
      await session.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove("policyCache"));
      await seed(GLOSSARY, { settings: {}, profile: {} });
    }
  });
});

test("no page errors and no request left the browser", () => {
  expect(pageErrors).toEqual([]);
  expect(session.externalRequests).toEqual([]);
});
