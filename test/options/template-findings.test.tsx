// @vitest-environment happy-dom
// The options page warns when an organisation or personal template fails the engine (issue 6):
// each listed template, rendered with the user's profile and the effective config, gets the
// engine's findings (rule + message) beside it, and the editor warns live under its preview.
// The engine is loaded on demand (dynamic import); the tests wait for it.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { resolveConfig } from "../../src/core/config.ts";
import { BUILTIN_TEMPLATES } from "../../src/core/data/builtin-templates.ts";
import { validatePolicy } from "../../src/core/policy.ts";
import type { Profile, TemplateDef, UserSettings } from "../../src/core/types.ts";
import { Options, type OptionsDeps } from "../../src/options/app.tsx";
import type { SettingsSnapshot, WriteResult } from "../../src/platform/settings.ts";
import { strictT } from "../support/ui-strings.ts";

// The real English strings: a key missing from _locales fails here.
const t = strictT("en");

// A complete profile and the shipped example policy: the built-in templates pass with them.
const POLICY = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../policy/examples/policy.json"), "utf8")) as Record<string, unknown>;
const PROFILE: Profile = {
  firstName: "Anna",
  lastName: "Bērziņa",
  position: "Senior consultant",
  department: "Client Service Division",
  phone: "+371 67120000",
  email: "anna.berzina@vid.gov.lv",
};
const receipt = BUILTIN_TEMPLATES.find((b) => b.id === "receipt" && b.language === "en")!;
const GOOD: TemplateDef = { id: "good", title: "Good", body: receipt.body, language: "en" };
// The same letter without its closing block: no feedback invitation, no sign-off, no signature.
const BAD: TemplateDef = { id: "bad", title: "No sign-off", body: receipt.body.slice(0, receipt.body.indexOf("We invite you")).trimEnd(), language: "en" };

// Issue 14: a Latvian template with a wordy phrase and a passive sentence — advice (info) only.
const receiptLv = BUILTIN_TEMPLATES.find((b) => b.id === "receipt" && b.language === "lv")!;
const WORDY_SENTENCES = "Jūsu iesniegums tiek izskatīts. Lūdzam veikt apmaksu līdz mēneša beigām.";
const WORDY: TemplateDef = {
  id: "wordy",
  title: "Wordy",
  body: receiptLv.body.replace("Atbildi Jums sniegsim", `${WORDY_SENTENCES} Atbildi Jums sniegsim`),
  language: "lv",
};

function snapshot(raw: Record<string, unknown>, user: UserSettings = {}): SettingsSnapshot {
  const { policy, problems } = validatePolicy(raw);
  const { config, locks } = resolveConfig(user, policy, PROFILE);
  return { config, locks, policy, policyRaw: raw, problems, policySource: "browser", user, profile: PROFILE };
}

const ok: WriteResult = { ok: true };
let container: HTMLElement;

async function mount(first: SettingsSnapshot): Promise<void> {
  const deps: OptionsDeps = {
    watch: (callback) => callback(first),
    updateProfile: vi.fn(async () => ok),
    updateUserSettings: vi.fn(async () => ok),
    updateGlossary: vi.fn(async () => ok),
    updateTemplates: vi.fn(async () => ok),
    t,
    language: "en",
    today: () => "2026-11-20",
  };
  await act(async () => {
    render(<Options deps={deps} />, container);
  });
  // The glossary and templates sections' code is loaded on first draw (app.tsx lazySection).
  await vi.waitFor(() => expect(container.querySelector("#template-title") && container.querySelector("#glossary-term")).not.toBeNull(), { timeout: 15_000 });
  await act(async () => {});
}

/** Lets the lazily imported engine arrive (the same module the page imports), then re-renders. */
async function settle(): Promise<void> {
  await import("../../src/core/template-check.ts");
  for (let i = 0; i < 5; i++) await act(() => new Promise<void>((r) => setTimeout(r, 10)));
}

const item = (id: string) => container.querySelector<HTMLElement>(`#templates li[data-id="${id}"]`)!;
const rulesIn = (el: Element | null) => [...(el?.querySelectorAll("[data-testid=template-findings] li[data-rule]") ?? [])].map((li) => li.getAttribute("data-rule"));

beforeEach(() => {
  container = document.createElement("div");
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

test("the example policy and the good template are complete", () => {
  expect(validatePolicy(POLICY).problems).toEqual([]);
  expect(BAD.body).not.toContain("{{firstName}}");
});

test("a personal template missing its sign-off gets a warning naming the findings; a good one none", async () => {
  await mount(snapshot(POLICY, { templates: [GOOD, BAD] }));
  await settle();
  const bad = item("bad");
  const warning = bad.querySelector<HTMLElement>("[data-testid=template-findings]")!;
  expect(warning).not.toBeNull();
  expect(warning.textContent).toMatch(/A reply made from this template would get \d+ findings?:/);
  expect(rulesIn(bad)).toEqual(expect.arrayContaining(["signature/name", "feedback-invitation"]));
  // Rule name (UI language) + the engine's message.
  expect(warning.querySelector("li strong")?.textContent).toBe(t(`rule_${rulesIn(bad)[0]!.replace(/[/-]/g, "_")}`));
  // The warning describes the template's Edit button (keyboard and screen-reader users meet it there).
  const edit = bad.querySelector<HTMLButtonElement>('button[aria-label="Edit “No sign-off”"]')!;
  expect(edit.getAttribute("aria-describedby")).toBe(warning.id);
  expect(container.querySelector(`#${warning.id}`)).toBe(warning);

  const good = item("good");
  expect(good.querySelector("[data-testid=template-findings]")).toBeNull();
  expect(good.querySelector("button[aria-describedby]")).toBeNull();
});

test("an organisation template failing the engine is listed with its warning", async () => {
  await mount(snapshot({ ...POLICY, templates: [{ ...BAD, id: "org-bad", title: "Org" }, { ...GOOD, id: "org-good" }] }));
  await settle();
  const list = container.querySelector("[data-testid=organisation-templates]")!;
  expect(list.getAttribute("aria-label")).toBe("Organisation templates");
  expect(rulesIn(item("org-bad"))).toEqual(expect.arrayContaining(["signature/name"]));
  expect(rulesIn(item("org-good"))).toEqual([]);
});

test("the editor warns live under its preview while the text is typed", async () => {
  await mount(snapshot(POLICY));
  const body = container.querySelector<HTMLTextAreaElement>("#template-body")!;
  const typeBody = async (value: string) => {
    await act(async () => {
      body.value = value;
      body.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await settle();
  };
  const status = () => container.querySelector('#templates [role="status"].visually-hidden')!.textContent;
  await typeBody(BAD.body);
  const warning = container.querySelector("#template-editor-findings")!;
  expect(rulesIn(warning.parentElement)).toEqual(expect.arrayContaining(["signature/name", "feedback-invitation"]));
  expect(body.getAttribute("aria-describedby")).toBe("template-body-hint template-editor-findings");
  expect(status()).toMatch(/A reply made from this template would get \d+ findings?:/);

  await typeBody(GOOD.body);
  expect(container.querySelector("#template-editor-findings")).toBeNull();
  expect(body.getAttribute("aria-describedby")).toBe("template-body-hint");
  expect(status()).toBe("");
});

test("a personal template with a wordy phrase and a passive sentence shows them as advice, grouped as the chip groups them", async () => {
  expect(WORDY.body).toContain(WORDY_SENTENCES);
  await mount(snapshot(POLICY, { templates: [GOOD, WORDY] }));
  await settle();
  const wordy = item("wordy");
  const box = wordy.querySelector<HTMLElement>("[data-testid=template-findings]")!;
  expect(box).not.toBeNull();
  expect(rulesIn(wordy)).toEqual(expect.arrayContaining(["plain-language", "passive-voice"]));
  // Only advice: every finding info, the box drawn lesser (no warning sign), the group headed like the chip's.
  expect([...box.querySelectorAll("li[data-rule]")].map((li) => li.getAttribute("data-severity"))).toEqual(rulesIn(wordy).map(() => "info"));
  expect(box.classList.contains("advice")).toBe(true);
  expect(box.querySelector(".template-findings-title")!.textContent).not.toContain("⚠");
  const group = box.querySelector<HTMLElement>('ul[data-group="plain-language"]')!;
  expect(group.previousElementSibling?.textContent).toBe(t("plainLanguageTitle"));
  // The list is named by its heading (screen readers hear "Clear language, list").
  expect(container.querySelector(`#${group.getAttribute("aria-labelledby")}`)).toBe(group.previousElementSibling);
  expect([...group.querySelectorAll("li")].map((li) => li.className)).toEqual(rulesIn(wordy).map(() => "info"));
  const passive = group.querySelector<HTMLElement>('li[data-rule="passive-voice"]')!;
  expect(passive.querySelector("strong")!.textContent).toBe(t("rule_passive_voice"));
  expect(group.querySelector('li[data-rule="plain-language"]')!.textContent).toMatch(/samaksāt/);
  // The count names every finding, and the Edit button points at the box.
  expect(box.querySelector(".template-findings-title")!.textContent).toContain(`would get ${rulesIn(wordy).length} finding`);
  expect(wordy.querySelector('button[aria-label="Edit “Wordy”"]')!.getAttribute("aria-describedby")).toBe(box.id);
  // The good template draws no advice either.
  expect(item("good").querySelector("[data-testid=template-findings]")).toBeNull();
});

test("an organisation template with a warning and advice: the handbook's findings first, the plain-language group after, a warning's look", async () => {
  const both: TemplateDef = { id: "org-both", title: "Both", body: WORDY.body.slice(0, WORDY.body.indexOf("Aicinām")).trimEnd(), language: "lv" };
  expect(both.body).toContain(WORDY_SENTENCES);
  await mount(snapshot({ ...POLICY, templates: [both] }));
  await settle();
  const box = item("org-both").querySelector<HTMLElement>("[data-testid=template-findings]")!;
  expect(box.classList.contains("advice")).toBe(false);
  expect(box.querySelector(".template-findings-title")!.textContent).toContain("⚠");
  const [handbook, plain] = [...box.querySelectorAll("ul")];
  expect(handbook!.getAttribute("data-group")).toBeNull();
  expect([...handbook!.querySelectorAll("li")].map((li) => li.getAttribute("data-rule"))).toContain("feedback-invitation");
  expect([...handbook!.querySelectorAll("li")].map((li) => li.getAttribute("data-severity"))).not.toContain("info");
  expect(plain!.getAttribute("data-group")).toBe("plain-language");
  expect([...plain!.querySelectorAll("li")].map((li) => li.getAttribute("data-rule"))).toEqual(expect.arrayContaining(["plain-language", "passive-voice"]));
});

test("the editor shows a passive sentence as advice while it is typed", async () => {
  await mount(snapshot(POLICY));
  const body = container.querySelector<HTMLTextAreaElement>("#template-body")!;
  const language = container.querySelector<HTMLSelectElement>("#template-language")!;
  await act(async () => {
    language.value = "lv";
    language.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await act(async () => {
    body.value = WORDY.body;
    body.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await settle();
  const box = container.querySelector("#template-editor-findings")!;
  expect([...box.querySelectorAll('ul[data-group="plain-language"] li')].map((li) => li.getAttribute("data-rule"))).toEqual(expect.arrayContaining(["passive-voice"]));
  expect(body.getAttribute("aria-describedby")).toBe("template-body-hint template-editor-findings");
  expect(container.querySelector('#templates [role="status"].visually-hidden')!.textContent).toMatch(/would get \d+ findings?:/);
});
