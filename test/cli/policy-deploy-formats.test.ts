// Issue 16's deployment formats, each read back the way its consumer reads it:
// - macOS profile: parsed by the `plist` package (an XML plist reader we did not write);
// - Firefox's .reg: decoded as regedit stores it, then read with Firefox's documented rules
//   (WindowsGPOParser.sys.mjs: REG_SZ → string, REG_MULTI_SZ → JSON.parse of its lines);
// - ADMX/ADML: checked by fast-xml-parser's validator, cross-referenced, and "applied" the way
//   Group Policy writes each element, then read with Chrome's rules for extension policy.
// Every round trip must give back the same policy.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import * as plist from "plist";
import { afterAll, describe, expect, test } from "vitest";
import { ADMX_SETTINGS, toAdml, toAdmx } from "../../src/cli/admx.ts";
import { extensionIdProblem } from "../../src/cli/extension-id.ts";
import { toMobileConfig } from "../../src/cli/export-macos.ts";
import { GECKO_ID } from "../../src/cli/policy.ts";
import { toRegFile } from "../../src/cli/registry-file.ts";
import { POLICY_KEYS, validatePolicy } from "../../src/core/policy.ts";
import { ROOT } from "../support/build.ts";

const ID = "banodkidboccabpcfeglimkhjfjepfgc";
const dir = mkdtempSync(join(tmpdir(), "skaidri-deploy-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, "bin/skaidri.mjs"), ...args], { cwd: ROOT, encoding: "buffer", timeout: 30_000 });

/** A policy with every key and the awkward characters: quotes, &, <, backslashes, line breaks, Latvian letters. */
const POLICY = {
  institution: 'Valsts "testa" & <dienests> \\ Rīga',
  institutionAliases: ["VTD", "Testa dienests"],
  feedbackUrl: "https://testa.example.lv/atsauksmes?a=1&b=2",
  glossary: [
    { term: "eskalēt", suggestion: "nodot", explanation: "Žargons;\nnesaprotams", language: "lv" },
    { term: "escalate", language: "en" },
  ],
  abbreviationAllowlist: ["PVN", "EDS"],
  templates: [{ id: "t1", title: "Saņemts", body: "Labdien!\n\nAtbildēsim līdz {{date +10}}.\n{{firstName}} {{lastName}}", language: "lv" }],
  rules: { jargon: "error", "personal-data": "error" },
  sendCheck: "block",
  calendar: { holidays: ["2026-05-04"], workdays: [] },
  lockRules: true,
  webmailHosts: [{ host: "pasts.iestade.test.lv", kind: "outlook" }],
  sentenceWords: 30,
  deadlines: { receipt: 1, answer: 3 },
};

test("the test policy has every policy key and is valid", () => {
  expect(Object.keys(POLICY).sort()).toEqual([...POLICY_KEYS].sort());
  expect(validatePolicy(POLICY).problems).toEqual([]);
});

describe("--format macos", () => {
  const payloadsOf = (text: string) => (plist.parse(text) as { PayloadContent: Record<string, unknown>[] }).PayloadContent;
  const withoutPayloadKeys = (payload: Record<string, unknown>) => Object.fromEntries(Object.entries(payload).filter(([k]) => !k.startsWith("Payload")));

  test("a plist reader gets the same policy back for Chrome and for Edge, in native types", () => {
    const text = toMobileConfig(POLICY, { id: ID });
    const [chrome, edge] = payloadsOf(text);
    expect(chrome?.PayloadType).toBe(`com.google.Chrome.extensions.${ID}`);
    expect(edge?.PayloadType).toBe(`com.microsoft.Edge.extensions.${ID}`);
    expect(withoutPayloadKeys(chrome!)).toEqual(POLICY);
    expect(withoutPayloadKeys(edge!)).toEqual(POLICY);
    expect(text).toContain("<key>lockRules</key>\n\t\t\t<true/>");
  });

  test("PayloadUUIDs are fresh: unique within a profile and between two exports", () => {
    const uuids = (text: string) => {
      const root = plist.parse(text) as { PayloadUUID: string; PayloadContent: { PayloadUUID: string }[] };
      return [root.PayloadUUID, ...root.PayloadContent.map((p) => p.PayloadUUID)];
    };
    const a = uuids(toMobileConfig(POLICY, { id: ID }));
    const b = uuids(toMobileConfig(POLICY, { id: ID }));
    for (const uuid of [...a, ...b]) expect(uuid).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(new Set([...a, ...b]).size).toBe(6);
  });

  test("characters XML cannot carry are dropped, never a broken profile; a Payload* key cannot override the profile's", () => {
    const [payload] = payloadsOf(toMobileConfig({ institution: "A\u0001B\u000bC", PayloadType: "evil" }, { id: ID }));
    expect(payload?.institution).toBe("ABC");
    expect(payload?.PayloadType).toBe(`com.google.Chrome.extensions.${ID}`);
  });

  test("through the CLI, with the build's id", () => {
    const file = join(dir, "p.json");
    writeFileSync(file, JSON.stringify(POLICY));
    const r = run("policy", "export", file, "--format", "macos");
    expect(r.status).toBe(0);
    expect(withoutPayloadKeys(payloadsOf(r.stdout.toString("utf8"))[0]!)).toEqual(POLICY);
  }, 30_000);
});

/** A .reg file's values as regedit would store them: name → { type, data }. */
function readRegFile(text: string): { key: string; values: Map<string, { type: "REG_SZ" | "REG_MULTI_SZ" | "REG_DWORD"; data: string | number }> } {
  const lines = text.split("\r\n");
  expect(lines[0]).toBe("Windows Registry Editor Version 5.00");
  const key = /^\[(.+)\]$/.exec(lines[2] ?? "")?.[1] ?? "";
  const values = new Map<string, { type: "REG_SZ" | "REG_MULTI_SZ" | "REG_DWORD"; data: string | number }>();
  const hexText = (hex: string) => Buffer.from(hex.split(",").map((b) => Number.parseInt(b, 16))).toString("utf16le");
  for (const line of lines.slice(3).filter(Boolean)) {
    const m = /^"((?:[^"\\]|\\.)*)"=(.*)$/.exec(line);
    if (!m) throw new Error(`not a .reg value line: ${line}`);
    const name = m[1]!.replace(/\\(.)/g, "$1");
    const raw = m[2]!;
    if (raw.startsWith('"')) values.set(name, { type: "REG_SZ", data: raw.slice(1, -1).replace(/\\(.)/g, "$1") });
    else if (raw.startsWith("hex(1):")) values.set(name, { type: "REG_SZ", data: hexText(raw.slice(7)).replace(/\0$/, "") });
    else if (raw.startsWith("hex(7):")) values.set(name, { type: "REG_MULTI_SZ", data: hexText(raw.slice(7)).replace(/\0\0$/, "") });
    else if (raw.startsWith("dword:")) values.set(name, { type: "REG_DWORD", data: Number.parseInt(raw.slice(6), 16) });
    else throw new Error(`unknown .reg type: ${line}`);
  }
  return { key, values };
}

describe("--format firefox-windows-reg", () => {
  test("Firefox's registry reading gives back the same policy, with real lists, objects and booleans", () => {
    const { key, values } = readRegFile(toRegFile(POLICY, "firefox-windows-reg", GECKO_ID));
    expect(key).toBe(`HKEY_LOCAL_MACHINE\\Software\\Policies\\Mozilla\\Firefox\\3rdparty\\Extensions\\${GECKO_ID}`);
    // WindowsGPOParser.sys.mjs readRegistryValue: REG_MULTI_SZ → JSON.parse(lines joined by "\n"), REG_SZ → as is.
    const read = Object.fromEntries([...values].map(([name, v]) => [name, v.type === "REG_MULTI_SZ" ? JSON.parse(String(v.data).replace(/\0/g, "\n")) : v.data]));
    expect(read).toEqual(POLICY);
    expect(values.get("institution")?.type).toBe("REG_SZ");
    expect(values.get("glossary")?.type).toBe("REG_MULTI_SZ");
    expect(values.get("lockRules")?.type).toBe("REG_MULTI_SZ");
  });

  test("hand-written registry values (REG_SZ JSON, REG_DWORD 1) are still read by the extension", () => {
    const { key, values } = readRegFile(toRegFile(POLICY, "chrome-windows-reg", ID));
    expect(key).toContain("Google\\Chrome\\3rdparty\\extensions");
    // What Firefox would hand over from such values: strings and numbers, unparsed.
    const asFirefoxSeesThem = Object.fromEntries([...values].map(([name, v]) => [name, v.data]));
    expect(typeof asFirefoxSeesThem.glossary).toBe("string");
    expect(asFirefoxSeesThem.lockRules).toBe(1);
    const { policy, problems } = validatePolicy(asFirefoxSeesThem);
    expect(problems).toEqual([]);
    expect(policy).toEqual(validatePolicy(POLICY).policy);
  });

  test("through the CLI: UTF-16LE with BOM, the gecko id by default", () => {
    const file = join(dir, "ff.json");
    writeFileSync(file, JSON.stringify(POLICY));
    const r = run("policy", "export", file, "--format", "firefox-windows-reg");
    expect(r.status).toBe(0);
    expect([...r.stdout.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(readRegFile(r.stdout.subarray(2).toString("utf16le")).key).toContain(`\\Extensions\\${GECKO_ID}`);
  }, 30_000);
});

describe("--id", () => {
  test.each([
    [ID, "chromium", true],
    ["abcdefghijklmnopabcdefghijklmnop", "chromium", true],
    ["abcdefghijklmnopabcdefghijklmnoq", "chromium", false], // q is past p
    ["ABCDEFGHIJKLMNOPABCDEFGHIJKLMNOP", "chromium", false],
    ["banodkidboccabpcfeglimkhjfjepfg", "chromium", false], // 31 letters
    [GECKO_ID, "chromium", false],
    [GECKO_ID, "firefox", true],
    ["{3b6c2e8a-1f4d-4c5e-9a7b-0d1e2f3a4b5c}", "firefox", true],
    ["3b6c2e8a-1f4d-4c5e-9a7b-0d1e2f3a4b5c", "firefox", false], // a GUID needs its braces
    ["skaidri", "firefox", false],
    [ID, "firefox", false],
  ] as const)("%s for %s: %s", (id, browser, ok) => {
    expect(extensionIdProblem(id, browser) === null).toBe(ok);
  });

  test.each([
    ["chrome-linux", GECKO_ID, "looks like a Firefox id"],
    ["firefox", ID, "looks like a Chrome/Edge id"],
    ["macos", "nope", "32 letters a–p"],
  ])("policy export --format %s --id %s is refused with the reason", (format, id, reason) => {
    const file = join(dir, "id.json");
    writeFileSync(file, JSON.stringify({ institution: "VID" }));
    const r = run("policy", "export", file, "--format", format, "--id", id);
    expect(r.status).toBe(2);
    expect(r.stdout.length).toBe(0);
    expect(r.stderr.toString("utf8")).toContain(reason);
  }, 30_000);
});

describe("policy admx", () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => ["policy", "string", "presentation", "item"].includes(name) });
  type Policy = { name: string; key: string; valueName?: string; presentation?: string; elements?: Record<string, { id: string; valueName?: string; key?: string; item?: { value: { string: string | string[] } }[] }> };

  test("writes well-formed ADMX and ADML (en-US, lv-LV) for Chrome and Edge, every reference resolved", () => {
    const out = join(dir, "admx");
    const r = run("policy", "admx", "--out", out);
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["en-US", "lv-LV", "skaidri-chrome.admx", "skaidri-edge.admx"]);
    for (const name of ["skaidri-chrome", "skaidri-edge"]) {
      const admxText = readFileSync(join(out, `${name}.admx`), "utf8");
      expect(XMLValidator.validate(admxText)).toBe(true);
      const policies = parser.parse(admxText).policyDefinitions.policies.policy as Policy[];
      expect(policies.map((p) => p.name).sort()).toEqual([...POLICY_KEYS].sort());
      const stringRefs = [...admxText.matchAll(/\$\(string\.([\w-]+)\)/g)].map((m) => m[1]);
      const presentationRefs = [...admxText.matchAll(/\$\(presentation\.([\w-]+)\)/g)].map((m) => m[1]);
      for (const culture of ["en-US", "lv-LV"]) {
        const admlText = readFileSync(join(out, culture, `${name}.adml`), "utf8");
        expect(XMLValidator.validate(admlText), `${culture}/${name}.adml`).toBe(true);
        const resources = parser.parse(admlText).policyDefinitionResources.resources;
        const strings = new Set((resources.stringTable.string as { id: string }[]).map((s) => s.id));
        for (const ref of stringRefs) expect(strings.has(ref!), `${culture}: string ${ref}`).toBe(true);
        const presentations = resources.presentationTable.presentation as Record<string, { refId: string } | string>[];
        const ids = new Set(presentations.map((p) => p.id as string));
        for (const ref of presentationRefs) expect(ids.has(ref!), `${culture}: presentation ${ref}`).toBe(true);
        // Each input of a presentation names an element of its policy.
        for (const p of presentations) {
          const policy = policies.find((x) => x.name === p.id)!;
          const [input] = Object.entries(p).filter(([k]) => k !== "id");
          expect(Object.values(policy.elements ?? {})[0]?.id, `${culture}: ${p.id}`).toBe((input![1] as { refId: string }).refId);
        }
      }
    }
    expect(readFileSync(join(out, "lv-LV", "skaidri-chrome.adml"), "utf8")).toContain("Žargona vārdnīca");
  }, 30_000);

  /**
   * Group Policy with every setting enabled and filled from `policy`: the registry values it writes
   * (text → REG_SZ, enum → REG_SZ of the item, list → subkey values "1", "2", … with valuePrefix "",
   * decimal element and enabledValue decimal → REG_DWORD), read back as Chrome reads extension policy from the registry:
   * a list subkey in order, a REG_DWORD as the schema's boolean, a REG_SZ holding JSON for lists and objects.
   */
  function applyAndRead(browser: "chrome" | "edge", policy: Record<string, unknown>): Record<string, unknown> {
    const policies = parser.parse(toAdmx(browser, ID)).policyDefinitions.policies.policy as Policy[];
    const registry = new Map<string, Map<string, string | number>>();
    const write = (key: string, name: string, value: string | number) => {
      if (!registry.has(key)) registry.set(key, new Map());
      registry.get(key)!.set(name, value);
    };
    for (const p of policies) {
      const value = policy[p.name];
      const [kind, element] = Object.entries(p.elements ?? {})[0] ?? [];
      if (!element) write(p.key, p.valueName!, value ? 1 : 0);
      else if (kind === "text") write(p.key, element.valueName!, typeof value === "string" ? value : JSON.stringify(value));
      else if (kind === "enum") write(p.key, element.valueName!, String(element.item!.find((i) => String(i.value.string) === value)!.value.string));
      else if (kind === "list") for (const [i, v] of (value as string[]).entries()) write(element.key!, String(i + 1), v);
      else if (kind === "decimal") write(p.key, element.valueName!, value as number); // REG_DWORD
    }
    const base = `Software\\Policies\\${browser === "chrome" ? "Google\\Chrome" : "Microsoft\\Edge"}\\3rdparty\\extensions\\${ID}\\policy`;
    const read: Record<string, unknown> = {};
    const schema = JSON.parse(readFileSync(join(ROOT, "policy/schema.json"), "utf8")).properties as Record<string, { type: string }>;
    for (const [name, value] of registry.get(base) ?? []) {
      const type = schema[name]!.type;
      read[name] = type === "boolean" ? value === 1 : type === "array" || type === "object" ? JSON.parse(String(value)) : value;
    }
    for (const [key, values] of registry) {
      if (key === base) continue;
      expect(key.startsWith(`${base}\\`)).toBe(true);
      read[key.slice(base.length + 1)] = [...values.entries()].sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => v);
    }
    return read;
  }

  test.each(["chrome", "edge"] as const)("%s: filling the form with a policy writes values the browser reads as the same policy", (browser) => {
    expect(applyAndRead(browser, POLICY)).toEqual(POLICY);
  });

  test("every setting has a form: scalars as inputs, glossary and templates as JSON text boxes", () => {
    const forms = Object.fromEntries(ADMX_SETTINGS.map((s) => [s.key, s.form]));
    expect(forms).toMatchObject({ institution: "text", feedbackUrl: "text", sendCheck: "choice", lockRules: "onOff", institutionAliases: "list", glossary: "json", templates: "json" });
    expect(toAdml("edge", "en")).toContain("Microsoft Edge");
  });

  test("--id is validated", () => {
    const r = run("policy", "admx", "--out", join(dir, "bad"), "--id", GECKO_ID);
    expect(r.status).toBe(2);
    expect(r.stderr.toString("utf8")).toContain("not a Chrome/Edge extension id");
  }, 30_000);
});
