// `skaidri policy check FILE` and `skaidri policy export FILE --format …`: what an administrator
// runs before deploying a policy (docs/admin.md).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import schema from "../../policy/schema.json" with { type: "json" };
import { type ChromeSchema, findChromeDrops } from "../core/chrome-schema.ts";
import { parseJsonWithPosition } from "../core/json-position.ts";
import { type PolicyProblem, validatePolicy } from "../core/policy.ts";
import { policyAdmxCommand } from "./admx.ts";
import type { Command } from "./command.ts";
import { buildExtensionId, extensionIdProblem, GECKO_ID } from "./extension-id.ts";
import { toMobileConfig } from "./export-macos.ts";
import { checkPolicyTemplates } from "./policy-templates.ts";
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

function pickExtension(extensions: unknown, known: string[], where: string): { id?: string; policy?: unknown; error?: string } {
  if (!isRecord(extensions)) return { error: `${where} is not an object` };
  const ids = Object.keys(extensions);
  const id = known.find((k) => k in extensions) ?? (ids.length === 1 ? ids[0] : undefined);
  if (!id) return { error: `${where} has no entry for Skaidri (${known.join(" or ")}); found: ${ids.join(", ") || "none"}` };
  return { id, policy: extensions[id] };
}

/** Accepts a bare policy, a Chrome/Edge managed file ({"3rdparty": {"extensions": {id: …}}}) or Firefox policies.json. */
export function unwrapPolicyFile(raw: unknown, ids: string[]): UnwrappedPolicy {
  if (isRecord(raw) && "3rdparty" in raw) {
    const third = raw["3rdparty"];
    return { form: "chrome", ...pickExtension(isRecord(third) ? third.extensions : undefined, ids, '"3rdparty"."extensions"') };
  }
  if (isRecord(raw) && "policies" in raw && isRecord(raw.policies)) {
    const third = raw.policies["3rdparty"];
    if (third === undefined) return { form: "firefox", error: 'policies.json has no "3rdparty" section' };
    return { form: "firefox", ...pickExtension(isRecord(third) ? third.Extensions : undefined, ids, '"policies"."3rdparty"."Extensions"') };
  }
  return { form: "bare", policy: raw };
}

function readPolicyFile(file: string): { ok: true; raw: unknown } | { ok: false; message: string } {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    return { ok: false, message: `${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? e})` };
  }
  const parsed = parseJsonWithPosition(text);
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    return { ok: false, message: `${file}:${line}:${column}: error: not valid JSON — ${message}` };
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

export function formatProblem(p: PolicyProblem): string {
  return `${p.path || "(policy)"}: ${p.level}: ${p.message}`;
}

/** The problems of a policy object plus where Chrome would drop a whole key silently. */
export function checkPolicy(policy: unknown): PolicyProblem[] {
  const { problems } = validatePolicy(policy);
  if (isRecord(policy)) {
    for (const drop of findChromeDrops(policy, schema as ChromeSchema)) {
      problems.push({
        path: drop.key,
        level: "warning",
        message: `Chrome and Edge would silently drop the whole "${drop.key}" key, not only the bad entry (${drop.path}: ${drop.reason}). Firefox keeps the rest.`,
      });
    }
  }
  return problems;
}

async function check(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { help: { type: "boolean", short: "h" } } });
  const file = positionals[0];
  if (values.help || !file) {
    process.stdout.write(
      "Usage: skaidri policy check FILE\n\nChecks a policy: a bare policy JSON object, a Chrome/Edge managed policy file ({\"3rdparty\": …})\nor Firefox policies.json. Prints one line per problem; exit 0 when valid (warnings allowed), 2 on any error.\n",
    );
    return file || values.help ? 0 : 2;
  }
  const read = readPolicyFile(file);
  if (!read.ok) {
    process.stdout.write(`${read.message}\n`);
    return 2;
  }
  const unwrapped = unwrapPolicyFile(read.raw, knownIds());
  if (unwrapped.error) {
    process.stdout.write(`(file): error: ${unwrapped.error}\n`);
    return 2;
  }
  if (unwrapped.form !== "bare") process.stderr.write(`Checking the ${unwrapped.form === "chrome" ? "Chrome/Edge" : "Firefox"} policy for ${unwrapped.id}.\n`);
  const problems = [...checkPolicy(unwrapped.policy), ...checkPolicyTemplates(unwrapped.policy)];
  for (const p of problems) process.stdout.write(`${formatProblem(p)}\n`);
  const errors = problems.filter((p) => p.level === "error").length;
  process.stderr.write(
    errors ? `${errors} error(s), ${problems.length - errors} warning(s): the entries with errors will be skipped.\n` : `Valid${problems.length ? ` (${problems.length} warning(s))` : ""}.\n`,
  );
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
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: "string" }, id: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  const file = positionals[0];
  const format = values.format as ExportFormat | undefined;
  if (values.help || !file || !format || !EXPORT_FORMATS.includes(format)) {
    process.stdout.write(
      `Usage: skaidri policy export POLICY.json --format ${EXPORT_FORMATS.join("|")} [--id ID]\n\nPrints the file to deploy. --id: the extension id (default: this build's id, or ${GECKO_ID} for firefox).\n`,
    );
    if (format && !EXPORT_FORMATS.includes(format)) process.stderr.write(`skaidri policy export: unknown --format "${format}".\n`);
    return values.help ? 0 : 2;
  }
  const read = readPolicyFile(file);
  if (!read.ok) {
    process.stderr.write(`${read.message}\n`);
    return 2;
  }
  const unwrapped = unwrapPolicyFile(read.raw, knownIds());
  if (unwrapped.error) {
    process.stderr.write(`${file}: ${unwrapped.error}\n`);
    return 2;
  }
  const problems = checkPolicy(unwrapped.policy);
  for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
  if (problems.some((p) => p.level === "error") || !isRecord(unwrapped.policy)) {
    process.stderr.write("Not exported: fix the errors first (skaidri policy check).\n");
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
  summary: "policy check FILE | policy export FILE --format … | policy admx --out DIR — validate or package a managed policy",
  async run(args) {
    const [sub, ...rest] = args;
    if (sub === "check") return check(rest);
    if (sub === "export") return exportCommand(rest);
    if (sub === "admx") return policyAdmxCommand(rest);
    process.stdout.write(`Usage:\n  skaidri policy check FILE\n  skaidri policy export POLICY.json --format ${EXPORT_FORMATS.join("|")} [--id ID]\n  skaidri policy admx --out DIR [--id ID]\n`);
    return sub === "--help" || sub === "-h" ? 0 : 2;
  },
};
