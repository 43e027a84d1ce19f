// Issue 13: one name per level — the CLI's severity labels are the options page's (optSeverity_*).
import { expect, test } from "vitest";
import { SEVERITY_LABEL } from "../../src/cli/messages.ts";
import type { Language, Severity } from "../../src/core/types.ts";
import { UI_TABLES } from "../support/ui-strings.ts";

test.each(["lv", "en"] as Language[])("%s: error, warning and info are named alike in the CLI and the UI", (language) => {
  for (const level of ["error", "warning", "info"] as Severity[]) {
    expect(SEVERITY_LABEL[language][level]).toBe(UI_TABLES[language][`optSeverity_${level}`]!.message.toLocaleLowerCase(language));
  }
});
