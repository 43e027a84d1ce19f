// Stands in for webextension-polyfill in happy-dom tests: an English browser whose chrome.i18n
// serves the real English _locales table (formatted as the browser does).
import { message } from "../support/ui-strings.ts";

export const browserMock = {
  i18n: {
    getMessage: (key: string, subs?: string | string[]) => message("en", key, subs) ?? "",
    getUILanguage: () => "en",
  },
  runtime: { id: "test", onMessage: { addListener() {}, removeListener() {} }, sendMessage: async () => undefined },
};
