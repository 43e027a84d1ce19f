// `skaidri glossary import FILE.csv [--into POLICY.json]`: a spreadsheet export into policy JSON.
import { createReadStream, createWriteStream, readFileSync, renameSync } from "node:fs";
import { parseArgs } from "node:util";
import { mergeGlossary, type SpreadsheetEncoding } from "../core/csv.ts";
import { createGlossaryImporter, type GlossaryImporter } from "../core/glossary-import.ts";
import { parseJsonWithPosition } from "../core/json-position.ts";
import { POLICY_LIMITS } from "../core/policy.ts";
import type { GlossaryEntry } from "../core/types.ts";
import { ADMX_JSON_MAX_LENGTH } from "./admx.ts";
import type { Command } from "./command.ts";
import { writeJson } from "./json-stream.ts";
import { knownIds, unwrapPolicyFile } from "./policy.ts";

const USAGE = `Usage: skaidri glossary import FILE.csv [--into POLICY.json]

Reads a CSV with a header row: term, suggestion, explanation, language ("lv", "en" or empty).
Comma or semicolon separated; UTF-8 (with or without BOM) or Windows-1257.
Without --into, prints {"glossary": [...]}. With --into, merges into that file (an entry
with the same term and language is replaced) and writes it back: a bare policy, or a deployed
file — Chrome/Edge {"3rdparty": …} or Firefox policies.json — whose Skaidri entry gets the
glossary (the rest of the file is kept). Warns when the glossary passes a limit.
Large files are read as a stream.
Bad rows are reported on standard error and skipped; exit 2 only when nothing could be imported.
`;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

type Decoded = { result: ReturnType<GlossaryImporter["finish"]>; encoding: SpreadsheetEncoding };

/**
 * Reads the CSV as a stream (1 MB chunks) into the importer: memory follows the entries kept,
 * not the file. UTF-8 unless a byte sequence is not UTF-8 — then it is read again as
 * Windows-1257, as decodeSpreadsheet decides for a whole file.
 */
async function importFile(file: string): Promise<Decoded> {
  const read = async (encoding: "utf-8" | "windows-1257"): Promise<Decoded> => {
    const importer = createGlossaryImporter();
    const decoder = new TextDecoder(encoding, { fatal: encoding === "utf-8", ignoreBOM: true });
    let bom = false;
    let first = true;
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      if (first) bom = chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
      first = false;
      importer.push(decoder.decode(chunk, { stream: true }));
    }
    importer.push(decoder.decode());
    return { result: importer.finish(), encoding: encoding === "utf-8" ? (bom ? "utf-8-bom" : "utf-8") : "windows-1257" };
  };
  try {
    return await read("utf-8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ERR_ENCODING_INVALID_ENCODED_DATA") throw e;
    return read("windows-1257");
  }
}

/** Warnings for a glossary the browsers would not take whole. */
function limitWarnings(glossary: readonly unknown[], where: string): string[] {
  const out: string[] = [];
  if (glossary.length > POLICY_LIMITS.glossaryEntries) {
    out.push(`${where}: warning: the glossary has ${glossary.length} entries; Skaidri applies the first ${POLICY_LIMITS.glossaryEntries} and skips the rest (split it, or keep the terms staff really meet).`);
  }
  let chars = 2;
  for (const entry of glossary) {
    chars += JSON.stringify(entry).length + 1;
    if (chars > ADMX_JSON_MAX_LENGTH) {
      out.push(`${where}: warning: the glossary is over ${ADMX_JSON_MAX_LENGTH.toLocaleString("en")} characters of JSON: too long for the Group Policy text box (skaidri policy admx); deploy it in a policy file or a .reg value instead.`);
      break;
    }
  }
  return out;
}

/** Where the glossary lives in the --into file: a bare policy, or the extension's entry of a deployed file. */
function policySection(file: Record<string, unknown>, into: string): { policy: Record<string, unknown>; form: string } | { error: string } {
  const unwrapped = unwrapPolicyFile(file, knownIds());
  if (unwrapped.form === "bare") return { policy: file, form: "policy" };
  if (unwrapped.error || !isRecord(unwrapped.policy)) return { error: `${into}: ${unwrapped.error ?? "the extension's entry is not an object"}. Nothing written.` };
  return { policy: unwrapped.policy, form: `${unwrapped.form === "chrome" ? "Chrome/Edge" : "Firefox"} policy for ${unwrapped.id}` };
}

async function importCommand(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { into: { type: "string" }, help: { type: "boolean", short: "h" } } });
  const file = positionals[0];
  if (values.help || !file) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  let decoded: Decoded;
  try {
    decoded = await importFile(file);
  } catch (e) {
    process.stderr.write(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? e})\n`);
    return 2;
  }
  const { result, encoding } = decoded;
  if (encoding === "windows-1257") process.stderr.write(`${file}: not valid UTF-8; read as Windows-1257 (Baltic), as Latvian Excel saves CSV.\n`);
  for (const p of result.problems) process.stderr.write(`${file}: row ${p.row}: ${p.level}: ${p.message}\n`);
  if (result.entries.length === 0) {
    process.stderr.write(`${file}: nothing imported.\n`);
    return 2;
  }

  if (!values.into) {
    await writeJson(process.stdout, { glossary: result.entries });
    process.stderr.write(`${file}: ${result.entries.length} entries imported.\n`);
    for (const line of limitWarnings(result.entries, file)) process.stderr.write(`${line}\n`);
    return 0;
  }

  let whole: Record<string, unknown> = {};
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
    const parsed = parseJsonWithPosition(existingText.charCodeAt(0) === 0xfeff ? existingText.slice(1) : existingText);
    if (!parsed.ok) {
      const { line, column, message } = parsed.error;
      process.stderr.write(`${values.into}:${line}:${column}: not valid JSON — ${message}. Nothing written.\n`);
      return 2;
    }
    if (!isRecord(parsed.value)) {
      process.stderr.write(`${values.into}: not a policy object. Nothing written.\n`);
      return 2;
    }
    whole = parsed.value;
  }
  const section = policySection(whole, values.into);
  if ("error" in section) {
    process.stderr.write(`${section.error}\n`);
    return 2;
  }
  const { policy } = section;
  const existing = Array.isArray(policy.glossary) ? policy.glossary : [];
  // Entries of the file we cannot key (not objects with a string term) stay as they are, first.
  const keyable = existing.filter((e): e is GlossaryEntry => isRecord(e) && typeof e.term === "string");
  const others = existing.filter((e) => !(isRecord(e) && typeof e.term === "string"));
  const merged = mergeGlossary(keyable, result.entries);
  const glossary = [...others, ...merged.glossary];
  policy.glossary = glossary;
  // Written next to the file, then moved over it: an interrupted write never leaves half a policy.
  const temp = `${values.into}.skaidri-${process.pid}.tmp`;
  const out = createWriteStream(temp);
  await writeJson(out, whole);
  await new Promise<void>((done, fail) => out.end((error?: Error | null) => (error ? fail(error) : done())));
  renameSync(temp, values.into);
  const where = section.form === "policy" ? values.into : `${values.into} (${section.form})`;
  process.stderr.write(`${where}: ${merged.added} added, ${merged.replaced} replaced; the glossary now has ${glossary.length} entries.\n`);
  for (const line of limitWarnings(glossary, values.into)) process.stderr.write(`${line}\n`);
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
