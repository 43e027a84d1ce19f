// Rule severities, one row per rule of RULE_IDS (a new rule appears here with its label
// `rule_<id>` from _locales). A rule the organisation's policy sets is read-only with a lock.
// A change saves that one rule (platform/settings.ts merges it into the stored rules).
import { isRuleLocked } from "../core/config.ts";
import type { RuleId, SeveritySetting } from "../core/types.ts";
import { RULE_IDS } from "../core/types.ts";
import type { SectionProps } from "./deps.ts";
import { useDraftFields } from "./drafts.ts";
import { FeedbackLine, LockNote, Section } from "./form.tsx";

const SEVERITIES: readonly SeveritySetting[] = ["off", "info", "warning", "error"];

export function ruleLabelKey(rule: RuleId): string {
  return `rule_${rule.replace(/[/-]/g, "_")}`;
}

export function RulesSection({ deps, settings }: SectionProps) {
  const { t } = deps;
  const { config, locks } = settings;
  const fields = useDraftFields<RuleId>({
    deps,
    stored: config.rules,
    label: (rule) => t(ruleLabelKey(rule)),
    check: () => null,
    save: (changes) => deps.updateUserSettings({ rules: changes as Partial<Record<RuleId, SeveritySetting>> }),
  });
  return (
    <Section id="rules" title={t("optRulesTitle")} intro={t("optRulesIntro")}>
      <table class="rules">
        <thead>
          <tr>
            <th scope="col">{t("optRule")}</th>
            <th scope="col">{t("optSeverity")}</th>
          </tr>
        </thead>
        <tbody>
          {RULE_IDS.map((rule) => {
            const locked = isRuleLocked(locks, rule);
            const id = `rule-${rule.replace(/\//g, "-")}`;
            return (
              <tr key={rule} data-rule={rule}>
                <th scope="row">
                  <label for={id}>{t(ruleLabelKey(rule))}</label>
                </th>
                <td>
                  <select
                    id={id}
                    value={locked ? config.rules[rule] : fields.value(rule)}
                    disabled={locked}
                    aria-describedby={locked ? `${id}-lock` : undefined}
                    onChange={(e) => {
                      fields.input(rule, (e.currentTarget as HTMLSelectElement).value);
                      fields.commit(rule);
                    }}
                  >
                    {SEVERITIES.map((v) => (
                      <option key={v} value={v}>
                        {t(`optSeverity_${v}`)}
                      </option>
                    ))}
                  </select>
                  {locked && <LockNote t={t} id={`${id}-lock`} />}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <FeedbackLine feedback={fields.feedback} />
    </Section>
  );
}
