// `skaidri template list|render`: the built-in, organisation (policy) templates, rendered
// as the extension renders them. Exit 2 on usage errors, an unknown id or a missing fill-in.
import { parseArgs } from "node:util";
import { effectiveConfig } from "../core/config.ts";
import { BUILTIN_TEMPLATES } from "../core/data/builtin-templates.ts";
import { checkTemplate } from "../core/template-check.ts";
import { fillInsOf, renderTemplate, TemplateError, type TemplateEntry, templateProblems } from "../core/templates.ts";
import type { Language, Policy, Profile } from "../core/types.ts";
import { isIsoDate } from "../core/workdays.ts";
import type { Command } from "./command.ts";
import { InputError, readPolicyFile, readProfileFile } from "./input-files.ts";

const USAGE = `Usage:
  skaidri template list [--policy FILE] [--profile FILE] [--language lv|en]
  skaidri template render ID [--date YYYY-MM-DD] [--policy FILE] [--profile FILE]
                             [--set LABEL=VALUE ...] [--language lv|en]

render prints the template with placeholders filled in: the profile (--profile, a JSON
object with firstName, lastName, position, department, phone, email), the policy's
institution and feedbackUrl, {{date}} = --date (default: today) and {{date +N}} = N Latvian
working days later (policy calendar included). --set answers a {{ask:LABEL}} fill-in; a
date fill-in takes YYYY-MM-DD, DD.MM.YYYY or +N (working days).
list also checks the organisation's templates against the handbook rules (with --profile,
the signature rules too). An organisation template (policy "templates") with the same id as
a built-in one wins.
Exit codes: 0 done, 2 usage error, unknown template id or missing fill-in.`;

class UsageError extends Error {}

/** stderr lines about the policy's or profile's problems (skipped, the rest applies). */
const warn = (line: string) => process.stderr.write(`skaidri template: ${line}\n`);

function loadPolicy(path: string | undefined, locale: Language): Policy {
  return path ? readPolicyFile(path, locale, warn) : {};
}

function loadProfile(path: string | undefined): Profile {
  return path ? readProfileFile(path, warn) : {};
}

function language(value: string | undefined): Language {
  if (value === undefined || value === "lv" || value === "en") return value ?? "lv";
  throw new UsageError(`--language must be lv or en, not "${value}"`);
}

/** Organisation templates first (they may replace a built-in id), then the built-in ones. */
function catalogue(policy: Policy): TemplateEntry[] {
  const organisation: TemplateEntry[] = (policy.templates ?? []).map((t) => ({ ...t, source: "organisation" }));
  return [...organisation, ...BUILTIN_TEMPLATES];
}

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function list(args: string[]): number {
  const { values } = parseArgs({
    args,
    options: { policy: { type: "string" }, profile: { type: "string" }, language: { type: "string" } },
    strict: true,
  });
  const lang = values.language === undefined ? undefined : language(values.language);
  const policy = loadPolicy(values.policy, lang ?? "lv");
  const config = effectiveConfig({}, policy, loadProfile(values.profile));
  const rows = catalogue(policy).filter((t) => !lang || !t.language || t.language === lang);
  for (const t of rows) {
    const asks = fillInsOf(t.body).map((f) => f.label + (f.date ? " (date)" : ""));
    const problems = templateProblems(t.body);
    // Organisation templates are checked like a reply; without --profile the signature rules would
    // flag every one of them, so those wait for a profile.
    if (t.source === "organisation") {
      const { findings } = checkTemplate(t, config, today(), t.language ?? lang ?? "lv", "en");
      const shown = findings.filter((f) => values.profile || !f.rule.startsWith("signature/"));
      if (shown.length) problems.push(`fails the handbook checks: ${[...new Set(shown.map((f) => f.rule))].join(", ")}`);
    }
    const line = [t.source.padEnd(12), t.id.padEnd(16), (t.language ?? "any").padEnd(4), t.title].join(" ");
    process.stdout.write(`${line}${asks.length ? `\n${" ".repeat(34)}asks: ${asks.join("; ")}` : ""}\n`);
    for (const problem of problems) process.stdout.write(`${" ".repeat(34)}problem: ${problem}\n`);
  }
  return 0;
}

function render(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      date: { type: "string" },
      policy: { type: "string" },
      profile: { type: "string" },
      set: { type: "string", multiple: true },
      language: { type: "string" },
    },
  });
  const [id, ...extra] = positionals;
  if (!id) throw new UsageError("template render needs a template ID (see `skaidri template list`)");
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const date = values.date ?? today();
  if (!isIsoDate(date)) throw new UsageError(`--date must be a date YYYY-MM-DD, not "${date}"`);
  const lang = language(values.language);
  const policy = loadPolicy(values.policy, lang);
  const profile = loadProfile(values.profile);
  const answers: Record<string, string> = {};
  for (const pair of values.set ?? []) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new UsageError(`--set takes LABEL=VALUE, not "${pair}"`);
    answers[pair.slice(0, eq).trim()] = pair.slice(eq + 1);
  }
  const candidates = catalogue(policy).filter((t) => t.id === id);
  const template = candidates.find((t) => t.language === lang) ?? candidates.find((t) => !t.language) ?? candidates[0];
  if (!template) {
    const known = [...new Set(catalogue(policy).map((t) => t.id))].join(", ");
    process.stderr.write(`skaidri template: unknown template id "${id}". Known ids: ${known}.\n`);
    return 2;
  }
  const config = effectiveConfig({}, policy, profile);
  try {
    const { text, emptyFields } = renderTemplate(template.body, {
      language: template.language ?? lang,
      today: date,
      profile,
      institution: config.institution,
      feedbackUrl: config.feedbackUrl,
      calendar: config.calendar,
      answers,
    });
    if (emptyFields.length) {
      const names = emptyFields.map((f) => `{{${f}}}`).join(", ");
      process.stderr.write(`skaidri template: empty in the profile or policy, their lines left out: ${names}\n`);
    }
    process.stdout.write(`${text}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    const hint = e.labels.map((l) => `--set "${l}=…"`).join(" ");
    process.stderr.write(`skaidri template: "${template.id}": ${e.message}. Answer with ${hint}\n`);
    return 2;
  }
}

export const template: Command = {
  summary: "template list|render ID — list the templates, or print one filled in",
  async run(args) {
    const [sub, ...rest] = args;
    try {
      if (sub === "list") return list(rest);
      if (sub === "render") return render(rest);
      if (sub === "--help" || sub === "-h") {
        process.stdout.write(`${USAGE}\n`);
        return 0;
      }
      process.stderr.write(`${sub ? `skaidri template: unknown subcommand "${sub}"\n` : ""}${USAGE}\n`);
      return 2;
    } catch (e) {
      if (e instanceof UsageError || e instanceof InputError || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
        process.stderr.write(`skaidri template: ${(e as Error).message}\n`);
        return 2;
      }
      throw e;
    }
  },
};
