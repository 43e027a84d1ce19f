// The UI strings and the language Skaidri speaks. chrome.i18n answers only in the browser's
// language, but a Latvian specialist may run an English browser (or Firefox without the
// Latvian language pack): the choice made on the options page ("auto" follows the browser) is
// kept in storage.sync. When the choice is the browser's language, chrome.i18n serves every
// string; otherwise the chosen language's _locales table is read from the package once
// (extension pages fetch it; the content script asks the background, as a page cannot be let
// read the package) — so no script bundles the tables (bench/size.ts budgets).
import type { Language } from "../core/types.ts";
import { browser } from "./browser.ts";
import { countedIn, countedKey, isMessageTable, type MessageTable, messageIn } from "./message-tables.ts";
import { readArea, type StorageChanges, type WriteResult, writeArea } from "./storage.ts";

/** "auto" follows the browser's language; "lv" or "en" is the user's own choice. */
export type UiLanguageChoice = "auto" | Language;

/** The storage.sync key of the choice (small, follows the user with browser sync). */
export const UI_LANGUAGE_KEY = "uiLanguage";

let choice: UiLanguageChoice = "auto";

/** Reads a language's table from the package: fetched on extension pages, asked of the background in the content script. */
export type TableLoader = (language: Language) => Promise<unknown>;

/** The table of a language chrome.i18n does not serve here (the user's choice differs from the browser's). */
const tables: Partial<Record<Language, MessageTable>> = {};
let loader: TableLoader = fetchMessageTable;

/** The package's own _locales table (extension pages and the background). */
export async function fetchMessageTable(language: Language): Promise<unknown> {
  const response = await fetch(browser.runtime.getURL(`_locales/${language}/messages.json`));
  return response.json();
}

/** Makes sure the table of the language in effect is at hand; never throws (chrome.i18n's strings stay). */
export async function ensureUiTable(): Promise<void> {
  const language = uiLanguage();
  if (language === browserLanguage() || tables[language]) return;
  try {
    const table = await loader(language);
    if (isMessageTable(table)) {
      tables[language] = table;
      version++;
    }
  } catch {
    // Unreadable: the browser's language is spoken until the next page load.
  }
}

function isChoice(value: unknown): value is UiLanguageChoice {
  return value === "auto" || value === "lv" || value === "en";
}

/** The browser's own language as Skaidri reads it: Latvian unless the browser runs in English. */
export function browserLanguage(): Language {
  // Asked by every UI string (the chip's label at each keystroke): the browser's language does
  // not change while a page lives, so it is read again only when the choice is (setUiLanguage).
  if (browserAnswer === undefined) {
    try {
      browserAnswer = browser.i18n.getUILanguage().toLowerCase().startsWith("en") ? "en" : "lv";
    } catch {
      return "lv";
    }
  }
  return browserAnswer;
}
let browserAnswer: Language | undefined;
/** Moves whenever the strings t() gives may have changed (the choice, a table arriving). */
let version = 0;

/** A number that changes whenever the UI strings may have: what a cache of t()'s answers is keyed by. */
export function uiStringsVersion(): number {
  return version;
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
  browserAnswer = undefined;
  version++;
  choice = isChoice(next) ? next : "auto";
}

/** Reads the stored choice (and its table); entry points await it before they render. Never throws. */
export async function loadUiLanguage(load: TableLoader = fetchMessageTable): Promise<Language> {
  loader = load;
  const stored = (await readArea("sync", [UI_LANGUAGE_KEY]))[UI_LANGUAGE_KEY];
  setUiLanguage(isChoice(stored) ? stored : "auto");
  await ensureUiTable();
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
  await ensureUiTable();
  return result;
}

/** A UI string in the language in effect; the key itself if it is missing. */
export function t(key: string, substitutions?: string | string[]): string {
  const table = tables[uiLanguage()];
  if (table) return messageIn(table, key, substitutions) ?? key;
  return browserMessage(key, substitutions) ?? key;
}

function browserMessage(key: string, substitutions?: string | string[]): string | undefined {
  try {
    return browser.i18n.getMessage(key, substitutions) || undefined;
  } catch {
    return undefined;
  }
}

/** A counted UI string: the family `key_<category>` for `count` in the language in effect; $1 is the count. */
export function tn(key: string, count: number, substitutions: string[] = []): string {
  const language = uiLanguage();
  const table = tables[language];
  if (table) return countedIn(table, language, key, count, substitutions) ?? key;
  return browserMessage(countedKey(language, key, count), [String(count), ...substitutions]) ?? key;
}
