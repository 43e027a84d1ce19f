// The real-policy tests' file handling (test/support/policy-files.ts), in a temporary folder:
// a name of each run's own, removal on every way out, and a foreign policies.json restored untouched.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { writeChromiumPolicy, writeFirefoxPolicy } from "../support/policy-files.ts";
import { ROOT } from "../support/build.ts";

const dir = mkdtempSync(join(tmpdir(), "skaidri-policy-files-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("Chromium: two runs get two files; each removes only its own", () => {
  const chromium = join(dir, "chromium");
  const a = writeChromiumPolicy("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", { institution: "A" }, chromium);
  const b = writeChromiumPolicy("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", { institution: "B" }, chromium);
  expect(a.path).not.toBe(b.path);
  expect(readdirSync(chromium).filter((f) => f.endsWith(".json"))).toHaveLength(2);
  a.update({ institution: "A2" });
  expect(JSON.parse(readFileSync(a.path, "utf8"))["3rdparty"].extensions.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa).toEqual({ institution: "A2" });
  a.remove();
  a.remove();
  expect(existsSync(a.path)).toBe(false);
  expect(existsSync(b.path)).toBe(true);
  b.remove();
  expect(readdirSync(chromium)).toEqual([]);
});

test("Firefox: a policies.json that is not ours is moved aside and comes back byte for byte", () => {
  const firefox = join(dir, "firefox");
  const foreign = '{"policies": {"DisableTelemetry": true}}\n';
  rmSync(firefox, { recursive: true, force: true });
  const path = join(firefox, "policies.json");
  writeFirefoxPolicy("x@y", {}, firefox).remove(); // creates the folder
  writeFileSync(path, foreign);
  const ours = writeFirefoxPolicy("skaidri@skaidri.lv", { institution: "VTD" }, firefox);
  expect(JSON.parse(readFileSync(path, "utf8")).policies["3rdparty"].Extensions["skaidri@skaidri.lv"].institution).toBe("VTD");
  ours.remove();
  expect(readFileSync(path, "utf8")).toBe(foreign);
  expect(readdirSync(firefox)).toEqual(["policies.json"]);
});

test("a run killed by SIGTERM still removes its file", () => {
  const chromium = join(dir, "killed");
  const script = `
    import { writeChromiumPolicy } from ${JSON.stringify(join(ROOT, "test/support/policy-files.ts"))};
    writeChromiumPolicy("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", {}, ${JSON.stringify(chromium)});
    process.kill(process.pid, "SIGTERM");
    setTimeout(() => {}, 10_000);`;
  const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: ROOT, timeout: 20_000 });
  expect(r.signal ?? r.status).toBe("SIGTERM");
  expect(readdirSync(chromium)).toEqual([]);
}, 30_000);
