// The glossary spreadsheet import as a stream: text goes in chunk by chunk, rows are parsed,
// validated and kept one at a time, so memory grows with the entries kept, never with the
// file (a 90 MB export once needed 3 GB as one string, one record array and one JSON text).
// glossaryFromCsv (csv.ts) is this with one chunk; the CLI feeds it a file stream.
import { normaliseTerm, validatePolicy } from "./policy.ts";
import type { GlossaryEntry, Language } from "./types.ts";

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

/** The import report's reasons, in the UI language ({0}, {1} are filled in). */
export const MESSAGES = {
  en: {
    empty: "The file is empty; a header row (term, suggestion, explanation, language) is needed.",
    noTerm: "The header row has no “term” column (found: {0}). Expected term, suggestion, explanation, language.",
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

const quoteIn = (locale: Language, text: string) => (locale === "lv" ? `„${text}”` : `“${text}”`);

/** A report names a column as the spreadsheet's header would in the report's language. */
function columnName(field: string, locale: Language): string {
  const column = COLUMNS[field as keyof GlossaryEntry];
  return column && locale === "lv" ? column[1]! : field;
}

/** Header names per column, English and Latvian, compared case-insensitively. */
const COLUMNS: Record<keyof GlossaryEntry, readonly string[]> = {
  term: ["term", "termins", "termiņš", "vārds"],
  suggestion: ["suggestion", "ieteikums", "aizstājējs"],
  explanation: ["explanation", "skaidrojums", "paskaidrojums"],
  language: ["language", "valoda"],
};

export interface GlossaryImporter {
  push(chunk: string): void;
  finish(): GlossaryImport;
}

/** An incremental RFC 4180 reader: quoted fields may hold delimiters, doubled quotes and line breaks. */
function createRecordReader(onRecord: (row: number, fields: string[]) => void) {
  let delimiter = ",";
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let quoteInQuoted = false; // saw '"' inside quotes; the next character decides
  let skipLf = false; // saw '\r' ending a record; a following '\n' belongs to it
  let line = 1;
  let recordLine = 1;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== "") onRecord(recordLine, fields);
    fields = [];
    field = "";
  };
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (skipLf) {
        skipLf = false;
        if (c === "\n") continue;
      }
      if (quoteInQuoted) {
        quoteInQuoted = false;
        if (c === '"') {
          field += '"';
          continue;
        }
        quoted = false; // the quote closed the field: read c as unquoted
      }
      if (quoted) {
        if (c === '"') quoteInQuoted = true;
        else {
          if (c === "\n") line++;
          field += c;
        }
      } else if (c === '"' && field === "") quoted = true;
      else if (c === delimiter) {
        fields.push(field);
        field = "";
      } else if (c === "\r" || c === "\n") {
        skipLf = c === "\r";
        endRecord();
        line++;
        recordLine = line;
      } else field += c;
    }
  };
  return {
    setDelimiter(d: string) {
      delimiter = d;
    },
    feed,
    end() {
      if (field !== "" || fields.length > 0 || quoted || quoteInQuoted) endRecord();
    },
  };
}

/** A streaming glossary import; the result equals glossaryFromCsv of the whole text. */
export function createGlossaryImporter(locale: Language = "en"): GlossaryImporter {
  const problems: GlossaryImportProblem[] = [];
  const byKey = new Map<string, { entry: GlossaryEntry; row: number }>();
  let head = ""; // text before the first line break: decides the "sep=" hint and the delimiter
  let started = false;
  let rowOffset = 0;
  let delimiter: "," | ";" = ",";
  let header: { row: number; fields: string[] } | undefined;
  let index: Partial<Record<keyof GlossaryEntry, number>> | undefined;
  let noTermColumn = false;

  const onRecord = (recordRow: number, fields: string[]) => {
    const row = recordRow + rowOffset;
    if (!header) {
      header = { row, fields };
      index = {};
      fields.forEach((name, i) => {
        const key = name.trim().toLocaleLowerCase("lv");
        for (const [column, names] of Object.entries(COLUMNS) as [keyof GlossaryEntry, readonly string[]][]) {
          if (names.includes(key) && index![column] === undefined) index![column] = i;
        }
      });
      if (index.term === undefined) {
        noTermColumn = true;
        problems.push({
          row,
          level: "error",
          message: say(locale, "noTerm", fields.map((f) => quoteIn(locale, f.trim())).join(", ")),
        });
      }
      return;
    }
    if (noTermColumn || fields.every((f) => f.trim() === "")) return;
    const cell = (column: keyof GlossaryEntry) => {
      const i = index![column];
      return i === undefined ? undefined : (fields[i] ?? "").trim();
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
      problems.push({ row, level: "error", message: say(locale, "skipped", why) });
      return;
    }
    const key = `${entry.language ?? "*"}\u0000${normaliseTerm(entry.term)}`;
    const earlier = byKey.get(key);
    if (earlier) {
      problems.push({ row, level: "warning", message: say(locale, "repeats", entry.term, earlier.row) });
      byKey.delete(key);
    }
    byKey.set(key, { entry, row });
  };
  const reader = createRecordReader(onRecord);

  /** Once the first line is known: drop the BOM and Excel's "sep=;" line, pick the delimiter. */
  const start = (first: string) => {
    started = true;
    let body = first.charCodeAt(0) === 0xfeff ? first.slice(1) : first;
    const sep = /^sep=([,;])\r?\n/i.exec(body);
    let chosen: "," | ";" | undefined;
    if (sep) {
      chosen = sep[1] as "," | ";";
      body = body.slice(sep[0].length);
      rowOffset = 1;
    }
    const firstLine = body.split(/\r?\n/, 1)[0] ?? "";
    // With a sep= line the header is the next line: wait for it only to keep one code path.
    delimiter = chosen ?? detectDelimiter(firstLine);
    reader.setDelimiter(delimiter);
    reader.feed(body);
  };

  return {
    push(chunk: string) {
      if (started) return reader.feed(chunk);
      head += chunk;
      // The first line decides; with a "sep=" hint line, the second one ends the look-ahead too.
      const lines = head.split("\n");
      const needed = /^\uFEFF?sep=[,;]\r?$/i.test(lines[0] ?? "") ? 2 : 1;
      if (lines.length > needed) start(head);
    },
    finish(): GlossaryImport {
      if (!started) start(head);
      reader.end();
      if (!header) {
        problems.push({ row: 1, level: "error", message: say(locale, "empty") });
        return { entries: [], problems, delimiter };
      }
      return { entries: noTermColumn ? [] : [...byKey.values()].map((v) => v.entry), problems, delimiter };
    },
  };
}
