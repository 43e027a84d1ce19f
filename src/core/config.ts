// Built-in defaults and the effective config (defaults ← user settings ← policy).
// Placeholder merge until issue 4 lands locking and list merging in full.
import { rules } from "./rules/index.ts";
import type { Config, Policy, Profile, RuleId, SeveritySetting, UserSettings } from "./types.ts";
import { RULE_IDS } from "./types.ts";

export function defaultRuleSeverities(): Record<RuleId, SeveritySetting> {
  const out = {} as Record<RuleId, SeveritySetting>;
  for (const id of RULE_IDS) out[id] = rules.find((r) => r.id === id)?.meta.defaultSeverity ?? "warning";
  return out;
}

export function defaultConfig(): Config {
  return {
    institution: "",
    institutionAliases: [],
    feedbackUrl: "",
    glossary: [],
    abbreviationAllowlist: [],
    templates: [],
    rules: defaultRuleSeverities(),
    sendCheck: "warn",
    calendar: { holidays: [], workdays: [] },
    profile: {},
  };
}

export function effectiveConfig(user: UserSettings = {}, policy: Policy = {}, profile: Profile = {}): Config {
  const base = defaultConfig();
  return {
    ...base,
    institution: policy.institution ?? user.institution ?? base.institution,
    institutionAliases: [...(policy.institutionAliases ?? []), ...(user.institutionAliases ?? [])],
    feedbackUrl: policy.feedbackUrl ?? user.feedbackUrl ?? base.feedbackUrl,
    glossary: [...(policy.glossary ?? []), ...(user.glossary ?? [])],
    abbreviationAllowlist: [...(policy.abbreviationAllowlist ?? []), ...(user.abbreviationAllowlist ?? [])],
    templates: [...(policy.templates ?? []), ...(user.templates ?? [])],
    rules: { ...base.rules, ...user.rules, ...policy.rules },
    sendCheck: policy.sendCheck ?? user.sendCheck ?? base.sendCheck,
    calendar: { holidays: policy.calendar?.holidays ?? [], workdays: policy.calendar?.workdays ?? [] },
    profile,
  };
}
