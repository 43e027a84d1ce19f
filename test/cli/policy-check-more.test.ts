// Issue 16's additions to `policy check` (templates) and `glossary import --into` (deployed
// files, limits), through the CLI as an administrator runs it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { checkPolicyTemplates } from "../../src/cli/policy-templates.ts";
import { ROOT } from "../support/build.ts";

const dir = mkdtempSync(join(tmpdir(), "skaidri-cli-more-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, "bin/skaidri.mjs"), ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
const ID = "banodkidboccabpcfeglimkhjfjepfgc";
/** A deployed policy file read back: walked by key, whatever its shape. */
// biome-ignore lint/suspicious/noExplicitAny: the two deployment shapes are read back as plain JSON
type Deployed = any;

/** A template the handbook passes: greeting, invitation with the link, sign-off. */
const GOOD_BODY = "Labdien!\n\nPaldies par Jūsu vēstuli. Atbildi sniegsim līdz {{date +10}}.\n\nAicinām novērtēt mūsu darbu: {{feedbackUrl}}\n\nJauku dienu!\n{{firstName}} {{lastName}}\n{{position}}\n{{institution}}\nTālr. {{phone}}";
const POLICY = { institution: "Valsts ieņēmumu dienests", feedbackUrl: "https://www.vid.gov.lv/atsauksmes", glossary: [{ term: "eskalēt", suggestion: "nodot" }] };

describe("policy check: templates", () => {
  test("a template the handbook passes draws nothing", () => {
    expect(checkPolicyTemplates({ ...POLICY, templates: [{ id: "ok", title: "Saņemts", body: GOOD_BODY, language: "lv" }] })).toEqual([]);
  });

  test.each([
    ["{{fistName}}", "templates[1].body", /unknown placeholder \{\{fistName\}\}/],
    ["{{date +x}}", "templates[1].body", /\{\{date \+x\}\}/],
    ["{{ask:}}", "templates[1].body", /needs a label/],
    ["Jautājumu varam eskalēt.", "templates[1]", /handbook check jargon — “eskalēt”/],
  ])("%s in a body is reported at %s", (inserted, path, message) => {
    const body = GOOD_BODY.replace("Paldies par Jūsu vēstuli.", `Paldies par Jūsu vēstuli. ${inserted}`);
    const problems = checkPolicyTemplates({ ...POLICY, templates: [{ id: "bad", title: "Bez teksta" }, { id: "t", title: "T", body, language: "lv" }] });
    expect(problems).toContainEqual(expect.objectContaining({ path, level: "warning", message: expect.stringMatching(message) }));
  });

  test("a template without the closing block: its missing parts, but not the signature rules (no profile)", () => {
    const problems = checkPolicyTemplates({ ...POLICY, templates: [{ id: "bare", title: "Bare", body: "Labdien!\n\nJūsu vēstuli saņēmām." }] });
    const rules = problems.map((p) => /handbook check ([\w/-]+)/.exec(p.message)?.[1]);
    expect(rules).toContain("feedback-invitation");
    expect(rules.some((r) => r?.startsWith("signature/"))).toBe(false);
  });

  // Issue 14: the plain-language rules run on organisation templates too.
  const WORDY = GOOD_BODY.replace("Paldies par Jūsu vēstuli.", "Paldies par Jūsu vēstuli. Jūsu iesniegums tiek izskatīts. Lūdzam veikt apmaksu līdz mēneša beigām.");
  test("a template with a passive sentence and a wordy phrase: both are reported as hints (info) with the flagged text", () => {
    const problems = checkPolicyTemplates({ ...POLICY, templates: [{ id: "wordy", title: "T", body: WORDY, language: "lv" }] }, "en");
    expect(problems).toContainEqual({
      path: "templates[0]",
      level: "info",
      message: expect.stringMatching(/^a reply from template “wordy” gets a hint from the check passive-voice — “tiek izskatīts”: /),
    });
    expect(problems).toContainEqual({
      path: "templates[0]",
      level: "info",
      message: expect.stringMatching(/^a reply from template “wordy” gets a hint from the check plain-language — “veikt apmaksu”: .*samaksāt/),
    });
    // Advice only: nothing else (and no warning) for a template the handbook passes.
    expect(problems.map((p) => p.level)).toEqual(problems.map(() => "info"));
    // The same template without them draws nothing (the findings are the sentences', not the template's).
    expect(checkPolicyTemplates({ ...POLICY, templates: [{ id: "ok", title: "T", body: GOOD_BODY, language: "lv" }] }, "en")).toEqual([]);
  });

  test("through the CLI in Latvian: the passive sentence and the wordy phrase on stdout as hints (padoms), counted apart, exit 0", () => {
    const path = file("wordy.json", JSON.stringify({ ...POLICY, templates: [{ id: "wordy", title: "T", body: WORDY, language: "lv" }] }));
    const r = run("policy", "check", path, "--locale", "lv");
    expect(r.stdout).toMatch(/^templates\[0\]: padoms: atbildei no veidnes „wordy” ir padoms no pārbaudes passive-voice — „tiek izskatīts”: /m);
    expect(r.stdout).toMatch(/^templates\[0\]: padoms: atbildei no veidnes „wordy” ir padoms no pārbaudes plain-language — „veikt apmaksu”: .*samaksāt/m);
    expect(r.stdout.split("\n").filter((line) => line.startsWith("templates[0]: padoms: "))).toHaveLength(2);
    expect(r.stderr.trim()).toBe("Politika derīga (2 padomi).");
    expect(r.status).toBe(0);
    // A warning beside them: both counted, each under its own name.
    const both = file("both.json", JSON.stringify({ ...POLICY, feedbackURL: "x", templates: [{ id: "wordy", title: "T", body: WORDY, language: "lv" }] }));
    expect(run("policy", "check", both, "--locale", "en").stderr.trim()).toBe("Valid (1 warning, 2 hints).");
  }, 60_000);

  test("through the CLI: warnings on stdout with their paths, exit 0; a misspelled key suggests the right one", () => {
    const path = file("t.json", JSON.stringify({ ...POLICY, feedbackURL: "x", templates: [{ id: "t", title: "T", body: GOOD_BODY.replace("{{lastName}}", "{{lastname}}") }] }));
    const r = run("policy", "check", path, "--locale", "en");
    expect(r.stdout).toContain('feedbackURL: warning: Unknown policy key "feedbackURL" — did you mean "feedbackUrl"?');
    expect(r.stdout).toContain("templates[0].body: warning: unknown placeholder {{lastname}}");
    expect(r.status).toBe(0);
  }, 60_000);
});

describe("glossary import --into a deployed file", () => {
  const csv = () => file("g.csv", "term;suggestion\neskalēt;nodot\nstruktūrvienība;nodaļa\n");

  test.each([
    ["Chrome/Edge", { "3rdparty": { extensions: { [ID]: { institution: "VID", glossary: [{ term: "Eskalēt", suggestion: "vecais" }] } } } }, (f: Deployed) => f["3rdparty"].extensions[ID]],
    [
      "Firefox",
      { policies: { DisableTelemetry: true, "3rdparty": { Extensions: { "skaidri@skaidri.lv": { institution: "VID", glossary: [{ term: "Eskalēt", suggestion: "vecais" }] } } } } },
      (f: Deployed) => f.policies["3rdparty"].Extensions["skaidri@skaidri.lv"],
    ],
  ])("%s: the glossary goes into Skaidri's entry, the rest of the file is kept", (form, content, section) => {
    const into = file(`${form.replace("/", "")}.json`, JSON.stringify(content));
    const r = run("glossary", "import", csv(), "--into", into, "--locale", "en");
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`${form} policy for`);
    const written = JSON.parse(readFileSync(into, "utf8"));
    expect(section(written)).toEqual({ institution: "VID", glossary: [{ term: "eskalēt", suggestion: "nodot" }, { term: "struktūrvienība", suggestion: "nodaļa" }] });
    if (form === "Firefox") expect(written.policies.DisableTelemetry).toBe(true);
    expect(JSON.parse(readFileSync(into, "utf8")).glossary).toBeUndefined();
  }, 60_000);

  test("a deployed file without Skaidri's entry is refused and left as it was", () => {
    const text = JSON.stringify({ "3rdparty": { extensions: { a: {}, b: {} } } });
    const into = file("other.json", text);
    const r = run("glossary", "import", csv(), "--into", into, "--locale", "en");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("no entry for Skaidri");
    expect(readFileSync(into, "utf8")).toBe(text);
  }, 60_000);

  test("past the entry limit and the Group Policy text box: warned, still written", () => {
    const rows = Array.from({ length: 50_010 }, (_, i) => `terminsnr${i};ieteikums ${i}`).join("\n");
    const into = file("big.json", "{}");
    const r = run("glossary", "import", file("big.csv", `term;suggestion\n${rows}\n`), "--into", into, "--locale", "en");
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("the glossary has 50010 entries; Skaidri applies the first 50000");
    expect(r.stderr).toContain("too long for the Group Policy text box");
    expect(JSON.parse(readFileSync(into, "utf8")).glossary).toHaveLength(50_010);
  }, 60_000);

  test("the printed JSON is exactly JSON.stringify's (streamed in pieces)", () => {
    const r = run("glossary", "import", file("p.csv", 'term,suggestion,explanation\n"a ""b""",c,"x\ny"\nd,,\n'));
    expect(r.stdout).toBe(`${JSON.stringify({ glossary: [{ term: 'a "b"', suggestion: "c", explanation: "x\ny" }, { term: "d" }] }, null, 2)}\n`);
  }, 60_000);
});

describe("policy check: glossary terms that collide or look like sentences", () => {
  const colliding = file(
    "colliding.json",
    JSON.stringify({ institution: "VID", glossary: [{ term: "manīt", suggestion: "pamanīt" }, { term: "Saskaņā ar iepriekš minēto un turpmāk izklāstīto mēs varam nodot visu tālāk", suggestion: "x" }] }),
  );
  test.each([
    ["en", /glossary\[1\]\.term: warning: This term looks like a sentence/, /homographs: “manīt”: .*\bmani\b.* never matched/],
    ["lv", /glossary\[1\]\.term: brīdinājums: Šis termins izskatās pēc teikuma/, /homogrāfi: „manīt”: .*\bmani\b.* netiek meklētas/],
  ])("%s: the administrator sees both, and the policy stays valid", (locale, sentence, homographs) => {
    const result = run("policy", "check", colliding, "--locale", locale);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(sentence);
    expect(result.stdout).toMatch(homographs);
  });
  test("a term with no colliding form lists nothing", () => {
    const result = run("policy", "check", file("plain.json", JSON.stringify({ institution: "VID", glossary: [{ term: "eskalēt", suggestion: "nodot" }] })), "--locale", "en");
    expect(result.stdout).not.toMatch(/homographs/);
  });
});
