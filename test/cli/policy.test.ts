// The administrator's CLI, run as `npm run --silent skaidri -- …` runs it: policy check,
// policy export, glossary import.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { extensionIdFromKey, toRegFile, unwrapPolicyFile } from "../../src/cli/policy.ts";
import { ROOT } from "../support/build.ts";

const dir = mkdtempSync(join(tmpdir(), "skaidri-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

// English messages: these tests read the English wording (the Latvian is tested in cli/locale.test.ts).
const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, "bin/skaidri.mjs"), ...args, "--locale", "en"], { cwd: ROOT, encoding: "buffer", timeout: 30_000 });
const out = (r: ReturnType<typeof run>) => r.stdout.toString("utf8");
const err = (r: ReturnType<typeof run>) => r.stderr.toString("utf8");

const ID = "banodkidboccabpcfeglimkhjfjepfgc";
const GOOD = { institution: "Valsts ieņēmumu dienests", feedbackUrl: "https://www.vid.gov.lv/", glossary: [{ term: "eskalēt", suggestion: "nodot" }], templates: [{ id: "a", title: "A", body: "Labdien!\nPaldies." }] };

describe("policy check", () => {
  test("a valid policy: exit 0 and nothing on stdout", () => {
    // (Its template would draw handbook warnings: test/cli/policy-check-more.test.ts.)
    const { templates: _templates, ...good } = GOOD;
    const r = run("policy", "check", file("good.json", JSON.stringify(good)));
    expect(out(r)).toBe("");
    expect(r.status).toBe(0);
  }, 30_000);

  test("warnings only: exit 0, one line each", () => {
    const r = run("policy", "check", file("warn.json", JSON.stringify({ feedbackUrl: "http://vid.gov.lv", colour: "red" })));
    expect(out(r).trim().split("\n")).toEqual([expect.stringMatching(/^feedbackUrl: warning: /), expect.stringMatching(/^colour: warning: /)]);
    expect(r.status).toBe(0);
  }, 30_000);

  test("errors: exit 2, one line per problem with its path, and Chrome's silent drop", () => {
    const r = run("policy", "check", file("bad.json", JSON.stringify({ glossary: [{ term: "a" }, { term: "b" }, { term: "c" }, { term: 4 }], feedbackUrl: "javascript:alert(1)" })));
    const lines = out(r).trim().split("\n");
    expect(lines).toEqual([
      expect.stringMatching(/^glossary\[3\]\.term: error: /),
      expect.stringMatching(/^feedbackUrl: error: .*http/),
      expect.stringMatching(/^glossary: warning: Chrome and Edge would silently drop the whole “glossary” key.*glossary\[3\]\.term/),
    ]);
    expect(r.status).toBe(2);
  }, 30_000);

  test("malformed JSON: line and column", () => {
    const r = run("policy", "check", file("broken.json", '{\n  "institution": "VID"\n  "sendCheck": "warn"\n}\n'));
    expect(out(r)).toMatch(/broken\.json:3:3: error: not valid JSON/);
    expect(r.status).toBe(2);
  }, 30_000);

  test("a policy that is not an object is an error", () => {
    const r = run("policy", "check", file("array.json", "[]"));
    expect(out(r)).toMatch(/^\(policy\): error: /);
    expect(r.status).toBe(2);
  }, 30_000);

  test.each([
    ["chrome", { "3rdparty": { extensions: { [ID]: { sendCheck: "sometimes" } } } }],
    ["firefox", { policies: { "3rdparty": { Extensions: { "skaidri@skaidri.lv": { sendCheck: "sometimes" } } } } }],
  ])("accepts the deployed %s form", (form, content) => {
    const r = run("policy", "check", file(`${form}.json`, JSON.stringify(content)));
    expect(out(r)).toMatch(/^sendCheck: error: /);
    expect(err(r)).toContain("Checking the");
    expect(r.status).toBe(2);
  }, 30_000);

  test("a deployed file without Skaidri's entry is an error", () => {
    expect(unwrapPolicyFile({ "3rdparty": { extensions: { a: {}, b: {} } } }, [ID]).error).toContain("no entry for Skaidri");
    expect(unwrapPolicyFile({ "3rdparty": { extensions: { other: { x: 1 } } } }, [ID])).toMatchObject({ form: "chrome", id: "other" });
  });
});

describe("policy export", () => {
  const policyFile = () => file("export.json", JSON.stringify(GOOD));

  test("the build's id is derived from the manifest key", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8"));
    expect(extensionIdFromKey(manifest.key)).toBe(ID);
  });

  test.each(["chrome-linux", "edge-linux"])("%s: the 3rdparty file keyed by the id", (format) => {
    const r = run("policy", "export", policyFile(), "--format", format);
    expect(r.status).toBe(0);
    expect(JSON.parse(out(r))).toEqual({ "3rdparty": { extensions: { [ID]: GOOD } } });
  }, 30_000);

  test("--id names the store's id", () => {
    const r = run("policy", "export", policyFile(), "--format", "chrome-linux", "--id", "abcdefghijklmnopabcdefghijklmnop");
    expect(Object.keys(JSON.parse(out(r))["3rdparty"].extensions)).toEqual(["abcdefghijklmnopabcdefghijklmnop"]);
  }, 30_000);

  test("firefox: policies.json keyed by the gecko id", () => {
    const r = run("policy", "export", policyFile(), "--format", "firefox");
    expect(JSON.parse(out(r))).toEqual({ policies: { "3rdparty": { Extensions: { "skaidri@skaidri.lv": GOOD } } } });
  }, 30_000);

  test.each([
    ["chrome-windows-reg", "Google\\Chrome"],
    ["edge-windows-reg", "Microsoft\\Edge"],
  ])("%s: UTF-16LE with BOM, lists and objects as JSON strings", (format, vendor) => {
    const r = run("policy", "export", policyFile(), "--format", format);
    expect(r.status).toBe(0);
    expect([...r.stdout.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    const text = r.stdout.subarray(2).toString("utf16le");
    expect(text.split("\r\n").slice(0, 4)).toEqual([
      "Windows Registry Editor Version 5.00",
      "",
      `[HKEY_LOCAL_MACHINE\\Software\\Policies\\${vendor}\\3rdparty\\extensions\\${ID}\\policy]`,
      '"institution"="Valsts ieņēmumu dienests"',
    ]);
    const glossaryLine = text.split("\r\n").find((l) => l.startsWith('"glossary"='))!;
    // Unescape the .reg string literal and the JSON inside is the list.
    const literal = glossaryLine.slice('"glossary"='.length);
    expect(JSON.parse(JSON.parse(literal))).toEqual(GOOD.glossary);
  }, 30_000);

  test(".reg strings with line breaks go as hex(1) REG_SZ", () => {
    const reg = toRegFile({ institution: "a\nb" }, "chrome-windows-reg", ID);
    expect(reg).toContain('"institution"=hex(1):61,00,0a,00,62,00,00,00');
  });

  test("a policy with errors is not exported", () => {
    const r = run("policy", "export", file("bad-export.json", JSON.stringify({ sendCheck: "x" })), "--format", "firefox");
    expect(out(r)).toBe("");
    expect(err(r)).toContain("sendCheck: error");
    expect(r.status).toBe(2);
  }, 30_000);
});

describe("glossary import", () => {
  test("CSV with semicolons → {glossary}, bad rows on stderr by row number", () => {
    const csv = file("g.csv", "term;suggestion;explanation;language\neskalēt;nodot;;lv\n;x;;\nstruktūrvienība;nodaļa;\"a; b\";\n");
    const r = run("glossary", "import", csv);
    expect(r.status).toBe(0);
    expect(JSON.parse(out(r))).toEqual({
      glossary: [
        { term: "eskalēt", suggestion: "nodot", language: "lv" },
        { term: "struktūrvienība", suggestion: "nodaļa", explanation: "a; b" },
      ],
    });
    expect(err(r)).toMatch(/row 3: error/);
  }, 30_000);

  test("Windows-1257 is detected and said", () => {
    const bytes = Uint8Array.from([...Buffer.from("term,suggestion\n"), 0x65, 0x73, 0x6b, 0x61, 0x6c, 0xe7, 0x74, 0x2c, 0x6e, 0x6f, 0x64, 0x6f, 0x74, 0x0a]);
    const r = run("glossary", "import", file("g1257.csv", bytes));
    expect(err(r)).toContain("Windows-1257");
    expect(JSON.parse(out(r))).toEqual({ glossary: [{ term: "eskalēt", suggestion: "nodot" }] });
  }, 30_000);

  test("--into merges into the policy file, replacing the same term", () => {
    const into = file("into.json", JSON.stringify({ institution: "VID", glossary: [{ term: "Eskalēt", suggestion: "old" }, { term: "keep" }] }));
    const r = run("glossary", "import", file("m.csv", "\uFEFFterm,suggestion\neskalēt,new\nadd,x\n"), "--into", into);
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(into, "utf8"))).toEqual({
      institution: "VID",
      glossary: [{ term: "eskalēt", suggestion: "new" }, { term: "keep" }, { term: "add", suggestion: "x" }],
    });
  }, 30_000);

  test("nothing importable: exit 2", () => {
    const r = run("glossary", "import", file("none.csv", "term,suggestion\n,x\n"));
    expect(r.status).toBe(2);
    expect(err(r)).toContain("nothing imported");
  }, 30_000);
});

describe("policy/examples", () => {
  const examples = join(ROOT, "policy/examples");

  test.each(["policy.json", "chrome-linux.json", "firefox-policies.json"])("%s passes policy check", (name) => {
    const r = run("policy", "check", join(examples, name));
    expect(out(r)).toBe("");
    expect(r.status).toBe(0);
  }, 30_000);

  test.each([
    ["chrome-linux", "chrome-linux.json"],
    ["firefox", "firefox-policies.json"],
    ["chrome-windows-reg", "chrome-windows.reg"],
    ["edge-windows-reg", "edge-windows.reg"],
  ])("the %s example is what policy export makes of policy.json", (format, name) => {
    const r = run("policy", "export", join(examples, "policy.json"), "--format", format);
    expect(r.stdout.equals(readFileSync(join(examples, name)))).toBe(true);
  }, 30_000);

  test("the macOS profile carries the same policy for Chrome and Edge", () => {
    const text = readFileSync(join(examples, "macos-skaidri.mobileconfig"), "utf8");
    expect(text).toContain(`<string>com.google.Chrome.extensions.${ID}</string>`);
    expect(text).toContain(`<string>com.microsoft.Edge.extensions.${ID}</string>`);
    const policy = JSON.parse(readFileSync(join(examples, "policy.json"), "utf8"));
    expect(text.split(`<string>${policy.institution}</string>`).length - 1).toBeGreaterThanOrEqual(2);
  });
});
