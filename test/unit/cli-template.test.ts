// `skaidri template list|render`, run in-process with stdout and stderr captured.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { main } from "../../src/cli/main.ts";

let out = "";
let err = "";
const dir = mkdtempSync(join(tmpdir(), "skaidri-cli-template-"));
const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
};
const policy = file("policy.json", {
  institution: "Valsts ieņēmumu dienests",
  feedbackUrl: "https://www.vid.gov.lv/lv/atsauksmes",
  calendar: { holidays: ["2026-11-23"] },
  templates: [
    { id: "short", title: "Īsa atbilde", body: "Paldies! {{ask:Ko}} ir izdarīts." },
    { id: "bare", title: "Bez nobeiguma", body: "Labdien!\n\nJūsu lieta ir izskatīta.", language: "lv" },
  ],
});
const profile = file("profile.json", {
  firstName: "Anna",
  lastName: "Bērziņa",
  position: "konsultante",
  department: "Klientu apkalpošanas daļa",
  phone: "+371 67120000",
  email: "anna.berzina@vid.gov.lv",
});

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
afterEach(() => {
  vi.restoreAllMocks();
});

test("render receipt: the deadline is two working days on, in the dative; policy calendar and profile apply", async () => {
  const code = await main(["template", "render", "receipt", "--date", "2026-11-20", "--policy", policy, "--profile", profile]);
  expect(code).toBe(0);
  expect(out).toContain("ne vēlāk kā līdz 2026. gada 25. novembrim."); // 23 November is the policy's holiday
  expect(out).toContain("tīmekļvietnē: https://www.vid.gov.lv/lv/atsauksmes");
  expect(out.trimEnd().split("\n").slice(-7)).toEqual([
    "Ar cieņu",
    "Anna Bērziņa",
    "konsultante",
    "Klientu apkalpošanas daļa",
    "Valsts ieņēmumu dienests",
    "Tālr. +371 67120000",
    "E-pasts: anna.berzina@vid.gov.lv",
  ]);
  expect(err).toBe("");
});

test("render in English", async () => {
  expect(await main(["template", "render", "receipt", "--date", "2026-11-20", "--language", "en", "--profile", profile])).toBe(0);
  expect(out).toContain("We will answer you by 24 November 2026 at the latest.");
});

test("--set answers fill-ins, dates included", async () => {
  const code = await main([
    "template", "render", "out-of-office", "--date", "2026-11-20", "--profile", profile, "--policy", policy,
    "--set", "Prombūtnes sākums=1.12.2026", "--set", "Prombūtnes beigas=2026-12-11",
    "--set", "Aizvietotāja vārds, uzvārds=Jānis Kalniņš", "--set", "Aizvietotāja e-pasts=janis@vid.gov.lv",
    "--set", "Aizvietotāja tālrunis=+371 67120001",
  ]);
  expect(code).toBe(0);
  expect(out).toContain("No 2026. gada 1. decembra līdz 2026. gada 11. decembrim esmu prombūtnē.");
  expect(out).toContain("lūdzu, sazinieties ar manu aizvietotāju: Jānis Kalniņš, e-pasts janis@vid.gov.lv, tālrunis +371 67120001.");
});

test("a missing fill-in: exit 2 naming it", async () => {
  expect(await main(["template", "render", "redirect", "--set", "Iestāde=Valsts zemes dienests"])).toBe(2);
  expect(err).toContain('missing fill-in: "Iestādes kontakti"');
  expect(out).toBe("");
});

test("an unknown id: exit 2 naming it and the known ones", async () => {
  expect(await main(["template", "render", "reciept", "--policy", policy])).toBe(2);
  expect(err).toContain('unknown template id "reciept"');
  expect(err).toContain("receipt, answer-later, out-of-office, redirect, closing");
});

test.each([
  [["template", "render", "receipt", "--date", "20.11.2026"], "--date must be a date YYYY-MM-DD"],
  [["template", "render", "receipt", "--language", "de"], "--language must be lv or en"],
  [["template", "render", "receipt", "--set", "novalue"], "--set takes LABEL=VALUE"],
  [["template", "render"], "needs a template ID"],
  [["template", "render", "receipt", "--policy", join(dir, "missing.json")], "cannot read policy"],
  [["template", "render", "receipt", "--wat"], "Unknown option"],
  [["template"], "Usage:"],
])("usage error %j: exit 2", async (argv, message) => {
  expect(await main(argv)).toBe(2);
  expect(err).toContain(message);
});

test("organisation templates: rendered by id, listed first, checked against the handbook", async () => {
  expect(await main(["template", "render", "short", "--policy", policy, "--set", "Ko=Pārbaude"])).toBe(0);
  expect(out).toBe("Paldies! Pārbaude ir izdarīts.\n");
  out = "";
  expect(await main(["template", "list", "--policy", policy, "--language", "lv"])).toBe(0);
  const lines = out.split("\n");
  expect(lines[0]).toMatch(/^organisation +short +any +Īsa atbilde$/);
  expect(lines[1]).toMatch(/asks: Ko$/);
  expect(out).toMatch(/bare +lv +Bez nobeiguma\n +problem: fails the handbook checks: .*feedback-invitation/);
  expect(out).toMatch(/builtin +receipt +lv +Saņemšanas apliecinājums/);
  expect(out).not.toMatch(/builtin +receipt +en/);
});
