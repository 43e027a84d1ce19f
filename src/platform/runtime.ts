// Runtime messaging and extension-context checks for the content script, never throwing
// (STYLE.md §5). After the extension is reloaded or updated, the content script left in an
// open tab is orphaned: chrome.runtime.id becomes undefined and every call throws
// "Extension context invalidated" — callers use extensionAlive() to go quiet.
import { browser } from "./browser.ts";
import type { ContentToBackground, Message } from "./messages.ts";

/** Whether this script still belongs to a live extension. */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/** Sends `message` to the background; undefined when there is no answer or the context is gone. */
export async function sendToBackground<T>(message: ContentToBackground): Promise<T | undefined> {
  if (!extensionAlive()) return undefined;
  try {
    return (await browser.runtime.sendMessage(message)) as T;
  } catch {
    return undefined;
  }
}

/** Answers runtime messages with `handler` (its result is the reply; undefined = no reply) until `signal` aborts. */
export function onRuntimeMessage(handler: (message: Message) => unknown, signal: AbortSignal): void {
  try {
    const listener = (message: unknown) => {
      try {
        const reply = handler(message as Message);
        return reply === undefined ? undefined : Promise.resolve(reply);
      } catch {
        return undefined;
      }
    };
    browser.runtime.onMessage.addListener(listener);
    signal.addEventListener(
      "abort",
      () => {
        try {
          browser.runtime.onMessage.removeListener(listener);
        } catch {
          // Context already gone.
        }
      },
      { once: true },
    );
  } catch {
    // No runtime (context invalidated): nothing to listen to.
  }
}
