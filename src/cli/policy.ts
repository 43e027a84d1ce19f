// `skaidri policy check FILE` and `skaidri policy export FILE --format …`: what an administrator
// runs before deploying a policy (docs/admin.md).
import { readFileSync } from "node:fs";
import schema from "../../policy/schema.json" with { type: "json" };
import { type ChromeSchema, findChromeDrops } from "../core/chrome-schema.ts";
import { parseJsonWithPosition } from "../core/json-position.ts";
import { type PolicyProblem, validatePolicy } from "../core/policy.ts";
import type { Language } from "../core/types.ts";
import { policyAdmxCommand } from "./admx.ts";
import { localeOf, notASubcommand, parseArgs, UsageError } from "./args.ts";
import type { Command } from "./command.ts";
import { buildExtensionId, extensionIdProblem, GECKO_ID } from "./extension-id.ts";
import { toMobileConfig } from "./export-macos.ts";
import { cliText } from "./messages.ts";
import { glossaryReport } from "./policy-glossary.ts";
import { checkPolicyTemplates, type TemplateProblem } from "./policy-templates.ts";
import { regFileBytes, toRegFile } from "./registry-file.ts";

export { buildExtensionId, extensionIdFromKey, GECKO_ID } from "./extension-id.ts";

export type PolicyForm = "bare" | "chrome" | "firefox";

export interface UnwrappedPolicy {
  form: PolicyForm;
  /** The extension's entry in a deployed file. */
  id?: string;
  policy?: unknown;
  /** Why the file holds no Skaidri policy. */
  error?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function pickExtension(extensions: unknown, known: string[], where: string, locale: Language): { id?: string; policy?: unknown; error?: string } {
  const text = cliText(locale).policy;
  if (!isRecord(extensions)) return { error: text.notObjectAt(where) };
  const ids = Object.keys(extensions);
  const id = known.find((k) => k in extensions) ?? (ids.length === 1 ? ids[0] : undefined);
  if (!id) return { error: text.noEntry(where, known.join(text.or), ids.join(", ")) };
  return { id, policy: extensions[id] };
}

/** Accepts a bare policy, a Chrome/Edge managed file ({"3rdparty": {"extensions": {id: …}}}) or Firefox policies.json. */
export function unwrapPolicyFile(raw: unknown, ids: string[], locale: Language = "en"): UnwrappedPolicy {
  if (isRecord(raw) && "3rdparty" in raw) {
    const third = raw["3rdparty"];
    return { form: "chrome", ...pickExtension(isRecord(third) ? third.extensions : undefined, ids, '"3rdparty"."extensions"', locale) };
  }
  if (isRecord(raw) && "policies" in raw && isRecord(raw.policies)) {
    const third = raw.policies["3rdparty"];
    if (third === undefined) return { form: "firefox", error: cliText(locale).policy.no3rdparty };
    return { form: "firefox", ...pickExtension(isRecord(third) ? third.Extensions : undefined, ids, '"policies"."3rdparty"."Extensions"', locale) };
  }
  return { form: "bare", policy: raw };
}

function readPolicyFile(file: string, locale: Language): { ok: true; raw: unknown } | { ok: false; message: string } {
  const t = cliText(locale);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    return { ok: false, message: `${file}: ${t.glossary.cannotRead(String((e as NodeJS.ErrnoException).code ?? e))}` };
  }
  const parsed = parseJsonWithPosition(text, locale);
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    return { ok: false, message: `${file}:${line}:${column}: ${t.severity.error}: ${t.policy.notJson(message)}` };
  }
  return { ok: true, raw: parsed.value };
}

/** The ids a deployed policy file may key Skaidri by: this build's Chrome/Edge id and the gecko id. */
export function knownIds(): string[] {
  try {
    return [buildExtensionId(), GECKO_ID];
  } catch {
    return [GECKO_ID];
  }
}

export function formatProblem(p: TemplateProblem, locale: Language = "en"): string {
  const text = cliText(locale);
  return `${p.path || text.files.wholePolicy}: ${text.severity[p.level]}: ${p.message}`;
}

/** The problems of a policy object plus where Chrome would drop a whole key silently. */
export function checkPolicy(policy: unknown, locale: Language = "en"): PolicyProblem[] {
  const { problems } = validatePolicy(policy, locale);
  if (isRecord(policy)) {
    for (const drop of findChromeDrops(policy, schema as ChromeSchema)) {
      problems.push({ path: drop.key, level: "warning", message: cliText(locale).policy.chromeDrop(drop.key, drop.path, drop.reason) });
    }
  }
  return problems;
}

async function check(args: string[]): Promise<number> {
  const { positionals, help, locale } = parseArgs(args, {});
  const text = cliText(locale);
  const [file, extra] = positionals;
  if (help || !file) {
    process.stdout.write(text.policy.checkHelp);
    return help ? 0 : 2;
  }
  if (extra !== undefined) throw new UsageError(text.args.unexpected(extra));
  const read = readPolicyFile(file, locale);
  if (!read.ok) {
    process.stdout.write(`${read.message}\n`);
    return 2;
  }
  const unwrapped = unwrapPolicyFile(read.raw, knownIds(), locale);
  if (unwrapped.error) {
    process.stdout.write(`${text.policy.wholeFile}: ${text.severity.error}: ${unwrapped.error}\n`);
    return 2;
  }
  if (unwrapped.form !== "bare") process.stderr.write(`${text.policy.checking(unwrapped.form, unwrapped.id ?? "")}\n`);
  const glossary = glossaryReport(unwrapped.policy, locale);
  const problems = [...checkPolicy(unwrapped.policy, locale), ...checkPolicyTemplates(unwrapped.policy, locale), ...glossary.problems];
  for (const p of problems) process.stdout.write(`${formatProblem(p, locale)}\n`);
  for (const line of glossary.lines) process.stdout.write(`${line}\n`);
  const errors = problems.filter((p) => p.level === "error").length;
  const hints = problems.filter((p) => p.level === "info").length;
  const warnings = problems.length - errors - hints;
  process.stderr.write(`${errors ? text.policy.withErrors(errors, warnings, hints) : text.policy.valid(warnings, hints)}\n`);
  return errors ? 2 : 0;
}

export const EXPORT_FORMATS = ["chrome-linux", "edge-linux", "chrome-windows-reg", "edge-windows-reg", "firefox", "firefox-windows-reg", "macos"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export { toRegFile } from "./registry-file.ts";

const isFirefoxFormat = (format: ExportFormat) => format === "firefox" || format === "firefox-windows-reg";

/** The deploy file for `format`, as bytes (.reg files are UTF-16LE with a BOM, as regedit writes them). */
export function exportPolicy(policy: Record<string, unknown>, format: ExportFormat, id: string): Buffer {
  switch (format) {
    case "chrome-linux":
    case "edge-linux":
      return Buffer.from(`${JSON.stringify({ "3rdparty": { extensions: { [id]: policy } } }, null, 2)}\n`);
    case "firefox":
      return Buffer.from(`${JSON.stringify({ policies: { "3rdparty": { Extensions: { [id]: policy } } } }, null, 2)}\n`);
    case "macos":
      return Buffer.from(toMobileConfig(policy, { id }));
    default:
      return regFileBytes(toRegFile(policy, format, id));
  }
}

async function exportCommand(args: string[]): Promise<number> {
  const { positionals, values, help, locale } = parseArgs(args, { format: { type: "string" }, id: { type: "string" } });
  const text = cliText(locale);
  const [file, extra] = positionals;
  const format = values.format as ExportFormat | undefined;
  if (help || !file || !format || !EXPORT_FORMATS.includes(format)) {
    process.stdout.write(text.policy.exportHelp(EXPORT_FORMATS.join("|"), GECKO_ID));
    if (format && !EXPORT_FORMATS.includes(format)) process.stderr.write(`skaidri policy export: ${text.policy.unknownFormat(format)}.\n`);
    return help ? 0 : 2;
  }
  if (extra !== undefined) throw new UsageError(text.args.unexpected(extra));
  const read = readPolicyFile(file, locale);
  if (!read.ok) {
    process.stderr.write(`${read.message}\n`);
    return 2;
  }
  const unwrapped = unwrapPolicyFile(read.raw, knownIds(), locale);
  if (unwrapped.error) {
    process.stderr.write(`${file}: ${unwrapped.error}\n`);
    return 2;
  }
  const problems = checkPolicy(unwrapped.policy, locale);
  for (const p of problems) process.stderr.write(`${formatProblem(p, locale)}\n`);
  if (problems.some((p) => p.level === "error") || !isRecord(unwrapped.policy)) {
    process.stderr.write(`${text.policy.notExported}\n`);
    return 2;
  }
  let id = values.id;
  if (!id) {
    try {
      id = isFirefoxFormat(format) ? GECKO_ID : buildExtensionId();
    } catch (e) {
      process.stderr.write(`${(e as Error).message}\n`);
      return 2;
    }
  }
  const idProblem = extensionIdProblem(id, isFirefoxFormat(format) ? "firefox" : "chromium");
  if (idProblem) {
    process.stderr.write(`skaidri policy export: --id ${idProblem}\n`);
    return 2;
  }
  process.stdout.write(exportPolicy(unwrapped.policy, format, id));
  return 0;
}

export const policyCommand: Command = {
  summary: (locale) => cliText(locale).policy.summary,
  async run(args) {
    const [sub, ...rest] = args;
    const text = cliText(localeOf(args));
    try {
      if (sub === "check") return await check(rest);
      if (sub === "export") return await exportCommand(rest);
      if (sub === "admx") return await policyAdmxCommand(rest);
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      process.stderr.write(`skaidri policy ${sub}: ${e.message}\n${text.args.seeHelp(`policy ${sub}`)}\n`);
      return 2;
    }
    const help = sub === "--help" || sub === "-h";
    if (sub && !help && !sub.startsWith("--locale")) process.stderr.write(`skaidri policy: ${notASubcommand(sub, localeOf(args))}\n`);
    process.stdout.write(text.policy.usage(EXPORT_FORMATS.join("|")));
    return help ? 0 : 2;
  },
};
