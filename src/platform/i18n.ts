// The UI strings of both languages and the language Skaidri speaks. chrome.i18n answers only in
// the browser's language, but a Latvian specialist may run an English browser (or Firefox
// without the Latvian language pack): so both _locales tables are bundled here, the choice
// made on the options page ("auto" follows the browser) is kept in storage.sync, and t() and
// tn() (counted messages) read the table of the language in effect (message-tables.ts).
import type { Language } from "../core/types.ts";
import { browser } from "./browser.ts";
import { countedMessage, message } from "./message-tables.ts";
import { readArea, type StorageChanges, type WriteResult, writeArea } from "./storage.ts";

/** "auto" follows the browser's language; "lv" or "en" is the user's own choice. */
export type UiLanguageChoice = "auto" | Language;

/** The storage.sync key of the choice (small, follows the user with browser sync). */
export const UI_LANGUAGE_KEY = "uiLanguage";

let choice: UiLanguageChoice = "auto";

function isChoice(value: unknown): value is UiLanguageChoice {
  return value === "auto" || value === "lv" || value === "en";
}

/** The browser's own language as Skaidri reads it: Latvian unless the browser runs in English. */
export function browserLanguage(): Language {
  try {
    return browser.i18n.getUILanguage().toLowerCase().startsWith("en") ? "en" : "lv";
  } catch {
    return "lv";
  }
}

/** The language Skaidri speaks now: the user's choice, else the browser's. */
export function uiLanguage(): Language {
  return choice === "auto" ? browserLanguage() : choice;
}

export function uiLanguageChoice(): UiLanguageChoice {
  return choice;
}

/** Sets the language in effect for this page (the stored choice is saveUiLanguage's). */
export function setUiLanguage(next: UiLanguageChoice): void {
  choice = isChoice(next) ? next : "auto";
}

/** Reads the stored choice; entry points await it before they render. Never throws. */
export async function loadUiLanguage(): Promise<Language> {
  const stored = (await readArea("sync", [UI_LANGUAGE_KEY]))[UI_LANGUAGE_KEY];
  setUiLanguage(isChoice(stored) ? stored : "auto");
  return uiLanguage();
}

/** Takes a storage.sync change of the choice into effect; true when there was one. */
export function applyUiLanguageChange(changes: StorageChanges, area: string): boolean {
  if (area !== "sync" || !(UI_LANGUAGE_KEY in changes)) return false;
  const next = changes[UI_LANGUAGE_KEY]?.newValue;
  setUiLanguage(isChoice(next) ? next : "auto");
  return true;
}

export async function saveUiLanguage(next: UiLanguageChoice): Promise<WriteResult> {
  const result = await writeArea("sync", { [UI_LANGUAGE_KEY]: next });
  if (result.ok) setUiLanguage(next);
  return result;
}

/** A UI string in the language in effect; the key itself if it is missing. */
export function t(key: string, substitutions?: string | string[]): string {
  return message(uiLanguage(), key, substitutions) ?? key;
}

/** A counted UI string: the family `key_<category>` for `count` in the language in effect; $1 is the count. */
export function tn(key: string, count: number, substitutions: string[] = []): string {
  return countedMessage(uiLanguage(), key, count, substitutions) ?? key;
}
