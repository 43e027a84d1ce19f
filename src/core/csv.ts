// Spreadsheet (CSV) import of glossary entries: used by the CLI (`glossary import`) and the
// options page. Latvian Excel saves CSV with semicolons and often in Windows-1257, so both
// the delimiter and the encoding are detected, and each is said.
import { createGlossaryImporter, type GlossaryImport } from "./glossary-import.ts";
import { normaliseTerm } from "./policy.ts";

export { detectDelimiter, type GlossaryImport, type GlossaryImportProblem } from "./glossary-import.ts";
import type { GlossaryEntry, Language } from "./types.ts";

export type SpreadsheetEncoding = "utf-8" | "utf-8-bom" | "windows-1257";

/**
 * Text of a CSV file: UTF-8 (with or without BOM) when the bytes are valid UTF-8, else
 * Windows-1257 (Baltic), the code page Latvian Excel uses for "CSV (Comma delimited)".
 */
export function decodeSpreadsheet(bytes: Uint8Array): { text: string; encoding: SpreadsheetEncoding } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { text, encoding: bom ? "utf-8-bom" : "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1257").decode(bytes), encoding: "windows-1257" };
  }
}

export interface CsvRecord {
  /** 1-based row number of the record's first line, as a spreadsheet shows it. */
  row: number;
  fields: string[];
}

/** RFC 4180 records: quoted fields may hold delimiters, doubled quotes and line breaks. */
export function parseCsv(text: string, delimiter: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== "") records.push({ row: recordLine, fields });
    fields = [];
    field = "";
  };
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === "\n") line++;
        field += c;
      }
    } else if (c === '"' && field === "") quoted = true;
    else if (c === delimiter) {
      fields.push(field);
      field = "";
    } else if (c === "\r" || c === "\n") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else field += c;
  }
  if (field !== "" || fields.length > 0) endRecord();
  return records;
}

/**
 * Glossary entries from CSV text with a header row (term, suggestion, explanation, language).
 * Bad rows are reported by row number and skipped; a later row with the same term and
 * language replaces an earlier one. The streaming importer with one chunk.
 */
export function glossaryFromCsv(text: string, locale: Language = "en"): GlossaryImport {
  const importer = createGlossaryImporter(locale);
  importer.push(text);
  return importer.finish();
}

/** Merges imported entries into a glossary: an entry with the same term and language is replaced in place. */
export function mergeGlossary(existing: readonly GlossaryEntry[], incoming: readonly GlossaryEntry[]): { glossary: GlossaryEntry[]; added: number; replaced: number } {
  const key = (e: GlossaryEntry) => `${e.language ?? "*"}\u0000${normaliseTerm(e.term)}`;
  const out = [...existing];
  const position = new Map(out.map((e, i) => [key(e), i]));
  let added = 0;
  let replaced = 0;
  for (const entry of incoming) {
    const at = position.get(key(entry));
    if (at === undefined) {
      position.set(key(entry), out.length);
      out.push(entry);
      added++;
    } else {
      out[at] = entry;
      replaced++;
    }
  }
  return { glossary: out, added, replaced };
}
