// The real UI strings for component tests, formatted as the extension formats them
// (src/platform/message-tables.ts): a key missing from _locales throws, so the test fails.
import enMessages from "../../public/_locales/en/messages.json" with { type: "json" };
import lvMessages from "../../public/_locales/lv/messages.json" with { type: "json" };
import type { Language } from "../../src/core/types.ts";
import { countedIn, type MessageTable, messageIn } from "../../src/platform/message-tables.ts";

export const UI_TABLES: Record<Language, MessageTable> = { lv: lvMessages as MessageTable, en: enMessages as MessageTable };

export function message(language: Language, key: string, substitutions?: string | readonly string[]): string | undefined {
  return messageIn(UI_TABLES[language], key, substitutions);
}

export function countedMessage(language: Language, key: string, count: number, substitutions?: readonly string[]): string | undefined {
  return countedIn(UI_TABLES[language], language, key, count, substitutions);
}

export function strictT(language: Language): (key: string, substitutions?: string | string[]) => string {
  return (key, substitutions) => {
    const text = message(language, key, substitutions);
    if (text === undefined) throw new Error(`missing UI string ${key} (${language})`);
    return text;
  };
}

export function strictTn(language: Language): (key: string, count: number, substitutions?: string[]) => string {
  return (key, count, substitutions) => {
    const text = countedMessage(language, key, count, substitutions);
    if (text === undefined) throw new Error(`missing counted UI string ${key} for ${count} (${language})`);
    return text;
  };
}
