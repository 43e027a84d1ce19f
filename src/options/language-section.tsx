// The language Skaidri itself speaks (issue 13): the browser's by default, or Latvian or English
// whatever the browser runs in. Saved in storage.sync (platform/i18n.ts); the page is drawn again
// in the chosen language, and open webmail tabs follow through storage.onChanged.
import { useSignal } from "@preact/signals";
import type { SectionProps } from "./deps.ts";
import { FeedbackLine, Section } from "./form.tsx";

const CHOICES = ["auto", "lv", "en"] as const;

export function LanguageSection({ deps }: SectionProps) {
  const { t } = deps;
  const feedback = useSignal<{ kind: "ok" | "error"; text: string } | null>(null);
  const ui = deps.uiLanguage;
  if (!ui) return null;
  return (
    <Section id="language" title={t("optUiLanguageTitle")} intro={t("optUiLanguageIntro")}>
      <div class="field">
        <label for="ui-language">{t("optUiLanguage")}</label>
        <select
          id="ui-language"
          value={ui.choice}
          onChange={async (e) => {
            const choice = (e.currentTarget as HTMLSelectElement).value as (typeof CHOICES)[number];
            const result = await ui.save(choice);
            feedback.value = result.ok ? null : { kind: "error", text: t("optSaveFailed", result.message) };
          }}
        >
          {CHOICES.map((choice) => (
            // Each language is named in itself, so a reader of either finds their own.
            <option key={choice} value={choice} lang={choice === "auto" ? undefined : choice}>
              {t(`optUiLanguage_${choice}`)}
            </option>
          ))}
        </select>
      </div>
      <FeedbackLine feedback={feedback.value} />
    </Section>
  );
}
