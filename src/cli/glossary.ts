// `skaidri glossary import FILE.csv [--into POLICY.json]`: a spreadsheet export into policy JSON.
import { readFileSync, writeFileSync } from "node:fs";
import { decodeSpreadsheet, glossaryFromCsv, mergeGlossary } from "../core/csv.ts";
import { parseJsonWithPosition } from "../core/json-position.ts";
import type { GlossaryEntry } from "../core/types.ts";
import { localeOf, parseArgs, UsageError } from "./args.ts";
import type { Command } from "./command.ts";
import { cliText } from "./messages.ts";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

async function importCommand(args: string[]): Promise<number> {
  const { positionals, values, help, locale } = parseArgs(args, { into: { type: "string" } });
  const say = cliText(locale);
  const text = say.glossary;
  const [file, extra] = positionals;
  if (help || !file) {
    process.stdout.write(text.usage);
    return help ? 0 : 2;
  }
  if (extra !== undefined) throw new UsageError(say.args.unexpected(extra));
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    process.stderr.write(`${file}: ${text.cannotRead(String((e as NodeJS.ErrnoException).code ?? e))}\n`);
    return 2;
  }
  const decoded = decodeSpreadsheet(bytes);
  if (decoded.encoding === "windows-1257") process.stderr.write(`${file}: ${text.win1257}\n`);
  const result = glossaryFromCsv(decoded.text, locale);
  for (const p of result.problems) process.stderr.write(`${file}: ${text.row(p.row, p.level, p.message)}\n`);
  if (result.entries.length === 0) {
    process.stderr.write(`${file}: ${text.nothing}\n`);
    return 2;
  }

  if (!values.into) {
    process.stdout.write(`${JSON.stringify({ glossary: result.entries }, null, 2)}\n`);
    process.stderr.write(`${file}: ${text.imported(result.entries.length)}\n`);
    return 0;
  }

  let policy: Record<string, unknown> = {};
  let existingText: string | undefined;
  try {
    existingText = readFileSync(values.into, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") {
      process.stderr.write(`${values.into}: ${text.cannotRead(String((e as NodeJS.ErrnoException).code ?? e))}\n`);
      return 2;
    }
  }
  if (existingText !== undefined && existingText.trim() !== "") {
    const parsed = parseJsonWithPosition(existingText);
    if (!parsed.ok) {
      const { line, column, message } = parsed.error;
      process.stderr.write(`${values.into}:${line}:${column}: ${text.notJson(message)}\n`);
      return 2;
    }
    if (!isRecord(parsed.value)) {
      process.stderr.write(`${values.into}: ${text.notPolicy}\n`);
      return 2;
    }
    policy = parsed.value;
  }
  const existing = Array.isArray(policy.glossary) ? policy.glossary : [];
  // Entries of the file we cannot key (not objects with a string term) stay as they are, first.
  const keyable = existing.filter((e): e is GlossaryEntry => isRecord(e) && typeof e.term === "string");
  const others = existing.filter((e) => !(isRecord(e) && typeof e.term === "string"));
  const merged = mergeGlossary(keyable, result.entries);
  const glossary = [...others, ...merged.glossary];
  policy.glossary = glossary;
  writeFileSync(values.into, `${JSON.stringify(policy, null, 2)}\n`);
  process.stderr.write(`${values.into}: ${text.merged(merged.added, merged.replaced, glossary.length)}\n`);
  return 0;
}

export const glossaryCommand: Command = {
  summary: (locale) => cliText(locale).glossary.summary,
  async run(args) {
    const [sub, ...rest] = args;
    const text = cliText(localeOf(args));
    if (sub === "import") {
      try {
        return await importCommand(rest);
      } catch (e) {
        if (!(e instanceof UsageError)) throw e;
        process.stderr.write(`skaidri glossary import: ${e.message}\n${text.args.seeHelp("glossary import")}\n`);
        return 2;
      }
    }
    const help = sub === "--help" || sub === "-h";
    if (sub && !help && !sub.startsWith("--locale")) process.stderr.write(`skaidri glossary: ${text.main.unknownSubcommand(sub)}\n`);
    process.stdout.write(text.glossary.usage);
    return help ? 0 : 2;
  },
};
