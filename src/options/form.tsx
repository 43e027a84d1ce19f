// Form pieces every section uses: the section frame, the save feedback line, the lock note for
// what the organisation's policy decides, the language select and a text field that shows its
// error without ever rewriting what the user typed.
import type { ComponentChildren } from "preact";
import type { Language } from "../core/types.ts";
import type { Feedback, T } from "./deps.ts";

export function Section({ id, title, children, intro }: { id: string; title: string; intro?: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={`${id}-title`} id={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p class="hint">{intro}</p>}
      {children}
    </section>
  );
}

export function FeedbackLine({ feedback }: { feedback: Feedback }) {
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
export function LockIcon() {
  return (
    <svg class="lock-icon" aria-hidden="true" viewBox="0 0 16 16" width="12" height="12">
      <path d="M4 7V5a4 4 0 0 1 8 0v2h1v8H3V7zm2 0h4V5a2 2 0 0 0-4 0z" fill="currentColor" />
    </svg>
  );
}

export function LockNote({ t, id }: { t: T; id: string }) {
  return (
    <span class="lock" id={id}>
      <LockIcon /> {t("optLocked")}
    </span>
  );
}

/** `item` with `language` set, or without the key when it is "either language". */
export function withLanguage<I extends { language?: Language }>(item: I, language: Language | undefined): I {
  const { language: _drop, ...rest } = item;
  return (language ? { ...rest, language } : rest) as I;
}

/** The `language` of a glossary entry or template: either language, Latvian or English. */
export function LanguageSelect(props: { t: T; id: string; value: Language | undefined; onChange: (language: Language | undefined) => void }) {
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

export interface TextFieldProps {
  id: string;
  label: string;
  /** Exactly what the user typed (or the stored value): passed through untouched, never trimmed. */
  value: string;
  onInput: (value: string) => void;
  /** Leaving the field (change event): a good moment to save at once. */
  onCommit?: () => void;
  error?: string | null;
  /** The id of an error shown elsewhere (a form's own error line) that is about this field. */
  errorElsewhere?: string | null;
  /** Why the field cannot be edited (the policy sets it); the field is then disabled. */
  lockedNote?: string;
  type?: "text" | "url" | "tel" | "email";
  autocomplete?: string;
  hint?: string;
  required?: boolean;
  inputRef?: { current: HTMLInputElement | null };
  multiline?: boolean;
  wide?: boolean;
}

/** A labelled input whose error, lock note and hint are tied to it with aria-describedby. */
export function TextField(props: TextFieldProps) {
  const { id, error, lockedNote, hint, errorElsewhere } = props;
  const describedBy = [lockedNote && `${id}-lock`, hint && `${id}-hint`, error && `${id}-error`, errorElsewhere].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    value: props.value,
    disabled: lockedNote !== undefined,
    required: props.required,
    "aria-invalid": error || errorElsewhere ? (true as const) : undefined,
    "aria-describedby": describedBy,
    onInput: (e: Event) => props.onInput((e.currentTarget as HTMLInputElement).value),
    onChange: () => props.onCommit?.(),
  };
  return (
    <div class={props.wide ? "field wide" : "field"}>
      <label for={id}>{props.label}</label>
      {props.multiline ? <textarea rows={8} {...common} /> : <input ref={props.inputRef} type={(props.type ?? "text") as "text"} autocomplete={props.autocomplete} {...common} />}
      {lockedNote !== undefined && (
        <span class="lock" id={`${id}-lock`}>
          <LockIcon /> {lockedNote}
        </span>
      )}
      {hint && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span class="field-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}
