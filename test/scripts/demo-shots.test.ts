// `npm run demo -- --screenshots DIR` never deletes what it did not write (issue 10).
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { LIST_NAME, shotsFolder } from "../../scripts/demo/shots.mjs";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

test("a folder's other files survive; only the demo's earlier screenshots are replaced", () => {
  const dir = mkdtempSync(join(tmpdir(), "skaidri-shots-"));
  dirs.push(dir);
  writeFileSync(join(dir, "notes.txt"), "mine");
  writeFileSync(join(dir, "01-holiday.png"), "my own picture with a demo-like name");
  const first = shotsFolder(dir);
  writeFileSync(first.add("01-gmail-compose.png"), "png");
  writeFileSync(first.add("02-gmail-findings.png"), "png");
  // The next run writes fewer screenshots: the stale one of the last run goes, nothing else.
  const second = shotsFolder(dir);
  writeFileSync(second.add("01-gmail-compose.png"), "png");
  expect(readdirSync(dir).sort()).toEqual([LIST_NAME, "01-gmail-compose.png", "01-holiday.png", "notes.txt"].sort());
  expect(existsSync(join(dir, "02-gmail-findings.png"))).toBe(false);
});

test("a listed name that leaves the folder is never removed", () => {
  const dir = mkdtempSync(join(tmpdir(), "skaidri-shots-"));
  const outside = mkdtempSync(join(tmpdir(), "skaidri-outside-"));
  dirs.push(dir, outside);
  writeFileSync(join(outside, "keep.png"), "x");
  writeFileSync(join(dir, LIST_NAME), `../${outside.split("/").pop()}/keep.png\n`);
  shotsFolder(dir);
  expect(existsSync(join(outside, "keep.png"))).toBe(true);
});
