// The keyboard shortcut (manifest "commands"): opens the template picker inside the page at
// the caret. The active tab of the last-focused window is the one the user pressed the keys
// in; tabs.query and tabs.sendMessage to a tab running our content script need no "tabs"
// permission (only url/title would). A tab without our content script just does not answer.
import { browser } from "../platform/browser.ts";
import type { BackgroundToContent } from "../platform/messages.ts";

export const OPEN_TEMPLATE_PICKER = "open-template-picker";

browser.commands?.onCommand.addListener(async (command: string) => {
  if (command !== OPEN_TEMPLATE_PICKER) return;
  try {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return;
    const message: BackgroundToContent = { type: "background→content:open-template-picker" };
    await browser.tabs.sendMessage(tab.id, message);
  } catch {
    // Not a webmail tab (no content script to answer): nothing to open.
  }
});
