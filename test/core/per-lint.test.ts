// Per-lint shared results (src/core/per-lint.ts): computed once per lint, never shared between
// two lints, and kept on the lint's context — not in a module WeakMap keyed by a per-lint object,
// whose values V8's young-generation collector keeps alive (see per-lint.ts).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { type PerLintHost, perLint, providePerLint } from "../../src/core/per-lint.ts";

test("computed once per host, separately for two hosts; a provided value is taken as computed", () => {
  let calls = 0;
  type Host = PerLintHost & { n: number };
  const compute = (host: Host) => {
    calls++;
    return { doubled: host.n * 2 };
  };
  const a: Host = { n: 1 };
  const b: Host = { n: 2 };
  expect(perLint(a, compute)).toBe(perLint(a, compute));
  expect(perLint(b, compute).doubled).toBe(4);
  expect(calls).toBe(2);
  const c: Host = { n: 3 };
  providePerLint(c, compute, { doubled: 0 });
  expect(perLint(c, compute).doubled).toBe(0);
  expect(calls).toBe(2);
  // An undefined result is remembered too.
  let misses = 0;
  const nothing = () => {
    misses++;
    return undefined;
  };
  perLint(a, nothing);
  perLint(a, nothing);
  expect(misses).toBe(1);
});

test("no module of src/core keeps per-lint results in a WeakMap keyed by the context or the segments", () => {
  const root = join(import.meta.dirname, "../../src/core");
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
  expect(files.length).toBeGreaterThan(50);
  const offenders = files.filter((f) => /WeakMap<\s*(?:RuleContext|Segments)\b/.test(readFileSync(join(root, f), "utf8")));
  expect(offenders).toEqual([]);
});
