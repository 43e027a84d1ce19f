// Institution, feedback page address and the check on Send. What the organisation's policy sets
// is shown read-only with a lock. Text fields autosave without rewriting what is typed
// (drafts.ts); an invalid address stays visible with its error and is not saved.
import { isScalarLocked, type ScalarKey } from "../core/config.ts";
import { isSafeWebUrl, POLICY_LIMITS } from "../core/policy.ts";
import type { SendCheck } from "../core/types.ts";
import { lengthProblem, type SectionProps } from "./deps.ts";
import { useDraftFields } from "./drafts.ts";
import { FeedbackLine, LockNote, Section, TextField } from "./form.tsx";

const SEND_CHECKS: readonly SendCheck[] = ["off", "warn", "block"];
/** The scalar settings this section edits; sentenceWords (a number) is not edited here. */
type GeneralKey = Exclude<ScalarKey, "sentenceWords">;
const LABELS: Record<GeneralKey, string> = { institution: "optInstitution", feedbackUrl: "optFeedbackUrl", sendCheck: "optSendCheck" };

export function GeneralSection({ deps, settings }: SectionProps) {
  const { t } = deps;
  const { config, locks, user } = settings;
  const fields = useDraftFields<GeneralKey>({
    deps,
    stored: { institution: user.institution ?? "", feedbackUrl: user.feedbackUrl ?? "", sendCheck: user.sendCheck ?? "" },
    label: (key) => t(LABELS[key]),
    check: (key, value) => {
      if (key === "institution") return lengthProblem(deps, value, POLICY_LIMITS.shortText);
      if (key !== "feedbackUrl" || value.trim() === "") return null;
      // Only http(s): a javascript: or data: address never becomes a link in a reply.
      return lengthProblem(deps, value, POLICY_LIMITS.url) ?? (isSafeWebUrl(value.trim()) ? null : t("optFeedbackUrlInvalid"));
    },
    save: (changes) =>
      deps.updateUserSettings({
        ...("institution" in changes && { institution: changes.institution || null }),
        ...("feedbackUrl" in changes && { feedbackUrl: changes.feedbackUrl || null }),
        ...("sendCheck" in changes && { sendCheck: (changes.sendCheck as SendCheck) || null }),
      }),
  });
  const sendLocked = isScalarLocked(locks, "sendCheck");
  return (
    <Section id="general" title={t("optGeneralTitle")}>
      {(["institution", "feedbackUrl"] as const).map((key) => {
        const locked = isScalarLocked(locks, key);
        return (
          <TextField
            key={key}
            id={`general-${key}`}
            label={t(LABELS[key])}
            type={key === "feedbackUrl" ? "url" : "text"}
            value={locked ? config[key] : fields.value(key)}
            lockedNote={locked ? t("optLocked") : undefined}
            error={locked ? null : fields.error(key)}
            onInput={(value) => fields.input(key, value)}
            onCommit={() => fields.commit(key)}
          />
        );
      })}
      <div class="field">
        <label for="general-sendCheck">{t("optSendCheck")}</label>
        <select
          id="general-sendCheck"
          value={sendLocked ? config.sendCheck : fields.value("sendCheck") || config.sendCheck}
          disabled={sendLocked}
          aria-describedby={sendLocked ? "general-sendCheck-lock" : undefined}
          onChange={(e) => {
            fields.input("sendCheck", (e.currentTarget as HTMLSelectElement).value);
            fields.commit("sendCheck");
          }}
        >
          {SEND_CHECKS.map((v) => (
            <option key={v} value={v}>
              {t(`optSendCheck_${v}`)}
            </option>
          ))}
        </select>
        {sendLocked && <LockNote t={t} id="general-sendCheck-lock" />}
      </div>
      <FeedbackLine feedback={fields.feedback} />
    </Section>
  );
}
