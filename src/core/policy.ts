// Validates a managed policy by collecting problems, then keeping the valid rest
// (STYLE.md §6, after Dark Reader's src/utils/validation.ts). The browser's own schema check is
// silent and drops whole keys (TOOLCHAIN.md), so this is where an administrator — through the
// CLI or the options page — learns what was skipped and why. Never throws.
import { MAX_JSON_DEPTH, tooDeepPath } from "./json-depth.ts";
import { closestName } from "./closest-name.ts";
import type { Calendar, DeadlineDays, GlossaryEntry, Language, Policy, RuleId, SendCheck, SeveritySetting, TemplateDef, WebmailHost } from "./types.ts";
import { RULE_IDS } from "./types.ts";
import { hostProblem, MAX_WEBMAIL_HOSTS, WEBMAIL_KINDS } from "./webmail-hosts.ts";

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

export const POLICY_KEYS = [
  "institution",
  "institutionAliases",
  "feedbackUrl",
  "glossary",
  "abbreviationAllowlist",
  "templates",
  "rules",
  "sendCheck",
  "calendar",
  "lockRules",
  "webmailHosts",
  "sentenceWords",
  "deadlines",
] as const satisfies readonly (keyof Policy)[];

const SEVERITY_SETTINGS: readonly SeveritySetting[] = ["off", "info", "warning", "error"];
const SEND_CHECKS: readonly SendCheck[] = ["off", "warn", "block"];
const LANGUAGES: readonly Language[] = ["lv", "en"];

type MessageId = keyof typeof MESSAGES.en;

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

function format(locale: Language, id: MessageId, args: readonly (string | number)[]): string {
  return MESSAGES[locale][id].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ""));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `glossary` + 3 → `glossary[3]`; `rules` + `sign-off` → `rules["sign-off"]`; `glossary[3]` + `term` → `glossary[3].term`. */
export function joinPath(base: string, key: string | number): string {
  if (typeof key === "number") return `${base}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return base ? `${base}.${key}` : key;
  return `${base}[${JSON.stringify(key)}]`;
}

/** The UTF-8 size of a string without TextEncoder (core/ stays free of host APIs). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Terms compare case-insensitively, whitespace-collapsed, NFC. */
export function normaliseTerm(term: string): string {
  return term.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("lv");
}

function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Is this an address the extension may show as a link: http(s) only, never javascript: or data:. */
export function isSafeWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/**
 * Checks a managed policy (the object storage.managed returns, or a bare policy file).
 * Every problem carries its JSON path; invalid values are skipped and the valid rest is kept.
 * `locale` picks the language of the messages (English for the CLI).
 */
export function validatePolicy(raw: unknown, locale: Language = "en"): PolicyValidation {
  const problems: PolicyProblem[] = [];
  const report = (path: string, level: ProblemLevel, id: MessageId, ...args: (string | number)[]) => {
    problems.push({ path, level, message: format(locale, id, args) });
  };
  const policy: Policy = {};
  if (!isRecord(raw)) {
    report("", "error", "notObject");
    return { policy, problems };
  }

  /** A trimmed, non-empty string within `max` characters, or undefined after reporting. */
  const text = (value: unknown, path: string, max: number, allowEmpty = false): string | undefined => {
    if (typeof value !== "string") {
      report(path, "error", "notString");
      return undefined;
    }
    const trimmed = value.trim();
    if (!trimmed && !allowEmpty) {
      report(path, "error", "empty");
      return undefined;
    }
    if (trimmed.length > max) {
      report(path, "error", "tooLong", max);
      return undefined;
    }
    return trimmed;
  };

  const list = (value: unknown, path: string, max: number): unknown[] | undefined => {
    if (!Array.isArray(value)) {
      report(path, "error", "notArray");
      return undefined;
    }
    if (value.length > max) report(path, "error", "tooMany", max);
    return value.slice(0, max);
  };

  const oneOf = <T extends string>(value: unknown, path: string, allowed: readonly T[]): T | undefined => {
    if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
    report(path, "error", "badEnum", allowed.join(", "), typeof value === "string" ? value : JSON.stringify(value) ?? String(value));
    return undefined;
  };

  /** Distinct non-empty strings; duplicates (case-insensitive) are warned about and dropped. */
  const stringList = (value: unknown, path: string, max: number): string[] | undefined => {
    const items = list(value, path, max);
    if (!items) return undefined;
    const out: string[] = [];
    const seen = new Map<string, number>();
    for (const [i, item] of items.entries()) {
      const s = text(item, joinPath(path, i), POLICY_LIMITS.shortText);
      if (s === undefined) continue;
      const key = normaliseTerm(s);
      const first = seen.get(key);
      if (first !== undefined) {
        report(joinPath(path, i), "warning", "duplicateWarn", joinPath(path, first), s);
        continue;
      }
      seen.set(key, i);
      out.push(s);
    }
    return out;
  };

  const unknownFields = (item: Record<string, unknown>, path: string, known: readonly string[]) => {
    for (const key of Object.keys(item)) {
      if (known.includes(key)) continue;
      const near = closestName(key, known);
      if (near) report(joinPath(path, key), "warning", "didYouMeanField", key, near);
      else report(joinPath(path, key), "warning", "unknownItemKey", key);
    }
  };

  for (const [key, stored] of Object.entries(raw)) {
    // Nested deeper than any real policy: skipped here, before a recursive walk overflows the stack.
    const deep = tooDeepPath(stored, key);
    if (deep !== null) {
      report(deep, "error", "tooDeep", MAX_JSON_DEPTH);
      continue;
    }
    const value = fromRegistryForm(key, stored, (id, what) => report(key, "error", id, what));
    if (value === undefined) continue;
    switch (key as keyof Policy) {
      case "institution": {
        const s = text(value, key, POLICY_LIMITS.shortText);
        if (s !== undefined) policy.institution = s;
        break;
      }
      case "institutionAliases": {
        const items = stringList(value, key, POLICY_LIMITS.aliases);
        if (items) policy.institutionAliases = items;
        break;
      }
      case "feedbackUrl": {
        const s = text(value, key, POLICY_LIMITS.url);
        if (s === undefined) break;
        if (!isSafeWebUrl(s)) {
          const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(s)?.[1];
          if (scheme && !/^https?$/i.test(scheme)) report(key, "error", "badUrlScheme", `${scheme}:`);
          else report(key, "error", "badUrl");
          break;
        }
        if (s.toLowerCase().startsWith("http:")) report(key, "warning", "httpUrl");
        policy.feedbackUrl = s;
        break;
      }
      case "glossary": {
        const glossary = validateGlossary(value, key, { report, text, list, oneOf, unknownFields });
        if (glossary) policy.glossary = glossary;
        break;
      }
      case "abbreviationAllowlist": {
        const items = stringList(value, key, POLICY_LIMITS.abbreviations);
        if (items) policy.abbreviationAllowlist = items;
        break;
      }
      case "templates": {
        const items = list(value, key, POLICY_LIMITS.templates);
        if (!items) break;
        const templates: TemplateDef[] = [];
        const ids = new Map<string, number>();
        for (const [i, item] of items.entries()) {
          const path = joinPath(key, i);
          if (!isRecord(item)) {
            report(path, "error", "notObjectValue");
            continue;
          }
          unknownFields(item, path, ["id", "title", "body", "language"]);
          const missing = ["id", "title", "body"].find((field) => !(field in item));
          if (missing) {
            report(path, "error", "missingField", missing);
            continue;
          }
          const id = text(item.id, joinPath(path, "id"), POLICY_LIMITS.shortText);
          const title = text(item.title, joinPath(path, "title"), POLICY_LIMITS.shortText);
          let body: string | undefined;
          if (typeof item.body !== "string") report(joinPath(path, "body"), "error", "notString");
          else if (!item.body.trim()) report(joinPath(path, "body"), "error", "empty");
          else if (utf8Length(item.body) > POLICY_LIMITS.templateBodyBytes) {
            const kb = Math.ceil(utf8Length(item.body) / 1024);
            report(joinPath(path, "body"), "error", "templateTooBig", kb, POLICY_LIMITS.templateBodyBytes / 1024);
          } else body = item.body;
          let language: Language | undefined;
          // A bad language alone is skipped: the template then serves mails of either language.
          if (item.language !== undefined) language = oneOf(languageCode(item.language), joinPath(path, "language"), LANGUAGES);
          if (id === undefined || title === undefined || body === undefined) continue;
          const first = ids.get(id);
          if (first !== undefined) {
            report(joinPath(path, "id"), "error", "duplicate", joinPath(key, first), id);
            continue;
          }
          ids.set(id, i);
          templates.push(language ? { id, title, body, language } : { id, title, body });
        }
        policy.templates = templates;
        break;
      }
      case "rules": {
        if (!isRecord(value)) {
          report(key, "error", "notObjectValue");
          break;
        }
        const rules: Partial<Record<RuleId, SeveritySetting>> = {};
        for (const [id, setting] of Object.entries(value)) {
          const path = joinPath(key, id);
          if (!(RULE_IDS as readonly string[]).includes(id)) {
            report(path, "error", "unknownRule", id, RULE_IDS.join(", "));
            continue;
          }
          const severity = oneOf(setting, path, SEVERITY_SETTINGS);
          if (severity) rules[id as RuleId] = severity;
        }
        policy.rules = rules;
        break;
      }
      case "sendCheck": {
        const s = oneOf(value, key, SEND_CHECKS);
        if (s) policy.sendCheck = s;
        break;
      }
      case "sentenceWords": {
        const { min, max } = POLICY_LIMITS.sentenceWords;
        if (typeof value === "number" && Number.isInteger(value) && value >= min && value <= max) policy.sentenceWords = value;
        else report(key, "error", "badWholeNumber", min, max);
        break;
      }
      case "calendar": {
        if (!isRecord(value)) {
          report(key, "error", "notObjectValue");
          break;
        }
        unknownFields(value, key, ["holidays", "workdays"]);
        const calendar: Calendar = {};
        for (const field of ["holidays", "workdays"] as const) {
          if (value[field] === undefined) continue;
          const path = joinPath(key, field);
          const items = list(value[field], path, POLICY_LIMITS.calendarDates);
          if (!items) continue;
          const dates: string[] = [];
          for (const [i, item] of items.entries()) {
            if (typeof item !== "string") {
              report(joinPath(path, i), "error", "notString");
              continue;
            }
            if (!isIsoDate(item.trim())) {
              report(joinPath(path, i), "error", "badDate", item);
              continue;
            }
            if (!dates.includes(item.trim())) dates.push(item.trim());
          }
          calendar[field] = dates;
        }
        policy.calendar = calendar;
        break;
      }
      case "lockRules": {
        if (typeof value === "boolean") policy.lockRules = value;
        else report(key, "error", "notBoolean");
        break;
      }
      case "webmailHosts": {
        const hosts = validateWebmailHosts(value, key, { report, text, list, oneOf, unknownFields });
        if (hosts) policy.webmailHosts = hosts;
        break;
      }
      case "deadlines": {
        if (!isRecord(value)) {
          report(key, "error", "notObjectValue");
          break;
        }
        unknownFields(value, key, ["receipt", "answer"]);
        const deadlines: DeadlineDays = {};
        for (const field of ["receipt", "answer"] as const) {
          const days = value[field];
          if (days === undefined) continue;
          if (typeof days !== "number" || !Number.isInteger(days) || days < 0 || days > POLICY_LIMITS.deadlineDays) {
            report(joinPath(key, field), "error", "badDays", POLICY_LIMITS.deadlineDays, JSON.stringify(days) ?? String(days));
            continue;
          }
          deadlines[field] = days;
        }
        if ((deadlines.answer ?? 2) < (deadlines.receipt ?? 1)) report(key, "warning", "answerBeforeReceipt");
        policy.deadlines = deadlines;
        break;
      }
      default: {
        const near = closestName(key, POLICY_KEYS);
        if (near) report(joinPath("", key), "warning", "didYouMean", key, near);
        else report(joinPath("", key), "warning", "unknownKey", key, POLICY_KEYS.join(", "));
      }
    }
  }
  return { policy, problems };
}

interface Helpers {
  report: (path: string, level: ProblemLevel, id: MessageId, ...args: (string | number)[]) => void;
  text: (value: unknown, path: string, max: number, allowEmpty?: boolean) => string | undefined;
  list: (value: unknown, path: string, max: number) => unknown[] | undefined;
  oneOf: <T extends string>(value: unknown, path: string, allowed: readonly T[]) => T | undefined;
  unknownFields: (item: Record<string, unknown>, path: string, known: readonly string[]) => void;
}

function validateGlossary(value: unknown, key: string, h: Helpers): GlossaryEntry[] | undefined {
  const items = h.list(value, key, POLICY_LIMITS.glossaryEntries);
  if (!items) return undefined;
  const out: GlossaryEntry[] = [];
  const seen = new Map<string, number>();
  for (const [i, item] of items.entries()) {
    const path = joinPath(key, i);
    if (!isRecord(item)) {
      h.report(path, "error", "notObjectValue");
      continue;
    }
    h.unknownFields(item, path, ["term", "suggestion", "explanation", "language"]);
    if (!("term" in item)) {
      h.report(path, "error", "missingField", "term");
      continue;
    }
    const term = h.text(item.term, joinPath(path, "term"), POLICY_LIMITS.shortText);
    if (term === undefined) continue;
    const entry: GlossaryEntry = { term };
    // Optional fields: a bad one is skipped alone, the term still applies.
    if (item.suggestion !== undefined) {
      const s = h.text(item.suggestion, joinPath(path, "suggestion"), POLICY_LIMITS.shortText, true);
      if (s) entry.suggestion = s;
    }
    if (item.explanation !== undefined) {
      const s = h.text(item.explanation, joinPath(path, "explanation"), POLICY_LIMITS.explanation, true);
      if (s) entry.explanation = s;
    }
    if (item.language !== undefined) {
      const language = h.oneOf(languageCode(item.language), joinPath(path, "language"), LANGUAGES);
      if (language) entry.language = language;
    }
    const dedupe = `${entry.language ?? "*"}\u0000${normaliseTerm(term)}`;
    const first = seen.get(dedupe);
    if (first !== undefined) {
      h.report(joinPath(path, "term"), "error", "duplicate", joinPath(key, first), term);
      continue;
    }
    seen.set(dedupe, i);
    out.push(entry);
  }
  return out;
}

/** Language codes as the CSV import reads them: case and surrounding spaces do not matter ("LV", " en"). */
function languageCode(value: unknown): unknown {
  return typeof value === "string" ? value.trim().toLowerCase() : value;
}

/** Keys whose value is a list or an object, and the one boolean key. */
const STRUCTURED_KEYS: readonly string[] = ["institutionAliases", "glossary", "abbreviationAllowlist", "templates", "rules", "calendar", "webmailHosts", "deadlines"];

/**
 * A policy set through the Windows registry arrives in the registry's forms: Chrome and Edge
 * parse a REG_SZ holding JSON where the schema wants a list or dictionary, but Firefox hands
 * the 3rdparty values over as they are — a REG_SZ stays a string and a REG_DWORD is a number
 * (WindowsGPOParser.sys.mjs; only REG_MULTI_SZ is parsed as JSON). So the extension itself
 * reads a JSON string where a list or object belongs, and 0/1 as the boolean `lockRules`.
 * Returns undefined (after reporting) for JSON text that does not parse.
 */
function fromRegistryForm(key: string, value: unknown, fail: (id: "badJsonString", what: string) => void): unknown {
  if (key === "lockRules" && (value === 0 || value === 1)) return value === 1;
  if (typeof value !== "string" || !STRUCTURED_KEYS.includes(key)) return value;
  const trimmed = value.trim();
  if (!trimmed.startsWith("[") && !trimmed.startsWith("{")) return value;
  try {
    return JSON.parse(trimmed);
  } catch {
    fail("badJsonString", trimmed.startsWith("[") ? "[ … ]" : "{ … }");
    return undefined;
  }
}

function validateWebmailHosts(value: unknown, key: string, h: Helpers): WebmailHost[] | undefined {
  const items = h.list(value, key, MAX_WEBMAIL_HOSTS);
  if (!items) return undefined;
  const out: WebmailHost[] = [];
  const seen = new Map<string, number>();
  for (const [i, item] of items.entries()) {
    const path = joinPath(key, i);
    if (!isRecord(item)) {
      h.report(path, "error", "notObjectValue");
      continue;
    }
    h.unknownFields(item, path, ["host", "kind"]);
    const missing = ["host", "kind"].find((field) => !(field in item));
    if (missing) {
      h.report(path, "error", "missingField", missing);
      continue;
    }
    const host = h.text(item.host, joinPath(path, "host"), 253)?.toLowerCase();
    const kind = h.oneOf(item.kind, joinPath(path, "kind"), WEBMAIL_KINDS);
    if (host === undefined || kind === undefined) continue;
    const problem = hostProblem(host);
    if (problem) {
      const level = problem.id === "hostBuiltIn" ? "warning" : "error";
      h.report(joinPath(path, "host"), level, problem.id, "detail" in problem ? problem.detail : "");
      continue;
    }
    const first = seen.get(host);
    if (first !== undefined) {
      h.report(joinPath(path, "host"), "error", "duplicate", joinPath(key, first), host);
      continue;
    }
    seen.set(host, i);
    out.push({ host, kind });
  }
  return out;
}
