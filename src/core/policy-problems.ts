// What the policy check reports, and what it checks against: problem levels, size limits, and the
// problem messages in both UI languages (core/policy.ts validates; core/policy-values.ts checks
// the list-valued keys). Kept apart so the validator reads as a walk over the policy's keys.
import type { Language, Policy } from "./types.ts";

export type ProblemLevel = "error" | "warning";

export interface PolicyProblem {
  /** JSON path of the value, like `glossary[3].term`; "" is the policy itself. */
  path: string;
  message: string;
  /** error: the value is skipped. warning: it applies, or is ignored harmlessly, but is probably not what was meant. */
  level: ProblemLevel;
}

export interface PolicyValidation {
  policy: Policy;
  problems: PolicyProblem[];
}

/** Sane size limits: a policy travels through the registry and every browser profile. */
export const POLICY_LIMITS = {
  glossaryEntries: 50_000,
  templates: 500,
  /** Per template body, in UTF-8 bytes. */
  templateBodyBytes: 100 * 1024,
  aliases: 100,
  abbreviations: 5_000,
  calendarDates: 1_000,
  /** Working days in `deadlines.receipt` / `deadlines.answer`. */
  deadlineDays: 30,
  /** Institution, alias, term, suggestion, title, abbreviation. */
  shortText: 300,
  explanation: 2_000,
  url: 2_048,
  /** long-sentence's limit: below 5 every sentence is long, above 200 none is. */
  sentenceWords: { min: 5, max: 200 },
} as const;

export const LANGUAGES: readonly Language[] = ["lv", "en"];

export type MessageId = keyof typeof MESSAGES.en;

/** Problem reasons in both UI languages; {0}, {1} are filled in. */
export const MESSAGES = {
  en: {
    notObject: "The policy must be a JSON object ({ … }); nothing from it applies.",
    unknownKey: 'Unknown policy key "{0}"; it is ignored (Chrome drops it too). Known keys: {1}.',
    unknownItemKey: 'Unknown field "{0}"; it is ignored.',
    notString: "Must be a string (text in quotes); skipped.",
    notArray: "Must be a list ([ … ]); skipped.",
    notObjectValue: "Must be an object ({ … }); skipped.",
    empty: "Must not be empty; skipped.",
    tooLong: "Longer than {0} characters; skipped.",
    tooMany: "More than {0} entries; the rest are skipped.",
    duplicate: 'Duplicate of {0} ("{1}"); only the first one applies.',
    duplicateWarn: 'Duplicate of {0} ("{1}").',
    badUrl: "Not a valid web address; skipped.",
    badUrlScheme: 'Only http:// and https:// addresses are allowed, not "{0}"; skipped.',
    httpUrl: "Uses http:// — prefer https:// for a page clients open.",
    badEnum: 'Must be one of {0}, not "{1}"; skipped.',
    unknownRule: 'Unknown rule id "{0}"; skipped. Known rule ids: {1}.',
    templateTooBig: "The template body is {0} KB, over the {1} KB limit; skipped.",
    badDate: 'Not a calendar date in the form YYYY-MM-DD: "{0}"; skipped.',
    missingField: 'The required field "{0}" is missing; the entry is skipped.',
    tooDeep: "Nested more than {0} levels deep (lists or objects inside each other); the key is skipped.",
    didYouMean: 'Unknown policy key "{0}" — did you mean "{1}"? It is ignored (Chrome drops it too).',
    didYouMeanField: 'Unknown field "{0}" — did you mean "{1}"? It is ignored.',
    notBoolean: "Must be true or false; skipped.",
    badJsonString: "A text value that should hold JSON ({0}) but does not parse; skipped.",
    hostWildcard: "Wildcards are not allowed: list each host exactly (a wildcard would let Skaidri read every site under it); skipped.",
    hostNotName: "Not a host name — {0}; skipped.",
    hostPublicSuffix: "A whole domain zone, not one host; list the webmail host itself (e.g. pasts.iestade.gov.lv); skipped.",
    hostBuiltIn: "Skaidri already runs on this public webmail host; the entry is not needed.",
    badWholeNumber: "Must be a whole number from {0} to {1}; skipped.",
    badDays: "Must be a whole number of working days from 0 to {0}, not {1}; skipped.",
    answerBeforeReceipt: "The answer is due sooner than the receipt confirmation; check the numbers.",
  },
  lv: {
    notObject: "Politikai jābūt JSON objektam ({ … }); nekas no tās netiek piemērots.",
    unknownKey: 'Nezināma politikas atslēga „{0}”; tā tiek ignorēta (arī Chrome to atmet). Zināmās atslēgas: {1}.',
    unknownItemKey: 'Nezināms lauks „{0}”; tas tiek ignorēts.',
    notString: "Jābūt teksta virknei (teksts pēdiņās); izlaists.",
    notArray: "Jābūt sarakstam ([ … ]); izlaists.",
    notObjectValue: "Jābūt objektam ({ … }); izlaists.",
    empty: "Nedrīkst būt tukšs; izlaists.",
    tooLong: "Garāks par {0} rakstzīmēm; izlaists.",
    tooMany: "Vairāk nekā {0} ieraksti; pārējie izlaisti.",
    duplicate: 'Atkārto {0} („{1}”); tiek piemērots tikai pirmais.',
    duplicateWarn: 'Atkārto {0} („{1}”).',
    badUrl: "Nav derīga tīmekļa adrese; izlaista.",
    badUrlScheme: 'Atļautas tikai http:// un https:// adreses, nevis „{0}”; izlaista.',
    httpUrl: "Izmanto http:// — klientiem atveramai lapai labāk https://.",
    badEnum: 'Jābūt vienai no vērtībām {0}, nevis „{1}”; izlaists.',
    unknownRule: 'Nezināms pārbaudes identifikators „{0}”; izlaists. Zināmie: {1}.',
    templateTooBig: "Veidnes teksts ir {0} KB, vairāk par {1} KB ierobežojumu; izlaista.",
    badDate: 'Nav datums formā GGGG-MM-DD: „{0}”; izlaists.',
    missingField: 'Trūkst obligātā lauka „{0}”; ieraksts izlaists.',
    tooDeep: "Ligzdots dziļāk par {0} līmeņiem (saraksti vai objekti cits citā); atslēga izlaista.",
    didYouMean: 'Nezināma politikas atslēga „{0}” — varbūt domāta „{1}”? Tā tiek ignorēta (arī Chrome to atmet).',
    didYouMeanField: 'Nezināms lauks „{0}” — varbūt domāts „{1}”? Tas tiek ignorēts.',
    notBoolean: "Jābūt true vai false; izlaists.",
    badJsonString: "Teksta vērtībai jāsatur JSON ({0}), bet to nevar nolasīt; izlaista.",
    hostWildcard: "Aizstājējzīmes nav atļautas: katru resursdatoru norādiet precīzi (aizstājējzīme ļautu Skaidri lasīt visas vietnes zem tās); izlaists.",
    hostNotName: "Nav resursdatora nosaukums — {0}; izlaists.",
    hostPublicSuffix: "Vesela domēna zona, nevis viens resursdators; norādiet pašu tīmekļa pasta resursdatoru (piem., pasts.iestade.gov.lv); izlaists.",
    hostBuiltIn: "Šajā publiskajā tīmekļa pastā Skaidri jau darbojas; ieraksts nav vajadzīgs.",
    badWholeNumber: "Jābūt veselam skaitlim no {0} līdz {1}; izlaists.",
    badDays: "Jābūt veselam darba dienu skaitam no 0 līdz {0}, nevis {1}; izlaists.",
    answerBeforeReceipt: "Atbildes termiņš ir īsāks par saņemšanas apliecinājuma termiņu; pārbaudiet skaitļus.",
  },
} as const satisfies Record<Language, Record<string, string>>;

export function format(locale: Language, id: MessageId, args: readonly (string | number)[]): string {
  return MESSAGES[locale][id].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ""));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `glossary` + 3 → `glossary[3]`; `rules` + `sign-off` → `rules["sign-off"]`; `glossary[3]` + `term` → `glossary[3].term`. */
export function joinPath(base: string, key: string | number): string {
  if (typeof key === "number") return `${base}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return base ? `${base}.${key}` : key;
  return `${base}[${JSON.stringify(key)}]`;
}

/** Terms compare case-insensitively, whitespace-collapsed, NFC. */
export function normaliseTerm(term: string): string {
  return term.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("lv");
}

/** What the validator hands each key's checker: report a problem, and the common value checks. */
export interface Helpers {
  report: (path: string, level: ProblemLevel, id: MessageId, ...args: (string | number)[]) => void;
  text: (value: unknown, path: string, max: number, allowEmpty?: boolean) => string | undefined;
  list: (value: unknown, path: string, max: number) => unknown[] | undefined;
  oneOf: <T extends string>(value: unknown, path: string, allowed: readonly T[]) => T | undefined;
  unknownFields: (item: Record<string, unknown>, path: string, known: readonly string[]) => void;
}
