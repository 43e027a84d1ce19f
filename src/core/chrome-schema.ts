// What Chrome would do with a policy before the extension sees it. Chrome normalises each
// top-level policy key against the managed schema with its SCHEMA_ALLOW_UNKNOWN strategy
// (components/policy/core/common/schema_map.cc, SchemaMap::FilterBundle): unknown properties
// are stripped, and a key whose value fails anywhere inside is dropped whole — silently.
// This mirrors that subset (type, properties, patternProperties, additionalProperties, items,
// enum, pattern, required, minimum/maximum, id/$ref) so `policy check` can warn about it.

export interface ChromeSchema {
  type?: string;
  $ref?: string;
  id?: string;
  properties?: Record<string, ChromeSchema>;
  patternProperties?: Record<string, ChromeSchema>;
  additionalProperties?: ChromeSchema;
  items?: ChromeSchema;
  enum?: unknown[];
  pattern?: string;
  required?: string[];
  minimum?: number;
  maximum?: number;
}

export interface ChromeDrop {
  /** The top-level policy key Chrome would drop whole. */
  key: string;
  /** Where the first failing value is, like `glossary[3].term`. */
  path: string;
  reason: string;
}

function collectIds(schema: ChromeSchema, ids: Map<string, ChromeSchema>): void {
  if (schema.id) ids.set(schema.id, schema);
  for (const child of [
    ...Object.values(schema.properties ?? {}),
    ...Object.values(schema.patternProperties ?? {}),
    ...(schema.additionalProperties ? [schema.additionalProperties] : []),
    ...(schema.items ? [schema.items] : []),
  ]) {
    collectIds(child, ids);
  }
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "list";
  if (typeof value === "object") return "dictionary";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "double";
  return typeof value;
}

const EXPECTED: Record<string, string> = {
  object: "dictionary",
  array: "list",
  string: "string",
  integer: "integer",
  number: "double",
  boolean: "boolean",
};

function child(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** The first place `value` fails `schema`, or null when Chrome keeps it (maybe with unknown fields stripped). */
function firstFailure(value: unknown, schema: ChromeSchema, path: string, ids: Map<string, ChromeSchema>): { path: string; reason: string } | null {
  const resolved = schema.$ref ? ids.get(schema.$ref) : schema;
  if (!resolved) return null;
  const type = resolved.type ?? "";
  const actual = typeName(value);
  const typeOk =
    type === "object"
      ? actual === "dictionary"
      : type === "array"
        ? actual === "list"
        : type === "number"
          ? typeof value === "number"
          : type === "integer"
            ? actual === "integer"
            : typeof value === type;
  if (!typeOk) return { path, reason: `expected ${EXPECTED[type] ?? type}, found ${actual}` };

  if (type === "object") {
    const record = value as Record<string, unknown>;
    for (const [key, item] of Object.entries(record)) {
      const matching: ChromeSchema[] = [];
      if (resolved.properties?.[key]) matching.push(resolved.properties[key]);
      for (const [pattern, sub] of Object.entries(resolved.patternProperties ?? {})) {
        if (safeTest(pattern, key)) matching.push(sub);
      }
      if (matching.length === 0 && resolved.additionalProperties) matching.push(resolved.additionalProperties);
      for (const sub of matching) {
        const failure = firstFailure(item, sub, child(path, key), ids);
        if (failure) return failure;
      }
    }
    for (const required of resolved.required ?? []) {
      if (!(required in record)) return { path, reason: `missing required property "${required}"` };
    }
  } else if (type === "array" && resolved.items) {
    const list = value as unknown[];
    for (const [i, item] of list.entries()) {
      const failure = firstFailure(item, resolved.items, child(path, i), ids);
      if (failure) return failure;
    }
  } else if (type === "string" || type === "integer") {
    if (resolved.enum && !resolved.enum.includes(value)) return { path, reason: `not one of ${resolved.enum.map((v) => JSON.stringify(v)).join(", ")}` };
    if (type === "string" && resolved.pattern !== undefined && !safeTest(resolved.pattern, value as string)) {
      return { path, reason: `does not match the pattern /${resolved.pattern}/` };
    }
    if (type === "integer") {
      const n = value as number;
      if ((resolved.minimum !== undefined && n < resolved.minimum) || (resolved.maximum !== undefined && n > resolved.maximum)) {
        return { path, reason: "out of the allowed range" };
      }
    }
  }
  return null;
}

/** Chrome uses RE2 partial matching; JavaScript's RegExp#test is the same for the patterns a schema uses. */
function safeTest(pattern: string, text: string): boolean {
  try {
    return new RegExp(pattern, "u").test(text);
  } catch {
    return false;
  }
}

/** The top-level keys Chrome would drop whole from `policy` under `schema`, with the first reason for each. */
export function findChromeDrops(policy: Record<string, unknown>, schema: ChromeSchema): ChromeDrop[] {
  const ids = new Map<string, ChromeSchema>();
  collectIds(schema, ids);
  const drops: ChromeDrop[] = [];
  for (const [key, value] of Object.entries(policy)) {
    const sub = schema.properties?.[key];
    if (!sub) continue; // Unknown keys: dropped too, but validatePolicy already says so.
    const failure = firstFailure(value, sub, child("", key).replace(/^\./, ""), ids);
    if (failure) drops.push({ key, ...failure });
  }
  return drops;
}
