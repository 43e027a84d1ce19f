// The templates a user can pick, in groups (built-in, organisation, personal), and the
// render context the effective config gives them. Shared by the popup, the in-page picker
// and the CLI so all three offer and fill the same thing.
import { builtinTemplates } from "./data/builtin-templates.ts";
import type { RenderContext, TemplateEntry } from "./templates.ts";
import type { Config, Language, TemplateDef } from "./types.ts";

export interface TemplateSources {
  /** Policy `templates` (locked: always there). */
  organisation?: readonly TemplateDef[];
  /** The user's own templates (options page). */
  personal?: readonly TemplateDef[];
}

/**
 * Built-in templates in `language`, then the organisation's and the user's own. A policy or
 * personal template with a language shows only with that language; one without shows always.
 */
export function templateCatalogue(language: Language, sources: TemplateSources): TemplateEntry[] {
  const fits = (t: TemplateDef) => !t.language || t.language === language;
  return [
    ...builtinTemplates(language),
    ...(sources.organisation ?? []).filter(fits).map((t): TemplateEntry => ({ ...t, source: "organisation" })),
    ...(sources.personal ?? []).filter(fits).map((t): TemplateEntry => ({ ...t, source: "personal" })),
  ];
}

/** Splits the effective config's templates (organisation's first, merged by id) by who owns them. */
export function splitTemplates(templates: readonly TemplateDef[], organisationIds: readonly string[]): Required<TemplateSources> {
  const org = new Set(organisationIds);
  return { organisation: templates.filter((t) => org.has(t.id)), personal: templates.filter((t) => !org.has(t.id)) };
}

/** A stable key for a catalogue entry (ids may repeat across groups). */
export function entryKey(entry: TemplateEntry): string {
  return `${entry.source}:${entry.language ?? "any"}:${entry.id}`;
}

/** The render context from the effective config, for `today` (ISO). */
export function renderContextFor(config: Config, language: Language, today: string): RenderContext {
  return {
    language,
    today,
    profile: config.profile,
    institution: config.institution,
    feedbackUrl: config.feedbackUrl,
    calendar: config.calendar,
  };
}

export { localToday } from "./today.ts";
