// @vitest-environment happy-dom
// The Send check's state machine against a page whose own Send handlers record sends.
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { SendCheck } from "../../src/core/types.ts";
import type { Compose } from "../../src/webmail/adapter.ts";
import { type KeyedFinding, keyFindings } from "../../src/webmail/ignore.ts";
import type { SendChoice } from "../../src/webmail/send-dialog.ts";
import { type GuardedCompose, installSendGuard } from "../../src/webmail/send-guard.ts";

const ERROR: KeyedFinding[] = keyFindings([{ rule: "signature/name", severity: "error", message: "no name", start: 0, end: 0, suggestions: [] }], "");
const ADVICE: KeyedFinding[] = keyFindings(
  [
    { rule: "passive-voice", severity: "info", message: "passive", start: 0, end: 5, suggestions: [] },
    { rule: "plain-language", severity: "info", message: "wordy", start: 0, end: 5, suggestions: [] },
    { rule: "long-sentence", severity: "info", message: "long", start: 0, end: 5, suggestions: [] },
    { rule: "formal-address", severity: "warning", message: "jūs", start: 0, end: 3, suggestions: [] },
  ],
  "Hello",
);

let controller: AbortController;
let sends: string[];
let compose: Compose;
let errors: () => readonly KeyedFinding[] | null;
let mode: SendCheck | null;
let asks: { mode: string; resolve: (c: SendChoice) => void }[];
let handed: (readonly KeyedFinding[])[];
let focused: number;

function setup(): void {
  document.body.innerHTML = `
    <div class="root">
      <div class="editor" contenteditable="true">Hello</div>
      <div role="button" class="send" tabindex="0">Send</div>
      <div role="button" class="archive" tabindex="0">Send &amp; Archive</div>
      <div role="button" class="other" tabindex="0">Format</div>
    </div>`;
  const root = document.querySelector<HTMLElement>(".root")!;
  compose = { root, editor: root.querySelector<HTMLElement>(".editor")! };
  // The webmail's own handlers: bubbling, on the compose, as Gmail's are.
  for (const kind of ["send", "archive"]) {
    root.querySelector(`.${kind}`)!.addEventListener("click", () => sends.push(kind));
  }
  root.addEventListener("keydown", (e) => {
    if ((e as KeyboardEvent).key === "Enter" && (e as KeyboardEvent).ctrlKey) sends.push("ctrl+enter");
  });
  sends = [];
  asks = [];
  handed = [];
  focused = 0;
  errors = () => ERROR;
  mode = "warn";
  controller = new AbortController();
  const guarded: GuardedCompose = { compose, errors: () => errors(), focus: () => (focused += 1) };
  installSendGuard(
    {
      win: window,
      findSendControls: (c) => [...c.root.querySelectorAll<HTMLElement>(".send, .archive")],
      composes: () => [guarded],
      mode: () => mode,
      ask: (_g, given, m) => {
        handed.push(given);
        return new Promise((resolve) => asks.push({ mode: m, resolve }));
      },
    },
    controller.signal,
  );
}

const click = (selector: string) => document.querySelector<HTMLElement>(selector)!.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
const settle = () => new Promise((r) => setTimeout(r, 0));
/** A user's click (trusted), as opposed to one a script dispatched. */
const userClick = (selector: string) => {
  const event = new MouseEvent("click", { bubbles: true, cancelable: true });
  Object.defineProperty(event, "isTrusted", { value: true });
  document.querySelector<HTMLElement>(selector)!.dispatchEvent(event);
};

beforeEach(setup);
afterEach(() => controller.abort());

describe("send guard", () => {
  test("without error findings Send goes straight through", () => {
    errors = () => [];
    click(".send");
    expect(sends).toEqual(["send"]);
    expect(asks).toHaveLength(0);
  });

  // Issue 14: advice never stops Send, even from a compose that hands the guard more than its errors.
  test.each(["warn", "block"] as const)("only info (and warning) findings, %s: Send goes straight through, no dialog", (m) => {
    mode = m;
    errors = () => ADVICE;
    click(".send");
    click(".archive");
    expect(sends).toEqual(["send", "archive"]);
    expect(asks).toHaveLength(0);
  });

  test.each(["warn", "block"] as const)("info findings beside an error, %s: the dialog is handed the error only", (m) => {
    mode = m;
    errors = () => [...ADVICE, ...ERROR];
    click(".send");
    expect(sends).toEqual([]);
    expect(asks.map((a) => a.mode)).toEqual([m]);
    expect(handed.at(-1)!.map((f) => f.rule)).toEqual(["signature/name"]);
  });

  test("error findings: the click is cancelled and the dialog asks (warn)", () => {
    click(".send");
    expect(sends).toEqual([]);
    expect(asks.map((a) => a.mode)).toEqual(["warn"]);
  });

  test('"Send anyway" re-sends exactly once, on the control the user used', async () => {
    click(".archive");
    asks[0]!.resolve("send");
    await settle();
    expect(sends).toEqual(["archive"]);
    // The bypass was one-shot: the user's next click is checked again.
    userClick(".archive");
    expect(sends).toEqual(["archive"]);
    expect(asks).toHaveLength(2);
  });

  test('another extension that cancels our re-send and re-clicks later: "Send anyway" sends exactly once', async () => {
    // Registered before the guard: it holds every click it did not make and re-clicks later.
    controller.abort();
    const mine = new WeakSet<Event>();
    let held = 0;
    const other = (e: Event) => {
      const button = (e.target as Element).closest?.(".send");
      if (!button || mine.has(e)) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      held++;
      setTimeout(() => {
        const again = new MouseEvent("click", { bubbles: true, cancelable: true });
        mine.add(again);
        button.dispatchEvent(again);
      }, 5);
    };
    window.addEventListener("click", other, true);
    try {
      setup();
      userClick(".send");
      await new Promise((r) => setTimeout(r, 20));
      expect(asks).toHaveLength(1);
      asks[0]!.resolve("send");
      await new Promise((r) => setTimeout(r, 40));
      expect(sends).toEqual(["send"]);
      expect(asks).toHaveLength(1);
      expect(held).toBe(2);
    } finally {
      window.removeEventListener("click", other, true);
    }
  });

  test("a Send before the settings are known is held, then checked once they are", async () => {
    controller.abort();
    controller = new AbortController();
    let ready: (ok: boolean) => void = () => {};
    const guarded: GuardedCompose = { compose, errors: () => ERROR, focus: () => {} };
    installSendGuard(
      {
        win: window,
        findSendControls: (c) => [...c.root.querySelectorAll<HTMLElement>(".send")],
        composes: () => [guarded],
        mode: () => mode,
        whenReady: () => new Promise((resolve) => (ready = resolve)),
        ask: (_g, _e, m) => new Promise((resolve) => asks.push({ mode: m, resolve })),
      },
      controller.signal,
    );
    mode = null;
    userClick(".send");
    expect(sends).toEqual([]);
    mode = "block";
    ready(true);
    await settle();
    expect(asks.map((a) => a.mode)).toEqual(["block"]);
    expect(sends).toEqual([]);
  });

  test("the re-send is a mousedown → mouseup → click sequence", async () => {
    const seen: string[] = [];
    for (const type of ["mousedown", "mouseup", "click"]) document.querySelector(".send")!.addEventListener(type, () => seen.push(type));
    click(".send");
    asks[0]!.resolve("send");
    await settle();
    expect(seen).toEqual(["mousedown", "mouseup", "click"]);
  });

  test('"Go back" sends nothing and returns to the editor', async () => {
    click(".send");
    asks[0]!.resolve("back");
    await settle();
    expect(sends).toEqual([]);
    expect(focused).toBe(1);
  });

  test("block mode asks in block mode and never re-sends", async () => {
    mode = "block";
    click(".send");
    expect(asks[0]!.mode).toBe("block");
    asks[0]!.resolve("send"); // even if a dialog said so
    await settle();
    expect(sends).toEqual([]);
  });

  test("sendCheck off: no check at all", () => {
    mode = "off";
    click(".send");
    expect(sends).toEqual(["send"]);
  });

  test("Skaidri failing (no findings computed, or an exception) never blocks Send", () => {
    errors = () => null;
    click(".send");
    errors = () => {
      throw new Error("boom");
    };
    click(".send");
    expect(sends).toEqual(["send", "send"]);
  });

  test("Ctrl+Enter in the compose is caught and re-sent by clicking Send", async () => {
    const editor = compose.editor;
    editor.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", ctrlKey: true, bubbles: true, cancelable: true }));
    expect(sends).toEqual([]);
    expect(asks).toHaveLength(1);
    asks[0]!.resolve("send");
    await settle();
    expect(sends).toEqual(["send"]);
  });

  test("Enter on the focused Send control is caught; other controls are not", () => {
    document.querySelector(".send")!.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
    expect(asks).toHaveLength(1);
    click(".other");
    expect(asks).toHaveLength(1);
  });

  test("while the dialog is open, further Send attempts are swallowed, not queued", async () => {
    click(".send");
    click(".send");
    expect(asks).toHaveLength(1);
    asks[0]!.resolve("send");
    await settle();
    expect(sends).toEqual(["send"]);
  });

  test("a compose that closed while the dialog was open is not re-sent", async () => {
    click(".send");
    compose.root.remove();
    asks[0]!.resolve("send");
    await settle();
    expect(sends).toEqual([]);
  });

  test("a dialog that fails lets the send through once", async () => {
    controller.abort(); // replace the guard from setup() with one whose dialog fails
    controller = new AbortController();
    const guarded: GuardedCompose = { compose, errors: () => ERROR, focus: () => {} };
    installSendGuard(
      { win: window, findSendControls: (c) => [...c.root.querySelectorAll<HTMLElement>(".send")], composes: () => [guarded], mode: () => "warn", ask: () => Promise.reject(new Error("no dialog")) },
      controller.signal,
    );
    click(".send");
    expect(sends).toEqual([]);
    await settle();
    expect(sends).toEqual(["send"]);
  });

  test("after the guard's signal aborts (extension reloaded) nothing is intercepted", () => {
    controller.abort();
    click(".send");
    expect(sends).toEqual(["send"]);
  });
});
