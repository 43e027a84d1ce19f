// Where a JSON text first goes wrong, as line and column. Node 20's JSON.parse does not always
// say (TOOLCHAIN.md), and an administrator editing a 5,000-term glossary needs the line.

export interface JsonSyntaxError {
  /** UTF-16 offset of the offending character (text.length at an unexpected end). */
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based, in characters. */
  column: number;
  message: string;
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  // Editors do not show a byte-order mark: it takes no column.
  const bom = line === 1 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return { line, column: offset - lineStart + 1 - bom };
}

class Failure {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

/** Null when `text` is valid JSON (RFC 8259), else the first error. A leading BOM is allowed. */
export function findJsonError(text: string): JsonSyntaxError | null {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = (message: string, at = i): never => {
    throw new Failure(at, message);
  };
  const describe = (at: number) => (at >= text.length ? "end of file" : `"${text[at]}"`);
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(`Unexpected ${describe(i)}; expected a value`);
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail(c === 10 ? "Line break inside a string (close the quote or write \\n)" : "Control character inside a string");
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail("Bad \\u escape in a string");
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) fail(`Bad escape "\\${e ?? ""}" in a string`);
        i += 2;
        continue;
      }
      i++;
    }
    fail("Unterminated string; a closing quote is missing");
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === "-") fail(`Unexpected ${describe(i)}; expected a value`);
    i += m![0].length;
  };
  const value = (depth: number): void => {
    if (depth > 500) fail("Nested too deeply");
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(text[i] === "}" ? "Trailing comma before }" : `Unexpected ${describe(i)}; expected a property name in double quotes`);
        string();
        ws();
        if (text[i] !== ":") fail(`Unexpected ${describe(i)}; expected ":" after the property name`);
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return;
        }
        fail(`Unexpected ${describe(i)}; expected "," or "}" (a comma may be missing)`);
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] === "]") fail("Trailing comma before ]");
        value(depth + 1);
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return;
        }
        fail(`Unexpected ${describe(i)}; expected "," or "]" (a comma may be missing)`);
      }
    }
    if (c === '"') string();
    else if (c === "t") literal("true");
    else if (c === "f") literal("false");
    else if (c === "n") literal("null");
    else if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) number();
    else if (c === "'") fail("Strings must use double quotes, not single quotes");
    else fail(`Unexpected ${describe(i)}; expected a value`);
  };
  try {
    value(0);
    ws();
    if (i < text.length) fail(`Unexpected ${describe(i)} after the end of the JSON value`);
    return null;
  } catch (e) {
    if (!(e instanceof Failure)) throw e;
    return { offset: e.offset, ...lineColumn(text, e.offset), message: e.message };
  }
}

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

/** JSON.parse with a position on failure; a leading BOM (Windows Notepad) is accepted. */
export function parseJsonWithPosition(text: string): JsonParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    const error = findJsonError(text) ?? { offset: 0, line: 1, column: 1, message: e instanceof Error ? e.message : String(e) };
    return { ok: false, error };
  }
}
