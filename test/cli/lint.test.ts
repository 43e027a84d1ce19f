// The `skaidri lint` contract (issue 3), clause by clause, on the real CLI (node bin/skaidri.mjs).
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { RULE_IDS } from "../../src/core/types.ts";
import { ROOT } from "../support/build.ts";

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], input?: string, command = process.execPath, prefix = [join(ROOT, "bin/skaidri.mjs"), "lint"]): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(command, [...prefix, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr });
    });
    child.stdin?.end(input ?? "");
  });
}

const MAIL = join(ROOT, "test/fixtures/mail");
const LV = join(MAIL, "lv-complete.txt");
const EN = join(MAIL, "en-complete.txt");
const BARE = join(MAIL, "lv-bare.txt");
const LV_POLICY = join(MAIL, "lv-complete.policy.json");
const EN_POLICY = join(MAIL, "en-complete.policy.json");
const ANNA = join(MAIL, "anna.profile.json");

const dir = mkdtempSync(join(tmpdir(), "skaidri-lint-"));
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const CODE = "161175-19997";
const WITH_CODE = `Labdien!\r\n\r\nJūsu personas kods ${CODE} ir reģistrā.\r\n`;

describe.concurrent("skaidri lint", { timeout: 60_000 }, () => {
  test("complete replies with their policy and profile pass: exit 0, one summary line", async () => {
    // Answered on time (the client wrote on 16 November): the deadlines line, then the summary.
    const r = await run(["--policy", LV_POLICY, "--profile", ANNA, "--now", "2026-11-17T09:00", LV]);
    expect(r).toMatchObject({ status: 0, stderr: "" });
    expect(r.stdout).toBe(
      `${LV}  Saņemts pirmdien, 2026. gada 16. novembrī 10.15 · apliecinājums līdz 2026. gada 17. novembrim · atbilde līdz 2026. gada 19. novembrim\n0 kļūdas, 0 brīdinājumi, 0 padomi (1 failā)\n`,
    );
    const en = await run(["--policy", EN_POLICY, "--locale", "en", "--now", "2026-11-17", EN]);
    expect(en).toMatchObject({
      status: 0,
      stdout: `${EN}  Received Monday, 16 November 2026 10:15 · receipt due 17 November 2026 · answer due 19 November 2026\n0 errors, 0 warnings, 0 hints in 1 file\n`,
    });
  });

  test("JSON: one object per input in input order, exact keys, - reads standard input", async () => {
    const r = await run(["--format", "json", BARE, "-", LV], WITH_CODE);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout);
    expect(out.map((o: { file: string }) => o.file)).toEqual([BARE, "-", LV]);
    for (const o of out) {
      // A reply with a quoted header also tells its deadlines (issue 15).
      expect(Object.keys(o)).toEqual(o.file === LV ? ["file", "language", "findings", "deadlines"] : ["file", "language", "findings"]);
      expect(["lv", "en"]).toContain(o.language);
      for (const f of o.findings) {
        expect(Object.keys(f)).toEqual(["rule", "severity", "message", "start", "end", "suggestions"]);
        expect(RULE_IDS).toContain(f.rule);
        expect(["error", "warning", "info"]).toContain(f.severity);
        expect(Array.isArray(f.suggestions)).toBe(true);
      }
    }
  });

  test("JSON offsets are UTF-16 offsets into the text as read: line endings kept, BOM removed", async () => {
    const crlf = file("crlf.txt", WITH_CODE);
    const bom = file("bom.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(WITH_CODE, "utf8")]));
    const r = await run(["--format=json", crlf, bom]);
    const [a, b] = JSON.parse(r.stdout);
    for (const o of [a, b]) {
      const code = o.findings.find((f: { rule: string }) => f.rule === "personal-data");
      expect(WITH_CODE.slice(code.start, code.end)).toBe(CODE);
      expect(code.suggestions).toEqual(["XXXXXX-XXXXX"]);
    }
  });

  test("a missing part points where it belongs (start = end)", async () => {
    const r = await run(["--format", "json", BARE]);
    const [o] = JSON.parse(r.stdout);
    const greeting = o.findings.find((f: { rule: string }) => f.rule === "greeting");
    expect(greeting).toMatchObject({ start: 0, end: 0, severity: "warning" });
  });

  test("text: file:line:column  severity  rule  message, 1-based, then the summary", async () => {
    const crlf = file("text.txt", WITH_CODE);
    const r = await run([crlf]);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toContain(`${crlf}:3:20  kļūda  personal-data  ${"Atbildē ir personas kods. Rokasgrāmatas sadaļa „Atbildība”: personiska rakstura informācija nedrīkst nonākt pie personām, kas nav pilnvarotas to saņemt. Izņemiet vai aizklājiet to."}`);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^.+:\d+:\d+ {2}(kļūda|brīdinājums|padoms) {2}\S+ {2}.+$/);
    expect(lines.at(-1)).toMatch(/^\d+ kļūd\S+, \d+ brīdinājum\S+, \d+ padom\S+ \(1 failā\)$/);
  });

  test("--locale en gives English messages; the default is Latvian", async () => {
    const en = await run(["--locale", "en", BARE]);
    expect(en.stdout).toContain("The reply does not open with a greeting");
    const lv = await run([BARE]);
    expect(lv.stdout).toContain("Atbilde nesākas ar sveicienu");
  });

  test("exit 0 when only warnings remain", async () => {
    const text = readFileSync(LV, "utf8").replace("Labdien, Jāni!\n\n", "");
    const r = await run(["--policy", LV_POLICY, "--profile", ANNA, "-"], text);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("brīdinājums  greeting");
  });

  test("policy `rules` set severities: off silences a rule, warning keeps the exit code at 0", async () => {
    const policy = file("severity.json", JSON.stringify({ rules: { "personal-data": "warning", greeting: "off" } }));
    const r = await run(["--policy", policy, "--format", "json", "-"], readFileSync(LV, "utf8").replace("Labdien, Jāni!", `Kods ${CODE}.`));
    const [o] = JSON.parse(r.stdout);
    expect(o.findings.filter((f: { rule: string }) => f.rule === "greeting")).toEqual([]);
    expect(o.findings.find((f: { rule: string }) => f.rule === "personal-data")?.severity).toBe("warning");
  });

  test.each([
    ["a Chrome/Edge managed file", (p: object) => ({ "3rdparty": { extensions: { banodkidboccabpcfeglimkhjfjepfgc: p } } })],
    ["a Firefox policies.json", (p: object) => ({ policies: { "3rdparty": { Extensions: { "skaidri@skaidri.lv": p } } } })],
  ])("--policy takes the deployed form too: %s", async (name, wrap) => {
    const policy = file(`${name.replace(/\W+/g, "-")}.json`, JSON.stringify(wrap({ rules: { greeting: "off", "personal-data": "warning" } })));
    const r = await run(["--policy", policy, "--format", "json", "-"], readFileSync(LV, "utf8").replace("Labdien, Jāni!", `Kods ${CODE}.`));
    expect(r.stderr).toBe("");
    const [o] = JSON.parse(r.stdout);
    expect(o.findings.filter((f: { rule: string }) => f.rule === "greeting")).toEqual([]);
    expect(o.findings.find((f: { rule: string }) => f.rule === "personal-data")?.severity).toBe("warning");
  });

  test("the CLI compiles the glossary with the word list: a homograph fires only where its neighbours agree, as info with advice", async () => {
    const policy = file("homograph.json", JSON.stringify({ glossary: [{ term: "rēķins", suggestion: "maksājuma paziņojums" }] }));
    const mail = readFileSync(LV, "utf8").replace("Labdien, Jāni!", "Labdien, Jāni!\n\nEs rēķinu, ka atbildi saņemsiet rīt. Lūdzam apmaksāt rēķinu līdz piektdienai.");
    const r = await run(["--policy", policy, "--format", "json", "-"], mail);
    const [o] = JSON.parse(r.stdout);
    const jargon = o.findings.filter((f: { rule: string }) => f.rule === "jargon");
    expect(jargon.map((f: { start: number; end: number }) => mail.slice(f.start, f.end))).toEqual(["rēķinu"]);
    expect(jargon[0].start).toBe(mail.indexOf("apmaksāt rēķinu") + "apmaksāt ".length);
    expect(jargon[0]).toMatchObject({ severity: "info", suggestions: [] }); // the JSON output lists no advice
  });

  test("problems inside a policy are reported with their path and skipped; linting goes on", async () => {
    const policy = file(
      "bad-entry.json",
      JSON.stringify({ feedbackUrl: "https://www.vzd.gov.lv/atsauksmes", institution: "Valsts zemes dienests", glossary: [{ term: "struktūrvienība" }, { term: 42 }] }),
    );
    const r = await run(["--policy", policy, "--profile", ANNA, LV]);
    expect(r.stderr).toContain("glossary[1].term");
    expect(r.stderr).toContain(policy);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("0 kļūdas");
  });

  test.each([
    ["no input files", []],
    ["an unknown option", ["--fast", LV]],
    ["a bad --format", ["--format", "xml", LV]],
    ["a bad --locale", ["--locale", "de", LV]],
    ["a bad --now", ["--now", "26.11.2026", LV]],
    ["an impossible --now", ["--now", "2026-02-30", LV]],
    ["an option without its value", [LV, "--policy"]],
  ])("usage error — %s: exit 2, stderr says why, stdout empty", async (_, args) => {
    const r = await run(args as string[]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/skaidri lint: .+\nLietošana: skaidri lint/);
  });

  test.each([
    ["a missing input file", () => [LV, join(dir, "missing.txt")], "missing.txt"],
    ["a directory as input", () => [dir], dir],
    ["a missing policy", () => ["--policy", join(dir, "nope.json"), LV], "nope.json"],
    ["a policy that is not JSON", () => ["--policy", file("broken.json", "{ institution: "), LV], "broken.json"],
    ["a policy that is an array", () => ["--policy", file("array.json", "[]"), LV], "array.json"],
    ["a policy that is a string", () => ["--policy", file("string.json", '"VZD"'), LV], "string.json"],
    ["a profile that is null", () => ["--profile", file("null.json", "null"), LV], "null.json"],
  ])("%s: exit 2, a message naming the file, nothing on stdout", async (_, args, name) => {
    const r = await run(args());
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(name);
  });

  test("npm run --silent skaidri -- lint … keeps the same contract", async () => {
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const r = await run(["--format", "json", BARE], undefined, npm, ["run", "--silent", "skaidri", "--", "lint"]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)[0].file).toBe(BARE);
  });
});
