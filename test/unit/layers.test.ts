// DESIGN.md: imports point down only. core/ is pure (no DOM, browser or Node APIs);
// platform/ is the only place that touches webextension-polyfill.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { expect, test } from "vitest";

const SRC = resolve(import.meta.dirname, "../../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

// Static imports and re-exports (over several lines too), and lazy `import()`s.
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

/** The module specifiers `file` imports; `lazy` also the `import()`s. */
function importsOf(file: string, lazy = true): string[] {
  return [...readFileSync(file, "utf8").matchAll(IMPORT)].flatMap((m) => (m[1] !== undefined ? [m[1]] : lazy && m[2] !== undefined ? [m[2]] : []));
}

/** The top folder of src/ an import lands in, or the package name. */
function target(file: string, spec: string): string {
  if (!spec.startsWith(".")) return `pkg:${spec}`;
  const path = relative(SRC, resolve(file, "..", spec));
  // The UI string tables platform/ bundles (message-tables.ts): data, not code.
  if (/^\.\.\/public\/_locales\/\w+\/messages\.json$/.test(path)) return "locales";
  return path.split("/")[0] ?? "";
}

const allowed: Record<string, (t: string) => boolean> = {
  core: (t) => t === "core",
  platform: (t) => t === "core" || t === "platform" || t === "locales" || t === "pkg:webextension-polyfill",
  webmail: (t) => t === "core" || t === "platform" || t === "webmail" || t.startsWith("pkg:preact") || t.startsWith("pkg:@preact"),
};

const cases = sourceFiles(SRC).flatMap((file) => importsOf(file).map((spec) => ({ file: relative(SRC, file), spec, to: target(file, spec) })));

test.each(cases.filter((c) => c.file.split("/")[0]! in allowed))("$file imports $spec", ({ file, to }) => {
  expect(allowed[file.split("/")[0]!]!(to), `${file} must not import ${to}`).toBe(true);
});

test.each(cases.filter((c) => c.to === "pkg:webextension-polyfill"))("only platform/ imports the polyfill: $file", ({ file }) => {
  expect(file.startsWith("platform/")).toBe(true);
});

test("entry points do not import each other", () => {
  const entries = ["content", "background", "popup", "options", "cli"];
  const bad = cases.filter((c) => {
    const from = c.file.split("/")[0]!;
    return entries.includes(from) && entries.includes(c.to) && c.to !== from;
  });
  expect(bad).toEqual([]);
});

// DESIGN.md / the guide: no import circles. Every static import and re-export counts, type-only
// ones too (a type cycle is a design cycle); `import()` is lazy loading and does not.
function resolveImport(file: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null;
  const path = resolve(file, "..", spec);
  return /\.tsx?$/.test(path) ? path : null;
}

test("no import cycle among the source files", () => {
  const files = sourceFiles(SRC);
  const edges = new Map(files.map((f) => [f, importsOf(f, false).map((spec) => resolveImport(f, spec)).filter((p): p is string => p !== null)]));
  const cycles: string[] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next].map((f) => relative(SRC, f)).join(" → "));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of files) if (!state.has(file)) visit(file);
  expect(cycles).toEqual([]);
});

test("no source file over 400 lines (src/, scripts/, bin/)", () => {
  const root = resolve(SRC, "..");
  const all = [...sourceFiles(SRC), ...["scripts", "bin"].flatMap((d) => readdirSync(join(root, d)).filter((n) => /\.m?[jt]s$/.test(n)).map((n) => join(root, d, n)))];
  const long = all.map((f) => [relative(root, f), readFileSync(f, "utf8").split("\n").length - 1] as const).filter(([, lines]) => lines > 400);
  expect(long).toEqual([]);
});
