// Builds the extension into a folder of its own under .tmp/, so tests never clobber dist/
// or each other's builds. Returns the absolute output folder (holding chrome/, firefox/, zips).
import { spawn } from "node:child_process";
import { resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");

export interface BuildOptions {
  /** An origin whose host the test-only build also matches, e.g. http://127.0.0.1:8123. */
  testHost?: string;
  /** With testHost: the content script treats that host as Outlook on the web (build.mjs --test-outlook). */
  testOutlook?: boolean;
  /** An institution's self-hosted build: these hosts in host_permissions (build.mjs --webmail-host). */
  webmailHosts?: string[];
}

export function buildInto(name: string, options: BuildOptions = {}): Promise<string> {
  const out = resolve(ROOT, ".tmp", name);
  const args = ["scripts/build.mjs", "--out", out];
  if (options.testHost) args.push("--test-host", options.testHost);
  if (options.testOutlook) args.push("--test-outlook");
  for (const host of options.webmailHosts ?? []) args.push("--webmail-host", host);
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", fail);
    child.on("close", (code) => {
      if (code === 0) done(out);
      else fail(new Error(`node ${args.join(" ")} failed (exit ${code}):\n${output}`));
    });
  });
}
