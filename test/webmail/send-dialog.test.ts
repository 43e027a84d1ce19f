// @vitest-environment happy-dom
// The Send dialog (issue 10): per problem "show" and the fix; a removed host counts as "Go back".
import { expect, test, vi } from "vitest";
import { keyFindings } from "../../src/webmail/ignore.ts";
import { rootOf, trustedClick } from "./trusted.ts";

vi.mock("../../src/platform/browser.ts", async () => ({ browser: (await import("./browser-mock.ts")).browserMock }));
const { askBeforeSend } = await import("../../src/webmail/send-dialog.ts");

const ERRORS = keyFindings(
  [
    { rule: "feedback-invitation", severity: "error", message: "no invitation", start: 5, end: 5, suggestions: ["Aicinām …\n\n"] },
    { rule: "signature/name", severity: "error", message: "no name", start: 9, end: 9, suggestions: [] },
  ],
  "Labdien! Ar cieņu",
);

test("each problem has Show; the fix only where the engine has one", async () => {
  const shown: string[] = [];
  const fixed: string[] = [];
  const choice = askBeforeSend(document, ERRORS, "warn", { show: (f) => shown.push(f.rule), fix: async () => true });
  const root = rootOf("[data-skaidri-send-dialog]");
  expect(root.querySelectorAll("[data-show]")).toHaveLength(2);
  expect([...root.querySelectorAll("[data-fix]")].map((b) => b.textContent)).toEqual(["Fix: “Aicinām …”"]);
  trustedClick(root.querySelectorAll("[data-show]")[1]!);
  expect(await choice).toBe("back");
  // The action runs in a task after the dialog's own (the browser's focus return comes first).
  await vi.waitFor(() => expect(shown).toEqual(["signature/name"]));
  // The fix: the dialog closes (the page behind it is inert), then the fix goes in.
  const again = askBeforeSend(document, ERRORS, "warn", { show: () => {}, fix: async (f) => {
    fixed.push(f.rule);
    return true;
  } });
  trustedClick(rootOf("[data-skaidri-send-dialog]").querySelector("[data-fix]")!);
  expect(await again).toBe("back");
  await vi.waitFor(() => expect(fixed).toEqual(["feedback-invitation"]));
});

test("a host the page removes answers Go back, so the guard is free again", async () => {
  const choice = askBeforeSend(document, ERRORS, "warn");
  document.querySelector("[data-skaidri-send-dialog]")!.remove();
  await expect(choice).resolves.toBe("back");
});

test("a script's click on Send anyway does nothing", async () => {
  let answered = false;
  void askBeforeSend(document, ERRORS, "warn").then(() => (answered = true));
  rootOf("[data-skaidri-send-dialog]").querySelector<HTMLButtonElement>("button.primary")!.click();
  await new Promise((r) => setTimeout(r, 0));
  expect(answered).toBe(false);
  document.querySelector("[data-skaidri-send-dialog]")!.remove();
});
