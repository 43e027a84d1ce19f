// The files commands take besides mails: JSON read with a located error, the policy in any
// of the forms an administrator has at hand (bare, Chrome/Edge "3rdparty" file, Firefox
// policies.json), and the writer's profile. One reader, so every command treats them alike.
import { readFileSync } from "node:fs";
import { parseJsonWithPosition } from "../core/json-position.ts";
import { validatePolicy } from "../core/policy.ts";
import type { Language, Policy, Profile } from "../core/types.ts";
import { cliText } from "./messages.ts";
import { knownIds, unwrapPolicyFile } from "./policy.ts";

/** A file that cannot be used: the command prints the message and exits 2. */
export class InputError extends Error {}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

type What = "file" | "policy" | "profile";

function describe(value: unknown, locale: Language): string {
  const kinds = cliText(locale).files.kinds;
  const kind = Array.isArray(value) ? "array" : value === null ? "null" : typeof value;
  return kinds[kind as keyof typeof kinds] ?? kind;
}

/** A file's text as read (UTF-8, BOM removed, line endings kept); `-` is standard input. */
export function readTextFile(file: string, what: What, locale: Language = "lv"): string {
  try {
    return stripBom(readFileSync(file === "-" ? 0 : file, "utf8"));
  } catch (e) {
    const text = cliText(locale).files;
    throw new InputError(text.cannotRead(text.what[what], file, String((e as NodeJS.ErrnoException).code ?? e)));
  }
}

export function readJsonObject(file: string, what: "policy" | "profile", locale: Language = "lv"): Record<string, unknown> {
  const text = cliText(locale).files;
  const parsed = parseJsonWithPosition(readTextFile(file, what, locale), locale);
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    throw new InputError(`${file}:${line}:${column}: ${text.notJson(text.what[`${what}Nom`], message)}`);
  }
  const value = parsed.value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InputError(`${file}: ${text.notObject(text.what[`${what}Name`], describe(value, locale))}`);
  }
  return value as Record<string, unknown>;
}

/** The validated policy; problems inside it go to `warn` with their path and are skipped. */
export function readPolicyFile(file: string, locale: Language, warn: (line: string) => void): Policy {
  const text = cliText(locale);
  const unwrapped = unwrapPolicyFile(readJsonObject(file, "policy", locale), knownIds(), locale);
  if (unwrapped.error) throw new InputError(`${file}: ${unwrapped.error}`);
  const raw = unwrapped.policy;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new InputError(`${file}: ${text.files.notObject(text.files.what.policyName, describe(raw, locale))}`);
  }
  const { policy, problems } = validatePolicy(raw, locale);
  for (const p of problems) warn(`${file}: ${text.severity[p.level]}: ${p.path || text.files.wholePolicy}: ${p.message}`);
  return policy;
}

const PROFILE_KEYS = ["firstName", "lastName", "position", "department", "phone", "email"] as const;

/** A bare profile, or a settings export that nests it under "profile"; other keys are warned about. */
export function readProfileFile(file: string, locale: Language, warn: (line: string) => void): Profile {
  const text = cliText(locale).files;
  const raw = readJsonObject(file, "profile", locale);
  const nested = raw.profile;
  const source = typeof nested === "object" && nested !== null && !Array.isArray(nested) ? (nested as Record<string, unknown>) : raw;
  const profile: Profile = {};
  for (const [key, value] of Object.entries(source)) {
    if (!(PROFILE_KEYS as readonly string[]).includes(key)) warn(`${file}: ${text.unknownProfileKey(key)}`);
    else if (typeof value !== "string") warn(`${file}: ${text.profileNotString(key)}`);
    else profile[key as (typeof PROFILE_KEYS)[number]] = value;
  }
  return profile;
}
