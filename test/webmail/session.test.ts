// @vitest-environment happy-dom
// A session end to end in happy-dom with the real engine and a minimal adapter: the chip
// follows the editor on the next frame, ignores survive edits, errors() flushes pending
// edits, and ending the session removes everything it added — never touching the editor.
import { afterEach, describe, expect, test, vi } from "vitest";
import { defaultConfig } from "../../src/core/config.ts";
import { compileGlossary } from "../../src/core/glossary.ts";
import type { Adapter, Compose } from "../../src/webmail/adapter.ts";

vi.mock("../../src/platform/browser.ts", async () => ({ browser: (await import("./browser-mock.ts")).browserMock }));
const { startSession } = await import("../../src/webmail/session.ts");

const config = { ...defaultConfig(), glossary: [{ term: "eskalēt", suggestion: "nodot izskatīšanai" }] };
const glossary = compileGlossary(config.glossary);
const inserted: string[] = [];
const adapter: Adapter = {
  name: "generic",
  matches: () => true,
  findComposes: () => [],
  findQuoteStart: (editor) => editor.querySelector("blockquote"),
  findSignature: () => null,
  findSendControls: () => [],
  sendKind: () => "send",
  insertText: async (_compose, range, text) => {
    inserted.push(`${range.toString()}→${text}`);
    return true;
  },
};
const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
const controllers: AbortController[] = [];
afterEach(() => {
  for (const c of controllers) c.abort();
  document.body.innerHTML = "";
});

function setup(html: string) {
  document.body.innerHTML = `<div class="root"><div contenteditable="true" class="editor">${html}</div></div>`;
  const root = document.querySelector<HTMLElement>(".root")!;
  const compose: Compose = { root, editor: root.querySelector<HTMLElement>(".editor")! };
  const controller = new AbortController();
  controllers.push(controller);
  const session = startSession(compose, { adapter, locale: "lv", settings: () => ({ config, glossary }) }, controller.signal);
  const chip = () => document.querySelector("[data-skaidri-status]")!;
  const jargon = () => session.findings().filter((f) => f.rule === "jargon");
  return { compose, controller, session, chip, jargon };
}

describe("a checking session", () => {
  test("the chip sits next to the editor and counts what is shown; the editor is not touched", async () => {
    const { compose, chip, session } = setup("<div>Labdien! Mēs varam eskalēt.</div>");
    const html = compose.editor.innerHTML;
    await frame();
    expect(chip().previousElementSibling).toBe(compose.editor);
    expect(Number(chip().getAttribute("data-count"))).toBe(session.findings().length);
    expect(session.findings().some((f) => f.rule === "jargon")).toBe(true);
    expect(compose.editor.innerHTML).toBe(html);
  });

  test("quoted history is not checked", async () => {
    const { jargon } = setup("<div>Labdien!</div><blockquote>Lūdzu eskalēt.</blockquote>");
    await frame();
    expect(jargon()).toEqual([]);
  });

  test("an edit is picked up on the next frame, and errors() flushes one still pending", async () => {
    const { compose, jargon } = setup("<div>Labdien!</div>");
    await frame();
    expect(jargon()).toHaveLength(0);
    compose.editor.firstElementChild!.append(" Varam eskalēt.");
    await Promise.resolve(); // the MutationObserver callback
    expect(jargon()).toHaveLength(1); // findings() flushes
  });

  test("Apply hands the finding's current range and the suggestion to the adapter", async () => {
    const { jargon } = setup("<div>Mēs varam eskalēt.</div>");
    await frame();
    const card = (await import("../../src/webmail/card.ts")).getCard(document);
    expect(jargon()).toHaveLength(1);
    // Open from the chip's list and press Apply in the card.
    const chipRoot = document.querySelector("[data-skaidri-status]")!.shadowRoot!;
    chipRoot.querySelector<HTMLButtonElement>("button.toggle")!.click();
    [...chipRoot.querySelectorAll<HTMLButtonElement>(".findings button")].find((b) => b.textContent?.startsWith("rule_jargon"))!.click();
    expect(card.current()?.finding.rule).toBe("jargon");
    document.querySelector("[data-skaidri-card]")!.shadowRoot!.querySelector<HTMLButtonElement>("button.primary")!.click();
    expect(inserted.at(-1)).toBe("eskalēt→nodot izskatīšanai");
  });

  test("an ignored finding stays hidden while the text around it changes", async () => {
    const { compose, jargon, chip } = setup("<div>Mēs varam eskalēt.</div>");
    await frame();
    const before = Number(chip().getAttribute("data-count"));
    const chipRoot = chip().shadowRoot!;
    chipRoot.querySelector<HTMLButtonElement>("button.toggle")!.click();
    [...chipRoot.querySelectorAll<HTMLButtonElement>(".findings button")].find((b) => b.textContent?.startsWith("rule_jargon"))!.click();
    document.querySelector("[data-skaidri-card]")!.shadowRoot!.querySelector<HTMLButtonElement>(".actions button:not(.primary)")!.click();
    expect(jargon()).toHaveLength(0);
    expect(Number(chip().getAttribute("data-count"))).toBe(before - 1);
    compose.editor.firstElementChild!.prepend("Labdien! ");
    await frame();
    expect(jargon()).toHaveLength(0);
    compose.editor.append(Object.assign(document.createElement("div"), { textContent: "Un vēlreiz eskalēt." }));
    await frame();
    expect(jargon()).toHaveLength(1); // a second occurrence is a new finding
  });

  test("until the settings are known nothing is checked and Send is not held; then it checks", async () => {
    document.body.innerHTML = '<div class="root"><div contenteditable="true" class="editor">Mēs varam eskalēt.</div></div>';
    const root = document.querySelector<HTMLElement>(".root")!;
    const controller = new AbortController();
    controllers.push(controller);
    let known: { config: typeof config; glossary: typeof glossary } | null = null;
    const session = startSession({ root, editor: root.querySelector<HTMLElement>(".editor")! }, { adapter, locale: "lv", settings: () => known }, controller.signal);
    await frame();
    expect(session.errors()).toBeNull();
    expect(document.querySelector("[data-skaidri-status]")!.getAttribute("data-count")).toBe("0");
    known = { config, glossary };
    session.refresh();
    await frame();
    expect(session.findings().some((f) => f.rule === "jargon")).toBe(true);
  });

  test("a failing engine reports null errors (Send goes through) and ending the session removes the chip", async () => {
    document.body.innerHTML = '<div class="root"><div contenteditable="true" class="editor">Teksts</div></div>';
    const root = document.querySelector<HTMLElement>(".root")!;
    const controller = new AbortController();
    const session = startSession(
      { root, editor: root.querySelector<HTMLElement>(".editor")! },
      {
        adapter,
        locale: "lv",
        settings: () => {
          throw new Error("no settings");
        },
      },
      controller.signal,
    );
    expect(session.errors()).toBeNull();
    expect(document.querySelector("[data-skaidri-status]")!.getAttribute("data-count")).toBe("0");
    controller.abort();
    expect(document.querySelector("[data-skaidri-status]")).toBeNull();
  });
});
