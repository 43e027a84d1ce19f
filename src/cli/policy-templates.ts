// `policy check` on the policy's templates: what the validator cannot see because each template
// is well-formed — an unknown placeholder ({{fistName}}) that clients would read literally, and
// the handbook findings a reply made from the template would get (rendered as the extension
// renders it). Reported as warnings with `templates[i]` paths: the template still applies.
// Info findings (issue 14's plain-language advice) are reported as hints, not warnings, as the
// options page draws them lesser.
import { effectiveConfig } from "../core/config.ts";
import { type PolicyProblem, type ProblemLevel, validatePolicy } from "../core/policy.ts";
import { checkTemplate } from "../core/template-check.ts";
import { templateProblems } from "../core/templates.ts";
import type { Language, Policy } from "../core/types.ts";
import { cliText } from "./messages.ts";

/** A fixed Monday: the rendered dates must not make the check depend on the day it runs. */
const CHECK_DAY = "2026-03-02";

/** A policy problem, or a hint: advice on a template that is not a problem of the policy. */
export type TemplateProblem = Omit<PolicyProblem, "level"> & { level: ProblemLevel | "info" };

/** At most this many characters of the flagged text are quoted. */
const QUOTE = 60;

/**
 * Problems in the templates of `raw` (a policy object; invalid templates are the validator's
 * business and are not checked again). The signature rules need a writer's profile, which an
 * organisation template never has, so they are left out.
 */
export function checkPolicyTemplates(raw: unknown, locale: Language = "en"): TemplateProblem[] {
  const say = cliText(locale);
  const { policy } = validatePolicy(raw, locale);
  const templates = policy.templates ?? [];
  if (templates.length === 0) return [];
  const config = effectiveConfig({}, policy as Policy);
  // The validated list keeps the file's order but skips bad entries: map back to the file's index.
  const rawTemplates = (raw as { templates?: unknown }).templates;
  const indexOf = (id: string) =>
    Array.isArray(rawTemplates) ? rawTemplates.findIndex((t) => typeof (t as { id?: unknown } | null)?.id === "string" && (t as { id: string }).id.trim() === id) : -1;
  const problems: TemplateProblem[] = [];
  for (const template of templates) {
    const i = indexOf(template.id);
    const path = `templates[${i >= 0 ? i : templates.indexOf(template)}]`;
    for (const problem of templateProblems(template.body, locale)) {
      problems.push({ path: `${path}.body`, level: "warning", message: say.template.readLiterally(problem) });
    }
    const { text, findings } = checkTemplate({ ...template, source: "organisation" }, config, CHECK_DAY, template.language ?? "lv", locale);
    for (const f of findings) {
      if (f.rule.startsWith("signature/")) continue;
      const quoted = f.end > f.start ? ` — ${say.quote(text.slice(f.start, Math.min(f.end, f.start + QUOTE)).replace(/\s+/g, " "))}` : "";
      if (f.severity === "info") problems.push({ path, level: "info", message: say.template.replyHint(template.id, f.rule, quoted, f.message) });
      else problems.push({ path, level: "warning", message: say.template.replyFails(template.id, f.rule, quoted, f.message) });
    }
  }
  return problems;
}
