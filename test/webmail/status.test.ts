// @vitest-environment happy-dom
import { describe, expect, test, vi } from "vitest";
import { defaultConfig } from "../../src/core/config.ts";
import type { Finding } from "../../src/core/types.ts";
import { keyFindings } from "../../src/webmail/ignore.ts";
import { rootOf, trustedClick } from "./trusted.ts";

vi.mock("../../src/platform/browser.ts", async () => ({ browser: (await import("./browser-mock.ts")).browserMock }));
const { checklist, createStatusChip, CHECKLIST } = await import("../../src/webmail/status.ts");

const finding = (rule: Finding["rule"], severity: Finding["severity"] = "error", start = 0, end = 0): Finding => ({ rule, severity, message: `${rule} message`, start, end, suggestions: [] });

describe("checklist", () => {
  test("every handbook part is missing when each has a finding", () => {
    const items = checklist(CHECKLIST.map((rule) => finding(rule)), defaultConfig());
    expect(items.map((i) => i.rule)).toEqual([...CHECKLIST]);
    expect(items.every((i) => !i.done)).toBe(true);
  });

  test("parts without findings are done; jargon does not touch the checklist", () => {
    const items = checklist([finding("greeting"), finding("signature/contacts"), finding("jargon", "warning", 3, 9)], defaultConfig());
    expect(items.filter((i) => !i.done).map((i) => i.rule)).toEqual(["greeting", "signature/contacts"]);
  });

  test("rules switched off by policy leave the checklist", () => {
    const config = defaultConfig();
    config.rules["feedback-link"] = "off";
    expect(checklist([], config).map((i) => i.rule)).not.toContain("feedback-link");
  });
});

describe("status chip", () => {
  test("plain-language findings are grouped under their own heading below the handbook's findings", () => {
    const chip = createStatusChip(document, () => {}, new AbortController().signal);
    document.body.append(chip.host);
    const text = "Sveiki, lūdzam veikt apmaksu, eskalēt";
    const shown = [finding("greeting"), finding("plain-language", "info", 15, 28), finding("jargon", "warning", 30, 37), finding("passive-voice", "info", 8, 14)];
    chip.update({ findings: keyFindings(shown, text), config: defaultConfig() });
    const root = rootOf(chip.host);
    trustedClick(root.querySelector<HTMLButtonElement>("button.toggle")!);
    const headings = [...root.querySelectorAll("h2")].map((x) => x.textContent);
    expect(headings.at(-1)).toBe("Clear language");
    const group = root.querySelector('[data-skaidri-group="plain-language"]')!;
    expect([...group.querySelectorAll("button")].map((b) => b.textContent?.split(":")[0])).toHaveLength(2);
    expect([...group.querySelectorAll("button")].every((b) => b.className === "info")).toBe(true);
    const handbook = [...root.querySelectorAll("ul.findings:not([data-skaidri-group]) button")];
    expect(handbook).toHaveLength(1);
    expect(handbook[0]!.className).toBe("warning");
    // The group comes after the handbook's findings in the panel.
    expect(handbook[0]!.compareDocumentPosition(group) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test("host carries data-skaidri-status and data-count = shown findings (missing parts included)", () => {
    const controller = new AbortController();
    const chip = createStatusChip(document, () => {}, controller.signal);
    document.body.append(chip.host);
    expect(chip.host.hasAttribute("data-skaidri-status")).toBe(true);
    expect(chip.host.getAttribute("data-count")).toBe("0");
    const text = "Sveiki, eskalēt";
    chip.update({ findings: keyFindings([finding("greeting"), finding("jargon", "warning", 8, 15)], text), config: defaultConfig() });
    expect(chip.host.getAttribute("data-count")).toBe("2");
    expect(rootOf(chip.host).querySelector('[role="status"]')).not.toBeNull();
    chip.update({ failed: true });
    expect(chip.host.getAttribute("data-count")).toBe("0");
    controller.abort();
  });

  test("the toggle is a keyboard-reachable button that opens the checklist and the finding list", () => {
    const opened: string[] = [];
    const chip = createStatusChip(document, (f) => opened.push(f.rule), new AbortController().signal);
    document.body.append(chip.host);
    const text = "Sveiki, eskalēt";
    chip.update({ findings: keyFindings([finding("greeting"), finding("jargon", "warning", 8, 15)], text), config: defaultConfig() });
    const root = rootOf(chip.host);
    const toggle = root.querySelector<HTMLButtonElement>("button.toggle")!;
    expect(toggle.tagName).toBe("BUTTON");
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    trustedClick(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    const items = [...root.querySelectorAll("ul.list li")].map((li) => li.className);
    expect(items.slice(0, CHECKLIST.length)).toEqual(CHECKLIST.map((rule) => (rule === "greeting" ? "todo" : "done")));
    trustedClick(root.querySelector<HTMLButtonElement>(".findings button")!);
    expect(opened).toEqual(["jargon"]);
  });
});

describe("status chip: the deadlines line (issue 15)", () => {
  test("shown with the received time and due dates, warning when overdue, hidden without a received time", () => {
    const controller = new AbortController();
    const chip = createStatusChip(document, () => {}, controller.signal);
    document.body.append(chip.host);
    const line = () => rootOf(chip.host).querySelector<HTMLElement>("[data-skaidri-deadline]")!;
    expect(line().hidden).toBe(true);
    const text = "Saņemts pirmdien, 23. novembrī 10.14 · apliecinājums līdz 24. novembrim · atbilde līdz 25. novembrim";
    chip.update({ findings: [], config: defaultConfig(), deadline: { text, overdue: false } });
    expect(line().hidden).toBe(false);
    expect(line().textContent).toBe(text);
    expect(line().getAttribute("data-overdue")).toBe("false");
    expect(line().classList.contains("warning")).toBe(false);
    chip.update({ findings: [], config: defaultConfig(), deadline: { text, overdue: true } });
    expect(line().getAttribute("data-overdue")).toBe("true");
    expect(line().classList.contains("warning")).toBe(true);
    chip.update({ findings: [], config: defaultConfig() });
    expect(line().hidden).toBe(true);
    expect(line().hasAttribute("data-overdue")).toBe(false);
    chip.update({ failed: true });
    expect(line().hidden).toBe(true);
    controller.abort();
  });
});
