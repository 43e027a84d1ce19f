// `skaidri template list|render`: the built-in, organisation (policy) templates, rendered
// as the extension renders them. Exit 2 on usage errors, an unknown id or a missing fill-in.
import { effectiveConfig } from "../core/config.ts";
import { BUILTIN_TEMPLATES } from "../core/data/builtin-templates.ts";
import { checkTemplate } from "../core/template-check.ts";
import { fillInsOf, renderTemplate, TemplateError, type TemplateEntry, templateProblems } from "../core/templates.ts";
import type { Language, Policy, Profile } from "../core/types.ts";
import { isIsoDate } from "../core/workdays.ts";
import { localeOf, notASubcommand, parseArgs, UsageError } from "./args.ts";
import type { Command } from "./command.ts";
import { InputError, readPolicyFile, readProfileFile } from "./input-files.ts";
import { cliText } from "./messages.ts";

/** stderr lines about the policy's or profile's problems (skipped, the rest applies). */
const warn = (line: string) => process.stderr.write(`skaidri template: ${line}\n`);

function loadPolicy(path: string | undefined, locale: Language): Policy {
  return path ? readPolicyFile(path, locale, warn) : {};
}

function loadProfile(path: string | undefined, locale: Language): Profile {
  return path ? readProfileFile(path, locale, warn) : {};
}

const LANGUAGE = { type: "string", choices: ["lv", "en"] } as const;

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
  const { values, positionals, help, locale } = parseArgs(args, { policy: { type: "string" }, profile: { type: "string" }, language: LANGUAGE });
  const text = cliText(locale).template;
  if (help) return usage(locale);
  if (positionals.length) throw new UsageError(cliText(locale).args.unexpected(positionals[0]!));
  const lang = values.language as Language | undefined;
  const policy = loadPolicy(values.policy, locale);
  const config = effectiveConfig({}, policy, loadProfile(values.profile, locale));
  const rows = catalogue(policy).filter((t) => !lang || !t.language || t.language === lang);
  for (const t of rows) {
    const asks = fillInsOf(t.body).map((f) => f.label + (f.date ? text.dateAsk : ""));
    const problems = templateProblems(t.body, locale);
    // Organisation templates are checked like a reply; without --profile the signature rules would
    // flag every one of them, so those wait for a profile.
    if (t.source === "organisation") {
      const { findings } = checkTemplate(t, config, today(), t.language ?? lang ?? "lv", locale);
      const shown = findings.filter((f) => values.profile || !f.rule.startsWith("signature/"));
      if (shown.length) problems.push(text.failsChecks([...new Set(shown.map((f) => f.rule))].join(", ")));
    }
    const line = [text.source[t.source].padEnd(12), t.id.padEnd(16), (t.language ?? text.anyLanguage).padEnd(8), t.title].join(" ");
    const indent = " ".repeat(38);
    process.stdout.write(`${line}${asks.length ? `\n${indent}${text.asks}: ${asks.join("; ")}` : ""}\n`);
    for (const problem of problems) process.stdout.write(`${indent}${text.problem}: ${problem}\n`);
  }
  return 0;
}

function render(args: string[]): number {
  const { values, lists, positionals, help, locale } = parseArgs(args, {
    date: { type: "string" },
    policy: { type: "string" },
    profile: { type: "string" },
    set: { type: "string", multiple: true },
    language: LANGUAGE,
  });
  const say = cliText(locale);
  const text = say.template;
  if (help) return usage(locale);
  const [id, ...extra] = positionals;
  if (!id) throw new UsageError(text.needsId);
  if (extra.length) throw new UsageError(say.args.unexpected(extra[0]!));
  const date = values.date ?? today();
  if (!isIsoDate(date)) throw new UsageError(text.badDate(date));
  const lang = (values.language ?? "lv") as Language;
  const policy = loadPolicy(values.policy, locale);
  const profile = loadProfile(values.profile, locale);
  const answers: Record<string, string> = {};
  for (const pair of lists.set ?? []) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new UsageError(text.badSet(pair));
    answers[pair.slice(0, eq).trim()] = pair.slice(eq + 1);
  }
  const candidates = catalogue(policy).filter((t) => t.id === id);
  const template = candidates.find((t) => t.language === lang) ?? candidates.find((t) => !t.language) ?? candidates[0];
  if (!template) {
    const known = [...new Set(catalogue(policy).map((t) => t.id))].join(", ");
    process.stderr.write(`skaidri template: ${text.unknownId(id, known)}\n`);
    return 2;
  }
  const config = effectiveConfig({}, policy, profile);
  try {
    const { text: rendered, emptyFields } = renderTemplate(template.body, {
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
      process.stderr.write(`skaidri template: ${text.emptyFields(names)}\n`);
    }
    process.stdout.write(`${rendered}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    const hint = e.labels.map((l) => `--set "${l}=…"`).join(" ");
    const why = [e.missing.length ? text.missing(e.missing) : "", e.unreadable.length ? text.unreadable(e.unreadable) : ""].filter(Boolean).join("; ");
    process.stderr.write(`skaidri template: ${say.quote(template.id)}: ${why}. ${text.answerWith} ${hint}\n`);
    return 2;
  }
}

function usage(locale: Language): number {
  process.stdout.write(`${cliText(locale).template.usage}\n`);
  return 0;
}

export const template: Command = {
  summary: (locale) => cliText(locale).template.summary,
  async run(args) {
    const [sub, ...rest] = args;
    const locale = localeOf(args);
    try {
      if (sub === "list") return list(rest);
      if (sub === "render") return render(rest);
      if (sub === "--help" || sub === "-h") return usage(locale);
      if (sub && !sub.startsWith("--locale")) process.stderr.write(`skaidri template: ${notASubcommand(sub, locale)}\n`);
      process.stderr.write(`${cliText(locale).template.usage}\n`);
      return 2;
    } catch (e) {
      if (e instanceof UsageError || e instanceof InputError) {
        const where = sub === "list" || sub === "render" ? `template ${sub}` : "template";
        process.stderr.write(`skaidri ${where}: ${e.message}\n${e instanceof UsageError ? `${cliText(locale).args.seeHelp(where)}\n` : ""}`);
        return 2;
      }
      throw e;
    }
  },
};
