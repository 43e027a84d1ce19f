// test/support/managed-policy.ts, in a temporary folder instead of /etc: the e2e tests that
// write real policy files leave the machine exactly as they found it (issue 17).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { chromiumPolicyFile, firefoxPolicyFile, snapshotPolicyFolder } from "../support/managed-policy.ts";

let root = "";
afterEach(() => rmSync(root, { recursive: true, force: true }));
const fresh = () => {
  root = mkdtempSync(join(tmpdir(), "skaidri-policy-"));
  return root;
};

test("Chromium: a unique file beside the machine's own, folders it created removed again", () => {
  const dir = join(fresh(), "chromium/policies/managed");
  const before = snapshotPolicyFolder(dir);
  const a = chromiumPolicyFile(dir);
  const b = chromiumPolicyFile(dir);
  expect(a.path).not.toBe(b.path);
  a.write({ x: 1 });
  b.write({ y: 2 });
  expect(readdirSync(dir).sort()).toEqual([a.path, b.path].map((p) => p.slice(dir.length + 1)).sort());
  a.cleanup();
  b.cleanup();
  b.cleanup(); // Twice is harmless.
  expect(existsSync(join(root, "chromium"))).toBe(false);
  expect(snapshotPolicyFolder(dir)).toEqual(before);
});

test("Chromium: the administrator's files stay; a killed run's file is swept", () => {
  const dir = join(fresh(), "managed");
  mkdirSync(dir);
  writeFileSync(join(dir, "org.json"), '{"a":1}');
  writeFileSync(join(dir, "skaidri-e2e-999999999-dead.json"), "{}"); // No such pid.
  const before = snapshotPolicyFolder(dir);
  const file = chromiumPolicyFile(dir);
  expect(existsSync(join(dir, "skaidri-e2e-999999999-dead.json"))).toBe(false);
  file.write({ z: 3 });
  file.remove();
  file.write({ z: 4 }); // May write again after remove().
  file.cleanup();
  expect(readdirSync(dir)).toEqual(["org.json"]);
  expect(snapshotPolicyFolder(dir)).not.toEqual(before); // The dead run's file is gone for good…
  expect(snapshotPolicyFolder(dir)).toEqual([`org.json ${before[0]?.split(" ")[1]}`]); // …and nothing else changed.
});

test("Firefox: an existing policies.json is moved aside and put back byte for byte", () => {
  const dir = join(fresh(), "policies");
  mkdirSync(dir);
  const theirs = '{"policies":{"DisableTelemetry":true}}\n';
  writeFileSync(join(dir, "policies.json"), theirs);
  const before = snapshotPolicyFolder(dir);
  const file = firefoxPolicyFile(dir);
  file.write({ policies: { "3rdparty": {} } });
  expect(readFileSync(join(dir, "policies.json"), "utf8")).toContain("3rdparty");
  file.cleanup();
  expect(readFileSync(join(dir, "policies.json"), "utf8")).toBe(theirs);
  expect(snapshotPolicyFolder(dir)).toEqual(before);
});

test("Firefox: a backup left by a killed run is restored before the test starts", () => {
  const dir = join(fresh(), "policies");
  mkdirSync(dir);
  writeFileSync(join(dir, "policies.json"), '{"//":"skaidri-e2e","policies":{}}');
  writeFileSync(join(dir, "policies.json.skaidri-e2e-backup"), "theirs");
  const file = firefoxPolicyFile(dir);
  expect(readFileSync(join(dir, "policies.json"), "utf8")).toBe("theirs");
  file.cleanup();
  expect(readdirSync(dir)).toEqual(["policies.json"]);
});

test("Firefox: no folder before, none after", () => {
  const dir = join(fresh(), "firefox/policies");
  const before = snapshotPolicyFolder(dir);
  const file = firefoxPolicyFile(dir);
  file.write({ policies: {} });
  file.cleanup();
  expect(snapshotPolicyFolder(dir)).toEqual(before);
  expect(before).toEqual([`${join(root, "firefox")}: absent`]);
});
