#!/usr/bin/env node
// The CLI entry (package bin): Node 20 cannot run TypeScript itself, so tsx loads the source.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
