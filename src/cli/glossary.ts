// `skaidri glossary import FILE.csv [--into POLICY.json]`: a spreadsheet export into policy JSON.
import { createReadStream, createWriteStream, readFileSync, renameSync } from "node:fs";
import { mergeGlossary, type SpreadsheetEncoding } from "../core/csv.ts";
import { createGlossaryImporter, type GlossaryImporter } from "../core/glossary-import.ts";
import { MAX_JSON_DEPTH, tooDeepPath } from "../core/json-depth.ts";
import { parseJsonWithPosition } from "../core/json-position.ts";
import { POLICY_LIMITS } from "../core/policy.ts";
import type { GlossaryEntry, Language } from "../core/types.ts";
import { ADMX_JSON_MAX_LENGTH } from "./admx.ts";
import { localeOf, notASubcommand, parseArgs, UsageError } from "./args.ts";
import type { Command } from "./command.ts";
import { writeJson } from "./json-stream.ts";
import { cliText } from "./messages.ts";
import { knownIds, unwrapPolicyFile } from "./policy.ts";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

type Decoded = { result: ReturnType<GlossaryImporter["finish"]>; encoding: SpreadsheetEncoding };

/**
 * Reads the CSV as a stream (1 MB chunks) into the importer: memory follows the entries kept,
 * not the file. UTF-8 unless a byte sequence is not UTF-8 — then it is read again as
 * Windows-1257, as decodeSpreadsheet decides for a whole file.
 */
async function importFile(file: string, locale: Language): Promise<Decoded> {
  const read = async (encoding: "utf-8" | "windows-1257"): Promise<Decoded> => {
    const importer = createGlossaryImporter(locale);
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
function limitWarnings(glossary: readonly unknown[], where: string, locale: Language): string[] {
  const text = cliText(locale);
  const out: string[] = [];
  if (glossary.length > POLICY_LIMITS.glossaryEntries) {
    out.push(`${where}: ${text.severity.warning}: ${text.glossary.tooMany(glossary.length, POLICY_LIMITS.glossaryEntries)}`);
  }
  let chars = 2;
  for (const entry of glossary) {
    chars += JSON.stringify(entry).length + 1;
    if (chars > ADMX_JSON_MAX_LENGTH) {
      out.push(`${where}: ${text.severity.warning}: ${text.glossary.tooLong(ADMX_JSON_MAX_LENGTH)}`);
      break;
    }
  }
  return out;
}

/** Where the glossary lives in the --into file: a bare policy, or the extension's entry of a deployed file. */
function policySection(file: Record<string, unknown>, into: string, locale: Language): { policy: Record<string, unknown>; form: string } | { error: string } {
  const text = cliText(locale).glossary;
  const unwrapped = unwrapPolicyFile(file, knownIds(), locale);
  if (unwrapped.form === "bare") return { policy: file, form: "policy" };
  if (unwrapped.error || !isRecord(unwrapped.policy)) return { error: `${into}: ${unwrapped.error ?? text.entryNotObject}. ${text.nothingWritten}` };
  return { policy: unwrapped.policy, form: text.deployedForm(unwrapped.form, unwrapped.id ?? "") };
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
  let decoded: Decoded;
  try {
    decoded = await importFile(file, locale);
  } catch (e) {
    process.stderr.write(`${file}: ${text.cannotRead(String((e as NodeJS.ErrnoException).code ?? e))}\n`);
    return 2;
  }
  const { result, encoding } = decoded;
  if (encoding === "windows-1257") process.stderr.write(`${file}: ${text.win1257}\n`);
  for (const p of result.problems) process.stderr.write(`${file}: ${text.row(p.row, p.level, p.message)}\n`);
  if (result.entries.length === 0) {
    process.stderr.write(`${file}: ${text.nothing}\n`);
    return 2;
  }

  if (!values.into) {
    await writeJson(process.stdout, { glossary: result.entries });
    process.stderr.write(`${file}: ${text.imported(result.entries.length)}\n`);
    for (const line of limitWarnings(result.entries, file, locale)) process.stderr.write(`${line}\n`);
    return 0;
  }

  let whole: Record<string, unknown> = {};
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
    const parsed = parseJsonWithPosition(existingText.charCodeAt(0) === 0xfeff ? existingText.slice(1) : existingText, locale);
    if (!parsed.ok) {
      const { line, column, message } = parsed.error;
      process.stderr.write(`${values.into}:${line}:${column}: ${text.notJson(message)}\n`);
      return 2;
    }
    if (!isRecord(parsed.value)) {
      process.stderr.write(`${values.into}: ${text.notPolicy}\n`);
      return 2;
    }
    whole = parsed.value;
    // Writing it back walks every value: a 5,000-deep one overflowed the stack after the merge
    // (issue 12). No real policy nests past the limit, so the file is refused, located.
    for (const [key, value] of Object.entries(whole)) {
      const deep = tooDeepPath(value, key);
      if (deep !== null) {
        process.stderr.write(`${values.into}: ${deep}: ${say.severity.error}: ${text.tooDeep(MAX_JSON_DEPTH)}\n`);
        return 2;
      }
    }
  }
  const section = policySection(whole, values.into, locale);
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
  process.stderr.write(`${where}: ${text.merged(merged.added, merged.replaced, glossary.length)}\n`);
  for (const line of limitWarnings(glossary, values.into, locale)) process.stderr.write(`${line}\n`);
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
    if (sub && !help && !sub.startsWith("--locale")) process.stderr.write(`skaidri glossary: ${notASubcommand(sub, localeOf(args))}\n`);
    process.stdout.write(text.glossary.usage);
    return help ? 0 : 2;
  },
};
