// Checks a template the way a reply made from it will be checked: rendered with the effective
// config (fill-ins answered with their own labels), then run through the engine. The options
// page and `skaidri template list` use it to warn about organisation and personal templates
// that would fail the handbook checks; the built-in ones pass (test/unit/builtin-templates.test.ts).
import { lint } from "./lint.ts";
import { renderContextFor } from "./template-catalogue.ts";
import { fillInsOf, renderTemplate, type TemplateEntry } from "./templates.ts";
import type { Config, Finding, Language } from "./types.ts";

export interface TemplateCheck {
  /** The text that was checked. */
  text: string;
  findings: Finding[];
}

/** Renders `template` for `today` and lints it; `locale` is the language of the messages. */
export function checkTemplate(template: TemplateEntry, config: Config, today: string, language: Language, locale: Language = language): TemplateCheck {
  const lang = template.language ?? language;
  const answers = Object.fromEntries(fillInsOf(template.body).map((f) => [f.label, f.date ? "+1" : f.label]));
  const { text } = renderTemplate(template.body, { ...renderContextFor(config, lang, today), answers });
  return { text, findings: lint(text, { config, language: lang, locale }).findings };
}
