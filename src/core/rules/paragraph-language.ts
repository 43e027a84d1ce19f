// The language of the writer's paragraphs for the Latvian-only rules of issue 14: a Latvian
// reply with an English paragraph (or an English reply with a Latvian one) is checked paragraph
// by paragraph, so a Latvian check neither fires in the English part nor stays quiet in the Latvian one.
import type { Language } from "../types.ts";
import type { RuleContext } from "./rule.ts";

/** Whether some paragraph of the writer's text is in `language`. */
export function writesIn(context: RuleContext, language: Language): boolean {
  return context.language === language || (context.languages?.includes(language) ?? false);
}

/** The language of the paragraph at `offset` (the mail's language when lint() gave no paragraphs). */
export function languageOf(context: RuleContext, offset: number): Language {
  return context.languageAt?.(offset) ?? context.language;
}
