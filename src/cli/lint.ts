// `skaidri lint [--policy FILE] [--profile FILE] [--format json|text] [--locale lv|en] [--now ISO] FILE...`
// The engine on plain-text mails — for developers, auditors and the rule tests. The contract
// (issue 3) is exact: other tools parse the JSON and rely on the exit codes.
//   exit 0: no error-severity finding · 1: at least one · 2: usage error, unreadable file, or a
//   policy/profile that is not a JSON object (then a message on stderr and nothing on stdout).
import { compileGlossary } from "../core/glossary.ts";
import { effectiveConfig } from "../core/config.ts";
import { describeDeadlines } from "../core/deadline-words.ts";
import { dateInRiga, type Deadlines } from "../core/deadlines.ts";
import { lint } from "../core/lint.ts";
import type { Finding, Language, Policy, Profile } from "../core/types.ts";
import { isIsoDate } from "../core/workdays.ts";
import type { Command } from "./command.ts";
import { InputError, readPolicyFile, readProfileFile, readTextFile } from "./input-files.ts";
import { loadNodeLexicon, loadNodeWordList } from "./lexicon-node.ts";

const USAGE =
  "Usage: skaidri lint [--policy FILE] [--profile FILE] [--format json|text] [--locale lv|en] [--now ISO-DATE-TIME] FILE... (- reads standard input; --now defaults to the current time, dates in Latvia)";

interface Options {
  policy?: string;
  profile?: string;
  format: "json" | "text";
  locale: Language;
  /** Today's date for the reply deadlines, YYYY-MM-DD. */
  today?: string;
  files: string[];
}

class UsageError extends Error {}

function parseOptions(args: string[]): Options | "help" {
  const out: Options = { format: "text", locale: "lv", files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--help" || arg === "-h") return "help";
    if (arg === "--") {
      out.files.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      if (!["policy", "profile", "format", "locale", "now"].includes(name)) throw new UsageError(`unknown option "${arg}"`);
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || value === "") throw new UsageError(`option --${name} needs a value`);
      if (name === "format") {
        if (value !== "json" && value !== "text") throw new UsageError(`--format must be json or text, not "${value}"`);
        out.format = value;
      } else if (name === "locale") {
        if (value !== "lv" && value !== "en") throw new UsageError(`--locale must be lv or en, not "${value}"`);
        out.locale = value;
      } else if (name === "now") {
        const today = dateOfNow(value);
        if (!today) throw new UsageError(`--now must be an ISO date or date-time like 2026-11-26T09:00, not "${value}"`);
        out.today = today;
      } else out[name as "policy" | "profile"] = value;
      continue;
    }
    if (arg.startsWith("-") && arg !== "-") throw new UsageError(`unknown option "${arg}"`);
    out.files.push(arg);
  }
  if (out.files.length === 0) throw new UsageError("no input files (use - for standard input)");
  return out;
}

/**
 * The calendar date `--now` names: as written when it has no zone (local time, like the
 * received time), else the date in Latvia at that instant.
 */
export function dateOfNow(value: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?)?$/.exec(value);
  if (!m || !isIsoDate(m[1]!)) return null;
  if (!m[2]) return m[1]!;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : dateInRiga(instant);
}

/** Standard input is read once, however often `-` is named. */
function readText(file: string, stdin: { text?: string }): string {
  if (file !== "-") return readTextFile(file, "file");
  stdin.text ??= readTextFile(file, "file");
  return stdin.text;
}

// ── Output ───────────────────────────────────────────────────────────────────────────────

/** 1-based line and column (UTF-16 code units) of each sorted offset, in one pass over the text. */
function positions(text: string, offsets: readonly number[]): { line: number; column: number }[] {
  const out: { line: number; column: number }[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  for (const offset of offsets) {
    for (; i < offset && i < text.length; i++) {
      if (text.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    out.push({ line, column: offset - lineStart + 1 });
  }
  return out;
}

function plural(n: number, locale: Language, forms: Record<Language, [string, string]>): string {
  const [one, many] = forms[locale];
  // Latvian: 1, 21, 31 … take the singular; 11 does not. English: only 1.
  const singular = locale === "lv" ? n % 10 === 1 && n % 100 !== 11 : n === 1;
  return `${n} ${singular ? one : many}`;
}

function summary(findings: Finding[], files: number, locale: Language): string {
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  const parts = [
    plural(count("error"), locale, { lv: ["kļūda", "kļūdas"], en: ["error", "errors"] }),
    plural(count("warning"), locale, { lv: ["brīdinājums", "brīdinājumi"], en: ["warning", "warnings"] }),
    plural(count("info"), locale, { lv: ["piezīme", "piezīmes"], en: ["note", "notes"] }),
  ];
  const inFiles = plural(files, locale, { lv: ["failā", "failos"], en: ["file", "files"] });
  return locale === "lv" ? `${parts.join(", ")} (${inFiles})` : `${parts.join(", ")} in ${inFiles}`;
}

interface Result {
  file: string;
  text: string;
  language: Language;
  findings: Finding[];
  deadlines?: Deadlines;
}

function formatText(results: Result[], locale: Language): string {
  const lines: string[] = [];
  for (const r of results) {
    const at = positions(
      r.text,
      r.findings.map((f) => f.start),
    );
    r.findings.forEach((f, k) => {
      const { line, column } = at[k]!;
      lines.push(`${r.file}:${line}:${column}  ${f.severity}  ${f.rule}  ${f.message}`);
    });
    if (r.deadlines) lines.push(`${r.file}  ${describeDeadlines(r.deadlines, locale, true)}`);
  }
  lines.push(
    summary(
      results.flatMap((r) => r.findings),
      results.length,
      locale,
    ),
  );
  return `${lines.join("\n")}\n`;
}

function formatJson(results: Result[]): string {
  const out = results.map((r) => ({
    file: r.file,
    language: r.language,
    findings: r.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, start: f.start, end: f.end, suggestions: f.suggestions })),
    ...(r.deadlines ? { deadlines: { received: r.deadlines.received, receiptDue: r.deadlines.receiptDue, answerDue: r.deadlines.answerDue } } : {}),
  }));
  return `${JSON.stringify(out, null, 2)}\n`;
}

export async function runLint(args: string[]): Promise<number> {
  let options: Options | "help";
  try {
    options = parseOptions(args);
  } catch (e) {
    process.stderr.write(`skaidri lint: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (options === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { format, locale, files } = options;
  const today = options.today ?? dateInRiga();
  // Everything is read before anything is printed: on exit 2 standard output stays empty.
  const warnings: string[] = [];
  const warn = (line: string) => warnings.push(line);
  let inputs: { file: string; text: string }[];
  let policy: Policy = {};
  let profile: Profile = {};
  try {
    if (options.policy) policy = readPolicyFile(options.policy, locale, warn);
    if (options.profile) profile = readProfileFile(options.profile, warn);
    const stdin: { text?: string } = {};
    inputs = files.map((file) => ({ file, text: readText(file, stdin) }));
  } catch (e) {
    for (const w of warnings) process.stderr.write(`skaidri lint: ${w}\n`);
    if (e instanceof InputError) {
      process.stderr.write(`skaidri lint: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  for (const w of warnings) process.stderr.write(`skaidri lint: ${w}\n`);

  const config = effectiveConfig({}, policy, profile);
  const lexicon = loadNodeLexicon();
  // The CLI has the full word list: a term's homographs of other words fire only in context.
  const glossary = compileGlossary(Array.isArray(config.glossary) ? config.glossary : [], { otherWord: (form, lemmas) => loadNodeWordList("lv").otherWord!(form, lemmas) });
  const results: Result[] = inputs.map(({ file, text }) => {
    const r = lint(text, { config, locale, lexicon, today, glossary });
    return { file, text, language: r.language, findings: r.findings, deadlines: r.deadlines };
  });
  process.stdout.write(format === "json" ? formatJson(results) : formatText(results, locale));
  return results.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
}

export const lintCommand: Command = {
  summary: "lint [--policy FILE] [--profile FILE] [--format json|text] [--locale lv|en] [--now ISO] FILE...   check mails against the handbook",
  run: runLint,
};
