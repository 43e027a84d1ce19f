// The engine as it ships: the minified IIFE the background injects into webmail pages
// (scripts/build-engine.mjs), built into .tmp/bench-engine and run in this process. Timing the
// TypeScript sources through tsx would time its keepNames helpers too (docs/performance.md).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { runInThisContext } from "node:vm";
import { ENGINE_GLOBAL, type Engine } from "../src/webmail/engine.ts";

export async function shippedEngine(): Promise<Pick<Engine, "lint" | "compileGlossary">> {
  const { buildEngine } = await import("../scripts/build-engine.mjs");
  const out = resolve(import.meta.dirname, "../.tmp/bench-engine");
  await buildEngine(out, { minify: true });
  runInThisContext(readFileSync(resolve(out, "engine.js"), "utf8"), { filename: "engine.js" });
  const engine = (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] as Engine | undefined;
  if (!engine) throw new Error(`${out}/engine.js did not define ${ENGINE_GLOBAL}`);
  return engine;
}
