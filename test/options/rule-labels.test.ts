// Registry check (STYLE.md §11): the rules section lists RULE_IDS, each by its `rule_<id>` label:
// a rule added to the engine needs its label in both _locales, or the page would show the key.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "vitest";
import { RULE_IDS } from "../../src/core/types.ts";
import { ruleLabelKey } from "../../src/options/rules-section.tsx";

test.each(["lv", "en"])("every rule has a label in _locales/%s", (lang) => {
  const messages = JSON.parse(readFileSync(resolve(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), "utf8")) as Record<string, { message: string }>;
  const missing = RULE_IDS.filter((rule) => !messages[ruleLabelKey(rule)]?.message);
  expect(missing).toEqual([]);
});
