// @vitest-environment happy-dom
// The in-page picker the keyboard shortcut opens: search, arrows, Enter, fill-ins, Escape.
import { afterEach, expect, test, vi } from "vitest";
import { rootOf } from "./trusted.ts";

vi.mock("../../src/platform/i18n.ts", () => ({
  t: (key: string, subs?: string) => (subs === undefined ? key : `${key}(${subs})`),
  uiLanguage: () => "lv",
}));
const { openTemplatePicker } = await import("../../src/webmail/template-picker.ts");
const { effectiveConfig } = await import("../../src/core/config.ts");
type TemplateTarget = import("../../src/webmail/template-insert.ts").TemplateTarget;

const config = effectiveConfig(
  { templates: [{ id: "mine", title: "Mans paldies", body: "Paldies, {{ask:Vārds}}!" }] },
  { institution: "Valsts ieņēmumu dienests", feedbackUrl: "https://www.vid.gov.lv/lv/atsauksmes", templates: [{ id: "org", title: "Darba laiks", body: "Strādājam darba dienās." }] },
  { firstName: "Anna", lastName: "Bērziņa" },
);

function setup(withCompose = true) {
  const editor = document.createElement("div");
  editor.contentEditable = "true";
  document.body.append(editor);
  const insert = vi.fn(async (_text: string) => ({ ok: true as const }));
  const target: TemplateTarget = {
    current: () => (withCompose ? { root: editor, editor } : null),
    count: () => (withCompose ? 1 : 0),
    insert,
  };
  const controller = new AbortController();
  openTemplatePicker(document, target, { config, organisationIds: ["org"] }, controller.signal);
  const root = rootOf("[data-skaidri-template-picker]");
  return { root, insert, editor, controller };
}

const press = (el: Element, key: string) => el.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
const typeInto = (el: HTMLInputElement, value: string) => {
  el.value = value;
  el.dispatchEvent(new Event("input", { bubbles: true }));
};

afterEach(() => {
  document.body.innerHTML = "";
});

test("lists the groups, moves with the arrows and inserts on Enter", async () => {
  const { root, insert } = setup();
  const search = root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  expect([...root.querySelectorAll(".group")].map((g) => g.textContent)).toEqual([
    "tplGroup_builtin",
    "tplGroup_organisation",
    "tplGroup_personal",
  ]);
  expect(root.querySelector('[aria-selected="true"]')?.textContent).toBe("Saņemšanas apliecinājums");
  press(search, "ArrowUp");
  expect(root.querySelector('[aria-selected="true"]')?.textContent).toBe("Mans paldies");
  expect(search.getAttribute("aria-activedescendant")).toBe(root.querySelector('[aria-selected="true"]')!.id);
  typeInto(search, "darba dienās");
  expect([...root.querySelectorAll('[role="option"]')].map((o) => o.textContent)).toEqual(["Darba laiks"]);
  press(search, "Enter");
  await vi.waitFor(() => expect(insert).toHaveBeenCalledWith("Strādājam darba dienās."));
  expect(document.querySelector("[data-skaidri-template-picker]")).toBeNull();
});

test("a template with fill-ins asks them; a missing one is named; then it inserts", async () => {
  const { root, insert } = setup();
  typeInto(root.querySelector<HTMLInputElement>('input[role="combobox"]')!, "mans");
  press(root.querySelector('input[role="combobox"]')!, "Enter");
  const form = root.querySelector("form")!;
  expect(root.querySelector("label")?.textContent).toBe("Vārds");
  form.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
  expect(root.querySelector('[role="alert"]')?.textContent).toBe("tplMissing(Vārds)");
  expect(insert).not.toHaveBeenCalled();
  root.querySelector<HTMLInputElement>("form input")!.value = "Jāni";
  form.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
  await vi.waitFor(() => expect(insert).toHaveBeenCalledWith("Paldies, Jāni!"));
});

test("Escape closes and gives the editor its focus back", () => {
  const { root, editor } = setup();
  press(root.querySelector('input[role="combobox"]')!, "Escape");
  expect(document.querySelector("[data-skaidri-template-picker]")).toBeNull();
  expect(document.activeElement).toBe(editor);
});

test("without a compose it says how to open one", () => {
  const { root } = setup(false);
  expect(root.querySelector('[role="status"]')?.textContent).toBe("tplNoCompose");
});
