// `npm run skaidri -- --help` runs the CLI entry (bin/skaidri.mjs) on a fresh clone.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { ROOT } from "../support/build.ts";

const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, "bin/skaidri.mjs"), ...args], { cwd: ROOT, encoding: "utf8", timeout: 30_000 });

test("npm run skaidri runs the CLI entry", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  expect(pkg.scripts.skaidri).toBe("node bin/skaidri.mjs");
  expect(pkg.bin.skaidri).toBe("bin/skaidri.mjs");
});

test.each(["--help", "-h", "help"])("skaidri %s prints the usage (Latvian by default) and exits 0", (flag) => {
  const result = run(flag);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  expect(result.stdout).toContain("Lietošana: skaidri <komanda> [opcijas]");
  expect(result.stdout).toContain("Komandas:");
}, 30_000);

test("skaidri --locale en --help prints the English usage", () => {
  const result = run("--locale", "en", "--help");
  expect(result.status).toBe(0);
  expect(result.stdout).toContain("Usage: skaidri <command> [options]");
  expect(result.stdout).toContain("Commands:");
}, 30_000);

test("an unknown command exits 2 and points at --help", () => {
  const result = run("no-such-command");
  expect(result.status).toBe(2);
  expect(result.stderr).toContain("skaidri --help");
}, 30_000);

test("a reader that closes the pipe early (`skaidri … | head -1`) is not an error", () => {
  const result = spawnSync("bash", ["-c", `set -o pipefail; "${process.execPath}" bin/skaidri.mjs template list | head -1`], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 30_000,
  });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  expect(result.stdout.split("\n").filter(Boolean)).toHaveLength(1);
}, 30_000);
