// @vitest-environment happy-dom
// The caret tracker (src/webmail/caret.ts): the last caret inside the editor is kept while the
// user types and clicks, moved in place for a caret, and left alone when the selection leaves.
import { afterEach, expect, test, vi } from "vitest";
import { trackCaret } from "../../src/webmail/caret.ts";

const controller = new AbortController();
afterEach(() => {
  document.body.innerHTML = "";
});

function setup() {
  document.body.innerHTML = `<div contenteditable="true" id="editor"><div>Labdien, Jāni!</div><div>Paldies par vēstuli.</div></div><input id="outside" value="Kam">`;
  const editor = document.getElementById("editor")!;
  const text = (i: number) => editor.children[i]!.firstChild as Text;
  const select = (node: Node, start: number, end = start) => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    document.dispatchEvent(new Event("selectionchange"));
  };
  return { editor, text, select, tracker: trackCaret(editor, controller.signal) };
}

const at = (range: Range | null) => range && [range.startContainer.textContent, range.startOffset, range.endOffset];

test("a caret moved by typing or clicking is followed, one Range kept and moved in place", () => {
  const { text, select, tracker } = setup();
  select(text(0), 3);
  const first = tracker.last();
  expect(at(first)).toEqual(["Labdien, Jāni!", 3, 3]);
  select(text(0), 4);
  expect(at(tracker.last())).toEqual(["Labdien, Jāni!", 4, 4]);
  select(text(1), 7);
  expect(at(tracker.last())).toEqual(["Paldies par vēstuli.", 7, 7]);
  expect(tracker.last()).toBe(first);
});

test("a selection of words is kept whole; a selection outside the editor changes nothing", () => {
  const { text, select, tracker } = setup();
  select(text(1), 0, 7);
  expect(at(tracker.last())).toEqual(["Paldies par vēstuli.", 0, 7]);
  select(document.body, 1);
  expect(at(tracker.last())).toEqual(["Paldies par vēstuli.", 0, 7]);
  select(text(0), 5);
  expect(at(tracker.last())).toEqual(["Labdien, Jāni!", 5, 5]);
  select(document.body, 1);
  expect(at(tracker.last())).toEqual(["Labdien, Jāni!", 5, 5]);
});

test("nothing is asked of the selection until it is needed: not at the start, not at a selection change", () => {
  document.body.innerHTML = `<div contenteditable="true" id="editor"><div>Labdien, Jāni!</div></div>`;
  const editor = document.getElementById("editor")!;
  const range = document.createRange();
  range.setStart(editor.firstElementChild!.firstChild!, 7);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);
  // Chromium answers selection questions from the laid-out page: asking while a compose is just
  // being shown, or right after each keystroke's edit, forces a layout.
  const asked = vi.spyOn(document, "getSelection");
  const tracker = trackCaret(editor, controller.signal);
  document.dispatchEvent(new Event("selectionchange"));
  expect(asked).not.toHaveBeenCalled();
  expect(at(tracker.last())).toEqual(["Labdien, Jāni!", 7, 7]);
  expect(asked).toHaveBeenCalledTimes(1);
  // Asked again only after the selection moved.
  tracker.last();
  expect(asked).toHaveBeenCalledTimes(1);
  asked.mockRestore();
});

test("a key press keeps the caret where it was before the key moved it out of the editor", () => {
  const { text, select, tracker } = setup();
  select(text(0), 3);
  window.dispatchEvent(new KeyboardEvent("keydown", { key: "Tab" }));
  // The key moved the focus (and the selection) out of the editor.
  select(document.body, 1);
  expect(at(tracker.last())).toEqual(["Labdien, Jāni!", 3, 3]);
});
