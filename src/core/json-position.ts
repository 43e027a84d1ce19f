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

/** The syntax messages in both CLI languages; {0} is what was found ("Unexpected "x"", "Unexpected end of file"). */
export const JSON_MESSAGES = {
  en: {
    endOfFile: "unexpected end of file",
    character: "unexpected {0}",
    expectedValue: "{0}; expected a value",
    lineBreakInString: "Line break inside a string (close the quote or write \\n)",
    controlInString: "Control character inside a string",
    badUnicodeEscape: "Bad \\u escape in a string",
    badEscape: "Bad escape {0} in a string",
    unterminated: "Unterminated string; a closing quote is missing",
    tooDeep: "Nested too deeply (more than 500 levels)",
    commaBeforeBrace: "Trailing comma before }",
    commaBeforeBracket: "Trailing comma before ]",
    expectedName: "{0}; expected a property name in double quotes",
    expectedColon: '{0}; expected ":" after the property name',
    expectedCommaOrBrace: '{0}; expected "," or "}" (a comma may be missing)',
    expectedCommaOrBracket: '{0}; expected "," or "]" (a comma may be missing)',
    singleQuotes: "Strings must use double quotes, not single quotes",
    afterEnd: "{0} after the end of the JSON value",
  },
  lv: {
    endOfFile: "negaidītas faila beigas",
    character: "negaidīta rakstzīme {0}",
    expectedValue: "{0}; šeit jābūt vērtībai",
    lineBreakInString: "Rindas pārnesums virknes iekšpusē (aizveriet pēdiņas vai rakstiet \\n)",
    controlInString: "Vadības rakstzīme virknes iekšpusē",
    badUnicodeEscape: "Nepareizs \\u kods virknē",
    badEscape: "Nepareiza speciālā rakstzīme {0} virknē",
    unterminated: "Virkne nav noslēgta: trūkst noslēdzošo pēdiņu",
    tooDeep: "Pārāk daudz ieliktu līmeņu (vairāk nekā 500)",
    commaBeforeBrace: "Lieks komats pirms }",
    commaBeforeBracket: "Lieks komats pirms ]",
    expectedName: "{0}; šeit jābūt īpašības nosaukumam dubultpēdiņās",
    expectedColon: "{0}; pēc īpašības nosaukuma jābūt „:”",
    expectedCommaOrBrace: "{0}; šeit jābūt „,” vai „}” (varbūt trūkst komata)",
    expectedCommaOrBracket: "{0}; šeit jābūt „,” vai „]” (varbūt trūkst komata)",
    singleQuotes: "Virknēm jābūt dubultpēdiņās, nevis vienpēdiņās",
    afterEnd: "{0} pēc JSON vērtības beigām",
  },
} as const;

type JsonMessageId = keyof typeof JSON_MESSAGES.en;
type JsonLocale = keyof typeof JSON_MESSAGES;

function jsonMessage(locale: JsonLocale, id: JsonMessageId, arg = ""): string {
  const text = JSON_MESSAGES[locale][id].replace("{0}", arg);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

class Failure {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

/** Null when `text` is valid JSON (RFC 8259), else the first error. A leading BOM is allowed. */
export function findJsonError(text: string, locale: JsonLocale = "en"): JsonSyntaxError | null {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const quoted = (what: string) => (locale === "lv" ? `„${what}”` : `"${what}"`);
  const say = (id: JsonMessageId, arg?: string) => jsonMessage(locale, id, arg);
  const fail = (message: string, at = i): never => {
    throw new Failure(at, message);
  };
  // What was found at `at`, as the start of a message: "unexpected "x"" / "unexpected end of file".
  const describe = (at: number) => (at >= text.length ? JSON_MESSAGES[locale].endOfFile : JSON_MESSAGES[locale].character.replace("{0}", quoted(text[at]!)));
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(say("expectedValue", describe(i)));
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail(say(c === 10 ? "lineBreakInString" : "controlInString"));
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail(say("badUnicodeEscape"));
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) fail(say("badEscape", quoted(`\\${e ?? ""}`)));
        i += 2;
        continue;
      }
      i++;
    }
    fail(say("unterminated"));
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === "-") fail(say("expectedValue", describe(i)));
    i += m![0].length;
  };
  const value = (depth: number): void => {
    if (depth > 500) fail(say("tooDeep"));
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
        if (text[i] !== '"') fail(text[i] === "}" ? say("commaBeforeBrace") : say("expectedName", describe(i)));
        string();
        ws();
        if (text[i] !== ":") fail(say("expectedColon", describe(i)));
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
        fail(say("expectedCommaOrBrace", describe(i)));
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
        if (text[i] === "]") fail(say("commaBeforeBracket"));
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
        fail(say("expectedCommaOrBracket", describe(i)));
      }
    }
    if (c === '"') string();
    else if (c === "t") literal("true");
    else if (c === "f") literal("false");
    else if (c === "n") literal("null");
    else if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) number();
    else if (c === "'") fail(say("singleQuotes"));
    else fail(say("expectedValue", describe(i)));
  };
  try {
    value(0);
    ws();
    if (i < text.length) fail(say("afterEnd", describe(i)));
    return null;
  } catch (e) {
    if (!(e instanceof Failure)) throw e;
    return { offset: e.offset, ...lineColumn(text, e.offset), message: e.message };
  }
}

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

/** JSON.parse with a position on failure; a leading BOM (Windows Notepad) is accepted. */
export function parseJsonWithPosition(text: string, locale: JsonLocale = "en"): JsonParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    const error = findJsonError(text, locale) ?? { offset: 0, line: 1, column: 1, message: e instanceof Error ? e.message : String(e) };
    return { ok: false, error };
  }
}
