// The toolbar popup: approved templates in groups (built-in, organisation, personal), search
// over titles and bodies, a live preview, fill-in fields, Insert at the caret of the open
// compose (one undo step, done by the content script) and Copy (out-of-office goes into the
// webmail's automatic-reply settings). Keyboard: type to search, ↑/↓ move in the list, Enter
// picks (fill-ins first when the template has them), Enter in the last fill-in inserts.
// Everything browser-facing comes in through `deps`, so tests run it under happy-dom.
import { useComputed, useSignal } from "@preact/signals";
import { useEffect, useRef } from "preact/hooks";
import { entryKey, renderContextFor, splitTemplates, templateCatalogue } from "../core/template-catalogue.ts";
import { type FieldName, fillInsOf, renderTemplate, searchTemplates, type TemplateEntry, TemplateError } from "../core/templates.ts";
import type { Config, Language } from "../core/types.ts";
import { t } from "../platform/i18n.ts";
import type { InsertReply } from "../platform/messages.ts";

export interface ComposeStatus {
  recognised: boolean;
  composes: number;
}

export interface PopupDeps {
  /** The effective config and the ids of the organisation's (policy) templates. */
  loadSettings(): Promise<{ config: Config; organisationTemplateIds: string[] }>;
  /** The compose status of the target tab; null when no Skaidri content script answers there. */
  composeStatus(): Promise<ComposeStatus | null>;
  insert(text: string): Promise<InsertReply | undefined>;
  copy(text: string): Promise<boolean>;
  openOptions(): void;
  /** After a successful insert (a real popup closes itself). */
  done(): void;
  today(): string;
  language: Language;
}

type Feedback = { kind: "ok" | "error"; text: string } | null;

/** The empty profile fields and settings a template uses, in words: "uzvārds, tālrunis un e-pasts". */
export function missingFieldNames(fields: readonly FieldName[], language: Language): string {
  return new Intl.ListFormat(language, { type: "conjunction" }).format(fields.map((field) => t(`field_${field}`)));
}

export function Popup({ deps }: { deps: PopupDeps }) {
  const config = useSignal<Config | null>(null);
  const orgIds = useSignal<string[]>([]);
  const status = useSignal<ComposeStatus | null | "loading">("loading");
  const language = useSignal<Language>(deps.language);
  const query = useSignal("");
  const active = useSignal(0);
  const chosenKey = useSignal<string | null>(null);
  // Answers per template, so moving through the list does not lose what was typed.
  const answersByTemplate = useSignal<Record<string, Record<string, string>>>({});
  const feedback = useSignal<Feedback>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // Insert and Copy wait for the settings (the first managed-storage read after a cold start
  // can take seconds): a template must never go out without the signature it asks for.
  const settingsLoaded = useRef<Promise<void>>(Promise.resolve());
  useEffect(() => {
    settingsLoaded.current = deps
      .loadSettings()
      .then((s) => {
        config.value = s.config;
        orgIds.value = s.organisationTemplateIds;
      })
      .catch(() => {});
    deps
      .composeStatus()
      .then((s) => (status.value = s))
      .catch(() => (status.value = null));
    searchRef.current?.focus();
  }, []);

  const entries = useComputed(() => {
    const c = config.value;
    if (!c) return templateCatalogue(language.value, {});
    return templateCatalogue(language.value, splitTemplates(c.templates, orgIds.value));
  });
  const matches = useComputed(() => searchTemplates(entries.value, query.value));
  const chosen = useComputed(() => matches.value.find((e) => entryKey(e) === chosenKey.value) ?? matches.value[active.value] ?? null);
  const fillIns = useComputed(() => (chosen.value ? fillInsOf(chosen.value.body) : []));
  const answers = useComputed(() => (chosen.value ? (answersByTemplate.value[entryKey(chosen.value)] ?? {}) : {}));
  const answer = (label: string, value: string) => {
    if (!chosen.value) return;
    const key = entryKey(chosen.value);
    answersByTemplate.value = { ...answersByTemplate.value, [key]: { ...answers.value, [label]: value } };
  };
  /** Picks the entry the list shows as selected (null: the first match). */
  const select = (key: string | null, index = 0) => {
    chosenKey.value = key;
    active.value = index;
    feedback.value = null;
  };
  const context = useComputed(() => (config.value ? renderContextFor(config.value, language.value, deps.today()) : null));
  const preview = useComputed(() => {
    const entry = chosen.value;
    const ctx = context.value;
    if (!entry || !ctx) return null;
    try {
      return renderTemplate(entry.body, { ...ctx, language: entry.language ?? language.value, answers: answers.value, preview: true });
    } catch {
      return null;
    }
  });
  const canInsert = useComputed(() => typeof status.value === "object" && status.value !== null && status.value.composes > 0);


  const render = async (): Promise<string | null> => {
    await settingsLoaded.current;
    const entry = chosen.value;
    const ctx = context.value;
    if (!entry || !ctx) return null;
    try {
      return renderTemplate(entry.body, { ...ctx, language: entry.language ?? language.value, answers: answers.value }).text;
    } catch (e) {
      if (e instanceof TemplateError) {
        feedback.value = { kind: "error", text: t("tplMissing", e.labels.join(", ")) };
        const index = fillIns.value.findIndex((f) => f.label === e.labels[0]);
        formRef.current?.querySelectorAll("input")[index]?.focus();
      }
      return null;
    }
  };

  const insert = async () => {
    if (!canInsert.value) {
      feedback.value = { kind: "error", text: t("tplNoCompose") };
      return;
    }
    const text = await render();
    if (text === null) return;
    const reply = await deps.insert(text);
    if (reply?.ok) {
      feedback.value = { kind: "ok", text: t("tplInserted") };
      deps.done();
    } else feedback.value = { kind: "error", text: t(reply && !reply.ok && reply.reason === "no-compose" ? "tplNoCompose" : "tplInsertFailed") };
  };

  const copy = async () => {
    const text = await render();
    if (text === null) return;
    feedback.value = (await deps.copy(text)) ? { kind: "ok", text: t("tplCopied") } : { kind: "error", text: t("tplCopyFailed") };
  };

  const pick = (entry: TemplateEntry) => {
    select(entryKey(entry));
    if (fillInsOf(entry.body).length) requestAnimationFrame(() => formRef.current?.querySelector("input")?.focus());
    else void insert();
  };

  const onSearchKey = (event: KeyboardEvent) => {
    const list = matches.value;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!list.length) return;
      const current = chosen.value ? list.indexOf(chosen.value) : 0;
      const next = (current + (event.key === "ArrowDown" ? 1 : list.length - 1)) % list.length;
      select(entryKey(list[next]!), next);
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (chosen.value) pick(chosen.value);
    }
  };

  const optionId = (entry: TemplateEntry) => `tpl-${entryKey(entry).replace(/[^a-zA-Z0-9_-]/g, "_")}`;
  const groups: TemplateEntry["source"][] = ["builtin", "organisation", "personal"];
  const statusText =
    status.value === "loading"
      ? t("tplStatusLoading")
      : status.value && status.value.composes > 0
        ? t("tplStatusReady")
        : status.value
          ? t("tplNoCompose")
          : t("tplNoWebmail");

  return (
    <main class="popup">
      <header>
        <h1>{t("popupTitle")}</h1>
        <button type="button" onClick={() => deps.openOptions()}>
          {t("popupOpenOptions")}
        </button>
      </header>
      <p class={`status ${canInsert.value ? "ready" : "idle"}`} role="status" data-testid="compose-status">
        {statusText}
      </p>
      <div class="controls">
        <input
          ref={searchRef}
          type="search"
          // biome-ignore lint/a11y/noRedundantRoles: the ARIA 1.2 combobox pattern names the role; preact's types then want `list`
          role="combobox"
          list={undefined}
          aria-label={t("tplSearch")}
          placeholder={t("tplSearch")}
          aria-expanded="true"
          aria-controls="tpl-list"
          aria-autocomplete="list"
          aria-activedescendant={chosen.value ? optionId(chosen.value) : undefined}
          value={query.value}
          onInput={(e) => {
            // A new search starts at the top of the list.
            query.value = (e.currentTarget as HTMLInputElement).value;
            select(null);
          }}
          onKeyDown={onSearchKey}
        />
        <label>
          <span class="visually-hidden">{t("tplLanguage")}</span>
          <select
            aria-label={t("tplLanguage")}
            value={language.value}
            onChange={(e) => {
              language.value = (e.currentTarget as HTMLSelectElement).value as Language;
              select(null);
            }}
          >
            <option value="lv">LV</option>
            <option value="en">EN</option>
          </select>
        </label>
      </div>
      <div id="tpl-list" role="listbox" aria-label={t("tplListLabel")} tabIndex={-1}>
        {groups.map((group) => {
          const items = matches.value.filter((e) => e.source === group);
          if (!items.length) return null;
          return (
            // biome-ignore lint/a11y/useSemanticElements: a group of options inside a listbox (ARIA listbox pattern)
            <div role="group" aria-labelledby={`tpl-group-${group}`} key={group}>
              <div class="group" id={`tpl-group-${group}`} role="presentation">
                {t(`tplGroup_${group}`)}
              </div>
              {items.map((entry) => (
                // Options are reached with ↑/↓ from the search field (aria-activedescendant), not by Tab.
                // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the combobox
                <div
                  tabIndex={-1}
                  key={entryKey(entry)}
                  id={optionId(entry)}
                  role="option"
                  aria-selected={chosen.value === entry}
                  class="option"
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => {
                    select(entryKey(entry));
                    searchRef.current?.focus();
                  }}
                  onDblClick={() => pick(entry)}
                >
                  {entry.title}
                </div>
              ))}
            </div>
          );
        })}
        {!matches.value.length && <p class="muted">{t("tplNoMatches")}</p>}
      </div>
      {chosen.value && (
        <section class="detail" aria-labelledby="tpl-detail-title">
          <h2 id="tpl-detail-title">{chosen.value.title}</h2>
          <form
            ref={formRef}
            onSubmit={(e) => {
              e.preventDefault();
              void insert();
            }}
          >
            {fillIns.value.map((fill, i) => (
              <label key={fill.label} class="fill">
                <span>{fill.label}</span>
                <input
                  type="text"
                  name={`fill-${i}`}
                  value={answers.value[fill.label] ?? ""}
                  placeholder={fill.date ? t("tplDateHint") : undefined}
                  aria-describedby={fill.date ? "tpl-date-hint" : undefined}
                  onInput={(e) => answer(fill.label, (e.currentTarget as HTMLInputElement).value)}
                />
              </label>
            ))}
            {fillIns.value.some((f) => f.date) && (
              <p id="tpl-date-hint" class="muted hint">
                {t("tplDateHint")}
              </p>
            )}
            <h3 class="preview-label">{t("tplPreview")}</h3>
            {/* Focusable: a long preview scrolls, and keyboard users must be able to scroll it (axe scrollable-region-focusable). */}
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs keyboard access */}
            <pre class="preview" data-testid="preview" tabIndex={0}>
              {preview.value?.text ?? ""}
            </pre>
            {preview.value && preview.value.emptyFields.length > 0 && (
              <p class="warning">
                {t("tplProfileMissing", missingFieldNames(preview.value.emptyFields, deps.language))}{" "}
                <button type="button" class="link" onClick={() => deps.openOptions()}>
                  {t("tplFillIn")}
                </button>
              </p>
            )}
            <div class="actions">
              <button type="button" onClick={() => void copy()}>
                {chosen.value.copy ? t("tplCopyAutoReply") : t("tplCopy")}
              </button>
              <button type="submit" class="primary" aria-disabled={!canInsert.value}>
                {t("tplInsert")}
              </button>
            </div>
          </form>
        </section>
      )}
      {feedback.value && (
        <p class={`feedback ${feedback.value.kind}`} role={feedback.value.kind === "error" ? "alert" : "status"}>
          {feedback.value.text}
        </p>
      )}
    </main>
  );
}
