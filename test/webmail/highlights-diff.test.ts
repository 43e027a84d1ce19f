// @vitest-environment happy-dom
// A repaint keeps the drawn Range of every underline that did not move and adds/deletes only
// the difference; it must never leave a stale underline after an edit inside, before or after
// a finding, a paragraph split or join, a paste or an undo (which replaces the text node).
import { afterEach, describe, expect, test, vi } from "vitest";
import { createPainter, HIGHLIGHT_NAMES, lazyMark, type Mark } from "../../src/webmail/highlights.ts";

class CountingHighlight extends Set<Range> {
  priority = 0;
  adds = 0;
  deletes = 0;
  override add(range: Range): this {
    this.adds++;
    return super.add(range);
  }
  override delete(range: Range): boolean {
    this.deletes++;
    return super.delete(range);
  }
}

let registry: Map<string, unknown>;
let controller = new AbortController();
function setup(html: string) {
  registry = new Map();
  Object.defineProperty(window, "CSS", { value: { highlights: registry }, configurable: true, writable: true });
  Object.defineProperty(window, "Highlight", { value: CountingHighlight, configurable: true, writable: true });
  document.body.innerHTML = `<div contenteditable="true" class="editor">${html}</div>`;
  const editor = document.querySelector<HTMLElement>(".editor")!;
  controller = new AbortController();
  const painter = createPainter(editor, controller.signal);
  return { editor, painter };
}
afterEach(() => {
  // The Highlight objects are shared per window: take this test's ranges out of them.
  controller.abort();
  Object.defineProperty(window, "CSS", { value: {}, configurable: true, writable: true });
  Object.defineProperty(window, "Highlight", { value: undefined, configurable: true, writable: true });
});

function range(node: Node, from: number, to: number, endNode: Node = node): Range {
  const r = document.createRange();
  r.setStart(node, from);
  r.setEnd(endNode, to);
  return r;
}
/** A mark on the first occurrence of `word` inside `node`'s text. */
function on(node: Text, word: string, severity: Mark["severity"] = "warning"): Mark {
  const at = node.data.indexOf(word);
  if (at < 0) throw new Error(`no ${word}`);
  return { severity, range: range(node, at, at + word.length) };
}
const hl = (severity: Mark["severity"] = "warning") => registry.get(HIGHLIGHT_NAMES[severity]) as CountingHighlight;
/** What the registry underlines now, as text spans (a stale Range shows up as a wrong span). */
function drawn(severity: Mark["severity"] = "warning"): string[] {
  return [...hl(severity)].map((r) => `${r.startContainer === r.endContainer ? "" : "~"}${r.toString()}@${r.startOffset}`).sort();
}
function expected(marks: Mark[]): string[] {
  return marks.map((m) => `${m.range.startContainer === m.range.endContainer ? "" : "~"}${m.range.toString()}@${m.range.startOffset}`).sort();
}

describe("repaint reuses unchanged underlines", () => {
  test("the same findings again: no registry change at all", () => {
    const { editor, painter } = setup("Lūdzu eskalēt jautājumu un sinerģija");
    const text = editor.firstChild as Text;
    painter.paint([on(text, "eskalēt"), on(text, "sinerģija")]);
    const first = [...hl()];
    const { adds, deletes } = hl();
    painter.paint([on(text, "eskalēt"), on(text, "sinerģija")]);
    expect(hl().adds).toBe(adds);
    expect(hl().deletes).toBe(deletes);
    expect([...hl()]).toEqual(first);
  });

  test("typing before, inside and after a finding: only what moved or changed is redrawn", () => {
    const { editor, painter } = setup("Lūdzu eskalēt jautājumu");
    const text = editor.firstChild as Text;
    painter.paint([on(text, "eskalēt")]);
    // After the finding: the live Range does not move, so it is kept.
    text.insertData(text.length, " x");
    let marks = [on(text, "eskalēt")];
    const adds = hl().adds;
    painter.paint(marks);
    expect(hl().adds).toBe(adds);
    expect(drawn()).toEqual(expected(marks));
    // Before the finding: a browser shifts the live Range with the text (kept); happy-dom does
    // not, so here the drawn Range now spans the wrong letters and must be replaced.
    text.insertData(0, "Ak, ");
    marks = [on(text, "eskalēt")];
    painter.paint(marks);
    expect(drawn()).toEqual(expected(marks));
    expect(hl().size).toBe(1);
    // Inside the finding: the word is now longer; the underline must cover the new span only.
    text.insertData(text.data.indexOf("eskalēt") + 3, "ZZ");
    marks = [on(text, "eskZZalēt")];
    painter.paint(marks);
    expect(drawn()).toEqual(expected(marks));
    expect(hl().size).toBe(1);
    // The finding is gone: nothing is left drawn.
    painter.paint([]);
    expect(hl().size).toBe(0);
  });

  test("a paragraph split and join: the moved finding is redrawn in its new node", () => {
    const { editor, painter } = setup("<div>Lūdzu eskalēt jautājumu sinerģija</div>");
    const block = editor.firstChild as HTMLElement;
    const text = block.firstChild as Text;
    painter.paint([on(text, "eskalēt"), on(text, "sinerģija")]);
    // Split: Enter after "jautājumu" moves "sinerģija" into a new paragraph.
    const tail = text.splitText(text.data.indexOf(" sinerģija"));
    const second = document.createElement("div");
    second.append(tail);
    block.after(second);
    let marks = [on(text, "eskalēt"), on(tail, "sinerģija")];
    painter.paint(marks);
    expect(drawn()).toEqual(expected(marks));
    // Join: Backspace at the start of the second paragraph merges the text back.
    text.appendData(tail.data);
    second.remove();
    marks = [on(text, "eskalēt"), on(text, "sinerģija")];
    painter.paint(marks);
    expect(drawn()).toEqual(expected(marks));
    expect(hl().size).toBe(2);
  });

  test("paste and undo replace text nodes: no underline stays on the old nodes", () => {
    const { editor, painter } = setup("<p>Lūdzu eskalēt</p><p>sinerģija</p>");
    const p1 = editor.children[0] as HTMLElement;
    const p2 = editor.children[1] as HTMLElement;
    painter.paint([on(p1.firstChild as Text, "eskalēt"), on(p2.firstChild as Text, "sinerģija", "error")]);
    // Paste: the second paragraph's content is replaced by pasted nodes.
    p2.replaceChildren(document.createTextNode("ielīmēts: sinerģija"));
    let marks = [on(p1.firstChild as Text, "eskalēt"), on(p2.firstChild as Text, "sinerģija", "error")];
    painter.paint(marks);
    expect(drawn()).toEqual(expected(marks.filter((m) => m.severity === "warning")));
    expect(drawn("error")).toEqual(expected(marks.filter((m) => m.severity === "error")));
    expect([...hl("error")][0]?.startContainer).toBe(p2.firstChild);
    // Undo: the browser restores the old text in a fresh node; the same words, new places.
    p2.replaceChildren(document.createTextNode("sinerģija"));
    marks = [on(p1.firstChild as Text, "eskalēt"), on(p2.firstChild as Text, "sinerģija", "error")];
    painter.paint(marks);
    expect(drawn("error")).toEqual(expected(marks.filter((m) => m.severity === "error")));
    expect([...hl("error")][0]?.startContainer).toBe(p2.firstChild);
    expect(hl("error").size).toBe(1);
  });

  test("a finding that changes severity at the same place moves to the other Highlight", () => {
    const { editor, painter } = setup("Lūdzu eskalēt");
    const text = editor.firstChild as Text;
    painter.paint([on(text, "eskalēt", "warning")]);
    painter.paint([on(text, "eskalēt", "error")]);
    expect(hl("warning").size).toBe(0);
    expect(hl("error").size).toBe(1);
  });
});

describe("marks whose Range is made on first use (lazyMark)", () => {
  // Each live Range costs the page work at every edit: a keystroke's check must not make one for
  // an underline that is drawn already, or for one off screen.
  const lazyOn = (node: Text, word: string, severity: Mark["severity"] = "warning") => {
    const at = node.data.indexOf(word);
    return lazyMark(severity, [node, at, node, at + word.length]);
  };
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  test("an underline drawn already makes no new Range; a new one makes one", () => {
    const { editor, painter } = setup("Lūdzu eskalēt jautājumu un sinerģija");
    const text = editor.firstChild as Text;
    painter.paint([lazyOn(text, "eskalēt")]);
    const made = vi.spyOn(document, "createRange");
    painter.paint([lazyOn(text, "eskalēt"), lazyOn(text, "sinerģija")]);
    expect(made).toHaveBeenCalledTimes(1);
    expect(drawn()).toEqual(["eskalēt@6", "sinerģija@27"]);
  });

  test("findings in blocks off screen make no Range and are not drawn; scrolled to, they are", async () => {
    const observers: { callback: IntersectionObserverCallback; observed: Element[] }[] = [];
    const onScreen = new Set<Element>();
    vi.stubGlobal(
      "IntersectionObserver",
      class {
        observed: Element[] = [];
        constructor(public callback: IntersectionObserverCallback) {
          observers.push(this);
        }
        observe(el: Element) {
          this.observed.push(el);
          // Reported later, as a browser does (after the frame).
          queueMicrotask(() => this.callback([{ target: el, isIntersecting: onScreen.has(el) } as unknown as IntersectionObserverEntry], this as never));
        }
        disconnect() {}
      },
    );
    const { editor, painter } = setup("<div>Lūdzu eskalēt</div><div>sinerģija</div><div>Jāeskalē sinerģija</div>");
    const blocks = [...editor.children] as HTMLElement[];
    onScreen.add(blocks[0]!);
    const marks = () => [lazyOn(blocks[0]!.firstChild as Text, "eskalēt"), lazyOn(blocks[1]!.firstChild as Text, "sinerģija"), lazyOn(blocks[2]!.firstChild as Text, "sinerģija", "error")];
    // Not reported yet: everything counts as visible and is drawn.
    painter.paint(marks());
    expect(drawn()).toEqual(["eskalēt@6", "sinerģija@0"]);
    await Promise.resolve();
    expect(drawn()).toEqual(["eskalēt@6"]);
    expect(drawn("error")).toEqual([]);
    const made = vi.spyOn(document, "createRange");
    painter.paint(marks());
    expect(made).not.toHaveBeenCalled();
    // The third block scrolls into view.
    const observer = observers[0]!;
    observer.callback([{ target: blocks[2]!, isIntersecting: true } as unknown as IntersectionObserverEntry], observer as never);
    expect(drawn("error")).toEqual(["sinerģija@9"]);
    expect(made).toHaveBeenCalledTimes(1);
  });
});
