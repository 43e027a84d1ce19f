// The policy check for the list-valued keys that need more than a loop over fields: the glossary
// (duplicates, language codes), the registry's JSON-string form of structured keys, and the
// institution's own webmail hosts. Called by validatePolicy (core/policy.ts) with its helpers.
import { type Helpers, isRecord, joinPath, LANGUAGES, normaliseTerm, POLICY_LIMITS } from "./policy-problems.ts";
import type { GlossaryEntry, WebmailHost } from "./types.ts";
import { hostProblem, MAX_WEBMAIL_HOSTS, WEBMAIL_KINDS } from "./webmail-hosts.ts";

/** The items of a list of objects with their index and path; any other item is reported and skipped, unknown fields are reported. */
function* objectItems(items: readonly unknown[], key: string, h: Helpers, known: readonly string[]): Generator<[number, Record<string, unknown>, string]> {
  for (const [i, item] of items.entries()) {
    const path = joinPath(key, i);
    if (!isRecord(item)) {
      h.report(path, "error", "notObjectValue");
      continue;
    }
    h.unknownFields(item, path, known);
    yield [i, item, path];
  }
}

export function validateGlossary(value: unknown, key: string, h: Helpers): GlossaryEntry[] | undefined {
  const items = h.list(value, key, POLICY_LIMITS.glossaryEntries);
  if (!items) return undefined;
  const out: GlossaryEntry[] = [];
  const seen = new Map<string, number>();
  for (const [i, item, path] of objectItems(items, key, h, ["term", "suggestion", "explanation", "language"])) {
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
export function languageCode(value: unknown): unknown {
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
export function fromRegistryForm(key: string, value: unknown, fail: (id: "badJsonString", what: string) => void): unknown {
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

export function validateWebmailHosts(value: unknown, key: string, h: Helpers): WebmailHost[] | undefined {
  const items = h.list(value, key, MAX_WEBMAIL_HOSTS);
  if (!items) return undefined;
  const out: WebmailHost[] = [];
  const seen = new Map<string, number>();
  for (const [i, item, path] of objectItems(items, key, h, ["host", "kind"])) {
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
