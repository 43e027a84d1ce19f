// Built-in defaults and the effective config: defaults ← user settings ← managed policy
// (DESIGN.md → Config). What the policy sets wins and is locked: scalar keys as a whole,
// `rules` rule by rule; lists merge, the organisation's entries first and always present.
import { normaliseTerm, validatePolicy } from "./policy.ts";
import type { Config, GlossaryEntry, Policy, Profile, RuleId, TemplateDef, UserSettings } from "./types.ts";
import { RULE_IDS } from "./types.ts";
import { defaultConfig } from "./default-config.ts";

export { DEFAULT_SEVERITIES, defaultConfig, defaultRuleSeverities } from "./default-config.ts";

/** Keys a user may set that the policy locks as a whole when it sets them. */
export const SCALAR_KEYS = ["institution", "feedbackUrl", "sendCheck", "sentenceWords"] as const;
export type ScalarKey = (typeof SCALAR_KEYS)[number];

/** What the organisation decided: the options page shows these read-only with a lock. */
export interface ConfigLocks {
  /** Scalar keys the policy sets; the user's own value is kept in storage but not used. */
  scalars: ScalarKey[];
  /** Rules whose severity the policy sets (every rule under `lockRules: true`). */
  rules: RuleId[];
  /** Keys of the organisation's glossary entries (see glossaryKey): always present, not editable. */
  glossary: string[];
  /** The organisation's template ids. */
  templates: string[];
  /** The organisation's abbreviations and institution aliases (normalised). */
  abbreviations: string[];
  institutionAliases: string[];
  /** The policy sets the calendar (users never can). */
  calendar: boolean;
}

export function isScalarLocked(locks: ConfigLocks, key: ScalarKey): boolean {
  return locks.scalars.includes(key);
}

export function isRuleLocked(locks: ConfigLocks, rule: RuleId): boolean {
  return locks.rules.includes(rule);
}

/** Glossary entries are the same entry when term (normalised) and language match. */
export function glossaryKey(entry: Pick<GlossaryEntry, "term" | "language">): string {
  return `${entry.language ?? "*"}\u0000${normaliseTerm(entry.term)}`;
}

/** Is this user entry hidden by one of the organisation's (the organisation's applies instead)? */
export function isOverriddenByPolicy(locks: ConfigLocks, entry: Pick<GlossaryEntry, "term" | "language">): boolean {
  return locks.glossary.includes(glossaryKey(entry));
}

export function configLocks(policy: Policy): ConfigLocks {
  return {
    scalars: SCALAR_KEYS.filter((key) => policy[key] !== undefined),
    rules: policy.lockRules ? [...RULE_IDS] : RULE_IDS.filter((id) => policy.rules?.[id] !== undefined),
    glossary: (policy.glossary ?? []).map(glossaryKey),
    templates: (policy.templates ?? []).map((t) => t.id),
    abbreviations: (policy.abbreviationAllowlist ?? []).map(normaliseTerm),
    institutionAliases: (policy.institutionAliases ?? []).map(normaliseTerm),
    calendar: policy.calendar !== undefined,
  };
}

/** Organisation's entries first, then the user's that do not collide with one already there. */
function mergeBy<T>(organisation: readonly T[], user: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set(organisation.map(key));
  const out = [...organisation];
  for (const item of user) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}

/**
 * User settings come from our own storage, but storage can hold anything an older version or a
 * hand edit left: keep only what the policy validator would accept.
 */
export function sanitiseUserSettings(user: unknown): UserSettings {
  const { policy } = validatePolicy(typeof user === "object" && user !== null && !Array.isArray(user) ? user : {});
  // ORGANISATION_ONLY_KEYS (types.ts): a user's storage never sets these.
  const { calendar: _c, lockRules: _l, webmailHosts: _w, deadlines: _d, ...rest } = policy;
  return rest;
}

export function effectiveConfig(user: UserSettings = {}, policy: Policy = {}, profile: Profile = {}): Config {
  const base = defaultConfig();
  const mine = sanitiseUserSettings(user);
  return {
    institution: policy.institution ?? mine.institution ?? base.institution,
    institutionAliases: mergeBy(policy.institutionAliases ?? [], mine.institutionAliases ?? [], normaliseTerm),
    feedbackUrl: policy.feedbackUrl ?? mine.feedbackUrl ?? base.feedbackUrl,
    glossary: mergeBy<GlossaryEntry>(policy.glossary ?? [], mine.glossary ?? [], glossaryKey),
    abbreviationAllowlist: mergeBy(policy.abbreviationAllowlist ?? [], mine.abbreviationAllowlist ?? [], normaliseTerm),
    templates: mergeBy<TemplateDef>(policy.templates ?? [], mine.templates ?? [], (t) => t.id),
    // lockRules: the user's own severities do not apply; every rule is the policy's or the default.
    rules: { ...base.rules, ...(policy.lockRules ? {} : mine.rules), ...policy.rules },
    sendCheck: policy.sendCheck ?? mine.sendCheck ?? base.sendCheck,
    calendar: { holidays: policy.calendar?.holidays ?? [], workdays: policy.calendar?.workdays ?? [] },
    webmailHosts: policy.webmailHosts ?? [],
    sentenceWords: policy.sentenceWords ?? mine.sentenceWords ?? base.sentenceWords,
    deadlines: { ...base.deadlines, ...policy.deadlines },
    profile: { ...profile },
  };
}

export interface ResolvedConfig {
  config: Config;
  locks: ConfigLocks;
}

/** The effective config and what in it is locked, for one policy (already validated). */
export function resolveConfig(user: UserSettings = {}, policy: Policy = {}, profile: Profile = {}): ResolvedConfig {
  return { config: effectiveConfig(user, policy, profile), locks: configLocks(policy) };
}
