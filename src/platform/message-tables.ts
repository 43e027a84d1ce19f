// Both _locales tables, bundled, and chrome.i18n's substitution rules over them. Pure (no
// browser API), so the options page, the content script and the tests all format alike.
// Counted messages are key families `key_zero`, `key_one`, `key_other`: the categories of
// Intl.PluralRules for the language (core/plural.ts).
import enMessages from "../../public/_locales/en/messages.json" with { type: "json" };
import lvMessages from "../../public/_locales/lv/messages.json" with { type: "json" };
import { pluralCategory } from "../core/plural.ts";
import type { Language } from "../core/types.ts";

export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type MessageTable = Record<string, MessageEntry>;

export const MESSAGE_TABLES: Record<Language, MessageTable> = { lv: lvMessages as MessageTable, en: enMessages as MessageTable };

/**
 * `$NAME$` is the named placeholder (case does not matter), whose content's `$1`…`$9` are the
 * substitutions; `$$` is a dollar sign. One pass, so a substituted text containing `$` stays.
 */
export function formatMessage(entry: MessageEntry, substitutions: readonly string[]): string {
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  const fill = (content: string) => content.replace(/\$(\d)/g, (_, d: string) => substitutions[Number(d) - 1] ?? "");
  return entry.message.replace(/\$\$|\$(\d)|\$(\w+)\$/g, (match, digit: string | undefined, name: string | undefined) => {
    if (match === "$$") return "$";
    if (digit) return substitutions[Number(digit) - 1] ?? "";
    const content = placeholders.get(name!.toLowerCase());
    return content === undefined ? match : fill(content);
  });
}

/** The message `key` in `language`, substituted; undefined when the table lacks it. */
export function message(language: Language, key: string, substitutions: string | readonly string[] = []): string | undefined {
  const entry = MESSAGE_TABLES[language][key];
  return entry && formatMessage(entry, typeof substitutions === "string" ? [substitutions] : substitutions);
}

/** The counted message `key` for `count` (its $1), in the form Intl.PluralRules picks; undefined when missing. */
export function countedMessage(language: Language, key: string, count: number, substitutions: readonly string[] = []): string | undefined {
  const table = MESSAGE_TABLES[language];
  const entry = table[`${key}_${pluralCategory(language, count)}`];
  return entry && formatMessage(entry, [String(count), ...substitutions]);
}
