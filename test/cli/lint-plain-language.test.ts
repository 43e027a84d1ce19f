// Issue 14 "the rules work in the CLI": `skaidri lint` on sample replies reports the six
// plain-language and letter-etiquette rules (formal-address, greeting/punctuation,
// greeting/vocative as warnings; plain-language, long-sentence, passive-voice as info), in
// Latvian and in English, with their positions; JSON carries the same; a policy turns a rule
// off; an English reply gets only what applies to English. The real CLI (node bin/skaidri.mjs).
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { ROOT } from "../support/build.ts";

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function lint(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(ROOT, "bin/skaidri.mjs"), "lint", ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr });
    });
  });
}

const MAIL = join(ROOT, "test/fixtures/mail");
const dir = mkdtempSync(join(tmpdir(), "skaidri-lint-plain-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const LONG_LV =
  "Mēs rūpīgi pārskatīsim visus pievienotos dokumentus un katru norādīto jautājumu, salīdzināsim tos ar mūsu rīcībā esošo informāciju un tad sagatavosim vienu kopīgu atbildi ar visiem nepieciešamajiem paskaidrojumiem un turpmākajiem soļiem.";
const complete = readFileSync(join(MAIL, "lv-complete.txt"), "utf8");
// A complete reply (it passes clean as it is, test/cli/lint.test.ts) with the greeting ended by
// a comma and continued in lowercase, a lowercase "jūsu" to one client, a passive sentence, a
// wordy phrase and a 30-word sentence.
const COMMA = file(
  "comma.txt",
  complete.replace(
    "Labdien, Jāni!\n\nPaldies par Jūsu vēstuli.",
    `Labdien, Jāni,\n\npaldies par jūsu vēstuli. Jūsu iesniegums tiek izskatīts. Lūdzam veikt apmaksu līdz mēneša beigām. ${LONG_LV}`,
  ),
);
// The same reply greeting Jānis in the nominative.
const NOMINATIVE = file("nominative.txt", complete.replace("Labdien, Jāni!", "Labdien, Jānis!"));
const FILES = [COMMA, NOMINATIVE];
const LV_ARGS = ["--policy", join(MAIL, "lv-complete.policy.json"), "--profile", join(MAIL, "anna.profile.json"), "--now", "2026-11-17T09:00"];

/** Where each finding is: file:line:column, severity label, rule, and a piece of its message. */
const EXPECTED = {
  lv: [
    [`${COMMA}:1:14`, "brīdinājums", "greeting/punctuation", "beidz izsaukuma zīme"],
    [`${COMMA}:3:13`, "brīdinājums", "formal-address", "„Jūsu”, nevis „jūsu”"],
    [`${COMMA}:3:43`, "padoms", "passive-voice", "„tiek izskatīts” ir ciešamā kārta"],
    [`${COMMA}:3:66`, "padoms", "plain-language", "„veikt apmaksu” ir smagnējs kancelejas izteikums; klientam saprotamāk: „samaksāt”"],
    [`${COMMA}:3:100`, "padoms", "long-sentence", "Teikumā ir 30 vārdu (ieteicams ne vairāk kā 25)"],
    [`${NOMINATIVE}:1:10`, "brīdinājums", "greeting/vocative", "„Jāni”, nevis „Jānis”"],
  ],
  en: [
    [`${COMMA}:1:14`, "warning", "greeting/punctuation", "ending with an exclamation mark"],
    [`${COMMA}:3:13`, "warning", "formal-address", "“Jūsu”, not “jūsu”"],
    [`${COMMA}:3:43`, "hint", "passive-voice", "“tiek izskatīts” is passive voice"],
    [`${COMMA}:3:66`, "hint", "plain-language", "“veikt apmaksu” is wordy officialese; plainer for the client: “samaksāt”"],
    [`${COMMA}:3:100`, "hint", "long-sentence", "This sentence has 30 words (25 at most is advised)"],
    [`${NOMINATIVE}:1:10`, "warning", "greeting/vocative", "“Jāni”, not “Jānis”"],
  ],
} as const;
const SUMMARY = { lv: "0 kļūdas, 3 brīdinājumi, 3 padomi (2 failos)", en: "0 errors, 3 warnings, 3 hints in 2 files" };

describe.concurrent("skaidri lint: the plain-language and letter-etiquette rules", { timeout: 60_000 }, () => {
  test.each(["lv", "en"] as const)("--locale %s: each rule's finding at its place, in that language; warnings and info keep exit 0", async (locale) => {
    const r = await lint([...LV_ARGS, "--locale", locale, ...FILES]);
    expect(r).toMatchObject({ status: 0, stderr: "" });
    const findings = r.stdout.split("\n").filter((line) => /:\d+:\d+ {2}/.test(line));
    expect(findings).toHaveLength(EXPECTED[locale].length);
    for (const [i, [where, severity, rule, message]] of EXPECTED[locale].entries()) {
      expect(findings[i]!.startsWith(`${where}  ${severity}  ${rule}  `), findings[i]).toBe(true);
      expect(findings[i]).toContain(message);
    }
    expect(r.stdout.trimEnd().split("\n").at(-1)).toBe(SUMMARY[locale]);
    // Each language speaks only its own: no Latvian labels in English output, no English ones in Latvian.
    if (locale === "en") expect(r.stdout).not.toMatch(/\b(brīdinājums|padoms|ciešamā kārta|nevis)\b/);
    else expect(r.stdout).not.toMatch(/\b(warning|hint|passive voice|not)\b/);
  });

  test("JSON: the same rules with their severities and the flagged text's offsets", async () => {
    const r = await lint([...LV_ARGS, "--format", "json", COMMA]);
    expect(r.status).toBe(0);
    const [{ findings }] = JSON.parse(r.stdout) as [{ findings: { rule: string; severity: string; start: number; end: number }[] }];
    const text = readFileSync(COMMA, "utf8");
    expect(findings.map((f) => [f.rule, f.severity, text.slice(f.start, f.end)])).toEqual([
      ["greeting/punctuation", "warning", ","],
      ["formal-address", "warning", "jūsu"],
      ["passive-voice", "info", "tiek izskatīts"],
      ["plain-language", "info", "veikt apmaksu"],
      ["long-sentence", "info", LONG_LV],
    ]);
  });

  test("a policy turns rules off, and sets the long-sentence limit", async () => {
    const policy = file(
      "rules.json",
      JSON.stringify({
        ...JSON.parse(readFileSync(join(MAIL, "lv-complete.policy.json"), "utf8")),
        rules: { "passive-voice": "off", "greeting/vocative": "off" },
        sentenceWords: 30,
      }),
    );
    const r = await lint([...LV_ARGS, "--policy", policy, "--locale", "en", ...FILES]);
    expect(r.status).toBe(0);
    const rules = r.stdout.split("\n").flatMap((line) => /^.+:\d+:\d+ {2}\S+ {2}(\S+) {2}/.exec(line)?.[1] ?? []);
    expect(rules).toEqual(["greeting/punctuation", "formal-address", "plain-language"]);
  });

  test("an English reply: a long sentence is a hint; its comma greeting and passive voice are right English", async () => {
    const en = readFileSync(join(MAIL, "en-complete.txt"), "utf8");
    const long =
      "We will carefully go through every document you attached and each question you raised, compare them with the information we hold and then prepare a single joint answer with all the explanations you need.";
    const path = file("en-long.txt", en.replace("within ten working days.", `within ten working days. ${long}`));
    const r = await lint(["--policy", join(MAIL, "en-complete.policy.json"), "--locale", "en", "--now", "2026-11-17", path]);
    expect(r.status).toBe(0);
    const findings = r.stdout.split("\n").filter((line) => /:\d+:\d+ {2}/.test(line));
    expect(findings).toEqual([`${path}:3:145  hint  long-sentence  This sentence has 34 words (25 at most is advised). Long sentences are hard to follow: split it.`]);
  });
});
