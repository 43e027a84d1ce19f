// Answers the content script's request for the _locales table of the UI language the user
// chose when it is not the browser's (platform/i18n.ts): the background reads its own package;
// the content script could only by making the file readable to every web page.
import { browser } from "../platform/browser.ts";
import { fetchMessageTable } from "../platform/i18n.ts";
import type { ContentToBackground } from "../platform/messages.ts";

browser.runtime.onMessage.addListener((message: unknown) => {
  const m = message as Extract<ContentToBackground, { type: "content→background:ui-messages" }> | undefined;
  if (m?.type !== "content→background:ui-messages" || (m.language !== "lv" && m.language !== "en")) return undefined;
  return fetchMessageTable(m.language).catch(() => null);
});
