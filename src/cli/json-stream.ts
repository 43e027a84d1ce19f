// Writes JSON as JSON.stringify(value, null, 2) would, but piece by piece, so a policy with a
// large glossary never exists as one string (glossary import of a 90 MB spreadsheet).
import { once } from "node:events";
import type { Writable } from "node:stream";

/** The text of JSON.stringify(value, null, 2), in pieces; `depth` is the indentation level. */
export function* jsonPieces(value: unknown, depth = 0): Generator<string> {
  const pad = "  ".repeat(depth + 1);
  const end = "  ".repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return yield "[]";
    yield "[\n";
    for (const [i, item] of value.entries()) {
      yield pad;
      // JSON.stringify writes null for what JSON cannot hold in a list.
      if (item === undefined || typeof item === "function" || typeof item === "symbol") yield "null";
      else yield* jsonPieces(item, depth + 1);
      yield i < value.length - 1 ? ",\n" : "\n";
    }
    return yield `${end}]`;
  }
  if (typeof value === "object" && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== "function") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function" && typeof v !== "symbol");
    if (entries.length === 0) return yield "{}";
    yield "{\n";
    for (const [i, [key, item]] of entries.entries()) {
      yield `${pad}${JSON.stringify(key)}: `;
      yield* jsonPieces(item, depth + 1);
      yield i < entries.length - 1 ? ",\n" : "\n";
    }
    return yield `${end}}`;
  }
  yield JSON.stringify(value, null, 2)?.replace(/\n/g, `\n${end}`) ?? "null";
}

/** Writes `value` and a final line break to `out` in batches of about 64 KB, waiting when the stream is full. */
export async function writeJson(out: Writable, value: unknown): Promise<void> {
  let batch = "";
  for (const piece of jsonPieces(value)) {
    batch += piece;
    if (batch.length >= 65_536) {
      if (!out.write(batch)) await once(out, "drain");
      batch = "";
    }
  }
  if (!out.write(`${batch}\n`)) await once(out, "drain");
}
