// Replaces a range of a compose editor with plain text as ONE undo step in the webmail's own
// history (DESIGN.md: never change the user's text uninvited; every change undoable). Never
// innerHTML or insertNode into the editor — that bypasses the editor's model and undo
// (WEBMAIL.md → Inserting text). Text from templates is only ever data, never markup we run.
//
// - Gmail and generic editors: focus, select the range, `execCommand("insertText")` — a
//   native edit with real input events, one step in the browser's undo stack.
// - Outlook (RoosterJS): a synthetic `paste` ClipboardEvent carrying text/plain; RoosterJS's
//   CopyPastePlugin turns it into an edit of its model with undo snapshots before and after.
//   Success is confirmed by a MutationObserver. Plain text only, on purpose: RoosterJS pastes
//   it in the caret's own format, turns line breaks into <br> and keeps leading and repeated
//   spaces (as &nbsp;); given text/html as well it prefers that, wraps it in a span with the
//   default font and collapses spaces (checked with roosterjs 9.7 in Chromium).
//   Firefox: a DataTransfer built in the content script's isolated world reaches page scripts
//   empty (Briskine src/content/editors/editor-paste.js), so there the event must be created
//   in the page's MAIN world: paste-bridge.ts is that script (a `"world": "MAIN"` content
//   script, Firefox 128+), reached through a MessagePort only Skaidri holds (bridge-channel.ts),
//   and the Firefox entry calls `usePasteBridge(port)`. Chromium shares
//   DOM objects between worlds, so the content script dispatches the event itself.

const CONFIRM_MS = 1500;

/**
 * `text` as RoosterJS must be given it to keep its edge line breaks. Its plain-text paste
 * (roosterjs-content-model-dom textToFragment, 9.59) makes the middle lines of a text of three
 * or more lines into blocks and keeps the first and last inline; merging that into the caret's
 * paragraph swallows the break next to an empty first or last line — so "\nLabdien!\n\nTeksts"
 * pasted at the end of a line ran into it ("…rindaLabdien!"). One more break there survives
 * as the one that was meant (checked in Chromium: test/e2e/webmail-insert.e2e.ts).
 */
export function forRoosterPaste(text: string): string {
  const lines = text.split("\n");
  if (lines.length < 3) return text;
  let out = text;
  if (lines[0] === "") out = `\n${out}`;
  if (lines[lines.length - 1] === "" && lines[lines.length - 2] !== "") out = `${out}\n`;
  return out;
}

/** The message that hands the MAIN-world bridge its port (bridge-channel.ts, paste-bridge.ts); requests on the port are {text}. */
export const PASTE_BRIDGE_HELLO = "skaidri-paste-bridge";
/**
 * Injected into a running page (Skaidri installed or updated while Outlook was open), the bridge
 * may come after the hand-over: it then says so with this event on the document, once.
 */
export const PASTE_BRIDGE_READY = "skaidri-paste-bridge-ready";
let viaBridge = false;
let bridge: () => MessagePort | undefined = () => undefined;

/**
 * Route Outlook pastes through the MAIN-world bridge at the far end of the port `port()` gives
 * (Firefox); none: they fail. Asked at each paste: in a page open when Skaidri was installed,
 * Firefox may run the content script before the script that opens the channel.
 */
export function usePasteBridge(port: () => MessagePort | undefined): void {
  viaBridge = true;
  bridge = port;
}

function inside(editor: HTMLElement, range: Range): boolean {
  return editor.isConnected && editor.contains(range.startContainer) && editor.contains(range.endContainer);
}

/** The range already holds exactly `text` (single-line): nothing to do, and no change would confirm it. */
function unchanged(range: Range, text: string): boolean {
  return !text.includes("\n") && range.toString() === text;
}

function select(editor: HTMLElement, range: Range): boolean {
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return false;
  editor.focus({ preventScroll: true });
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/** Resolves true on the first change inside `editor`, false after `ms` without one. */
function nextChange(editor: HTMLElement, ms: number): { done: Promise<boolean>; cancel(): void } {
  let observer: MutationObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let settle: (changed: boolean) => void = () => {};
  const done = new Promise<boolean>((resolve) => {
    settle = (changed) => {
      observer?.disconnect();
      clearTimeout(timer);
      resolve(changed);
    };
    observer = new MutationObserver(() => settle(true));
    observer.observe(editor, { childList: true, subtree: true, characterData: true });
    timer = setTimeout(() => settle(false), ms);
  });
  return { done, cancel: () => settle(false) };
}

/** Gmail and generic editors: a native edit through execCommand. */
export async function insertByExecCommand(editor: HTMLElement, range: Range, text: string): Promise<boolean> {
  try {
    if (!inside(editor, range)) return false;
    if (unchanged(range, text)) return true;
    if (!select(editor, range)) return false;
    const doc = editor.ownerDocument;
    if (text === "") return range.collapsed || doc.execCommand("delete", false);
    // execCommand("insertText") keeps "\n" as line breaks (new paragraphs or <br>), in one undo step.
    return doc.execCommand("insertText", false, text);
  } catch {
    return false;
  }
}

/** Outlook (RoosterJS): a synthetic paste the editor records as one undoable edit. */
export async function insertByPaste(editor: HTMLElement, range: Range, text: string): Promise<boolean> {
  try {
    if (!inside(editor, range)) return false;
    if (unchanged(range, text)) return true;
    if (!select(editor, range)) return false;
    const target = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
    if (!target) return false;
    const change = nextChange(editor, CONFIRM_MS);
    const pasted = forRoosterPaste(text);
    if (viaBridge) {
      const port = bridge();
      if (!port) {
        change.cancel();
        return false;
      }
      // The bridge pastes into the selection just made.
      port.postMessage({ text: pasted });
      return await change.done;
    }
    const event = createPasteEvent(pasted);
    target.dispatchEvent(event);
    if (!event.defaultPrevented) {
      // No editor took the paste (a plain contenteditable): edit natively instead.
      change.cancel();
      return await insertByExecCommand(editor, range, text);
    }
    return await change.done;
  } catch {
    return false;
  }
}

/**
 * A paste event as the browser would fire it for copied plain text. The data is set on the
 * event's own clipboardData, not on the DataTransfer passed in: Firefox's ClipboardEvent
 * constructor does not keep the data of a DataTransfer filled beforehand, and the page would
 * receive an empty one (checked in Firefox ESR 153, test/e2e/firefox-insert.e2e.ts; Briskine
 * src/content/editors/editor-paste.js does the same).
 */
export function createPasteEvent(text: string): ClipboardEvent {
  const event = new ClipboardEvent("paste", { clipboardData: new DataTransfer(), bubbles: true, cancelable: true, composed: true });
  event.clipboardData?.setData("text/plain", text);
  return event;
}
