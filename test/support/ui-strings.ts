// The real UI strings for component tests, formatted as the extension formats them
// (src/platform/message-tables.ts): a key missing from _locales throws, so the test fails.
import type { Language } from "../../src/core/types.ts";
import { countedMessage, message } from "../../src/platform/message-tables.ts";

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
