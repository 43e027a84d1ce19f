// @vitest-environment happy-dom
// Picking the adapter, watching composes come and go, the generic adapter, and insertion's
// refusals (the real insertions run in Chromium: test/e2e/webmail-insert.e2e.ts).
import { afterEach, describe, expect, test } from "vitest";
import type { Compose } from "../../src/webmail/adapter.ts";
import { generic, gmail, outlook, watchComposes } from "../../src/webmail/adapters/index.ts";
import { trackCaret } from "../../src/webmail/caret.ts";
import { insertByExecCommand, insertByPaste } from "../../src/webmail/insert.ts";
import { loadFixture } from "./load-fixture.ts";

afterEach(() => {
  document.body.replaceChildren();
});

describe("watchComposes", () => {
  test("reports composes present and later added, once each, and ends each with its editor", async () => {
    const doc = loadFixture("gmail-new-message.html");
    const seen: Compose[] = [];
    const signals: AbortSignal[] = [];
    const stop = new AbortController();
    watchComposes(gmail, doc, stop.signal, (compose, signal) => {
      seen.push(compose);
      signals.push(signal);
    });
    expect(seen).toHaveLength(2);

    // A third window opens (a copy of the first), and someone types in the first.
    const window3 = doc.querySelector(".AD")!.cloneNode(true) as HTMLElement;
    doc.querySelector(".no")!.append(window3);
    seen[0]!.editor.append(doc.createElement("div"));
    await expect.poll(() => seen.length).toBe(3);
    expect(seen[2]!.editor).toBe(window3.querySelector('[g_editable="true"]'));

    // The first window closes: only its signal aborts.
    seen[0]!.root.closest(".AD")!.remove();
    await expect.poll(() => signals[0]!.aborted).toBe(true);
    expect(signals[1]!.aborted).toBe(false);

    stop.abort();
    expect(signals.every((s) => s.aborted)).toBe(true);
  });

  test("a drifted page: nothing reported, nothing thrown", () => {
    const doc = loadFixture("outlook-drifted.html");
    const seen: Compose[] = [];
    watchComposes(outlook, doc, new AbortController().signal, (c) => seen.push(c));
    expect(seen).toEqual([]);
  });
});

describe("generic adapter", () => {
  test("top-level multi-line editors only", () => {
    document.body.innerHTML = `
      <form><div contenteditable="true" id="body"><p contenteditable="true">nested</p></div></form>
      <div contenteditable="true" role="textbox" aria-multiline="false" id="single"></div>
      <div contenteditable="" role="textbox" id="other"></div>`;
    expect(generic.findComposes(document).map((c) => c.editor.id)).toEqual(["body", "other"]);
    expect(generic.findComposes(document)[0]!.root.tagName).toBe("FORM");
    const [compose] = generic.findComposes(document);
    expect(generic.findQuoteStart(compose!.editor)).toBeNull();
    expect(generic.findSendControls(compose!)).toEqual([]);
  });
});

describe("insertion refuses what is not inside the editor", () => {
  test.each([
    ["execCommand", insertByExecCommand],
    ["paste", insertByPaste],
  ])("%s", async (_name, insert) => {
    document.body.innerHTML = `<div contenteditable="true" id="e">Labdien</div><p id="outside">ārpusē</p>`;
    const editor = document.getElementById("e")!;
    const range = document.createRange();
    range.selectNodeContents(document.getElementById("outside")!);
    expect(await insert(editor, range, "x")).toBe(false);
    expect(document.getElementById("outside")!.textContent).toBe("ārpusē");
    editor.remove();
    range.selectNodeContents(editor);
    expect(await insert(editor, range, "x")).toBe(false);
  });
});

describe("caret tracker", () => {
  test("keeps the last selection inside the editor, ignores selections elsewhere", () => {
    document.body.innerHTML = `<div contenteditable="true" id="e">Labdien, Jāni!</div><input id="subject">`;
    const editor = document.getElementById("e")!;
    const stop = new AbortController();
    const caret = trackCaret(editor, stop.signal);
    expect(caret.last()).toBeNull();
    const selection = document.getSelection()!;
    const range = document.createRange();
    range.setStart(editor.firstChild!, 8);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
    window.dispatchEvent(new MouseEvent("mouseup"));
    const outside = document.createRange();
    outside.selectNodeContents(document.body);
    selection.removeAllRanges();
    selection.addRange(outside);
    window.dispatchEvent(new MouseEvent("mousedown"));
    expect(caret.last()?.startOffset).toBe(8);
    expect(caret.last()?.startContainer).toBe(editor.firstChild);
    editor.remove();
    expect(caret.last()).toBeNull();
    stop.abort();
  });
});
