// @vitest-environment happy-dom
// The popup's template picker with a fake platform: groups, search, keyboard, preview,
// fill-ins, Insert and Copy, and what it says when no compose is open.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, expect, test, vi } from "vitest";

const messages: Record<string, { message: string }> = JSON.parse(
  readFileSync(resolve(import.meta.dirname, "../../public/_locales/en/messages.json"), "utf8"),
);
vi.mock("../../src/platform/i18n.ts", () => ({
  // The real English strings: a key missing from _locales fails here.
  t: (key: string, subs?: string | string[]) => {
    const m = messages[key];
    if (!m) throw new Error(`missing UI string ${key}`);
    return m.message.replace(/\$\w+\$/g, () => ([] as string[]).concat(subs ?? [])[0] ?? "");
  },
  uiLanguage: () => "en",
}));

const { Popup } = await import("../../src/popup/app.tsx");
const { effectiveConfig } = await import("../../src/core/config.ts");
type PopupDeps = import("../../src/popup/app.tsx").PopupDeps;

const config = effectiveConfig(
  { templates: [{ id: "mine", title: "My thanks", body: "Thank you, {{ask:Name}}!" }] },
  {
    institution: "State Revenue Service",
    feedbackUrl: "https://www.vid.gov.lv/feedback",
    templates: [{ id: "org-hours", title: "Opening hours", body: "We are open on working days from 8:30.", language: "en" }],
  },
  { firstName: "Anna", lastName: "Bērziņa", position: "consultant", department: "Client service", phone: "+371 67120000", email: "anna@vid.gov.lv" },
);

let container: HTMLElement;
type Spy = ReturnType<typeof vi.fn>;
let deps: Omit<PopupDeps, "insert" | "copy" | "done" | "openOptions"> & { insert: Spy; copy: Spy; done: Spy; openOptions: Spy };

function makeDeps(composes: number | null): typeof deps {
  return {
    loadSettings: async () => ({ config, organisationTemplateIds: ["org-hours"] }),
    composeStatus: async () => (composes === null ? null : { recognised: composes > 0, composes }),
    insert: vi.fn(async () => ({ ok: true as const })),
    copy: vi.fn(async () => true),
    openOptions: vi.fn(),
    done: vi.fn(),
    today: () => "2026-11-20",
    language: "en",
  };
}

async function mount(composes: number | null = 1): Promise<void> {
  deps = makeDeps(composes);
  await act(async () => {
    render(<Popup deps={deps as unknown as PopupDeps} />, container);
  });
  await act(async () => {});
}

const search = () => container.querySelector<HTMLInputElement>('input[role="combobox"]')!;
const options = () => [...container.querySelectorAll<HTMLElement>('[role="option"]')];
const selected = () => container.querySelector('[role="option"][aria-selected="true"]')?.textContent;
const status = () => container.querySelector('[data-testid="compose-status"]')?.textContent;
const preview = () => container.querySelector('[data-testid="preview"]')?.textContent ?? "";
const button = (text: string) => [...container.querySelectorAll("button")].find((b) => b.textContent === text)!;

/** Lets pending promises (settings, insert, copy) and the re-render they cause finish. */
async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}
async function key(el: HTMLElement, name: string): Promise<void> {
  await act(async () => {
    el.dispatchEvent(new KeyboardEvent("keydown", { key: name, bubbles: true, cancelable: true }));
  });
  await settle();
}
async function type(el: HTMLInputElement, value: string): Promise<void> {
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

beforeEach(() => {
  container = document.createElement("div");
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

test("lists built-in, organisation and personal templates in labelled groups", async () => {
  await mount();
  const groups = [...container.querySelectorAll('[role="group"]')].map((g) => ({
    label: container.querySelector(`#${g.getAttribute("aria-labelledby")}`)?.textContent,
    items: [...g.querySelectorAll('[role="option"]')].map((o) => o.textContent),
  }));
  expect(groups).toEqual([
    {
      label: "Built-in templates",
      items: ["Confirmation of receipt", "The answer needs more time", "Out of office (automatic reply)", "Question forwarded to another institution", "Closing with signature"],
    },
    { label: "Organisation templates", items: ["Opening hours"] },
    { label: "My templates", items: ["My thanks"] },
  ]);
  expect(status()).toBe(messages.tplStatusReady!.message);
  expect(search().getAttribute("aria-label")).toBe("Search templates");
});

test("search covers titles and bodies; arrow keys move, aria-activedescendant follows", async () => {
  await mount();
  await type(search(), "substitute");
  expect(options().map((o) => o.textContent)).toEqual(["Out of office (automatic reply)"]);
  await type(search(), "");
  expect(selected()).toBe("Confirmation of receipt");
  await key(search(), "ArrowDown");
  expect(selected()).toBe("The answer needs more time");
  await key(search(), "ArrowUp");
  await key(search(), "ArrowUp");
  expect(selected()).toBe("My thanks");
  expect(search().getAttribute("aria-activedescendant")).toBe(container.querySelector('[aria-selected="true"]')!.id);
});

test("Enter on receipt inserts the rendered text with the deadline two working days on", async () => {
  await mount();
  expect(preview()).toContain("We will reply by 24 November 2026.");
  expect(preview()).toContain("Anna Bērziņa\nconsultant\nClient service\nState Revenue Service\nPhone: +371 67120000");
  await key(search(), "Enter");
  expect(deps.insert).toHaveBeenCalledTimes(1);
  const text = deps.insert.mock.calls[0]![0] as string;
  expect(text.startsWith("Hello,\n\nWe confirm that we have received your e-mail.")).toBe(true);
  expect(text).toContain("https://www.vid.gov.lv/feedback");
  expect(deps.done).toHaveBeenCalled();
  expect(container.querySelector('[role="status"].feedback')?.textContent).toBe(messages.tplInserted!.message);
});

test("out-of-office asks its fill-ins, previews them, names the missing ones, and offers copying for the automatic reply", async () => {
  await mount();
  await type(search(), "out of office");
  await key(search(), "Enter");
  const inputs = [...container.querySelectorAll<HTMLInputElement>("form input")];
  const labels = [...container.querySelectorAll("form label span")].map((l) => l.textContent);
  expect(labels).toEqual(["First day away", "Last day away", "Substitute's name", "Substitute's e-mail", "Substitute's phone"]);
  expect(preview()).toContain("I am out of the office from [First day away] to [Last day away].");
  await type(inputs[0]!, "1.12.2026");
  await type(inputs[1]!, "+5");
  expect(preview()).toContain("I am out of the office from 1 December 2026 to 27 November 2026.");
  const copy = button("Copy for the automatic reply");
  await act(async () => copy.click());
  await settle();
  expect(deps.copy).not.toHaveBeenCalled();
  expect(container.querySelector('[role="alert"]')?.textContent).toBe("Fill in: Substitute's name, Substitute's e-mail, Substitute's phone");
  await type(inputs[2]!, "Jānis Kalniņš");
  await type(inputs[3]!, "janis@vid.gov.lv");
  await type(inputs[4]!, "+371 67120001");
  await act(async () => copy.click());
  await settle();
  expect(deps.copy).toHaveBeenCalledTimes(1);
  expect(deps.copy.mock.calls[0]![0]).toContain("please contact my colleague Jānis Kalniņš: e-mail janis@vid.gov.lv, phone +371 67120001.");
  // Enter in a fill-in submits: insert.
  await act(async () => {
    container.querySelector("form")!.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
  });
  await settle();
  expect(deps.insert).toHaveBeenCalledTimes(1);
});

test("with no compose open it says how to open one, and Insert explains instead of sending", async () => {
  await mount(0);
  expect(status()).toBe(messages.tplNoCompose!.message);
  expect(button("Insert").getAttribute("aria-disabled")).toBe("true");
  await key(search(), "Enter");
  expect(deps.insert).not.toHaveBeenCalled();
  expect(container.querySelector('[role="alert"]')?.textContent).toBe(messages.tplNoCompose!.message);
});

test("on a page without Skaidri's content script it points to Gmail and Outlook; copying still works", async () => {
  await mount(null);
  expect(status()).toBe(messages.tplNoWebmail!.message);
  await act(async () => button("Copy").click());
  await settle();
  expect(deps.copy).toHaveBeenCalledTimes(1);
});

test("the template language switches the built-ins; organisation templates keep their language", async () => {
  await mount();
  const select = container.querySelector("select")!;
  await act(async () => {
    select.value = "lv";
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
  expect(options().map((o) => o.textContent)).toEqual([
    "Saņemšanas apliecinājums",
    "Atbilde prasīs vairāk laika",
    "Prombūtne (automātiskā atbilde)",
    "Jautājums pārsūtīts citai iestādei",
    "Nobeigums ar parakstu",
    "My thanks",
  ]);
  expect(preview()).toContain("sniegsim līdz 2026. gada 24. novembrim.");
});

test.each([
  [["feedbackUrl", "firstName"], "en", "feedback page address and first name"],
  [["lastName", "phone", "email"], "en", "last name, phone, and e-mail"],
] as const)("missing fields are named in words, not keys: %o", async (fields, language, words) => {
  const { missingFieldNames } = await import("../../src/popup/app.tsx");
  expect(missingFieldNames(fields, language)).toBe(words);
});
