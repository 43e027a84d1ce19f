// @vitest-environment happy-dom
import { describe, expect, test, vi } from "vitest";
import { keyFindings } from "../../src/webmail/ignore.ts";
import { rootOf, trustedClick } from "./trusted.ts";

vi.mock("../../src/platform/browser.ts", async () => ({ browser: (await import("./browser-mock.ts")).browserMock }));
const { getCard, hitTest, isCardShortcut } = await import("../../src/webmail/card.ts");

const rect = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe("hit-testing the mouse against cached rects", () => {
  const targets = [
    { item: "a", rects: [rect(10, 10, 50, 26)] },
    { item: "b", rects: [rect(200, 10, 260, 26), rect(0, 30, 40, 46)] }, // wraps onto the next line
  ];
  test.each([
    [20, 20, "a"],
    [20, 40, "b"],
    [230, 15, "b"],
    [100, 20, null],
    [20, 27, "a"], // the underline just below the text still counts
  ])("(%i, %i) → %s", (x, y, expected) => {
    expect(hitTest(targets, x, y)?.item ?? null).toBe(expected);
  });
});

describe("the keyboard shortcut", () => {
  test.each([
    [{ key: "S", code: "KeyS", altKey: true, shiftKey: true }, true],
    [{ key: "Š", code: "KeyS", altKey: true, shiftKey: true }, true], // Latvian layouts
    [{ key: "s", code: "KeyS", altKey: true, shiftKey: false }, false],
    [{ key: "S", code: "KeyS", altKey: true, shiftKey: true, ctrlKey: true }, false], // AltGr on Windows is Ctrl+Alt
  ])("%o → %s", (init, expected) => {
    expect(isCardShortcut(new KeyboardEvent("keydown", init))).toBe(expected);
  });
});

describe("the card", () => {
  test("shows what, why and the suggestions; Apply and Ignore call back with the finding", () => {
    const applied: string[] = [];
    const ignored: string[] = [];
    const [finding] = keyFindings([{ rule: "jargon", severity: "warning", message: "“eskalēt” is jargon", start: 6, end: 13, suggestions: ["nodot izskatīšanai"] }], "Lūdzu eskalēt");
    const card = getCard(document);
    const owner = {};
    card.show(finding!, new DOMRect(10, 10, 40, 16), { apply: (_f, s) => applied.push(s), ignore: (f) => ignored.push(f.key), returnFocus: () => {} }, { focus: true, owner });
    const host = document.querySelector("[data-skaidri-card]")!;
    const root = rootOf(host);
    expect(root.querySelector('[role="dialog"]')!.textContent).toContain("“eskalēt” is jargon");
    expect(root.querySelector("h2")!.textContent).toBe("Jargon");
    expect(root.textContent).toContain("Handbook section “Language”");
    expect(root.activeElement?.textContent).toBe("Replace with “nodot izskatīšanai”");
    trustedClick(root.querySelector<HTMLButtonElement>("button.primary")!);
    expect(applied).toEqual(["nodot izskatīšanai"]);
    expect(card.current()).toBeNull(); // Apply closes the card
    card.show(finding!, new DOMRect(10, 10, 40, 16), { apply: () => {}, ignore: (f) => ignored.push(f.key), returnFocus: () => {} }, { focus: false, owner });
    trustedClick(root.querySelector<HTMLButtonElement>(".actions button:not(.primary)")!);
    expect(ignored).toEqual([finding!.key]);
    expect(document.body.contains(host)).toBe(true);
  });

  test("the handbook's reason appears once: not again under a message that already quotes it", () => {
    const message = "„eskalēt” ir žargons. Rokasgrāmata (VALODA): „nelietojam žargonu un iestādes iekšējos saīsinājumus”.";
    const [finding] = keyFindings([{ rule: "jargon", severity: "warning", message, start: 6, end: 13, suggestions: [] }], "Lūdzu eskalēt");
    getCard(document).show(finding!, new DOMRect(10, 10, 40, 16), { apply: () => {}, ignore: () => {}, returnFocus: () => {} }, { focus: false, owner: {} });
    const root = rootOf("[data-skaidri-card]");
    expect(root.textContent).toContain(message);
    expect(root.textContent).not.toContain("Handbook section “Language”");
  });

  test("Escape closes it and hands focus back", () => {
    let returned = 0;
    const [finding] = keyFindings([{ rule: "greeting", severity: "warning", message: "m", start: 0, end: 0, suggestions: [] }], "");
    const card = getCard(document);
    card.show(finding!, new DOMRect(0, 0, 1, 1), { apply: () => {}, ignore: () => {}, returnFocus: () => returned++ }, { focus: true, owner: {} });
    const root = rootOf("[data-skaidri-card]");
    root.activeElement!.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true, composed: true }));
    expect(card.current()).toBeNull();
    expect(returned).toBe(1);
  });
});

describe("the card's rules of action (issue 10)", () => {
  const noop = { apply: () => {}, ignore: () => {}, returnFocus: () => {} };
  test("advice is text with no replace button; a script's click on Apply does nothing", () => {
    const applied: string[] = [];
    const [finding] = keyFindings(
      [{ rule: "jargon", severity: "warning", message: "m", start: 0, end: 7, suggestions: ["nodaļa"], advice: ["nodot izskatīšanai (pielāgojiet locījumu)"] }],
      "eskalēt",
    );
    getCard(document).show(finding!, new DOMRect(0, 0, 10, 10), { ...noop, apply: (_f, s) => applied.push(s) }, { focus: false, owner: {} });
    const root = rootOf("[data-skaidri-card]");
    expect([...root.querySelectorAll("[data-advice]")].map((p) => p.textContent)).toEqual(["Advice (fit it to your sentence): “nodot izskatīšanai (pielāgojiet locījumu)”"]);
    expect([...root.querySelectorAll("button.primary")].map((b) => b.textContent)).toEqual(["Replace with “nodaļa”"]);
    root.querySelector<HTMLButtonElement>("button.primary")!.click(); // untrusted
    expect(applied).toEqual([]);
    expect(document.querySelector("[data-skaidri-card]")!.shadowRoot).toBeNull(); // closed to the page
  });

  test("block mode: an error offers no Ignore, and the card says why", () => {
    const [finding] = keyFindings([{ rule: "signature/name", severity: "error", message: "m", start: 0, end: 0, suggestions: [] }], "");
    getCard(document).show(finding!, new DOMRect(0, 0, 10, 10), noop, { focus: true, owner: {}, canIgnore: false });
    const root = rootOf("[data-skaidri-card]");
    expect([...root.querySelectorAll(".actions button")]).toEqual([]);
    expect(root.querySelector("[data-no-ignore]")!.textContent).toBe("Errors must be fixed before the reply is sent, so they cannot be ignored. Only warnings and hints can be ignored.");
  });
});
