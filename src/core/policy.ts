// Validates a managed policy by collecting problems, then keeping the valid rest
// (STYLE.md §6, after Dark Reader's src/utils/validation.ts). The browser's own schema check is
// silent and drops whole keys (TOOLCHAIN.md), so this is where an administrator — through the
// CLI or the options page — learns what was skipped and why. Never throws.
import { closestName } from "./closest-name.ts";
import { MAX_JSON_DEPTH, tooDeepPath } from "./json-depth.ts";
import { format, isRecord, joinPath, LANGUAGES, type MessageId, normaliseTerm, POLICY_LIMITS, type PolicyProblem, type PolicyValidation, type ProblemLevel } from "./policy-problems.ts";
import { fromRegistryForm, languageCode, validateGlossary, validateWebmailHosts } from "./policy-values.ts";
import type { Calendar, DeadlineDays, Language, Policy, RuleId, SendCheck, SeveritySetting, TemplateDef } from "./types.ts";
import { RULE_IDS } from "./types.ts";

// What other modules take from the policy check, from one place.
export { joinPath, MESSAGES, normaliseTerm, POLICY_LIMITS, type PolicyProblem, type PolicyValidation, type ProblemLevel } from "./policy-problems.ts";

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
