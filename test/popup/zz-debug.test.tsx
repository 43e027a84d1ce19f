// @vitest-environment happy-dom
import { render } from "preact";
import { act } from "preact/test-utils";
import { expect, test, vi } from "vitest";
vi.mock("../../src/platform/i18n.ts", () => ({ t: (k: string) => k, uiLanguage: () => "en" }));
const { Popup } = await import("../../src/popup/app.tsx");
const { effectiveConfig } = await import("../../src/core/config.ts");
test("dbg", async () => {
  const c = document.createElement("div"); document.body.append(c);
  const deps: any = { loadSettings: async () => ({ config: effectiveConfig(), organisationTemplateIds: [] }), composeStatus: async () => ({ recognised: true, composes: 1 }), insert: vi.fn(), copy: vi.fn(), openOptions() {}, done() {}, today: () => "2026-11-20", language: "en" };
  await act(async () => { render(<Popup deps={deps} />, c); });
  const sel = () => c.querySelector('[aria-selected="true"]')?.textContent;
  const s = c.querySelector('input[role="combobox"]')!;
  const out: string[] = [];
  out.push("0 " + sel());
  await act(async () => { s.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true })); });
  out.push("1 " + sel());
  await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
  out.push("2 " + sel());
  expect(out).toEqual([]);
});
