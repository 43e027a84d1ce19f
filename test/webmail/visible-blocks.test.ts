// @vitest-environment happy-dom
// Which editor blocks count as near the screen (src/webmail/visible-blocks.ts): what the
// IntersectionObserver reported, a block not reported yet counting as visible, and a repaint
// asked for only when a block came into or went out of view.
import { afterEach, expect, test } from "vitest";
import { watchVisibleBlocks } from "../../src/webmail/visible-blocks.ts";

type Callback = (entries: { target: Element; isIntersecting: boolean }[]) => void;
let observers: { callback: Callback; targets: Element[]; disconnected: boolean }[] = [];
class FakeObserver {
  private readonly me: (typeof observers)[number];
  constructor(callback: Callback) {
    this.me = { callback, targets: [], disconnected: false };
    observers.push(this.me);
  }
  observe(target: Element) {
    this.me.targets.push(target);
  }
  disconnect() {
    this.me.disconnected = true;
  }
}
const original = globalThis.IntersectionObserver;
const setObserver = (value: unknown) => Object.defineProperty(globalThis, "IntersectionObserver", { value, configurable: true, writable: true });
afterEach(() => {
  setObserver(original);
  observers = [];
});

function editor(): { editor: HTMLElement; blocks: HTMLElement[] } {
  document.body.innerHTML = '<div contenteditable="true"><div>Pirmā <b>rindkopa</b></div><div>Otrā</div><div>Trešā</div></div>';
  const e = document.querySelector<HTMLElement>("[contenteditable]")!;
  return { editor: e, blocks: [...e.children] as HTMLElement[] };
}

test("a block counts as visible until the observer says otherwise; changes ask for a repaint", () => {
  setObserver(FakeObserver);
  const { editor: e, blocks } = editor();
  const controller = new AbortController();
  let repaints = 0;
  const near = watchVisibleBlocks(e, controller.signal, () => repaints++);
  const inner = blocks[0]!.querySelector("b")!.firstChild!;
  expect(near.visible(inner)).toBe(true);
  expect(near.visible(blocks[2]!.firstChild!)).toBe(true);
  // Observed once each, as the editor's child that holds the node.
  expect(observers[0]!.targets).toEqual([blocks[0], blocks[2]]);
  observers[0]!.callback([{ target: blocks[2]!, isIntersecting: false }]);
  expect(repaints).toBe(1);
  expect(near.visible(blocks[2]!.firstChild!)).toBe(false);
  expect(near.visible(inner)).toBe(true);
  // The same news again changes nothing: no repaint.
  observers[0]!.callback([{ target: blocks[2]!, isIntersecting: false }, { target: blocks[0]!, isIntersecting: true }]);
  expect(repaints).toBe(1);
  observers[0]!.callback([{ target: blocks[2]!, isIntersecting: true }]);
  expect(repaints).toBe(2);
  expect(near.visible(blocks[2]!.firstChild!)).toBe(true);
  // The editor itself and nodes outside it are never hidden.
  expect(near.visible(e)).toBe(true);
  expect(near.visible(document.body)).toBe(true);
  controller.abort();
  expect(observers[0]!.disconnected).toBe(true);
});

test("without an IntersectionObserver, or when it cannot be made, every block counts as visible", () => {
  const { editor: e, blocks } = editor();
  setObserver(undefined);
  expect(watchVisibleBlocks(e, new AbortController().signal, () => {}).visible(blocks[1]!)).toBe(true);
  setObserver(function Broken() {
    throw new Error("no");
  });
  expect(watchVisibleBlocks(e, new AbortController().signal, () => {}).visible(blocks[1]!)).toBe(true);
});
