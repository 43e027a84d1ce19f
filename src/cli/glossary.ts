// `skaidri glossary import FILE.csv [--into POLICY.json]`: a spreadsheet export into policy JSON.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { decodeSpreadsheet, glossaryFromCsv, mergeGlossary } from "../core/csv.ts";
import { parseJsonWithPosition } from "../core/json-position.ts";
import type { GlossaryEntry } from "../core/types.ts";
import type { Command } from "./command.ts";

const USAGE = `Usage: skaidri glossary import FILE.csv [--into POLICY.json]

Reads a CSV with a header row: term, suggestion, explanation, language ("lv", "en" or empty).
Comma or semicolon separated; UTF-8 (with or without BOM) or Windows-1257.
Without --into, prints {"glossary": [...]}. With --into, merges into that policy file
(an entry with the same term and language is replaced) and writes it back.
Bad rows are reported on standard error and skipped; exit 2 only when nothing could be imported.
`;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

async function importCommand(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { into: { type: "string" }, help: { type: "boolean", short: "h" } } });
  const file = positionals[0];
  if (values.help || !file) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    process.stderr.write(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? e})\n`);
    return 2;
  }
  const { text, encoding } = decodeSpreadsheet(bytes);
  if (encoding === "windows-1257") process.stderr.write(`${file}: not valid UTF-8; read as Windows-1257 (Baltic), as Latvian Excel saves CSV.\n`);
  const result = glossaryFromCsv(text);
  for (const p of result.problems) process.stderr.write(`${file}: row ${p.row}: ${p.level}: ${p.message}\n`);
  if (result.entries.length === 0) {
    process.stderr.write(`${file}: nothing imported.\n`);
    return 2;
  }

  if (!values.into) {
    process.stdout.write(`${JSON.stringify({ glossary: result.entries }, null, 2)}\n`);
    process.stderr.write(`${file}: ${result.entries.length} entries imported.\n`);
    return 0;
  }

  let policy: Record<string, unknown> = {};
  let existingText: string | undefined;
  try {
    existingText = readFileSync(values.into, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") {
      process.stderr.write(`${values.into}: cannot read (${(e as NodeJS.ErrnoException).code ?? e})\n`);
      return 2;
    }
  }
  if (existingText !== undefined && existingText.trim() !== "") {
    const parsed = parseJsonWithPosition(existingText);
    if (!parsed.ok) {
      const { line, column, message } = parsed.error;
      process.stderr.write(`${values.into}:${line}:${column}: not valid JSON — ${message}. Nothing written.\n`);
      return 2;
    }
    if (!isRecord(parsed.value)) {
      process.stderr.write(`${values.into}: not a policy object. Nothing written.\n`);
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
  process.stderr.write(`${values.into}: ${merged.added} added, ${merged.replaced} replaced; the glossary now has ${glossary.length} entries.\n`);
  return 0;
}

export const glossaryCommand: Command = {
  summary: "glossary import FILE.csv [--into POLICY.json] — turn a spreadsheet into policy JSON",
  async run(args) {
    const [sub, ...rest] = args;
    if (sub === "import") return importCommand(rest);
    process.stdout.write(USAGE);
    return sub === "--help" || sub === "-h" ? 0 : 2;
  },
};
