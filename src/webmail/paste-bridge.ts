// Runs in the page's MAIN world (Firefox only; a `"world": "MAIN"` content script, Firefox
// 128+): turns Skaidri's paste requests into real paste events built in the page's own world,
// because a DataTransfer made in Firefox's isolated world reaches page scripts empty
// (WEBMAIL.md; Briskine src/content/editors/editor-paste.js). It only ever pastes plain text,
// into the editable element that holds the selection (insert.ts selects the range first).
//
// Requests never travel on the page's window or DOM, where a page script could read or forge
// them: they come through a MessagePort that Skaidri's isolated world hands over once, at
// document_start, before any page script runs (bridge-channel.ts). The bridge takes the first
// port only — later ones, which a page script could post, are ignored — and keeps it in this
// closure. The DOM functions it uses on the way are taken at document_start too, before a page
// script could replace them to catch the port.
//
// Injected into a page already running (Skaidri installed or updated while it was open), the
// bridge may come after the hand-over and says so (PASTE_BRIDGE_READY, bridge-channel.ts).
import { createPasteEvent, PASTE_BRIDGE_HELLO, PASTE_BRIDGE_READY } from "./insert.ts";

type Getter = (this: unknown) => unknown;

function getter(proto: object, name: string): Getter {
  const get = Object.getOwnPropertyDescriptor(proto, name)?.get;
  if (!get) throw new Error(`no ${name}`);
  return get as Getter;
}

export function installPasteBridge(win: Window & typeof globalThis): void {
  const apply = Reflect.apply;
  const dataOf = getter(win.MessageEvent.prototype, "data");
  const portsOf = getter(win.MessageEvent.prototype, "ports");
  const stop = win.Event.prototype.stopImmediatePropagation;
  const add = win.EventTarget.prototype.addEventListener;
  const remove = win.EventTarget.prototype.removeEventListener;
  const dispatch = win.EventTarget.prototype.dispatchEvent;
  const setOnMessage = Object.getOwnPropertyDescriptor(win.MessagePort.prototype, "onmessage")?.set;
  const post = win.MessagePort.prototype.postMessage;
  const selectionOf = win.getSelection;
  if (!setOnMessage) return;

  const paste = (message: MessageEvent) => {
    try {
      const data = apply(dataOf, message, []) as { text?: unknown } | null;
      const text = data && typeof data === "object" ? data.text : undefined;
      if (typeof text !== "string") return;
      const selection = apply(selectionOf, win, []) as Selection | null;
      const node = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).startContainer : null;
      const target = node?.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null);
      if (!(target instanceof win.HTMLElement) || !target.isContentEditable) return;
      apply(dispatch, target, [createPasteEvent(text)]);
    } catch {
      // Never throw into the page.
    }
  };

  const onHello = (event: Event) => {
    try {
      if (apply(dataOf, event, []) !== PASTE_BRIDGE_HELLO) return;
      const ports = apply(portsOf, event, []) as readonly MessagePort[];
      if (ports.length !== 1) return;
      // Skaidri's own hand-over: no page listener sees it, and no later one is taken.
      apply(stop, event, []);
      apply(remove, win, ["message", onHello, true]);
      apply(setOnMessage, ports[0], [paste]);
      apply(post, ports[0], [PASTE_BRIDGE_HELLO]);
    } catch {
      // Never throw into the page.
    }
  };
  apply(add, win, ["message", onHello, true]);
  const doc = win.document;
  if (doc.readyState !== "loading") apply(dispatch, doc, [new win.CustomEvent(PASTE_BRIDGE_READY)]);
}
