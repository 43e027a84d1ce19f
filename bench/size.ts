// Size of a built extension (dist/chrome): the content script, the popup and options pages
// (their entry chunk plus every chunk it imports, statically, transitively), the background,
// and the language data (word lists) the extension ships apart from its code. Used by
// test/e2e/size.e2e.ts (the budgets) and `npm run bench -- --size` (the report).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";

/** Budgets of issue 7, gzip bytes. */
export const SIZE_BUDGETS = { content: 60 * 1024, contentGoal: 35 * 1024, popup: 30 * 1024, options: 30 * 1024 };

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface Bundle {
  /** The entry and every chunk it imports statically (each counted once). */
  files: FileSize[];
  bytes: number;
  gzip: number;
  /** Chunks only reachable by dynamic import() (loaded on demand, not counted above). */
  lazy: FileSize[];
}

export interface SizeReport {
  content: Bundle;
  popup: Bundle;
  options: Bundle;
  background: Bundle;
  /** Language data shipped as files (word lists etc.: .txt/.json/.dic/.aff/.bin outside _locales, policy, icons). */
  data: FileSize[];
}

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

function sizeOf(dist: string, file: string): FileSize {
  const buf = readFileSync(join(dist, file));
  return { file, bytes: buf.length, gzip: gz(buf) };
}

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.js)["']/g;
// Vite (rolldown) writes dynamic imports with backticks: import(`./chunk.js`).
const DYNAMIC_IMPORT = /import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

/** The entry's bundle: transitive static imports; dynamic imports listed as lazy. */
export function bundle(dist: string, entry: string): Bundle {
  const seen = new Set<string>();
  const lazy = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dist, file), "utf8");
    for (const m of code.matchAll(STATIC_IMPORT)) visit(resolveSpec(file, m[1]!));
    for (const m of code.matchAll(DYNAMIC_IMPORT)) lazy.add(resolveSpec(file, m[1]!));
  };
  const resolveSpec = (from: string, spec: string) => (spec.startsWith("/") ? spec.slice(1) : normalize(join(dirname(from), spec)));
  visit(entry);
  for (const f of seen) lazy.delete(f);
  const files = [...seen].map((f) => sizeOf(dist, f));
  return {
    files,
    bytes: files.reduce((a, f) => a + f.bytes, 0),
    gzip: files.reduce((a, f) => a + f.gzip, 0),
    lazy: [...lazy].map((f) => sizeOf(dist, f)),
  };
}

/** Module scripts an extension page loads (its <script src>). */
function pageScripts(dist: string, html: string): string[] {
  const text = readFileSync(join(dist, html), "utf8");
  return [...text.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => (m[1]!.startsWith("/") ? m[1]!.slice(1) : normalize(join(dirname(html), m[1]!))));
}

function merge(bundles: Bundle[]): Bundle {
  const byFile = new Map<string, FileSize>();
  const lazy = new Map<string, FileSize>();
  for (const b of bundles) {
    for (const f of b.files) byFile.set(f.file, f);
    for (const f of b.lazy) lazy.set(f.file, f);
  }
  const files = [...byFile.values()];
  return { files, bytes: files.reduce((a, f) => a + f.bytes, 0), gzip: files.reduce((a, f) => a + f.gzip, 0), lazy: [...lazy.values()] };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function measureSizes(dist: string): SizeReport {
  const manifest = JSON.parse(readFileSync(join(dist, "manifest.json"), "utf8")) as {
    content_scripts: { js: string[] }[];
    action: { default_popup: string };
    options_ui?: { page: string };
    options_page?: string;
    background: { service_worker: string };
  };
  const contentFiles = manifest.content_scripts.flatMap((c) => c.js);
  const page = (html: string | undefined) => merge((html ? pageScripts(dist, html) : []).map((s) => bundle(dist, s)));
  const data = walk(dist)
    .map((p) => relative(dist, p))
    .filter((f) => /\.(txt|json|dic|aff|bin|dat|wasm)$/.test(f) && !/^(_locales|policy|icons)\//.test(f) && f !== "manifest.json" && !f.startsWith(".vite/"))
    .map((f) => sizeOf(dist, f));
  return {
    content: merge(contentFiles.map((f) => bundle(dist, f))),
    popup: page(manifest.action.default_popup),
    options: page(manifest.options_ui?.page ?? manifest.options_page),
    background: bundle(dist, manifest.background.service_worker),
    data,
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function formatSizes(r: SizeReport): string[] {
  const line = (name: string, b: Bundle, budget?: number) =>
    `${name.padEnd(11)} ${kb(b.gzip).padStart(9)} gzip  ${kb(b.bytes).padStart(9)} raw  (${b.files.length} file${b.files.length === 1 ? "" : "s"})` +
    (budget ? `  budget ${kb(budget)}: ${b.gzip <= budget ? "ok" : "OVER"}` : "") +
    (b.lazy.length ? `  + lazy ${kb(b.lazy.reduce((a, f) => a + f.gzip, 0))} gzip` : "");
  return [
    line("content", r.content, SIZE_BUDGETS.content) + `  (goal ${kb(SIZE_BUDGETS.contentGoal)})`,
    line("popup", r.popup, SIZE_BUDGETS.popup),
    line("options", r.options, SIZE_BUDGETS.options),
    line("background", r.background),
    ...(r.data.length
      ? ["language data (loaded outside the content script):", ...r.data.map((f) => `  ${f.file.padEnd(30)} ${kb(f.gzip).padStart(9)} gzip  ${kb(f.bytes).padStart(9)} raw`)]
      : ["language data: none shipped as files"]),
  ];
}

/** dist/chrome, or SKAIDRI_DIST/chrome. */
export function defaultDist(root = resolve(import.meta.dirname, "..")): string {
  const dist = resolve(root, process.env.SKAIDRI_DIST ?? "dist", "chrome");
  if (!existsSync(join(dist, "manifest.json"))) throw new Error(`No build at ${dist}: run \`npm run build\` first.`);
  return dist;
}
