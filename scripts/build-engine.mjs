// The checking engine as one standalone IIFE (src/content/engine.ts → <dir>/engine.js), for
// scripts/build.mjs and the benchmark's unminified build. Plain .mjs: the build runs without tsx.
import { join, resolve } from "node:path";
import { build } from "vite";

const root = resolve(import.meta.dirname, "..");

export async function buildEngine(outDir, { minify = true } = {}) {
  await build({
    root,
    configFile: false,
    logLevel: "warn",
    build: {
      outDir,
      emptyOutDir: false,
      target: "es2022",
      minify,
      copyPublicDir: false,
      lib: { entry: join(root, "src/content/engine.ts"), formats: ["iife"], name: "_", fileName: () => "engine.js" },
    },
  });
}
