// The built-in defaults (DESIGN.md → Config, Default severities). Apart from config.ts so that
// code that only needs defaults (the popup's template rendering) does not pull in the policy
// validator or the rule engine.
import type { Config, RuleId, SeveritySetting } from "./types.ts";
import { RULE_IDS } from "./types.ts";

/**
 * DESIGN.md → Default severities. A table rather than a look-up in the rule list, so the
 * settings code (popup, options) does not pull the whole engine in; a registry test keeps
 * each rule's meta.defaultSeverity equal to it.
 */
export const DEFAULT_SEVERITIES: Record<RuleId, SeveritySetting> = {
  jargon: "warning",
  abbreviation: "warning",
  greeting: "warning",
  "signature/name": "error",
  "signature/position": "error",
  "signature/institution": "error",
  "signature/contacts": "error",
  "feedback-invitation": "error",
  "feedback-link": "error",
  "sign-off": "warning",
  "personal-data": "error",
  "formal-address": "warning",
  "greeting/punctuation": "warning",
  "greeting/vocative": "warning",
  "plain-language": "info",
  "long-sentence": "info",
  "passive-voice": "info",
  deadline: "warning",
};

export function defaultRuleSeverities(): Record<RuleId, SeveritySetting> {
  const out = {} as Record<RuleId, SeveritySetting>;
  for (const id of RULE_IDS) out[id] = DEFAULT_SEVERITIES[id];
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
    webmailHosts: [],
    sentenceWords: 25,
    deadlines: { receipt: 1, answer: 2 },
    profile: {},
  };
}
