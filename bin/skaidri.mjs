#!/usr/bin/env node
// The CLI entry (package bin): Node 20 cannot run TypeScript itself, so tsx loads the source.
import { register } from "tsx/esm/api";

// A reader that stops early (`skaidri … | head`) closes the pipe: that is not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
