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
import { localeOf, parseArgs, UsageError } from "./args.ts";
import { InputError, readPolicyFile, readProfileFile, readTextFile } from "./input-files.ts";
import { loadNodeLexicon, loadNodeWordList } from "./lexicon-node.ts";
import { cliText, SEVERITY_LABEL } from "./messages.ts";

interface Options {
  policy?: string;
  profile?: string;
  format: "json" | "text";
  locale: Language;
  /** Today's date for the reply deadlines, YYYY-MM-DD. */
  today?: string;
  files: string[];
}

function parseOptions(args: string[]): Options | "help" {
  const parsed = parseArgs(args, {
    policy: { type: "string" },
    profile: { type: "string" },
    format: { type: "string", choices: ["json", "text"] },
    now: { type: "string" },
  });
  if (parsed.help) return "help";
  const { values, positionals: files, locale } = parsed;
  const text = cliText(locale).lint;
  if (files.length === 0) throw new UsageError(text.noFiles);
  const out: Options = { policy: values.policy, profile: values.profile, format: (values.format ?? "text") as Options["format"], locale, files };
  if (values.now !== undefined) {
    const today = dateOfNow(values.now);
    if (!today) throw new UsageError(text.badNow(values.now));
    out.today = today;
  }
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
function readText(file: string, stdin: { text?: string }, locale: Language): string {
  if (file !== "-") return readTextFile(file, "file", locale);
  stdin.text ??= readTextFile(file, "file", locale);
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

function summary(findings: Finding[], files: number, locale: Language): string {
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return cliText(locale).lint.total(count("error"), count("warning"), count("info"), files);
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
      lines.push(`${r.file}:${line}:${column}  ${SEVERITY_LABEL[locale][f.severity]}  ${f.rule}  ${f.message}`);
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
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`skaidri lint: ${e.message}\n${cliText(localeOf(args)).lint.usage}\n`);
    return 2;
  }
  if (options === "help") {
    process.stdout.write(`${cliText(localeOf(args)).lint.usage}\n`);
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
    if (options.profile) profile = readProfileFile(options.profile, locale, warn);
    const stdin: { text?: string } = {};
    inputs = files.map((file) => ({ file, text: readText(file, stdin, locale) }));
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
  summary: (locale) => cliText(locale).lint.summary,
  run: runLint,
};
