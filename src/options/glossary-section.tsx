// The personal glossary: the organisation's terms (locked), the user's own (a paged table,
// glossary-table.tsx), a form to add or edit one and a CSV import. Edits name the entry they
// change (its term and language), so another tab deleting a row never shifts them onto a
// third entry; the limit (50 000 entries) is said before saving and never passed silently.
import { useSignal } from "@preact/signals";
import { useMemo, useRef } from "preact/hooks";
import { glossaryKey } from "../core/config.ts";
import { POLICY_LIMITS, validatePolicy } from "../core/policy.ts";
import type { GlossaryEntry } from "../core/types.ts";
import type { UpdateResult } from "../platform/settings.ts";
import { type Feedback, formatCount, lengthProblem, plural, type SectionProps, saveFeedback } from "./deps.ts";
import { FeedbackLine, LanguageSelect, LockIcon, Section, TextField, withLanguage } from "./form.tsx";
import { GlossaryTable } from "./glossary-table.tsx";

const GLOSSARY_FIELDS = ["term", "suggestion", "explanation"] as const;
type GlossaryField = (typeof GLOSSARY_FIELDS)[number];
const FIELD_LABELS: Record<GlossaryField, string> = { term: "optTerm", suggestion: "optSuggestion", explanation: "optExplanation" };
const FIELD_LIMITS: Record<GlossaryField, number> = { term: POLICY_LIMITS.shortText, suggestion: POLICY_LIMITS.shortText, explanation: POLICY_LIMITS.explanation };
const EMPTY_ENTRY: GlossaryEntry = { term: "", suggestion: "", explanation: "" };
const LIMIT = POLICY_LIMITS.glossaryEntries;

export function GlossarySection({ deps, settings }: SectionProps) {
  const { t } = deps;
  const personal = settings.user.glossary ?? [];
  const organisation = settings.policy.glossary ?? [];
  const personalKeys = useMemo(() => new Set(personal.map(glossaryKey)), [personal]);
  const organisationKeys = useMemo(() => new Set(settings.locks.glossary), [settings.locks.glossary]);
  /** The key (term and language) of the entry being edited, as it was when editing began. */
  const editing = useSignal<string | null>(null);
  const form = useSignal<GlossaryEntry>(EMPTY_ENTRY);
  const formError = useSignal<string | null>(null);
  const feedback = useSignal<Feedback>(null);
  const importReport = useSignal<string[]>([]);
  const termRef = useRef<HTMLInputElement>(null);
  const full = () => plural(deps, "optGlossaryFull", LIMIT);

  const refuse = (message: string) => {
    formError.value = message;
    termRef.current?.focus();
  };
  const resetForm = () => {
    editing.value = null;
    form.value = EMPTY_ENTRY;
    formError.value = null;
  };
  const refusalText = (result: UpdateResult, term: string): string | null => {
    if (result.ok || !("refused" in result)) return null;
    if (result.refused === "duplicate") return t("optTermDuplicate", term);
    if (result.refused === "too-many") return full();
    return saveFeedback(deps, result)?.text ?? null;
  };

  /** Each field's limit, checked as the user types (said before saving, never cut). */
  const problemOf = (name: GlossaryField, value: string | undefined) => lengthProblem(deps, value ?? "", FIELD_LIMITS[name]);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!form.value.term.trim()) return refuse(t("optTermRequired"));
    for (const name of GLOSSARY_FIELDS) {
      const problem = problemOf(name, form.value[name]);
      if (problem) return refuse(t("optNotSavedField", [t(FIELD_LABELS[name]), problem]));
    }
    const candidate: Record<string, string> = { term: form.value.term };
    if (form.value.suggestion?.trim()) candidate.suggestion = form.value.suggestion;
    if (form.value.explanation?.trim()) candidate.explanation = form.value.explanation;
    if (form.value.language) candidate.language = form.value.language;
    const { policy, problems } = validatePolicy({ glossary: [candidate] }, deps.language);
    const entry = policy.glossary?.[0];
    const error = problems.find((p) => p.level === "error");
    if (!entry || error) return refuse(error?.message ?? t("optTermRequired"));
    const key = glossaryKey(entry);
    if (personalKeys.has(key) && key !== editing.value) return refuse(t("optTermDuplicate", entry.term));
    const adds = editing.value === null || !personalKeys.has(editing.value);
    if (adds && personal.length >= LIMIT) return refuse(full());
    const result = await deps.updateGlossary([editing.value === null ? { put: entry } : { put: entry, replaces: editing.value }]);
    const refusal = refusalText(result, entry.term);
    if (refusal) return refuse(refusal);
    feedback.value = saveFeedback(deps, result);
    if (result.ok) resetForm();
  };

  const importCsv = async (file: File) => {
    // The CSV reader is loaded only when a file is chosen: it keeps the page's own script small.
    const { decodeSpreadsheet, glossaryFromCsv } = await import("../core/csv.ts");
    const { text, encoding } = decodeSpreadsheet(new Uint8Array(await file.arrayBuffer()));
    const result = glossaryFromCsv(text, deps.language);
    const report = result.problems.map((p) => t("optImportRow", [String(p.row), p.message]));
    if (encoding === "windows-1257") report.unshift(t("optImportWin1257"));
    importReport.value = report;
    if (result.entries.length === 0) {
      feedback.value = { kind: "error", text: t("optImportNothing") };
      return;
    }
    const added = result.entries.filter((e) => !personalKeys.has(glossaryKey(e))).length;
    // Refused whole rather than cut at an arbitrary row: the user decides what to leave out.
    if (personal.length + added > LIMIT) {
      feedback.value = { kind: "error", text: plural(deps, "optImportTooMany", personal.length + added, formatCount(deps, LIMIT)) };
      return;
    }
    const saved = await deps.updateGlossary(result.entries.map((put) => ({ put })));
    const refusal = refusalText(saved, "");
    if (refusal) feedback.value = { kind: "error", text: refusal };
    else if (saved.ok) feedback.value = { kind: "ok", text: t("optImportDone", [plural(deps, "optImportAdded", added), plural(deps, "optImportReplaced", result.entries.length - added)]) };
    else feedback.value = saveFeedback(deps, saved);
  };

  const field = (name: GlossaryField) => (
    <TextField
      key={name}
      id={`glossary-${name}`}
      label={t(FIELD_LABELS[name])}
      wide={name === "explanation"}
      error={problemOf(name, form.value[name])}
      required={name === "term"}
      inputRef={name === "term" ? termRef : undefined}
      value={form.value[name] ?? ""}
      errorElsewhere={name === "term" && formError.value ? "glossary-form-error" : null}
      onInput={(value) => (form.value = { ...form.value, [name]: value })}
    />
  );

  return (
    <Section id="glossary" title={t("optGlossaryTitle")} intro={t("optGlossaryIntro")}>
      {organisation.length > 0 && (
        <details>
          <summary>{plural(deps, "optGlossaryOrganisation", organisation.length)}</summary>
          <ul class="org-glossary">
            {organisation.slice(0, 500).map((e) => (
              <li key={glossaryKey(e)}>
                <LockIcon /> {e.term}
                {e.suggestion ? ` → ${e.suggestion}` : ""}
              </li>
            ))}
          </ul>
          {organisation.length > 500 && <p class="hint">{plural(deps, "optGlossaryMore", organisation.length - 500)}</p>}
        </details>
      )}
      <p class="hint" data-testid="glossary-count">
        {personal.length === 0 ? t("optGlossaryEmpty") : plural(deps, "optGlossaryCount", personal.length, formatCount(deps, LIMIT))}
      </p>
      {personal.length > 0 && (
        <GlossaryTable
          deps={deps}
          entries={personal}
          organisationKeys={organisationKeys}
          onEdit={(entry) => {
            editing.value = glossaryKey(entry);
            form.value = { ...EMPTY_ENTRY, ...entry };
            formError.value = null;
            termRef.current?.focus();
          }}
          onRemove={async (entry) => {
            if (editing.value === glossaryKey(entry)) resetForm();
            const result = await deps.updateGlossary([{ remove: glossaryKey(entry) }]);
            feedback.value = result.ok ? { kind: "ok", text: t("optRemoved", entry.term) } : saveFeedback(deps, result);
          }}
        />
      )}
      <form class="entry-form" onSubmit={submit} aria-labelledby="glossary-form-title">
        <h3 id="glossary-form-title">{editing.value === null ? t("optAddTerm") : t("optEditTerm")}</h3>
        <div class="grid">
          {GLOSSARY_FIELDS.map(field)}
          <div class="field">
            <label for="glossary-language">{t("optLanguage")}</label>
            <LanguageSelect
              t={t}
              id="glossary-language"
              value={form.value.language}
              onChange={(language) => (form.value = withLanguage(form.value, language))}
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
            <button type="button" onClick={resetForm}>
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
