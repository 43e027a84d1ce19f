// UI names and the handbook's reason for each rule (strings in public/_locales/{lv,en}).
import type { RuleId } from "../core/types.ts";
import { t } from "../platform/i18n.ts";

/** _locales key suffix for a rule id ("signature/name" → "signature_name"). */
export function ruleKey(rule: RuleId): string {
  return rule.replace(/[^a-zA-Z0-9]/g, "_");
}

/** Short name of the rule, e.g. "Jargon". */
export function ruleLabel(rule: RuleId): string {
  return t(`rule_${ruleKey(rule)}`);
}

/** Why the handbook asks for it — shown in the card. */
export function ruleWhy(rule: RuleId): string {
  const group = rule.startsWith("signature/") ? "signature" : rule.startsWith("feedback-") ? "feedback" : ruleKey(rule);
  return t(`why_${group}`);
}
