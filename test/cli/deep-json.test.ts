// Issue 12: a policy file with a 5,000-deep nested value. Every command that reads a policy
// JSON answers with a located error (the value's path, or line:column when the text does not
// parse) in the locale asked for — never a stack overflow with a trace. The core check is in
// test/core/policy.test.ts; these run the CLI as an administrator does.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { ROOT } from "../support/build.ts";

const dir = mkdtempSync(join(tmpdir(), "skaidri-cli-deep-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
/** A file of its own per call: parallel tests never share one. */
const file = (name: string, content: string) => {
  const path = join(dir, `${files++}-${name}`);
  writeFileSync(path, content);
  return path;
};
const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, "bin/skaidri.mjs"), ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });

const DEPTH = 5000;
/** `[[[…]]]` DEPTH deep, as JSON text. */
const lists = (depth = DEPTH) => `${"[".repeat(depth)}${"]".repeat(depth)}`;
/** Objects and lists alternating, DEPTH deep, as JSON text: `[{"a":[{"a":…1…}]}]`. */
function mixed(depth = DEPTH): string {
  let text = "1";
  for (let i = 0; i < depth; i++) text = i % 2 ? `[${text}]` : `{"a":${text}}`;
  return text;
}
/** A policy file with a good institution and `key` set to `deep`, the way an editor writes it. */
const policyText = (key: string, deep: string) => `{\n  "institution": "Valsts zemes dienests",\n  "${key}": ${deep}\n}\n`;

const WORDS = {
  en: {
    error: "error",
    deep: /Nested more than 32 levels deep \(lists or objects inside each other\)/,
    notExported: "Not exported: fix the errors first",
    notWritten: "nested more than 32 levels deep (lists or objects inside each other). Nothing written.",
  },
  lv: {
    error: "kļūda",
    deep: /Ligzdots dziļāk par 32 līmeņiem \(saraksti vai objekti cits citā\)/,
    notExported: "Nav eksportēts: vispirms izlabojiet kļūdas",
    notWritten: "ligzdots dziļāk par 32 līmeņiem (saraksti vai objekti cits citā). Nekas netika saglabāts.",
  },
} as const;
const LOCALES = ["lv", "en"] as const;

/** What Node prints when the stack overflows or an exception escapes. */
function expectNoTrace(r: ReturnType<typeof run>) {
  for (const stream of [r.stdout, r.stderr]) {
    expect(stream).not.toMatch(/RangeError|Maximum call stack|^\s+at /m);
  }
}

const SHAPES = [
  { name: "lists under glossary", key: "glossary", deep: lists(), path: "glossary[0][0][0][0][0][0][0][0]…" },
  { name: "objects and lists under sendCheck", key: "sendCheck", deep: mixed(), path: "sendCheck[0].a[0].a[0].a[0].a…" },
  { name: "lists under a key Skaidri does not know", key: "colour", deep: lists(), path: "colour[0][0][0][0][0][0][0][0]…" },
];

describe.each(LOCALES)("policy check, --locale %s", (locale) => {
  const w = WORDS[locale];

  test.each(SHAPES)("$name: exit 2, the value's path and why, no trace", ({ key, deep, path }) => {
    const r = run("policy", "check", file("deep.json", policyText(key, deep)), "--locale", locale);
    expect(r.status).toBe(2);
    expect(r.stdout.split("\n")).toContainEqual(expect.stringMatching(new RegExp(`^${path.replace(/[[\].]/g, "\\$&")}: ${w.error}: ${w.deep.source}`)));
    expectNoTrace(r);
  }, 60_000);

  test("inside a deployed Chrome/Edge file: the path within the extension's entry", () => {
    const deployed = `{"3rdparty": {"extensions": {"banodkidboccabpcfeglimkhjfjepfgc": ${policyText("templates", lists())}}}}`;
    const r = run("policy", "check", file("chrome.json", deployed), "--locale", locale);
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(new RegExp(`^templates\\[0\\]\\[0\\].*…: ${w.error}: ${w.deep.source}`, "m"));
    expectNoTrace(r);
  }, 60_000);

  test("deep and malformed (a bracket missing at the end): the line and column, no trace", () => {
    const text = policyText("glossary", lists().slice(0, -1));
    const r = run("policy", "check", file("broken.json", text), "--locale", locale);
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(new RegExp(`broken\\.json:3:\\d+: ${w.error}: `));
    expectNoTrace(r);
  }, 60_000);
});

describe.each(LOCALES)("the other commands that read a policy file, --locale %s", (locale) => {
  const w = WORDS[locale];

  test("policy export: exit 2, the located error, nothing on stdout", () => {
    const r = run("policy", "export", file("deep.json", policyText("sendCheck", mixed())), "--format", "firefox", "--locale", locale);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(new RegExp(`^sendCheck\\[0\\]\\.a.*…: ${w.error}: ${w.deep.source}`, "m"));
    expect(r.stderr).toContain(w.notExported);
    expectNoTrace(r);
  }, 60_000);

  test("glossary import --into: exit 2, the located error, the file untouched and no temporary file left", () => {
    const text = policyText("glossary", lists());
    const into = file("into.json", text);
    const csv = file("g.csv", "term,suggestion\neskalēt,nodot\n");
    const before = readdirSync(dir).length;
    const r = run("glossary", "import", csv, "--into", into, "--locale", locale);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${into}: glossary[0][0][0][0][0][0][0][0]…: ${w.error}: ${w.notWritten}`);
    expect(readFileSync(into, "utf8")).toBe(text);
    expect(readdirSync(dir).length).toBe(before);
    expectNoTrace(r);
  }, 60_000);

  test("glossary import --into a deployed file whose entry nests too deep: the path from the file's top", () => {
    const text = `{"policies": {"3rdparty": {"Extensions": {"skaidri@skaidri.lv": ${policyText("rules", mixed())}}}}}`;
    const into = file("policies.json", text);
    const r = run("glossary", "import", file("g.csv", "term,suggestion\neskalēt,nodot\n"), "--into", into, "--locale", locale);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/: policies\.3rdparty\.Extensions\.skaidri@skaidri\.lv\.rules\[0\]/);
    expect(readFileSync(into, "utf8")).toBe(text);
    expectNoTrace(r);
  }, 60_000);

  // lint and template take a policy as input, not as the thing checked: DESIGN.md (Config) has
  // a policy's problems reported with their path and skipped, the valid rest applied. So the
  // deep key is reported and dropped and the exit code is the mail's or the command's own.
  test("lint --policy: the deep key reported with its path and skipped; the rest of the policy applies", () => {
    const mail = file("mail.txt", "Labdien!\n\nJūsu iesniegumu saņēmām.\n");
    const r = run("lint", mail, "--policy", file("deep.json", policyText("glossary", lists())), "--locale", locale);
    expect(r.stderr).toMatch(new RegExp(`^skaidri lint: .*deep\\.json: ${w.error}: glossary\\[0\\]\\[0\\].*…: ${w.deep.source}`, "m"));
    // The institution from the same file reaches the signature rule.
    expect(r.stdout).toMatch(/signature\/institution .*Valsts zemes dienests/);
    expect(r.status).toBe(1);
    expectNoTrace(r);
  }, 60_000);

  test("template list --policy: the deep key reported with its path; the policy's templates are listed", () => {
    const policy = `{\n  "templates": [{"id": "iestades-atbilde", "title": "Iestādes atbilde", "body": "Labdien!", "language": "lv"}],\n  "calendar": ${mixed()}\n}\n`;
    const r = run("template", "list", "--policy", file("deep.json", policy), "--locale", locale);
    expect(r.stderr).toMatch(new RegExp(`deep\\.json: ${w.error}: calendar\\[0\\]\\.a.*…: ${w.deep.source}`));
    expect(r.stdout).toContain("iestades-atbilde");
    expect(r.status).toBe(0);
    expectNoTrace(r);
  }, 60_000);
});

// Issue 13: a JSON syntax error speaks the CLI's language too, at its line and column.
describe("a broken JSON file, in the language asked for", () => {
  test.each([
    ["lv", /:3:5: kļūda: .*Lieks komats pirms \}/, /Trailing|expected|Unexpected/],
    ["en", /:3:5: error: .*Trailing comma before \}/, /Lieks|jābūt|negaidīt/],
  ])("%s", (locale, said, other) => {
    const broken = join(dir, `broken-${locale}.json`);
    writeFileSync(broken, '{\n  "institution": "VID",\n    }\n');
    const result = run("policy", "check", broken, "--locale", locale);
    expect(result.status).toBe(2);
    expect(result.stderr + result.stdout).toMatch(said);
    expect(result.stderr + result.stdout).not.toMatch(other);
  });
});
