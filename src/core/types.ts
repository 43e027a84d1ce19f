// The engine's public contracts (shared/DESIGN.md → Contracts). Every layer above core/
// speaks these types; keep them plain data so they cross messaging and JSON unchanged.

export type Language = "lv" | "en";
export type Severity = "error" | "warning" | "info";
export type SeveritySetting = Severity | "off";
export type SendCheck = "off" | "warn" | "block";

/** Stable rule ids: documentation, policy and tests use them. Never reuse an id. */
export const RULE_IDS = [
  "jargon",
  "abbreviation",
  "greeting",
  "signature/name",
  "signature/position",
  "signature/institution",
  "signature/contacts",
  "feedback-invitation",
  "feedback-link",
  "sign-off",
  "personal-data",
  "formal-address",
  "greeting/punctuation",
  "greeting/vocative",
  "plain-language",
  "long-sentence",
  "passive-voice",
  "deadline",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** Offsets are UTF-16 code units into the linted text; a missing part has start === end. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  /** Replacement texts for [start, end): each is a one-click fix, grammatical in the writer's form. */
  suggestions: string[];
  /**
   * Suggestions the engine could not put into the writer's form with certainty (DESIGN.md: "a fix
   * is grammatical, or it is advice"): shown in the card as advice, with no replace button.
   */
  advice?: string[];
}

export interface GlossaryEntry {
  term: string;
  suggestion?: string;
  explanation?: string;
  /** Without it the term is matched in mails of either language. */
  language?: Language;
}

export interface TemplateDef {
  id: string;
  title: string;
  body: string;
  language?: Language;
}

/** Which adapter runs on an institution's own webmail host (DESIGN.md → webmail/). */
export type WebmailKind = "outlook" | "gmail" | "generic";

/** An institution's own webmail host (policy `webmailHosts`): an exact host name, no wildcard. */
export interface WebmailHost {
  host: string;
  kind: WebmailKind;
}

export interface Calendar {
  /** One-off public holidays, ISO dates (YYYY-MM-DD). */
  holidays?: string[];
  /** Moved working days (a Saturday worked), ISO dates. */
  workdays?: string[];
}

/** Working days to confirm receipt and to answer (policy `deadlines`; defaults 1 and 2). */
export interface DeadlineDays {
  receipt?: number;
  answer?: number;
}

/** The managed-policy keys (policy/schema.json). Every key optional. */
export interface Policy {
  institution?: string;
  institutionAliases?: string[];
  feedbackUrl?: string;
  glossary?: GlossaryEntry[];
  abbreviationAllowlist?: string[];
  templates?: TemplateDef[];
  rules?: Partial<Record<RuleId, SeveritySetting>>;
  sendCheck?: SendCheck;
  calendar?: Calendar;
  /** Lock every rule at its policy or default severity, not only the rules `rules` lists. */
  lockRules?: boolean;
  webmailHosts?: WebmailHost[];
  /** Words a sentence may have before long-sentence reports it (default 25). */
  sentenceWords?: number;
  deadlines?: DeadlineDays;
}

export interface Profile {
  firstName?: string;
  lastName?: string;
  position?: string;
  department?: string;
  phone?: string;
  email?: string;
}

/** Policy keys only the organisation sets: never part of the user's settings. */
export const ORGANISATION_ONLY_KEYS = ["calendar", "deadlines", "lockRules", "webmailHosts"] as const;

/**
 * What the user may set (options page): the policy's keys but those only the organisation
 * sets. Lists add to the organisation's; a scalar the policy sets is locked.
 */
export type UserSettings = Omit<Policy, (typeof ORGANISATION_ONLY_KEYS)[number]>;

/** The effective config: defaults ← user settings ← managed policy. */
export interface Config {
  institution: string;
  institutionAliases: string[];
  feedbackUrl: string;
  glossary: GlossaryEntry[];
  abbreviationAllowlist: string[];
  templates: TemplateDef[];
  rules: Record<RuleId, SeveritySetting>;
  sendCheck: SendCheck;
  calendar: Required<Calendar>;
  /** The institution's own webmail hosts (policy only). */
  webmailHosts: WebmailHost[];
  sentenceWords: number;
  deadlines: Required<DeadlineDays>;
  profile: Profile;
}

/** A half-open range [start, end) of the linted text. */
export interface Span {
  start: number;
  end: number;
}

/** Boundaries the browser knows from the DOM; the plain-text splitter finds them otherwise. */
export interface SegmentHints {
  /** Where quoted history begins (everything from here on is the client's words). */
  quoteStart?: number;
  /** The signature block the webmail marks (Gmail's gmail_signature, Outlook's #Signature). */
  signature?: Span;
}

export interface Segments {
  greeting: Span | null;
  body: Span;
  closing: Span | null;
  signature: Span | null;
  /** The trailing quoted history: from its marker to the end of the text. */
  quote: Span | null;
  /**
   * Every quoted span in order: the client's `>` lines of an interleaved reply (with the
   * writer's answers between them) and the trailing `quote`. Absent means `[quote]`.
   */
  quoted?: Span[];
}
