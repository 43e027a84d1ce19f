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
  expect(out).toContain("sniegsim līdz 2026. gada 25. novembrim."); // 23 November is the policy's holiday
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
  expect(out).toContain("We will reply by 24 November 2026.");
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

test.each([
  ["lv", "neaizpildīts: „Iestādes kontakti”"],
  ["en", "missing fill-in: “Iestādes kontakti”"],
])("a missing fill-in: exit 2 naming it (--locale %s)", async (locale, message) => {
  expect(await main(["template", "render", "redirect", "--set", "Iestāde=Valsts zemes dienests", "--locale", locale])).toBe(2);
  expect(err).toContain(message);
  expect(out).toBe("");
});

test.each([
  ["lv", "nezināms veidnes ID „reciept”"],
  ["en", "unknown template id “reciept”"],
])("an unknown id: exit 2 naming it and the known ones (--locale %s)", async (locale, message) => {
  expect(await main(["template", "render", "reciept", "--policy", policy, "--locale", locale])).toBe(2);
  expect(err).toContain(message);
  expect(err).toContain("receipt, answer-later, out-of-office, redirect, closing");
});

// Every usage error in both languages: the Latvian one has no English in it.
test.each([
  [["template", "render", "receipt", "--date", "20.11.2026"], "--date jābūt datumam formā GGGG-MM-DD", "--date must be a date YYYY-MM-DD"],
  [["template", "render", "receipt", "--language", "de"], "opcijas --language vērtība var būt lv vai en, nevis „de”", "--language must be lv or en, not “de”"],
  [["template", "render", "receipt", "--set", "novalue"], "--set vērtība jānorāda formā NOSAUKUMS=VĒRTĪBA", "--set takes LABEL=VALUE"],
  [["template", "render"], "jānorāda veidnes ID", "needs a template ID"],
  [["template", "render", "receipt", "--policy", join(dir, "missing.json")], "nevar nolasīt politiku", "cannot read policy"],
  [["template", "render", "receipt", "--wat"], "nezināma opcija „--wat”", "unknown option “--wat”"],
  [["template", "list", "--wat=1"], "nezināma opcija „--wat”", "unknown option “--wat”"],
  [["template", "list", "extra"], "lieks arguments „extra”", "unexpected argument “extra”"],
  [["template"], "Lietošana:", "Usage:"],
])("usage error %j: exit 2, in Latvian and in English", async (argv, lv, en) => {
  expect(await main(argv)).toBe(2);
  expect(err).toContain(lv);
  err = "";
  expect(await main([...argv, "--locale", "en"])).toBe(2);
  expect(err).toContain(en);
});

test("organisation templates: rendered by id, listed first, checked against the handbook", async () => {
  expect(await main(["template", "render", "short", "--policy", policy, "--set", "Ko=Pārbaude"])).toBe(0);
  expect(out).toBe("Paldies! Pārbaude ir izdarīts.\n");
  out = "";
  expect(await main(["template", "list", "--policy", policy, "--language", "lv"])).toBe(0);
  const lines = out.split("\n");
  expect(lines[0]).toMatch(/^iestādes +short +jebkura +Īsa atbilde$/);
  expect(lines[1]).toMatch(/jautā: Ko$/);
  expect(out).toMatch(/bare +lv +Bez nobeiguma\n +problēma: neiztur rokasgrāmatas pārbaudes: .*feedback-invitation/);
  expect(out).toMatch(/iebūvēta +receipt +lv +Saņemšanas apliecinājums/);
  expect(out).not.toMatch(/iebūvēta +receipt +en/);
  out = "";
  expect(await main(["template", "list", "--policy", policy, "--language", "lv", "--locale", "en"])).toBe(0);
  expect(out.split("\n")[0]).toMatch(/^organisation +short +any +Īsa atbilde$/);
  expect(out).toMatch(/bare +lv +Bez nobeiguma\n +problem: fails the handbook checks: .*feedback-invitation/);
});
