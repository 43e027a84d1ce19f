// @vitest-environment happy-dom
// Underlines never touch the editor: the CSS Custom Highlight API under Skaidri's own names
// (re-asserted, never cleared), else an overlay placed next to the editor.
import { afterEach, describe, expect, test } from "vitest";
import { createPainter, drawsHighlightUnderlines, HIGHLIGHT_NAMES } from "../../src/webmail/highlights.ts";

class FakeHighlight extends Set<Range> {
  priority = 0;
}

function editorWithText(): { editor: HTMLElement; range: (from: number, to: number) => Range } {
  document.body.innerHTML = '<div class="compose"><div contenteditable="true" class="editor">Lūdzu eskalēt jautājumu</div></div>';
  const editor = document.querySelector<HTMLElement>(".editor")!;
  const text = editor.firstChild!;
  return {
    editor,
    range(from, to) {
      const r = document.createRange();
      r.setStart(text, from);
      r.setEnd(text, to);
      return r;
    },
  };
}

/** Gives the test window a CSS.highlights registry (or takes it away). */
function setRegistry(registry: Map<string, unknown> | null): void {
  Object.defineProperty(window, "CSS", { value: registry ? { highlights: registry } : {}, configurable: true, writable: true });
  Object.defineProperty(window, "Highlight", { value: registry ? FakeHighlight : undefined, configurable: true, writable: true });
}
afterEach(() => setRegistry(null));

describe("with CSS.highlights", () => {
  test("ranges go into one Highlight per severity under skaidri-* names; the editor is untouched", () => {
    const registry = new Map<string, unknown>([["someone-else", new FakeHighlight()]]);
    setRegistry(registry);
    const { editor, range } = editorWithText();
    const html = editor.innerHTML;
    const controller = new AbortController();
    const painter = createPainter(editor, controller.signal);
    expect(painter.native).toBe(true);
    painter.paint([
      { severity: "warning", range: range(6, 13) },
      { severity: "error", range: range(0, 5) },
    ]);
    expect((registry.get(HIGHLIGHT_NAMES.warning) as FakeHighlight).size).toBe(1);
    expect((registry.get(HIGHLIGHT_NAMES.error) as FakeHighlight).size).toBe(1);
    expect(registry.has("someone-else")).toBe(true);
    expect(editor.innerHTML).toBe(html);

    // Another script removes our entry: the next paint puts it back.
    registry.delete(HIGHLIGHT_NAMES.warning);
    painter.paint([{ severity: "warning", range: range(6, 13) }]);
    expect((registry.get(HIGHLIGHT_NAMES.warning) as FakeHighlight).size).toBe(1);
    expect((registry.get(HIGHLIGHT_NAMES.error) as FakeHighlight).size).toBe(0);

    // Ending the session takes only our ranges away, and never clears the registry.
    controller.abort();
    expect((registry.get(HIGHLIGHT_NAMES.warning) as FakeHighlight).size).toBe(0);
    expect(registry.has("someone-else")).toBe(true);
  });

  test("two editors share the Highlight objects; each removes only its own ranges", () => {
    const registry = new Map<string, unknown>();
    setRegistry(registry);
    const { editor, range } = editorWithText();
    const a = new AbortController();
    const b = new AbortController();
    createPainter(editor, a.signal).paint([{ severity: "info", range: range(0, 5) }]);
    createPainter(editor, b.signal).paint([{ severity: "info", range: range(6, 13) }]);
    expect((registry.get(HIGHLIGHT_NAMES.info) as FakeHighlight).size).toBe(2);
    a.abort();
    expect([...(registry.get(HIGHLIGHT_NAMES.info) as FakeHighlight)].map((r) => r.toString())).toEqual(["eskalēt"]);
    b.abort();
  });
});

describe("without CSS.highlights", () => {
  test("an overlay host is placed next to the editor, never inside it, and removed at the end", async () => {
    setRegistry(null);
    const { editor, range } = editorWithText();
    const html = editor.innerHTML;
    const controller = new AbortController();
    const painter = createPainter(editor, controller.signal);
    expect(painter.native).toBe(false);
    painter.paint([{ severity: "warning", range: range(6, 13) }]);
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    const host = document.querySelector("[data-skaidri-overlay]");
    expect(host).not.toBeNull();
    expect(host!.previousElementSibling).toBe(editor);
    expect(editor.contains(host)).toBe(false);
    expect(editor.innerHTML).toBe(html);
    controller.abort();
    expect(document.querySelector("[data-skaidri-overlay]")).toBeNull();
  });
});

describe("Firefox before 146 draws no underline in ::highlight()", () => {
  test.each([
    ["Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0", false],
    ["Mozilla/5.0 (X11; Linux x86_64; rv:146.0) Gecko/20100101 Firefox/146.0", true],
    ["Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36", true],
  ])("%s → native highlights %s", (ua, native) => {
    expect(drawsHighlightUnderlines(ua)).toBe(native);
  });
});
