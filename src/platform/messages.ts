// Every runtime message, one discriminated union named by direction (STYLE.md §7).
// Add a variant here with its sender → receiver in the type name.
import type { Config } from "../core/types.ts";

export type PopupToContent =
  | { type: "popup→content:status" }
  | { type: "popup→content:insert"; text: string }
  /** Where a template would go: answered by src/webmail/template-insert.ts with TemplateTargetReply. */
  | { type: "popup→content:template-target" };

export type ContentToBackground =
  | { type: "content→background:lookup-words"; words: string[] }
  /** The glossary's one-word Latvian terms (normalised): which of their forms other words share (src/core/homographs.ts). */
  | { type: "content→background:homographs"; words: string[] }
  /** Inject the checking engine into the asking frame (src/background/engine-injection.ts). */
  | { type: "content→background:load-engine" }
  /** The _locales table of the UI language the user chose (src/background/ui-messages.ts); answered with the table. */
  | { type: "content→background:ui-messages"; language: "lv" | "en" }
  /** The compose's signature text for the options page's "fill the profile" (src/background/signature-handoff.ts); answered true when handed over. */
  | { type: "content→background:fill-profile"; signature: string };

/** The popup asks the background for what templates need (the engine-heavy settings code stays out of the popup). */
export type PopupToBackground = { type: "popup→background:template-settings" };

/** The background's answer to content→background:lookup-words: which of the asked words each language knows
 * (src/core/lexicon.ts → createLexiconCache().learn(asked, known)); `ok: false` if the word lists failed to load. */
export type LookupWordsReply = { ok: true; known: { lv: string[]; en: string[] } } | { ok: false };

/** The background's answer to content→background:homographs: [term, its forms other words share] for the terms that have any. */
export type HomographsReply = { ok: true; forms: [string, string[]][] } | { ok: false };

/** The keyboard shortcut (commands API) opens the template picker inside the page, at the caret. */
export type BackgroundToContent = { type: "background→content:open-template-picker" };

/** The content script's answer to popup→content:insert (src/webmail/template-insert.ts). */
export type InsertReply = { ok: true } | { ok: false; reason: "no-compose" | "failed" };
export type TemplateTargetReply = { composes: number };
/** The background's answer to popup→background:template-settings (src/background/template-settings.ts). */
export type TemplateSettingsReply = { config: Config; organisationTemplateIds: string[] };

export type Message = PopupToContent | ContentToBackground | BackgroundToContent | PopupToBackground;
