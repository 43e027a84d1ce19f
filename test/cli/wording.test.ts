// Keep Skaidri's own language right (issue 13): every command takes --locale lv|en and speaks it
// throughout, an unknown option is a usage error (exit 2) everywhere, counted phrases follow
// Intl.PluralRules, and no English words or English quotes leak into the Latvian output.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { main } from "../../src/cli/main.ts";
import { CLI_COUNTED, cliText } from "../../src/cli/messages.ts";
import { counted, type PluralForms } from "../../src/core/plural.ts";

const FIXTURES = resolve(import.meta.dirname, "../fixtures/mail");
const dir = mkdtempSync(join(tmpdir(), "skaidri-wording-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
// A CSV with every kind of row problem, and policies with every kind of problem.
const CSV = file("g.csv", "termins;ieteikums;skaidrojums;valoda\nstruktūrvienība;nodaļa;;lv\n;bez termina;;\neskalēt;nodot;;de\nstruktūrvienība;daļa;;lv\n");
const BAD_CSV = file("bad.csv", "vārdi;citi\nx;y\n");
const BAD_POLICY = file(
  "bad.json",
  JSON.stringify({ institution: 7, feedbackUrl: "http://example.lv/atsauksmes", sendCheck: "maybe", rules: { nav: "error" }, glossary: [{ term: "" }], extra: 1 }),
);
const TEMPLATE_POLICY = file("t.json", JSON.stringify({ templates: [{ id: "t", title: "T", body: "Labdien, {{fistName}}! {{date | dativ}}" }] }));

let out = "";
let err = "";
beforeEach(() => {
  out = "";
  err = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

async function say(argv: string[]): Promise<{ code: number; text: string }> {
  out = "";
  err = "";
  const code = await main(argv);
  return { code, text: out + err };
}

/** English words a Latvian message must not contain (CLI vocabulary and function words). */
// Whole words only (Latvian letters count as letters); "fails" and "no" are Latvian words too.
const ENGLISH = /(?<!\p{L})(the|and|not|or|of|is|with|error|errors|warning|warnings|hint|note|notes|file|files|row|rows|skipped|imported|entries|entry|nothing|valid|unknown|cannot|read|must|usage|option|missing|found|replaced|added|checking|expected|asks|problem|any|builtin|organisation|personal|written|wrote|header|column)(?!\p{L})/iu;

/** What may stay as it is in Latvian output: paths, addresses, rule ids, placeholders, options, JSON. */
function latvianProse(text: string): string {
  return text
    .replace(/\S*[/\\]\S*/g, " ") // paths and URLs
    .replace(/\{\{[^}]*\}\}/g, " ")
    .replace(/--[\w-]+/g, " ")
    .replace(/"[^"\n]*"/g, " ") // JSON keys and values, CSV values as the admin wrote them
    .replace(/\b[a-z]+(?:[-/][a-z]+)+\b/g, " ") // rule ids: sign-off, signature/name
    .replace(/\b(?:lv|en|json|text|ID|UTF-8|CSV|JSON|Chrome|Edge|Firefox|Windows-\d+|ISO|policies\.json|manifest\.json|key|3rdparty|extensions|Extensions)\b/g, " ");
}

const LATVIAN_RUNS: string[][] = [
  ["lint", join(FIXTURES, "lv-bare.txt")],
  ["lint", "--policy", BAD_POLICY, join(FIXTURES, "lv-bare.txt"), join(FIXTURES, "en-outlook-incomplete.txt")],
  ["lint", "--wat", "x"],
  ["lint"],
  ["lint", "--help"],
  ["glossary", "import", CSV],
  ["glossary", "import", BAD_CSV],
  ["glossary", "import", join(dir, "missing.csv")],
  ["glossary", "--help"],
  ["policy", "check", BAD_POLICY],
  ["policy", "check", TEMPLATE_POLICY],
  ["policy", "check", join(FIXTURES, "lv-complete.policy.json")],
  ["policy", "export", BAD_POLICY, "--format", "chrome-linux"],
  ["policy", "export", BAD_POLICY, "--format", "nav"],
  ["policy", "--help"],
  ["template", "list", "--policy", TEMPLATE_POLICY, "--language", "lv"],
  ["template", "render", "redirect"],
  ["template", "render", "nav"],
  ["template", "--help"],
  ["--help"],
  ["nav-tādas"],
];

describe("--locale lv (the default): no English in what the CLI says", () => {
  test.each(LATVIAN_RUNS)("skaidri %s …", async (...argv) => {
    const { text } = await say(argv);
    expect(text.length).toBeGreaterThan(0);
    const prose = latvianProse(text);
    const english = prose.match(ENGLISH);
    expect(english?.[0], `"${english?.[0]}" in: ${english ? prose.slice(Math.max(0, english.index! - 60), english.index! + 40) : ""}`).toBeUndefined();
    expect(text, "English quotes in Latvian output").not.toMatch(/[“]/);
  });
});

describe("--locale en: the same runs speak English", () => {
  test.each(LATVIAN_RUNS.filter((argv) => argv[0] !== "nav-tādas"))("skaidri %s … --locale en", async (...argv) => {
    const { text } = await say([...argv, "--locale", "en"]);
    expect(text.replace(/^.*(?:lv-bare|en-outlook)[^\n]* {2}\S+ {2}(?:jargon|abbreviation) {2}.*$/gm, ""), "Latvian quotes in English output").not.toMatch(/„/);
    expect(text).not.toMatch(/\b(kļūda|brīdinājums|nezināma|nevar|jābūt|Lietošana|rinda|izlaista|importēti)\b/);
  });
});

// Every command and subcommand: an unknown option is refused with exit 2 and a message naming it,
// in the language asked for — never read as a file or ignored.
const COMMANDS = [["lint", "x.txt"], ["glossary", "import", CSV], ["policy", "check", BAD_POLICY], ["policy", "export", BAD_POLICY], ["policy", "admx"], ["template", "list"], ["template", "render", "receipt"]];
describe.each(COMMANDS)("skaidri %s … --frobnicate", (...command) => {
  test.each([
    ["lv", "nezināma opcija „--frobnicate”"],
    ["en", "unknown option “--frobnicate”"],
  ])("--locale %s: exit 2 and says so", async (locale, message) => {
    const { code, text } = await say([...command, "--frobnicate", "--locale", locale]);
    expect(code).toBe(2);
    expect(text).toContain(message);
  });

  test("a bad --locale is a usage error too", async () => {
    const { code, text } = await say([...command, "--locale", "de"]);
    expect(code).toBe(2);
    expect(text).toContain("opcijas --locale vērtība var būt lv vai en, nevis „de”");
  });
});

test("glossary import --locale en works (it crashed before) and speaks English throughout", async () => {
  const { code, text } = await say(["glossary", "import", CSV, "--locale", "en"]);
  expect(code).toBe(0);
  expect(text).toMatch(/row 3: error: skipped — term: /);
  expect(text).toContain("row 5: warning: “struktūrvienība” repeats row 2; this row replaces it.");
  const lv = await say(["glossary", "import", CSV]);
  expect(lv.text).toContain("3. rinda: kļūda: izlaista — termins: ");
  expect(lv.text).toContain("5. rinda: brīdinājums: „struktūrvienība” atkārto 2. rindu; šī rinda to aizstāj.");
});

// Counted phrases: the forms Intl.PluralRules picks, checked against hand-written Latvian and English.
const COUNTS = [0, 1, 2, 5, 11, 21, 101] as const;
const EXPECTED: Record<string, Record<"lv" | "en", string[]>> = {
  error: { lv: ["0 kļūdas", "1 kļūda", "2 kļūdas", "5 kļūdas", "11 kļūdas", "21 kļūda", "101 kļūda"], en: ["0 errors", "1 error", "2 errors", "5 errors", "11 errors", "21 errors", "101 errors"] },
  warning: {
    lv: ["0 brīdinājumi", "1 brīdinājums", "2 brīdinājumi", "5 brīdinājumi", "11 brīdinājumi", "21 brīdinājums", "101 brīdinājums"],
    en: ["0 warnings", "1 warning", "2 warnings", "5 warnings", "11 warnings", "21 warnings", "101 warnings"],
  },
  inFiles: { lv: ["0 failos", "1 failā", "2 failos", "5 failos", "11 failos", "21 failā", "101 failā"], en: ["in 0 files", "in 1 file", "in 2 files", "in 5 files", "in 11 files", "in 21 files", "in 101 files"] },
};

describe.each(["lv", "en"] as const)("counted CLI phrases (%s)", (locale) => {
  test.each(Object.keys(CLI_COUNTED))("%s: one form per plural category", (noun) => {
    const forms: PluralForms = CLI_COUNTED[noun as keyof typeof CLI_COUNTED][locale];
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    expect(Object.keys(forms).sort()).toEqual([...categories].sort());
    for (const n of COUNTS) {
      const category = new Intl.PluralRules(locale).select(n);
      expect(counted(locale, n, forms)).toBe(forms[category]!.replace("{n}", String(n)));
    }
  });

  test.each(Object.keys(EXPECTED))("%s for 0, 1, 2, 5, 11, 21, 101", (noun) => {
    expect(COUNTS.map((n) => cliText(locale).n(noun as keyof typeof CLI_COUNTED, n))).toEqual(EXPECTED[noun]![locale]);
  });
});

// The command groups and `skaidri` itself: an option where a subcommand belongs is named as an option.
describe.each([["policy"], ["glossary"], ["template"], []])("skaidri %s --frobnicate", (...group) => {
  test.each([
    ["lv", "nezināma opcija „--frobnicate”"],
    ["en", "unknown option “--frobnicate”"],
  ])("--locale %s: exit 2 and says so", async (locale, message) => {
    const { code, text } = await say([...group, "--frobnicate=1", "--locale", locale]);
    expect(code).toBe(2);
    expect(text).toContain(`skaidri${group.length ? ` ${group[0]}` : ""}: ${message}`);
  });
});
