import { crx } from "@crxjs/vite-plugin";
import { defineConfig } from "vite";
import manifest from "./manifest.json" with { type: "json" };

// scripts/build.mjs runs this once per browser target; SKAIDRI_OUT picks the folder.
export default defineConfig({
  plugins: [
    crx({
      manifest,
      // One self-contained IIFE: no loader, nothing web-accessible for the webmail page to probe.
      contentScripts: { standaloneFiles: ["src/content/main.ts"] },
    }),
  ],
  build: {
    outDir: process.env.SKAIDRI_OUT ?? "dist/chrome",
    emptyOutDir: true,
    target: "es2022",
    modulePreload: false,
    sourcemap: false,
  },
  server: { cors: false },
});
