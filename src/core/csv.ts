// Spreadsheet (CSV) import of glossary entries: used by the CLI (`glossary import`) and the
// options page. Latvian Excel saves CSV with semicolons and often in Windows-1257, so both
// the delimiter and the encoding are detected, and each is said.
import { normaliseTerm, validatePolicy } from "./policy.ts";
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

/** The delimiter of a header line: the more frequent of ";" and "," outside quotes (ties: ","). */
export function detectDelimiter(headerLine: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const c of headerLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === ",") commas++;
    else if (!quoted && c === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
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

export interface GlossaryImportProblem {
  row: number;
  message: string;
  level: "error" | "warning";
}

export interface GlossaryImport {
  entries: GlossaryEntry[];
  problems: GlossaryImportProblem[];
  delimiter: "," | ";";
}

/** The import report's reasons, in the UI language ({0}, {1} are filled in). */
const MESSAGES = {
  en: {
    empty: "The file is empty; a header row (term, suggestion, explanation, language) is needed.",
    noTerm: 'The header row has no "term" column (found: {0}). Expected term, suggestion, explanation, language.',
    skipped: "skipped — {0}",
    row: "row",
    repeats: "“{0}” repeats row {1}; this row replaces it.",
  },
  lv: {
    empty: "Fails ir tukšs; vajadzīga virsrakstu rinda (termins, ieteikums, skaidrojums, valoda).",
    noTerm: "Virsrakstu rindā nav kolonnas „termins” (atrastas: {0}). Gaidītās kolonnas: termins, ieteikums, skaidrojums, valoda.",
    skipped: "izlaista — {0}",
    row: "rinda",
    repeats: "„{0}” atkārto {1}. rindu; šī rinda to aizstāj.",
  },
} as const satisfies Record<Language, Record<string, string>>;

function say(locale: Language, id: keyof typeof MESSAGES.en, ...args: (string | number)[]): string {
  return MESSAGES[locale][id].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ""));
}

/** Header names per column, English and Latvian, compared case-insensitively. */
const COLUMNS: Record<keyof GlossaryEntry, readonly string[]> = {
  term: ["term", "termins", "termiņš", "vārds"],
  suggestion: ["suggestion", "ieteikums", "aizstājējs"],
  explanation: ["explanation", "skaidrojums", "paskaidrojums"],
  language: ["language", "valoda"],
};

/** A report names a column as the spreadsheet's header would in the report's language. */
function columnName(field: string, locale: Language): string {
  const column = COLUMNS[field as keyof GlossaryEntry];
  return column && locale === "lv" ? column[1]! : field;
}

/**
 * Glossary entries from CSV text with a header row (term, suggestion, explanation, language).
 * Bad rows are reported by row number and skipped; a later row with the same term and
 * language replaces an earlier one.
 */
export function glossaryFromCsv(text: string, locale: Language = "en"): GlossaryImport {
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const problems: GlossaryImportProblem[] = [];
  // Excel's "sep=;" hint line.
  let rowOffset = 0;
  let delimiter: "," | ";" | undefined;
  const sep = /^sep=([,;])\r?\n/i.exec(body);
  if (sep) {
    delimiter = sep[1] as "," | ";";
    body = body.slice(sep[0].length);
    rowOffset = 1;
  }
  const firstLine = body.split(/\r?\n/, 1)[0] ?? "";
  delimiter ??= detectDelimiter(firstLine);
  const records = parseCsv(body, delimiter).map((r) => ({ ...r, row: r.row + rowOffset }));
  const header = records.shift();
  if (!header) {
    problems.push({ row: 1, level: "error", message: say(locale, "empty") });
    return { entries: [], problems, delimiter };
  }
  const index: Partial<Record<keyof GlossaryEntry, number>> = {};
  header.fields.forEach((name, i) => {
    const key = name.trim().toLocaleLowerCase("lv");
    for (const [column, names] of Object.entries(COLUMNS) as [keyof GlossaryEntry, readonly string[]][]) {
      if (names.includes(key) && index[column] === undefined) index[column] = i;
    }
  });
  if (index.term === undefined) {
    problems.push({
      row: header.row,
      level: "error",
      message: say(locale, "noTerm", header.fields.map((f) => (locale === "lv" ? `„${f.trim()}”` : `“${f.trim()}”`)).join(", ")),
    });
    return { entries: [], problems, delimiter };
  }

  const byKey = new Map<string, { entry: GlossaryEntry; row: number }>();
  for (const record of records) {
    if (record.fields.every((f) => f.trim() === "")) continue;
    const cell = (column: keyof GlossaryEntry) => {
      const i = index[column];
      return i === undefined ? undefined : (record.fields[i] ?? "").trim();
    };
    const raw: Record<string, string> = { term: cell("term") ?? "" };
    for (const column of ["suggestion", "explanation"] as const) {
      const value = cell(column);
      if (value) raw[column] = value;
    }
    const language = cell("language")?.toLowerCase();
    if (language) raw.language = language;
    const { policy, problems: found } = validatePolicy({ glossary: [raw] }, locale);
    const errors = found.filter((p) => p.level === "error");
    const entry = policy.glossary?.[0];
    if (!entry || errors.length > 0) {
      const why = errors.map((p) => `${columnName(p.path.replace(/^glossary\[0\]\.?/, ""), locale) || say(locale, "row")}: ${p.message}`).join(" ");
      problems.push({ row: record.row, level: "error", message: say(locale, "skipped", why) });
      continue;
    }
    const key = `${entry.language ?? "*"}\u0000${normaliseTerm(entry.term)}`;
    const earlier = byKey.get(key);
    if (earlier) {
      problems.push({ row: record.row, level: "warning", message: say(locale, "repeats", entry.term, earlier.row) });
      byKey.delete(key);
    }
    byKey.set(key, { entry, row: record.row });
  }
  return { entries: [...byKey.values()].map((v) => v.entry), problems, delimiter };
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
