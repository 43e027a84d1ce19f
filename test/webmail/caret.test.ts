// @vitest-environment happy-dom
// The caret tracker (src/webmail/caret.ts): the last caret inside the editor is kept while the
// user types and clicks, moved in place for a caret, and left alone when the selection leaves.
import { afterEach, expect, test } from "vitest";
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

test("a caret already in the editor is read after the next frame, not while the compose is still being laid out", async () => {
  document.body.innerHTML = `<div contenteditable="true" id="editor"><div>Labdien, Jāni!</div></div>`;
  const editor = document.getElementById("editor")!;
  const range = document.createRange();
  range.setStart(editor.firstElementChild!.firstChild!, 7);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);
  const tracker = trackCaret(editor, controller.signal);
  // Asking at once would make Chromium lay out the page that just got the compose.
  expect(tracker.last()).toBeNull();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  expect(at(tracker.last())).toEqual(["Labdien, Jāni!", 7, 7]);
});
