// The form that adds or edits a personal template: title, language, body with a live preview,
// the placeholder problems and the engine's findings on the rendered draft. What is typed is
// kept as typed; the section (templates-section.tsx) validates and saves on submit.
import type { Signal } from "@preact/signals";
import { renderTemplate, templateProblems } from "../core/templates.ts";
import type { TemplateDef } from "../core/types.ts";
import { POLICY_LIMITS, utf8Length } from "../core/policy.ts";
import { lengthProblem, type OptionsDeps, type SectionProps } from "./deps.ts";
import { LanguageSelect, withLanguage } from "./form.tsx";
import { FindingsWarning, useTemplateFindings } from "./template-findings.tsx";

export const EMPTY_TEMPLATE: TemplateDef = { id: "", title: "", body: "" };

/** The draft's title and body problems (length, size), said as the user types, before saving. */
export function templateDraftProblems(deps: Pick<OptionsDeps, "t" | "language">, draft: TemplateDef): { title: string | null; body: string | null } {
  const bytes = utf8Length(draft.body);
  const limit = POLICY_LIMITS.templateBodyBytes;
  const format = (n: number) => new Intl.NumberFormat(deps.language, { maximumFractionDigits: 1 }).format(n / 1024);
  return {
    title: lengthProblem(deps, draft.title, POLICY_LIMITS.shortText),
    body: bytes > limit ? deps.t("optTemplateTooBig", [format(bytes), format(limit)]) : null,
  };
}

interface TemplateFormProps extends SectionProps {
  form: Signal<TemplateDef>;
  /** The id of the template being edited; null while adding. */
  editing: string | null;
  error: string | null;
  titleRef: { current: HTMLInputElement | null };
  onSubmit(e: Event): void;
  onCancel(): void;
}

export function TemplateForm({ deps, settings, form, editing, error, titleRef, onSubmit, onCancel }: TemplateFormProps) {
  const { t } = deps;
  const draft = form.value;
  let preview = "";
  try {
    preview = renderTemplate(draft.body, {
      language: draft.language ?? deps.language,
      today: deps.today(),
      profile: settings.profile,
      institution: settings.config.institution,
      feedbackUrl: settings.config.feedbackUrl,
      calendar: settings.config.calendar,
      preview: true,
    }).text;
  } catch {
    preview = draft.body;
  }
  const bodyProblems = draft.body ? templateProblems(draft.body, deps.language) : [];
  const findings = useTemplateFindings(draft, settings.config, deps.today(), deps.language);
  const problems = templateDraftProblems(deps, draft);
  const describe = (...ids: (string | false | null)[]) => ids.filter(Boolean).join(" ") || undefined;

  return (
    <form class="entry-form" onSubmit={onSubmit} aria-labelledby="template-form-title">
      <h3 id="template-form-title">{editing === null ? t("optAddTemplate") : t("optEditTemplate")}</h3>
      <div class="grid">
        <div class="field">
          <label for="template-title">{t("optTemplateTitle")}</label>
          <input
            id="template-title"
            ref={titleRef}
            required
            value={draft.title}
            aria-invalid={error || problems.title ? true : undefined}
            aria-describedby={describe(problems.title && "template-title-error", error && "template-form-error")}
            onInput={(e) => (form.value = { ...form.value, title: (e.currentTarget as HTMLInputElement).value })}
          />
          {problems.title && (
            <span class="field-error" id="template-title-error">
              {problems.title}
            </span>
          )}
        </div>
        <div class="field">
          <label for="template-language">{t("optLanguage")}</label>
          <LanguageSelect
            t={t}
            id="template-language"
            value={draft.language}
            onChange={(language) => (form.value = withLanguage(form.value, language))}
          />
        </div>
      </div>
      <div class="field">
        <label for="template-body">{t("optTemplateBody")}</label>
        <textarea
          id="template-body"
          rows={8}
          required
          aria-invalid={problems.body ? true : undefined}
          aria-describedby={describe("template-body-hint", problems.body && "template-body-error", !!findings?.length && "template-editor-findings")}
          value={draft.body}
          onInput={(e) => (form.value = { ...form.value, body: (e.currentTarget as HTMLTextAreaElement).value })}
        />
        <span class="hint" id="template-body-hint">
          {t("optTemplateBodyHint")}
        </span>
        {problems.body && (
          <span class="field-error" id="template-body-error">
            {problems.body}
          </span>
        )}
      </div>
      <h4 id="template-preview-title">{t("optTemplatePreview")}</h4>
      <pre class="preview" data-testid="template-preview">
        {preview}
      </pre>
      {bodyProblems.length > 0 && (
        <ul class="template-problems" aria-label={t("optTemplateProblems")}>
          {bodyProblems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {/* Engine check of the template: the findings on the rendered preview, live while editing. */}
      <FindingsWarning id="template-editor-findings" findings={findings} deps={deps} live />
      {error && (
        <p class="field-error" id="template-form-error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary">
          {editing === null ? t("optAdd") : t("optSaveChanges")}
        </button>
        {editing !== null && (
          <button type="button" onClick={onCancel}>
            {t("optCancel")}
          </button>
        )}
      </div>
    </form>
  );
}
