// The `skaidri lint --now` contract (issue 15) on the real CLI: a `deadlines` key in each JSON
// result that has a received time (no key otherwise), the deadlines in words in the text
// format, the deadline rule judged against --now (default: today's date in Latvia).
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { dateOfNow } from "../../src/cli/lint.ts";
import { dateInRiga } from "../../src/core/deadlines.ts";
import { ROOT } from "../support/build.ts";

function run(args: string[], input = ""): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [join(ROOT, "bin/skaidri.mjs"), "lint", ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr });
    });
    child.stdin?.end(input);
  });
}

const dir = mkdtempSync(join(tmpdir(), "skaidri-deadlines-"));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const REPLY = "Labdien, Jāni!\r\n\r\nJūsu iesniegums ir izskatīts.\r\n\r\nAr cieņu,\r\nAnna Kalniņa\r\n\r\n";
const OUTLOOK = `${REPLY}No: Jānis Bērziņš <janis@example.lv>\r\nNosūtīts: pirmdiena, 2026. gada 23. novembris 10:14\r\nKam: info@vzd.gov.lv\r\n\r\nLabdien!`;
const GMAIL_US = `${REPLY}On Mon, Nov 23, 2026 at 3:14\u202fPM Jane Smith <jane@example.com> wrote:\r\n> Hello`;
const NO_HEADER = "Labdien, Jāni!\n\nJūsu iesniegums ir izskatīts.\n";

interface Result {
  file: string;
  findings: { rule: string; severity: string; start: number; end: number; suggestions: string[] }[];
  deadlines?: { received: string; receiptDue: string; answerDue: string };
}

describe.concurrent("skaidri lint --now", { timeout: 60_000 }, () => {
  test("JSON: deadlines with the local time as written, 24-hour; no key without a received time", async () => {
    const r = await run(["--format", "json", "--now", "2026-11-24T08:00", file("outlook.txt", OUTLOOK), file("gmail.txt", GMAIL_US), file("none.txt", NO_HEADER)]);
    const [outlook, gmail, none] = JSON.parse(r.stdout) as Result[];
    expect(outlook!.deadlines).toEqual({ received: "2026-11-23T10:14", receiptDue: "2026-11-24", answerDue: "2026-11-25" });
    expect(Object.keys(outlook!).at(-1)).toBe("deadlines");
    expect(gmail!.deadlines).toEqual({ received: "2026-11-23T15:14", receiptDue: "2026-11-24", answerDue: "2026-11-25" });
    expect(none).not.toHaveProperty("deadlines");
    expect(r.stdout).not.toContain("null");
  });

  test.each([
    ["before the due date", "2026-11-24T23:59", 0],
    ["any hour on the due date", "2026-11-25T23:59", 0],
    ["a date alone", "2026-11-25", 0],
    ["the day after", "2026-11-26T00:00", 1],
    ["an instant with a zone, judged in Riga: 22:30Z on the 25th is the 26th there", "2026-11-25T22:30:00Z", 1],
    ["the same instant at +02:00 is still the 25th", "2026-11-25T23:59+02:00", 0],
  ])("the deadline rule, --now %s (%s)", async (_, now, count) => {
    const r = await run(["--format", "json", "--now", now, file(`late-${now.replace(/\W/g, "")}.txt`, OUTLOOK)]);
    const [o] = JSON.parse(r.stdout) as Result[];
    expect(o!.findings.filter((f) => f.rule === "deadline"), now).toHaveLength(count);
  });

  test("the deadline finding: a warning at the start of the body with the next working day, exit code unchanged", async () => {
    const path = file("late.txt", OUTLOOK);
    const r = await run(["--format", "json", "--now", "2026-11-27T10:00", path]);
    const onTime = await run(["--format", "json", "--now", "2026-11-24", path]);
    expect(r.status).toBe(onTime.status);
    const [o] = JSON.parse(r.stdout) as Result[];
    const f = o!.findings.find((x) => x.rule === "deadline")!;
    expect(f).toMatchObject({ severity: "warning", start: OUTLOOK.indexOf("Jūsu"), end: OUTLOOK.indexOf("Jūsu") });
    expect(f.suggestions).toEqual(["Atvainojamies par kavēšanos. Atbildi sniegsim līdz 2026. gada 30. novembrim.\n\n"]);
  });

  test("text: the deadlines in words, Latvian and English", async () => {
    const path = file("words.txt", OUTLOOK);
    const lv = await run(["--now", "2026-11-24", path]);
    expect(lv.stdout).toContain(`${path}  Saņemts pirmdien, 2026. gada 23. novembrī 10.14 · apliecinājums līdz 2026. gada 24. novembrim · atbilde līdz 2026. gada 25. novembrim\n`);
    const en = await run(["--now", "2026-11-24", "--locale", "en", path]);
    expect(en.stdout).toContain(`${path}  Received Monday, 23 November 2026 10:14 · receipt due 24 November 2026 · answer due 25 November 2026\n`);
    const none = await run(["--now", "2026-11-24", file("words-none.txt", NO_HEADER)]);
    expect(none.stdout).not.toMatch(/Saņemts|Received/);
  });

  test("policy deadlines and calendar move the dates; policy rules switch the rule off", async () => {
    const policy = file("deadlines.json", JSON.stringify({ deadlines: { receipt: 2, answer: 5 }, calendar: { holidays: ["2026-11-24"] } }));
    const r = await run(["--format", "json", "--now", "2026-11-24", "--policy", policy, file("policy.txt", OUTLOOK)]);
    expect((JSON.parse(r.stdout) as Result[])[0]!.deadlines).toEqual({ received: "2026-11-23T10:14", receiptDue: "2026-11-26", answerDue: "2026-12-01" });
    const off = file("off.json", JSON.stringify({ rules: { deadline: "off" } }));
    const quiet = await run(["--format", "json", "--now", "2027-01-10", "--policy", off, file("off.txt", OUTLOOK)]);
    expect((JSON.parse(quiet.stdout) as Result[])[0]!.findings.filter((f) => f.rule === "deadline")).toEqual([]);
  });

  test("without --now the current date in Latvia is used", async () => {
    // A message received a year before today is overdue today, whatever the clock says.
    const r = await run(["--format", "json", "-"], `${REPLY}From: Jane <jane@example.com>\r\nSent: ${Number(dateInRiga().slice(0, 4)) - 1}-01-05 10:00\r\nTo: x\r\n\r\nHello`);
    const [o] = JSON.parse(r.stdout) as Result[];
    expect(o!.findings.filter((f) => f.rule === "deadline")).toHaveLength(1);
  });

  test.each([
    ["2026-11-25", "2026-11-25"],
    ["2026-11-25T23:59", "2026-11-25"],
    ["2026-11-25T23:59:59.5", "2026-11-25"],
    ["2026-11-25T22:00:00Z", "2026-11-26"],
    ["2026-11-25T21:59:59Z", "2026-11-25"],
    ["2026-11-25T08:00-05:00", "2026-11-25"],
    ["2026-11-25T23:00-05:00", "2026-11-26"],
    ["2026-11-31", null],
    ["2026-11-25 10:00", null],
    ["25.11.2026", null],
    ["2026-11-25T24:00", null],
  ])("dateOfNow(%j) = %j", (value, expected) => {
    expect(dateOfNow(value)).toBe(expected);
  });
});
