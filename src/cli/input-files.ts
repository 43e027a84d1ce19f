// The files commands take besides mails: JSON read with a located error, the policy in any
// of the forms an administrator has at hand (bare, Chrome/Edge "3rdparty" file, Firefox
// policies.json), and the writer's profile. One reader, so every command treats them alike.
import { readFileSync } from "node:fs";
import { parseJsonWithPosition } from "../core/json-position.ts";
import { validatePolicy } from "../core/policy.ts";
import type { Language, Policy, Profile } from "../core/types.ts";
import { knownIds, unwrapPolicyFile } from "./policy.ts";

/** A file that cannot be used: the command prints the message and exits 2. */
export class InputError extends Error {}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function describe(value: unknown): string {
  return Array.isArray(value) ? "an array" : value === null ? "null" : typeof value;
}

/** A file's text as read (UTF-8, BOM removed, line endings kept); `-` is standard input. */
export function readTextFile(file: string, what: string): string {
  try {
    return stripBom(readFileSync(file === "-" ? 0 : file, "utf8"));
  } catch (e) {
    throw new InputError(`cannot read ${what} ${file === "-" ? "from standard input" : file} (${(e as NodeJS.ErrnoException).code ?? e})`);
  }
}

export function readJsonObject(file: string, what: string): Record<string, unknown> {
  const text = readTextFile(file, what);
  const parsed = parseJsonWithPosition(text);
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    throw new InputError(`${file}:${line}:${column}: the ${what} is not valid JSON — ${message}`);
  }
  const value = parsed.value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InputError(`${file}: the ${what} must be a JSON object, not ${describe(value)}`);
  }
  return value as Record<string, unknown>;
}

/** The validated policy; problems inside it go to `warn` with their path and are skipped. */
export function readPolicyFile(file: string, locale: Language, warn: (line: string) => void): Policy {
  const unwrapped = unwrapPolicyFile(readJsonObject(file, "policy"), knownIds());
  if (unwrapped.error) throw new InputError(`${file}: ${unwrapped.error}`);
  const raw = unwrapped.policy;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new InputError(`${file}: the policy must be a JSON object, not ${describe(raw)}`);
  }
  const { policy, problems } = validatePolicy(raw, locale);
  for (const p of problems) warn(`${file}: ${p.level}: ${p.path || "(policy)"}: ${p.message}`);
  return policy;
}

const PROFILE_KEYS = ["firstName", "lastName", "position", "department", "phone", "email"] as const;

/** A bare profile, or a settings export that nests it under "profile"; other keys are warned about. */
export function readProfileFile(file: string, warn: (line: string) => void): Profile {
  const raw = readJsonObject(file, "profile");
  const nested = raw.profile;
  const source = typeof nested === "object" && nested !== null && !Array.isArray(nested) ? (nested as Record<string, unknown>) : raw;
  const profile: Profile = {};
  for (const [key, value] of Object.entries(source)) {
    if (!(PROFILE_KEYS as readonly string[]).includes(key)) warn(`${file}: ${key}: unknown profile key; ignored`);
    else if (typeof value !== "string") warn(`${file}: ${key}: expected a string; ignored`);
    else profile[key as (typeof PROFILE_KEYS)[number]] = value;
  }
  return profile;
}
