// What the options page needs from the browser (wired in main.tsx, faked in tests), and the
// props every section gets. Saves are edits — the named fields or entries only — applied by
// platform/settings.ts to what storage holds now, so two tabs never write over each other.
import type { GlossaryEntry, Language, TemplateDef, WebmailHost } from "../core/types.ts";
import type { ListEdit, ProfilePatch, SettingsPatch, SettingsSnapshot, UpdateResult, WriteResult } from "../platform/settings.ts";

export interface OptionsDeps {
  watch(callback: (settings: SettingsSnapshot) => void, signal: AbortSignal): void;
  updateProfile(patch: ProfilePatch): Promise<UpdateResult>;
  updateUserSettings(patch: SettingsPatch): Promise<UpdateResult>;
  updateGlossary(edits: ListEdit<GlossaryEntry>[]): Promise<UpdateResult>;
  updateTemplates(edits: ListEdit<TemplateDef>[]): Promise<UpdateResult>;
  t(key: string, substitutions?: string | string[]): string;
  language: Language;
  /** The language Skaidri speaks, as chosen ("auto": the browser's), and how to change it. */
  uiLanguage?: { choice: "auto" | Language; save(choice: "auto" | Language): Promise<WriteResult> };
  /** ISO date for the template preview. */
  today(): string;
  /** Host access for the institution's webmail hosts (platform/host-access.ts); absent: not offered. */
  hostAccess?: {
    granted(hosts: readonly WebmailHost[]): Promise<WebmailHost[]>;
    /** Must start the browser's request synchronously (called straight from a click). */
    request(hosts: readonly WebmailHost[]): Promise<boolean>;
  };
  /** A compose's signature handed over by the chip (platform/signature-handoff.ts); absent: none. */
  signatureHandoff?: {
    /** The handed-over text, once, or null. */
    take(): Promise<string | null>;
    /** `callback` when a signature is handed over while the page is open. */
    watch(callback: () => void, signal: AbortSignal): void;
  };
}

export type T = OptionsDeps["t"];

/** Every section gets the page's dependencies and the latest settings (refreshed from storage.onChanged). */
export interface SectionProps {
  deps: OptionsDeps;
  settings: SettingsSnapshot;
}

export type Feedback = { kind: "ok" | "error"; text: string } | null;

/** `key_<plural category>` with the count (and `more` substitutions): Intl.PluralRules picks lv zero/one/other. */
export function plural(deps: Pick<OptionsDeps, "t" | "language">, key: string, count: number, ...more: string[]): string {
  const category = new Intl.PluralRules(deps.language).select(count);
  return deps.t(`${key}_${category === "zero" || category === "one" ? category : "other"}`, [formatCount(deps, count), ...more]);
}

export function formatCount(deps: Pick<OptionsDeps, "language">, count: number): string {
  return new Intl.NumberFormat(deps.language).format(count);
}

/** The message for a save: "Saglabāts" only when storage took it all; otherwise why not (what was typed stays). */
export function saveFeedback(deps: Pick<OptionsDeps, "t" | "language">, result: UpdateResult): Feedback {
  const { t } = deps;
  if (result.ok) return { kind: "ok", text: t("optSaved") };
  if ("refused" in result) {
    if (result.refused === "too-long") return { kind: "error", text: t("optNotSaved", t("optTooLongShort", plural(deps, "optCharacters", result.limit))) };
    if (result.refused === "too-many") return { kind: "error", text: t("optNotSaved", t("optTooMany", formatCount(deps, result.limit))) };
    if (result.refused === "duplicate") return { kind: "error", text: t("optNotSaved", t("optDuplicate")) };
    return { kind: "error", text: t("optNotSaved", t("optFeedbackUrlInvalid")) };
  }
  return { kind: "error", text: result.quota ? t("optSaveQuota", result.message) : t("optSaveFailed", result.message) };
}

/** The problem with text longer than `limit` characters, said before saving: how long it may be and how long it is. */
export function lengthProblem(deps: Pick<OptionsDeps, "t" | "language">, value: string, limit: number): string | null {
  const length = value.trim().length;
  if (length <= limit) return null;
  return deps.t("optTooLong", [plural(deps, "optCharacters", limit), plural(deps, "optCharacters", length)]);
}
