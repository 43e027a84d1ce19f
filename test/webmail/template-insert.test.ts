// @vitest-environment happy-dom
// The content side of templates: which compose gets the text, where, and as its own lines.
// The engine the background injects on a real page (src/webmail/engine.ts), installed here.
import "../../src/content/engine.ts";
import { afterEach, expect, test, vi } from "vitest";
import type { Adapter, Compose } from "../../src/webmail/adapter.ts";

vi.mock("../../src/platform/settings.ts", () => ({ loadSettings: async () => ({}) }));
vi.mock("../../src/platform/runtime.ts", () => ({ onRuntimeMessage: () => {} }));
vi.mock("../../src/platform/i18n.ts", () => ({ t: (key: string) => key, uiLanguage: () => "lv" }));
const { asOwnLines, trackTemplateTarget } = await import("../../src/webmail/template-insert.ts");

function fakeAdapter(inserted: { text: string; editor: HTMLElement; offset: number }[]): Adapter {
  return {
    name: "generic",
    matches: () => true,
    findComposes: (doc: Document) => [...doc.querySelectorAll<HTMLElement>("[contenteditable]")].map((editor) => ({ root: editor, editor })),
    findQuoteStart: () => null,
    findSignature: () => null,
    findSendControls: () => [],
    sendKind: () => "send",
    async insertText(compose: Compose, range: Range, text: string) {
      inserted.push({ text, editor: compose.editor, offset: range.startOffset });
      return true;
    },
  } as unknown as Adapter;
}

const controller = new AbortController();
afterEach(() => {
  document.body.innerHTML = "";
});

function caretIn(node: Node, offset: number): Range {
  const range = document.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  return range;
}

test.each([
  ["<div>Labdien!</div>", 0, "Ievietots", "Ievietots\n"],
  ["<div>Labdien!</div>", 8, "Ievietots", "\nIevietots"],
  ["<div>Labdien!</div>", 3, "X", "\nX\n"],
  ["<div><br></div>", 0, "X", "X"],
  ["<div>Labdien!</div>", 0, "X\n", "X\n"],
])("asOwnLines in %s at %i", (html, offset, text, expected) => {
  const editor = document.createElement("div");
  editor.innerHTML = html;
  document.body.append(editor);
  const line = editor.firstChild!;
  const node = line.firstChild!.nodeType === 3 ? line.firstChild! : line;
  expect(asOwnLines(text, caretIn(node, offset), editor)).toBe(expected);
});

test("no compose: the reply says so", async () => {
  const inserted: { text: string; editor: HTMLElement; offset: number }[] = [];
  const target = trackTemplateTarget(fakeAdapter(inserted), document, controller.signal);
  expect(target.count()).toBe(0);
  expect(await target.insert("X")).toEqual({ ok: false, reason: "no-compose" });
  expect(inserted).toEqual([]);
});

test("the compose the user was last in gets the text, at its start when no caret was remembered", async () => {
  document.body.innerHTML = '<div contenteditable="true" id="a"></div><div contenteditable="true" id="b"></div>';
  const inserted: { text: string; editor: HTMLElement; offset: number }[] = [];
  const target = trackTemplateTarget(fakeAdapter(inserted), document, controller.signal);
  expect(target.count()).toBe(2);
  const b = document.getElementById("b")!;
  b.dispatchEvent(new FocusEvent("focusin", { bubbles: true }));
  expect(target.current()?.editor).toBe(b);
  expect(await target.insert("Labdien!")).toEqual({ ok: true });
  expect(inserted).toEqual([{ text: "Labdien!", editor: b, offset: 0 }]);
});
