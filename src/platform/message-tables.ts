// chrome.i18n's substitution rules over a _locales message table. Pure (no browser API), so
// i18n.ts, the background and the tests all format alike. The tables themselves are not
// bundled (they would add ≈ 11 KB gzip to every script): chrome.i18n serves the browser's
// language, and the other language's table is read from the package when chosen (i18n.ts).
// Counted messages are key families `key_zero`, `key_one`, `key_other`: the categories of
// Intl.PluralRules for the language (core/plural.ts).
import { pluralCategory } from "../core/plural.ts";
import type { Language } from "../core/types.ts";

export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type MessageTable = Record<string, MessageEntry>;

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

/** The message `key` of `table`, substituted; undefined when the table lacks it. */
export function messageIn(table: MessageTable, key: string, substitutions: string | readonly string[] = []): string | undefined {
  const entry = Object.hasOwn(table, key) ? table[key] : undefined;
  return entry && formatMessage(entry, typeof substitutions === "string" ? [substitutions] : substitutions);
}

/** The key of the form Intl.PluralRules picks for `count` in `language`. */
export function countedKey(language: Language, key: string, count: number): string {
  return `${key}_${pluralCategory(language, count)}`;
}

/** The counted message `key` for `count` (its $1), in the form Intl.PluralRules picks; undefined when missing. */
export function countedIn(table: MessageTable, language: Language, key: string, count: number, substitutions: readonly string[] = []): string | undefined {
  return messageIn(table, countedKey(language, key, count), [String(count), ...substitutions]);
}

/** Is this a message table as _locales holds it (read from the package or from the background)? */
export function isMessageTable(value: unknown): value is MessageTable {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((e) => typeof (e as MessageEntry | null)?.message === "string");
}
