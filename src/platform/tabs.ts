// Messaging for the popup: which tab to insert into, messages to its content script, and
// questions to the background. Never throws (STYLE.md §5). No "tabs" permission: tab ids come without it, and sendMessage to a
// tab that runs our content script needs none.
import { browser } from "./browser.ts";
import type { PopupToBackground, PopupToContent } from "./messages.ts";

/**
 * The tab the popup acts on: the active tab of the last-focused normal window. When the popup
 * page is itself open in a tab (tests, or a user who opened it so) that tab is skipped and
 * `fallback` (a `?tab=ID` parameter) is used.
 */
export async function targetTabId(fallback?: number): Promise<number | undefined> {
  try {
    const own = await browser.tabs.getCurrent();
    if (own?.id !== undefined) return fallback;
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true, windowType: "normal" });
    return tab?.id ?? fallback;
  } catch {
    return fallback;
  }
}

/** Sends `message` to the content script in `tabId`; undefined when nothing there answers. */
export async function sendToTab<T>(tabId: number, message: PopupToContent): Promise<T | undefined> {
  try {
    return (await browser.tabs.sendMessage(tabId, message)) as T;
  } catch {
    return undefined;
  }
}

export function openOptionsPage(): void {
  browser.runtime.openOptionsPage().catch(() => {});
}

/** Asks the background; undefined when it does not answer. */
export async function sendToBackgroundFromPopup<T>(message: PopupToBackground): Promise<T | undefined> {
  try {
    return (await browser.runtime.sendMessage(message)) as T;
  } catch {
    return undefined;
  }
}
