// How deep a parsed JSON value nests, found without recursion: a 5,000-deep policy value
// overflowed the stack of every recursive walk after it (JSON.stringify in a message, the
// schema check) and `policy check` died with a trace. Validation stops it here, with its path.

/** A policy value nests no deeper than this; real ones nest three or four levels. */
export const MAX_JSON_DEPTH = 32;

/**
 * The path (`glossary[0].term[0][0]…`) of the first value nested deeper than `max` levels below
 * `value`, or null. Iterative, and it stops at the first such value: linear in what it visits.
 */
export function tooDeepPath(value: unknown, base: string, max = MAX_JSON_DEPTH): string | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: base, depth: 0 }];
  while (stack.length > 0) {
    const { value: v, path, depth } = stack.pop()!;
    if (typeof v !== "object" || v === null) continue;
    if (depth >= max) return path;
    // Long paths are cut: the first levels locate the value.
    const step = (key: string | number) => (depth < 8 ? (typeof key === "number" ? `${path}[${key}]` : `${path}.${key}`) : depth === 8 ? `${path}…` : path);
    if (Array.isArray(v)) for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: step(i), depth: depth + 1 });
    else for (const [k, child] of Object.entries(v)) stack.push({ value: child, path: step(k), depth: depth + 1 });
  }
  return null;
}
