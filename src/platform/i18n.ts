import { browser } from "./browser.ts";

/** A UI string from _locales in the browser's language; the key itself if it is missing. */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

/** The UI language Skaidri speaks: Latvian unless the browser runs in English. */
export function uiLanguage(): "lv" | "en" {
  try {
    return browser.i18n.getUILanguage().toLowerCase().startsWith("en") ? "en" : "lv";
  } catch {
    return "lv";
  }
}
