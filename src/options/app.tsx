// The options page: the user's profile (with the signature it yields), general settings and
// rule severities — read-only with a lock where the organisation's policy decides —, a personal
// glossary (with CSV import) and personal templates (with a live preview), and a Policy panel
// that says what the organisation set and what in it was skipped. Every change is saved at
// once and reaches open compose windows through storage.onChanged (platform/settings.ts).
// Policy values are shown as text, never as HTML. Browser-facing parts come in through `deps`.
import { signal, useSignal } from "@preact/signals";
import type { ComponentChildren } from "preact";
import { useEffect, useMemo, useRef } from "preact/hooks";
import { isOverriddenByPolicy, isRuleLocked, isScalarLocked, type ScalarKey } from "../core/config.ts";
import { decodeSpreadsheet, glossaryFromCsv, mergeGlossary } from "../core/csv.ts";
import { isSafeWebUrl, validatePolicy } from "../core/policy.ts";
import { renderTemplate, templateProblems } from "../core/templates.ts";
import type { Config, Finding, GlossaryEntry, Language, Profile, RuleId, SendCheck, SeveritySetting, TemplateDef, UserSettings } from "../core/types.ts";
import { RULE_IDS } from "../core/types.ts";
import type { SettingsSnapshot, WriteResult } from "../platform/settings.ts";

export interface OptionsDeps {
  watch(callback: (settings: SettingsSnapshot) => void, signal: AbortSignal): void;
  saveProfile(profile: Profile): Promise<WriteResult>;
  saveUserSettings(settings: Omit<UserSettings, "glossary" | "templates">): Promise<WriteResult>;
  saveGlossary(entries: GlossaryEntry[]): Promise<WriteResult>;
  saveTemplates(templates: TemplateDef[]): Promise<WriteResult>;
  t(key: string, substitutions?: string | string[]): string;
  /** A counted string: the key's plural family (`key_one`, `key_other`, …) for `count`. */
  tn(key: string, count: number, substitutions?: string[]): string;
  language: Language;
  /** ISO date for the template preview. */
  today(): string;
}

type T = OptionsDeps["t"];
type TN = OptionsDeps["tn"];
type Feedback = { kind: "ok" | "error"; text: string } | null;

const PROFILE_FIELDS = [
  ["firstName", "optFirstName", "given-name", "text"],
  ["lastName", "optLastName", "family-name", "text"],
  ["position", "optPosition", "organization-title", "text"],
  ["department", "optDepartment", "off", "text"],
  ["phone", "optPhone", "tel", "tel"],
  ["email", "optEmail", "email", "email"],
] as const;

const SEVERITIES: readonly SeveritySetting[] = ["off", "info", "warning", "error"];
const SEND_CHECKS: readonly SendCheck[] = ["off", "warn", "block"];

/** The body the signature preview renders: a line whose fields are all empty is left out. */
const SIGNATURE_BODY: Record<Language, string> = {
  lv: "{{firstName}} {{lastName}}\n{{position}}\n{{department}}\n{{institution}}\nTālr. {{phone}}\n{{email}}",
  en: "{{firstName}} {{lastName}}\n{{position}}\n{{department}}\n{{institution}}\nPhone {{phone}}\n{{email}}",
};

function ruleLabelKey(rule: RuleId): string {
  return `rule_${rule.replace(/[/-]/g, "_")}`;
}

function saveFeedback(t: T, result: WriteResult): Feedback {
  if (result.ok) return { kind: "ok", text: t("optSaved") };
  return { kind: "error", text: result.quota ? t("optSaveQuota", result.message) : t("optSaveFailed", result.message) };
}

function FeedbackLine({ feedback }: { feedback: Feedback }) {
  // Success is announced politely; a failed save interrupts (role=alert): nothing is lost silently.
  if (feedback?.kind === "error") {
    return (
      <p class="feedback error" role="alert">
        {feedback.text}
      </p>
    );
  }
  return (
    <p class="feedback ok" role="status">
      {feedback?.text ?? ""}
    </p>
  );
}

/** A padlock drawn inline: emoji fonts are missing on some managed desktops. */
function LockIcon() {
  return (
    <svg class="lock-icon" aria-hidden="true" viewBox="0 0 16 16" width="12" height="12">
      <path d="M4 7V5a4 4 0 0 1 8 0v2h1v8H3V7zm2 0h4V5a2 2 0 0 0-4 0z" fill="currentColor" />
    </svg>
  );
}

function LockNote({ t, id }: { t: T; id: string }) {
  return (
    <span class="lock" id={id}>
      <LockIcon /> {t("optLocked")}
    </span>
  );
}

/** The `language` of a glossary entry or template: either language, Latvian or English. */
function LanguageSelect(props: { t: T; id: string; value: Language | undefined; onChange: (language: Language | undefined) => void }) {
  const { t } = props;
  return (
    <select
      id={props.id}
      value={props.value ?? ""}
      onChange={(e) => {
        const v = (e.currentTarget as HTMLSelectElement).value;
        props.onChange(v === "lv" || v === "en" ? v : undefined);
      }}
    >
      <option value="">{t("optLanguage_any")}</option>
      <option value="lv">{t("optLanguage_lv")}</option>
      <option value="en">{t("optLanguage_en")}</option>
    </select>
  );
}

function Section({ id, title, children, intro }: { id: string; title: string; intro?: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={`${id}-title`} id={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p class="hint">{intro}</p>}
      {children}
    </section>
  );
}

export function Options({ deps }: { deps: OptionsDeps }) {
  const { t } = deps;
  const settings = useSignal<SettingsSnapshot | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    deps.watch((s) => {
      settings.value = s;
    }, controller.signal);
    return () => controller.abort();
  }, []);

  const s = settings.value;
  return (
    <main class="options">
      <h1>{t("optionsTitle")}</h1>
      <nav aria-label={t("optContents")}>
        <ul>
          <li>
            <a href="#profile">{t("optProfileTitle")}</a>
          </li>
          <li>
            <a href="#general">{t("optGeneralTitle")}</a>
          </li>
          <li>
            <a href="#rules">{t("optRulesTitle")}</a>
          </li>
          <li>
            <a href="#glossary">{t("optGlossaryTitle")}</a>
          </li>
          <li>
            <a href="#templates">{t("optTemplatesTitle")}</a>
          </li>
          <li>
            <a href="#policy">{t("optPolicyTitle")}</a>
          </li>
        </ul>
      </nav>
      {!s ? (
        <p role="status">{t("optLoading")}</p>
      ) : (
        <>
          <ProfileSection deps={deps} settings={s} />
          <GeneralSection deps={deps} settings={s} />
          <RulesSection deps={deps} settings={s} />
          <GlossarySection deps={deps} settings={s} />
          <TemplatesSection deps={deps} settings={s} />
          <PolicySection deps={deps} settings={s} />
        </>
      )}
    </main>
  );
}

interface SectionProps {
  deps: OptionsDeps;
  settings: SettingsSnapshot;
}

function ProfileSection({ deps, settings }: SectionProps) {
  const { t } = deps;
  // The form keeps what the user typed even when a save fails (quota): never a silent loss.
  const draft = useSignal<Profile>(settings.profile);
  const feedback = useSignal<Feedback>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const update = (field: keyof Profile, value: string) => {
    draft.value = { ...draft.value, [field]: value };
    clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      feedback.value = saveFeedback(t, await deps.saveProfile(draft.value));
    }, 400);
  };
  useEffect(() => () => clearTimeout(timer.current), []);
  let preview = "";
  try {
    preview = renderTemplate(SIGNATURE_BODY[deps.language], {
      language: deps.language,
      today: deps.today(),
      profile: draft.value,
      institution: settings.config.institution,
      preview: true,
    }).text;
  } catch {
    preview = "";
  }
  return (
    <Section id="profile" title={t("optProfileTitle")} intro={t("optProfileIntro")}>
      <div class="grid">
        {PROFILE_FIELDS.map(([field, label, autocomplete, type]) => (
          <div class="field" key={field}>
            <label for={`profile-${field}`}>{t(label)}</label>
            <input
              id={`profile-${field}`}
              type={type as "text"}
              autocomplete={autocomplete}
              value={draft.value[field] ?? ""}
              onInput={(e) => update(field, (e.currentTarget as HTMLInputElement).value)}
            />
          </div>
        ))}
      </div>
      <h3 id="signature-preview-title">{t("optSignaturePreview")}</h3>
      <pre class="preview" data-testid="signature-preview">
        {preview || t("optSignatureEmpty")}
      </pre>
      <FeedbackLine feedback={feedback.value} />
    </Section>
  );
}

function GeneralSection({ deps, settings }: SectionProps) {
  const { t } = deps;
  const { config, locks, user } = settings;
  const feedback = useSignal<Feedback>(null);
  const urlError = useSignal<string | null>(null);
  const draft = useSignal<Pick<UserSettings, ScalarKey>>({ institution: user.institution, feedbackUrl: user.feedbackUrl, sendCheck: user.sendCheck });
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const save = (next: Pick<UserSettings, ScalarKey>) => {
    draft.value = next;
    clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      const { glossary: _g, templates: _t, ...small } = settings.user;
      const merged: Omit<UserSettings, "glossary" | "templates"> = { ...small };
      for (const key of ["institution", "feedbackUrl", "sendCheck"] as const) {
        const value = next[key];
        if (value) (merged as Record<string, unknown>)[key] = value;
        else delete merged[key];
      }
      feedback.value = saveFeedback(t, await deps.saveUserSettings(merged));
    }, 400);
  };
  useEffect(() => () => clearTimeout(timer.current), []);

  const scalarValue = (key: "institution" | "feedbackUrl") => (isScalarLocked(locks, key) ? config[key] : (draft.value[key] ?? ""));
  return (
    <Section id="general" title={t("optGeneralTitle")}>
      {(["institution", "feedbackUrl"] as const).map((key) => {
        const locked = isScalarLocked(locks, key);
        return (
          <div class="field" key={key}>
            <label for={`general-${key}`}>{t(key === "institution" ? "optInstitution" : "optFeedbackUrl")}</label>
            <input
              id={`general-${key}`}
              type={(key === "feedbackUrl" ? "url" : "text") as "text"}
              value={scalarValue(key)}
              disabled={locked}
              aria-describedby={locked ? `general-${key}-lock` : key === "feedbackUrl" && urlError.value ? "general-feedbackUrl-error" : undefined}
              aria-invalid={key === "feedbackUrl" && urlError.value ? true : undefined}
              onInput={(e) => {
                const value = (e.currentTarget as HTMLInputElement).value;
                if (key === "feedbackUrl") {
                  // Only http(s): a javascript: or data: address never becomes a link in a reply.
                  const bad = value.trim() !== "" && !isSafeWebUrl(value.trim());
                  urlError.value = bad ? t("optFeedbackUrlInvalid") : null;
                  if (bad) return;
                }
                save({ ...draft.value, [key]: value.trim() || undefined });
              }}
            />
            {locked && <LockNote t={t} id={`general-${key}-lock`} />}
            {key === "feedbackUrl" && urlError.value && (
              <span class="field-error" id="general-feedbackUrl-error">
                {urlError.value}
              </span>
            )}
          </div>
        );
      })}
      <div class="field">
        <label for="general-sendCheck">{t("optSendCheck")}</label>
        <select
          id="general-sendCheck"
          value={isScalarLocked(locks, "sendCheck") ? config.sendCheck : (draft.value.sendCheck ?? config.sendCheck)}
          disabled={isScalarLocked(locks, "sendCheck")}
          aria-describedby={isScalarLocked(locks, "sendCheck") ? "general-sendCheck-lock" : undefined}
          onChange={(e) => save({ ...draft.value, sendCheck: (e.currentTarget as HTMLSelectElement).value as SendCheck })}
        >
          {SEND_CHECKS.map((v) => (
            <option key={v} value={v}>
              {t(`optSendCheck_${v}`)}
            </option>
          ))}
        </select>
        {isScalarLocked(locks, "sendCheck") && <LockNote t={t} id="general-sendCheck-lock" />}
      </div>
      <FeedbackLine feedback={feedback.value} />
    </Section>
  );
}

function RulesSection({ deps, settings }: SectionProps) {
  const { t } = deps;
  const { config, locks, user } = settings;
  const feedback = useSignal<Feedback>(null);
  const setSeverity = async (rule: RuleId, severity: SeveritySetting) => {
    const { glossary: _g, templates: _t, ...small } = user;
    feedback.value = saveFeedback(t, await deps.saveUserSettings({ ...small, rules: { ...user.rules, [rule]: severity } }));
  };
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
                    value={config.rules[rule]}
                    disabled={locked}
                    aria-describedby={locked ? `${id}-lock` : undefined}
                    onChange={(e) => setSeverity(rule, (e.currentTarget as HTMLSelectElement).value as SeveritySetting)}
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
      <FeedbackLine feedback={feedback.value} />
    </Section>
  );
}

const EMPTY_ENTRY: GlossaryEntry = { term: "", suggestion: "", explanation: "" };

function GlossarySection({ deps, settings }: SectionProps) {
  const { t } = deps;
  const personal = settings.user.glossary ?? [];
  const organisation = settings.policy.glossary ?? [];
  const editing = useSignal<number | null>(null);
  const form = useSignal<GlossaryEntry>(EMPTY_ENTRY);
  const formError = useSignal<string | null>(null);
  const feedback = useSignal<Feedback>(null);
  const importReport = useSignal<string[]>([]);
  const termRef = useRef<HTMLInputElement>(null);

  const save = async (entries: GlossaryEntry[], ok?: string) => {
    const result = await deps.saveGlossary(entries);
    feedback.value = result.ok && ok ? { kind: "ok", text: ok } : saveFeedback(t, result);
    return result.ok;
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const candidate: Record<string, string> = { term: form.value.term };
    if (form.value.suggestion?.trim()) candidate.suggestion = form.value.suggestion;
    if (form.value.explanation?.trim()) candidate.explanation = form.value.explanation;
    if (form.value.language) candidate.language = form.value.language;
    const { policy, problems } = validatePolicy({ glossary: [candidate] }, deps.language);
    const entry = policy.glossary?.[0];
    const error = problems.find((p) => p.level === "error");
    if (!entry || error) {
      formError.value = error?.message ?? t("optTermRequired");
      termRef.current?.focus();
      return;
    }
    const next = [...personal];
    const duplicate = next.findIndex((other, i) => i !== editing.value && validatePolicy({ glossary: [other, entry] }).problems.some((p) => p.level === "error"));
    if (duplicate >= 0) {
      formError.value = t("optTermDuplicate", entry.term);
      termRef.current?.focus();
      return;
    }
    if (editing.value === null) next.push(entry);
    else next[editing.value] = entry;
    if (await save(next)) {
      form.value = EMPTY_ENTRY;
      formError.value = null;
      editing.value = null;
    }
  };

  const importCsv = async (file: File) => {
    const { text, encoding } = decodeSpreadsheet(new Uint8Array(await file.arrayBuffer()));
    const result = glossaryFromCsv(text, deps.language);
    const report = result.problems.map((p) => t("optImportRow", [String(p.row), p.message]));
    if (encoding === "windows-1257") report.unshift(t("optImportWin1257"));
    importReport.value = report;
    if (result.entries.length === 0) {
      feedback.value = { kind: "error", text: t("optImportNothing") };
      return;
    }
    const merged = mergeGlossary(personal, result.entries);
    await save(merged.glossary, t("optImportDone", [deps.tn("optImportAdded", merged.added), deps.tn("optImportReplaced", merged.replaced)]));
  };

  return (
    <Section id="glossary" title={t("optGlossaryTitle")} intro={t("optGlossaryIntro")}>
      {organisation.length > 0 && (
        <details>
          <summary>{deps.tn("optGlossaryOrganisation", organisation.length)}</summary>
          <ul class="org-glossary">
            {organisation.slice(0, 500).map((e) => (
              <li key={`${e.language ?? "*"}:${e.term}`}>
                <LockIcon /> {e.term}
                {e.suggestion ? ` → ${e.suggestion}` : ""}
              </li>
            ))}
          </ul>
          {organisation.length > 500 && <p class="hint">{deps.tn("optGlossaryMore", organisation.length - 500)}</p>}
        </details>
      )}
      {personal.length === 0 ? (
        <p class="hint">{t("optGlossaryEmpty")}</p>
      ) : (
        <table class="glossary">
          <caption class="visually-hidden">{t("optGlossaryPersonal")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("optTerm")}</th>
              <th scope="col">{t("optSuggestion")}</th>
              <th scope="col">{t("optExplanation")}</th>
              <th scope="col">{t("optLanguage")}</th>
              <th scope="col">
                <span class="visually-hidden">{t("optActions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {personal.map((entry, i) => (
              <tr key={`${i}:${entry.term}`}>
                <th scope="row">
                  {entry.term}
                  {isOverriddenByPolicy(settings.locks, entry) && <span class="hint"> — {t("optTermOverridden")}</span>}
                </th>
                <td>{entry.suggestion ?? ""}</td>
                <td>{entry.explanation ?? ""}</td>
                <td>{entry.language ? t(`optLanguage_${entry.language}`) : t("optLanguage_any")}</td>
                <td class="row-actions">
                  <button
                    type="button"
                    aria-label={t("optEditItem", entry.term)}
                    onClick={() => {
                      editing.value = i;
                      form.value = { ...EMPTY_ENTRY, ...entry };
                      formError.value = null;
                      termRef.current?.focus();
                    }}
                  >
                    {t("optEdit")}
                  </button>
                  <button
                    type="button"
                    aria-label={t("optRemoveItem", entry.term)}
                    onClick={() => {
                      if (editing.value === i) {
                        editing.value = null;
                        form.value = EMPTY_ENTRY;
                      }
                      void save(
                        personal.filter((_, j) => j !== i),
                        t("optRemoved", entry.term),
                      );
                    }}
                  >
                    {t("optRemove")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form class="entry-form" onSubmit={submit} aria-labelledby="glossary-form-title">
        <h3 id="glossary-form-title">{editing.value === null ? t("optAddTerm") : t("optEditTerm")}</h3>
        <div class="grid">
          <div class="field">
            <label for="glossary-term">{t("optTerm")}</label>
            <input
              id="glossary-term"
              ref={termRef}
              required
              value={form.value.term}
              aria-invalid={formError.value ? true : undefined}
              aria-describedby={formError.value ? "glossary-form-error" : undefined}
              onInput={(e) => (form.value = { ...form.value, term: (e.currentTarget as HTMLInputElement).value })}
            />
          </div>
          <div class="field">
            <label for="glossary-suggestion">{t("optSuggestion")}</label>
            <input
              id="glossary-suggestion"
              value={form.value.suggestion ?? ""}
              onInput={(e) => (form.value = { ...form.value, suggestion: (e.currentTarget as HTMLInputElement).value })}
            />
          </div>
          <div class="field wide">
            <label for="glossary-explanation">{t("optExplanation")}</label>
            <input
              id="glossary-explanation"
              value={form.value.explanation ?? ""}
              onInput={(e) => (form.value = { ...form.value, explanation: (e.currentTarget as HTMLInputElement).value })}
            />
          </div>
          <div class="field">
            <label for="glossary-language">{t("optLanguage")}</label>
            <LanguageSelect
              t={t}
              id="glossary-language"
              value={form.value.language}
              onChange={(language) => {
                const { language: _drop, ...rest } = form.value;
                form.value = language ? { ...rest, language } : rest;
              }}
            />
          </div>
        </div>
        {formError.value && (
          <p class="field-error" id="glossary-form-error" role="alert">
            {formError.value}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="primary">
            {editing.value === null ? t("optAdd") : t("optSaveChanges")}
          </button>
          {editing.value !== null && (
            <button
              type="button"
              onClick={() => {
                editing.value = null;
                form.value = EMPTY_ENTRY;
                formError.value = null;
              }}
            >
              {t("optCancel")}
            </button>
          )}
        </div>
      </form>
      <div class="field">
        <label for="glossary-import">{t("optImportCsv")}</label>
        <input
          id="glossary-import"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="glossary-import-hint"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) void importCsv(file).finally(() => (input.value = ""));
          }}
        />
        <span class="hint" id="glossary-import-hint">
          {t("optImportHint")}
        </span>
      </div>
      {importReport.value.length > 0 && (
        <ul class="import-report" aria-label={t("optImportReport")}>
          {importReport.value.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <FeedbackLine feedback={feedback.value} />
    </Section>
  );
}

const EMPTY_TEMPLATE: TemplateDef = { id: "", title: "", body: "" };

// The engine (lint + rules) is most of the extension's weight: the page loads it on demand,
// only when there is a template to check (vite makes it a chunk of its own, see bench/size.ts).
type Engine = typeof import("../core/template-check.ts");
const engine = signal<Engine | null>(null);
let engineLoad: Promise<void> | null = null;
function loadEngine(): void {
  if (engineLoad) return;
  engineLoad = import("../core/template-check.ts").then(
    (m) => {
      engine.value = m;
    },
    () => {
      engineLoad = null; // A failed load (e.g. the extension was updated) is retried next time.
    },
  );
}

/** The findings (warnings and errors) of `template` rendered with the effective config, or null while the engine loads. */
function useTemplateFindings(template: TemplateDef, config: Config, today: string, locale: Language): Finding[] | null {
  const check = engine.value?.checkTemplate;
  return useMemo(() => {
    if (!check || !template.body.trim()) return check ? [] : null;
    try {
      return check({ ...template, source: "personal" }, config, today, template.language ?? locale, locale).findings.filter((f) => f.severity !== "info");
    } catch {
      return []; // A body that does not render is reported by templateProblems() instead.
    }
  }, [check, template.body, template.language, config, today, locale]);
}

/**
 * The engine's findings on a template, as a warning beside it: a short sentence and the list of
 * rule + message. `live` (the editor's preview) announces the sentence politely as it changes.
 */
function FindingsWarning({ id, findings, t, tn, live }: { id: string; findings: Finding[] | null; t: T; tn: TN; live?: boolean }) {
  const summary = findings?.length ? tn("optTemplateFindings", findings.length) : "";
  return (
    <>
      {live && (
        <p class="visually-hidden" role="status">
          {summary}
        </p>
      )}
      {findings?.length ? (
        <div class="template-findings" id={id} data-testid="template-findings">
          <p class="template-findings-title">
            <span aria-hidden="true">⚠ </span>
            {summary}
          </p>
          <ul>
            {findings.map((f, i) => (
              <li key={`${f.rule}:${f.start}:${i}`} data-rule={f.rule}>
                <strong>{t(ruleLabelKey(f.rule))}</strong>: {f.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}

/** A listed template with its warning after it; `children` gets the warning's id to point at (aria-describedby) when there is one. */
function CheckedTemplate(props: { id: string; template: TemplateDef; deps: OptionsDeps; config: Config; children: (describedBy?: string) => ComponentChildren }) {
  const { id, template, deps, config, children } = props;
  const findings = useTemplateFindings(template, config, deps.today(), deps.language);
  return (
    <>
      {children(findings?.length ? id : undefined)}
      <FindingsWarning id={id} findings={findings} t={deps.t} tn={deps.tn} />
    </>
  );
}

function TemplatesSection({ deps, settings }: SectionProps) {
  const { t } = deps;
  const personal = settings.user.templates ?? [];
  const organisation = settings.policy.templates ?? [];
  const form = useSignal<TemplateDef>(EMPTY_TEMPLATE);
  const editing = useSignal<string | null>(null);
  const formError = useSignal<string | null>(null);
  const feedback = useSignal<Feedback>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const wantsEngine = organisation.length > 0 || personal.length > 0 || form.value.body.trim() !== "";
  useEffect(() => {
    if (wantsEngine) loadEngine();
  }, [wantsEngine]);

  const submit = async (e: Event) => {
    e.preventDefault();
    const id = editing.value ?? `personal-${Date.now().toString(36)}`;
    const candidate = { ...form.value, id };
    if (!candidate.language) delete candidate.language;
    const { policy, problems } = validatePolicy({ templates: [candidate] }, deps.language);
    const error = problems.find((p) => p.level === "error");
    const template = policy.templates?.[0];
    if (!template || error) {
      formError.value = error ? `${error.path.replace(/^templates\[0\]\./, "")}: ${error.message}` : t("optTemplateInvalid");
      titleRef.current?.focus();
      return;
    }
    const next = editing.value === null ? [...personal, template] : personal.map((p) => (p.id === editing.value ? template : p));
    const result = await deps.saveTemplates(next);
    feedback.value = saveFeedback(t, result);
    if (result.ok) {
      form.value = EMPTY_TEMPLATE;
      editing.value = null;
      formError.value = null;
    }
  };

  const language = form.value.language ?? deps.language;
  let preview = "";
  try {
    preview = renderTemplate(form.value.body, {
      language,
      today: deps.today(),
      profile: settings.profile,
      institution: settings.config.institution,
      feedbackUrl: settings.config.feedbackUrl,
      calendar: settings.config.calendar,
      preview: true,
    }).text;
  } catch {
    preview = form.value.body;
  }
  const bodyProblems = form.value.body ? templateProblems(form.value.body, deps.language) : [];
  const editorFindings = useTemplateFindings(form.value, settings.config, deps.today(), deps.language);

  return (
    <Section id="templates" title={t("optTemplatesTitle")} intro={t("optTemplatesIntro")}>
      {organisation.length > 0 && (
        <>
          <p class="hint">{deps.tn("optTemplatesOrganisation", organisation.length)}</p>
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
      {personal.length === 0 ? (
        <p class="hint">{t("optTemplatesEmpty")}</p>
      ) : (
        <ul class="templates">
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
                        if (editing.value === template.id) {
                          editing.value = null;
                          form.value = EMPTY_TEMPLATE;
                        }
                        const result = await deps.saveTemplates(personal.filter((p) => p.id !== template.id));
                        feedback.value = result.ok ? { kind: "ok", text: t("optRemoved", template.title) } : saveFeedback(t, result);
                      }}
                    >
                      {t("optRemove")}
                    </button>
                  </>
                )}
              </CheckedTemplate>
            </li>
          ))}
        </ul>
      )}
      <form class="entry-form" onSubmit={submit} aria-labelledby="template-form-title">
        <h3 id="template-form-title">{editing.value === null ? t("optAddTemplate") : t("optEditTemplate")}</h3>
        <div class="grid">
          <div class="field">
            <label for="template-title">{t("optTemplateTitle")}</label>
            <input
              id="template-title"
              ref={titleRef}
              required
              value={form.value.title}
              aria-invalid={formError.value ? true : undefined}
              aria-describedby={formError.value ? "template-form-error" : undefined}
              onInput={(e) => (form.value = { ...form.value, title: (e.currentTarget as HTMLInputElement).value })}
            />
          </div>
          <div class="field">
            <label for="template-language">{t("optLanguage")}</label>
            <LanguageSelect
              t={t}
              id="template-language"
              value={form.value.language}
              onChange={(language) => {
                const { language: _drop, ...rest } = form.value;
                form.value = language ? { ...rest, language } : rest;
              }}
            />
          </div>
        </div>
        <div class="field">
          <label for="template-body">{t("optTemplateBody")}</label>
          <textarea
            id="template-body"
            rows={8}
            required
            aria-describedby={editorFindings?.length ? "template-body-hint template-editor-findings" : "template-body-hint"}
            value={form.value.body}
            onInput={(e) => (form.value = { ...form.value, body: (e.currentTarget as HTMLTextAreaElement).value })}
          />
          <span class="hint" id="template-body-hint">
            {t("optTemplateBodyHint")}
          </span>
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
        <FindingsWarning id="template-editor-findings" findings={editorFindings} t={t} tn={deps.tn} live />
        {formError.value && (
          <p class="field-error" id="template-form-error" role="alert">
            {formError.value}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="primary">
            {editing.value === null ? t("optAdd") : t("optSaveChanges")}
          </button>
          {editing.value !== null && (
            <button
              type="button"
              onClick={() => {
                editing.value = null;
                form.value = EMPTY_TEMPLATE;
                formError.value = null;
              }}
            >
              {t("optCancel")}
            </button>
          )}
        </div>
      </form>
      <FeedbackLine feedback={feedback.value} />
    </Section>
  );
}

/** A policy value as plain text (never HTML): lists by count and their first entries. */
function describeValue(tn: TN, value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    const first = value
      .slice(0, 5)
      .map((v) => (typeof v === "string" ? v : typeof v === "object" && v && "term" in v ? String(v.term) : typeof v === "object" && v && "title" in v ? String(v.title) : JSON.stringify(v)))
      .join(", ");
    return `${tn("optEntries", value.length)}${first ? `: ${first}${value.length > 5 ? ", …" : ""}` : ""}`;
  }
  if (value && typeof value === "object") {
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(", ") : String(v)}`)
      .join("; ");
  }
  return String(value);
}

function PolicySection({ deps, settings }: SectionProps) {
  const { t } = deps;
  const { policy, problems, policySource, managedUnavailable } = settings;
  const keys = Object.keys(policy) as (keyof typeof policy)[];
  const status =
    policySource === "browser" ? t("optPolicyFromBrowser") : policySource === "cache" ? t("optPolicyFromCache") : t("optPolicyNone");
  return (
    <Section id="policy" title={t("optPolicyTitle")}>
      <p data-testid="policy-status" data-source={policySource}>
        {status}
      </p>
      {managedUnavailable && policySource === "none" && <p class="hint">{t("optPolicyUnavailable", managedUnavailable)}</p>}
      {keys.length > 0 && (
        <table class="policy-values">
          <caption>{t("optPolicyValues")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("optPolicyKey")}</th>
              <th scope="col">{t("optPolicyValue")}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key} data-key={key}>
                <th scope="row">
                  <code>{key}</code>
                </th>
                <td>{describeValue(deps.tn, policy[key])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {problems.length > 0 ? (
        <>
          <h3 id="policy-problems-title">{deps.tn("optPolicyProblems", problems.length)}</h3>
          <ul class="problems" aria-labelledby="policy-problems-title" data-testid="policy-problems">
            {problems.map((p) => (
              <li key={`${p.path}:${p.message}`} class={p.level} data-path={p.path}>
                <span class="level">{p.level === "error" ? t("optProblemError") : t("optProblemWarning")}</span> <code>{p.path || "(policy)"}</code>
                {" — "}
                {p.message}
              </li>
            ))}
          </ul>
        </>
      ) : (
        policySource !== "none" && <p>{t("optPolicyNoProblems")}</p>
      )}
    </Section>
  );
}
