// Personal templates: the organisation's (read-only, each with the engine's findings), the
// user's own and the form to add or edit one (template-form.tsx). Edits name the template by id;
// the limit (500) is said before saving; a personal template whose id the organisation's policy
// also uses — and which the organisation's therefore hides — says so and can get a new id.
import { useSignal } from "@preact/signals";
import { useEffect, useMemo, useRef } from "preact/hooks";
import { POLICY_LIMITS, validatePolicy } from "../core/policy.ts";
import type { TemplateDef } from "../core/types.ts";
import { type Feedback, formatCount, plural, type SectionProps, saveFeedback } from "./deps.ts";
import { FeedbackLine, Section } from "./form.tsx";
import { CheckedTemplate, loadEngine } from "./template-findings.tsx";
import { EMPTY_TEMPLATE, TemplateForm, templateDraftProblems } from "./template-form.tsx";

const LIMIT = POLICY_LIMITS.templates;

/** A fresh id for a personal template: time plus a random tail, so two tabs adding at once do not collide. */
export function newTemplateId(): string {
  return `personal-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function TemplatesSection({ deps, settings }: SectionProps) {
  const { t } = deps;
  const personal = settings.user.templates ?? [];
  const organisation = settings.policy.templates ?? [];
  const organisationIds = useMemo(() => new Set(settings.locks.templates), [settings.locks.templates]);
  const form = useSignal<TemplateDef>(EMPTY_TEMPLATE);
  const editing = useSignal<string | null>(null);
  const formError = useSignal<string | null>(null);
  const feedback = useSignal<Feedback>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const wantsEngine = organisation.length > 0 || personal.length > 0 || form.value.body.trim() !== "";
  useEffect(() => {
    if (wantsEngine) loadEngine();
  }, [wantsEngine]);

  const resetForm = () => {
    editing.value = null;
    form.value = EMPTY_TEMPLATE;
    formError.value = null;
  };
  const refuse = (message: string) => {
    formError.value = message;
    titleRef.current?.focus();
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!form.value.title.trim() || !form.value.body.trim()) return refuse(t("optTemplateInvalid"));
    const draftProblems = templateDraftProblems(deps, form.value);
    if (draftProblems.title) return refuse(t("optNotSavedField", [t("optTemplateTitle"), draftProblems.title]));
    if (draftProblems.body) return refuse(t("optNotSavedField", [t("optTemplateBody"), draftProblems.body]));
    const id = editing.value ?? newTemplateId();
    const candidate = { ...form.value, id };
    if (!candidate.language) delete candidate.language;
    const { policy, problems } = validatePolicy({ templates: [candidate] }, deps.language);
    const error = problems.find((p) => p.level === "error");
    const template = policy.templates?.[0];
    if (!template || error) return refuse(error?.message ?? t("optTemplateInvalid"));
    const adds = !personal.some((p) => p.id === id);
    if (adds && personal.length >= LIMIT) return refuse(plural(deps, "optTemplatesFull", LIMIT));
    const result = await deps.updateTemplates([{ put: template }]);
    if (!result.ok && "refused" in result && result.refused === "too-many") return refuse(plural(deps, "optTemplatesFull", LIMIT));
    feedback.value = saveFeedback(deps, result);
    if (result.ok) resetForm();
  };

  const giveNewId = async (template: TemplateDef) => {
    const result = await deps.updateTemplates([{ put: { ...template, id: newTemplateId() }, replaces: template.id }]);
    feedback.value = result.ok ? { kind: "ok", text: t("optTemplateRenamed", template.title) } : saveFeedback(deps, result);
  };

  return (
    <Section id="templates" title={t("optTemplatesTitle")} intro={t("optTemplatesIntro")}>
      {organisation.length > 0 && (
        <>
          <p class="hint">{plural(deps, "optTemplatesOrganisation", organisation.length)}</p>
          <ul class="templates" aria-label={t("optTemplatesOrganisationList")} data-testid="organisation-templates">
            {organisation.map((template, i) => (
              <li key={template.id} data-id={template.id}>
                <CheckedTemplate id={`org-template-${i}-findings`} template={template} deps={deps} config={settings.config}>
                  {() => (
                    <>
                      <span class="template-title">{template.title}</span>
                      {template.language && <span class="hint"> ({t(`optLanguage_${template.language}`)})</span>}
                    </>
                  )}
                </CheckedTemplate>
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="hint" data-testid="template-count">
        {personal.length === 0 ? t("optTemplatesEmpty") : plural(deps, "optTemplateCount", personal.length, formatCount(deps, LIMIT))}
      </p>
      {personal.length > 0 && (
        <ul class="templates" aria-label={t("optTemplatesPersonalList")}>
          {personal.map((template, i) => (
            <li key={template.id} data-id={template.id}>
              <CheckedTemplate id={`personal-template-${i}-findings`} template={template} deps={deps} config={settings.config}>
                {(describedBy) => (
                  <>
                    <span class="template-title">{template.title}</span>
                    {template.language && <span class="hint"> ({t(`optLanguage_${template.language}`)})</span>}
                    <button
                      type="button"
                      aria-label={t("optEditItem", template.title)}
                      aria-describedby={describedBy}
                      onClick={() => {
                        editing.value = template.id;
                        form.value = { ...template };
                        formError.value = null;
                        titleRef.current?.focus();
                      }}
                    >
                      {t("optEdit")}
                    </button>
                    <button
                      type="button"
                      aria-label={t("optRemoveItem", template.title)}
                      onClick={async () => {
                        if (editing.value === template.id) resetForm();
                        const result = await deps.updateTemplates([{ remove: template.id }]);
                        feedback.value = result.ok ? { kind: "ok", text: t("optRemoved", template.title) } : saveFeedback(deps, result);
                      }}
                    >
                      {t("optRemove")}
                    </button>
                    {organisationIds.has(template.id) && (
                      <p class="template-clash">
                        {t("optTemplateIdClash", template.id)}{" "}
                        <button type="button" onClick={() => void giveNewId(template)}>
                          {t("optTemplateNewId")}
                        </button>
                      </p>
                    )}
                  </>
                )}
              </CheckedTemplate>
            </li>
          ))}
        </ul>
      )}
      <TemplateForm
        deps={deps}
        settings={settings}
        form={form}
        editing={editing.value}
        error={formError.value}
        titleRef={titleRef}
        onSubmit={submit}
        onCancel={resetForm}
      />
      <FeedbackLine feedback={feedback.value} />
    </Section>
  );
}
