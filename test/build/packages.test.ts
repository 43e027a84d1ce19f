// What `npm run build` ships, checked on a fresh build: the manifests for Chrome/Edge and
// Firefox, the store packages, and `web-ext lint` on the Firefox build.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { extensionIdFromKey } from "../../src/cli/policy.ts";
import { buildInto, ROOT } from "../support/build.ts";

const HOSTS = [
  "https://mail.google.com/*",
  "https://outlook.office.com/*",
  "https://outlook.office365.com/*",
  "https://outlook.live.com/*",
  "https://outlook.cloud.microsoft/*",
];

// biome-ignore lint/suspicious/noExplicitAny: manifests are free-form JSON
type Manifest = Record<string, any>;

/** The files of a ZIP package (only what our own zip writer produces: deflate, no extras). */
function unzip(bytes: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = bytes.readUInt32LE(end + 16);
  for (let n = bytes.readUInt16LE(end + 10); n > 0; n--) {
    const method = bytes.readUInt16LE(at + 10);
    const packedSize = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const packed = bytes.subarray(dataStart, dataStart + packedSize);
    files.set(name, method === 8 ? inflateRawSync(packed) : packed);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

let out = "";
const manifestOf = (dir: string): Manifest => JSON.parse(readFileSync(join(out, dir, "manifest.json"), "utf8"));
const zipped = (name: string) => unzip(readFileSync(join(out, name)));

beforeAll(async () => {
  out = await buildInto(`package-check-${process.pid}`);
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("Chrome and Edge build (dist/chrome)", () => {
  test("asks for storage and scripting only, the five webmail hosts (content script and engine), any other host only when granted", () => {
    const manifest = manifestOf("chrome");
    // scripting: registerContentScripts for the institution hosts a policy lists (webmailHosts);
    // those hosts are optional host permissions, granted by policy or one click, never up front.
    expect(manifest.permissions).toEqual(["storage", "scripting"]);
    expect(manifest.optional_host_permissions).toEqual(["https://*/*"]);
    // The five webmail hosts only: the background injects the checking engine there when a
    // compose opens (scripting.executeScript needs host permission; src/webmail/engine.ts).
    expect([...manifest.host_permissions].sort()).toEqual([...HOSTS].sort());
    expect(existsSync(join(out, "chrome", "src/content/engine.js"))).toBe(true);
    expect(existsSync(join(out, "firefox", "src/content/engine.js"))).toBe(true);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    const matches = manifest.content_scripts.flatMap((s: Manifest) => s.matches);
    expect([...new Set(matches)].sort()).toEqual([...HOSTS].sort());
  });

  test("exposes nothing web-accessible and loads the content script as one file", () => {
    const manifest = manifestOf("chrome");
    expect(manifest.web_accessible_resources).toBeUndefined();
    for (const script of manifest.content_scripts) {
      expect(script.js).toHaveLength(1);
      const code = readFileSync(join(out, "chrome", script.js[0]), "utf8");
      // A crxjs loader would import() a chunk from the extension origin.
      expect(code).not.toMatch(/\bimport\s*\(|chrome\.runtime\.getURL/);
    }
  });

  test("is MV3 with default_locale lv, a managed schema, popup, options and worker that exist", () => {
    const manifest = manifestOf("chrome");
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.default_locale).toBe("lv");
    const paths = [
      manifest.storage.managed_schema,
      manifest.action.default_popup,
      manifest.options_ui.page,
      manifest.background.service_worker,
      ...Object.values(manifest.icons),
      ...manifest.content_scripts.flatMap((s: Manifest) => [...s.js, ...(s.css ?? [])]),
    ];
    for (const path of paths) expect(existsSync(join(out, "chrome", path)), path).toBe(true);
    expect(existsSync(join(out, "chrome/_locales/lv/messages.json"))).toBe(true);
    expect(existsSync(join(out, "chrome/_locales/en/messages.json"))).toBe(true);
  });

  test("carries the fixed key, which gives the documented extension id", () => {
    const { key } = manifestOf("chrome");
    expect(typeof key).toBe("string");
    expect(extensionIdFromKey(key)).toBe("banodkidboccabpcfeglimkhjfjepfgc");
  });

  test("the store package has the same files but no key", () => {
    const files = zipped("skaidri-chrome.zip");
    const manifest = JSON.parse(files.get("manifest.json")!.toString("utf8"));
    expect(manifest.key).toBeUndefined();
    const { key: _key, ...unpacked } = manifestOf("chrome");
    expect(manifest).toEqual(unpacked);
    expect(files.has(manifest.content_scripts[0].js[0])).toBe(true);
  });
});

describe("Firefox build (dist/firefox)", () => {
  test("has a gecko id, says it collects no data, and needs Firefox 142+", () => {
    const gecko = manifestOf("firefox").browser_specific_settings?.gecko;
    expect(gecko.id).toBe("skaidri@skaidri.lv");
    expect(gecko.data_collection_permissions).toEqual({ required: ["none"] });
    expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(142);
  });

  test("uses background scripts, no managed schema, no key", () => {
    const manifest = manifestOf("firefox");
    expect(manifest.background.scripts.length).toBeGreaterThan(0);
    for (const path of manifest.background.scripts) expect(existsSync(join(out, "firefox", path)), path).toBe(true);
    expect(manifest.background.service_worker).toBeUndefined();
    expect(manifest.storage?.managed_schema).toBeUndefined();
    expect(manifest.key).toBeUndefined();
    expect(manifest.permissions).toEqual(["storage", "scripting"]);
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  test("adds the MAIN-world paste bridge and its document_start channel script on the Outlook hosts only, each one standalone file", () => {
    const manifest = manifestOf("firefox");
    const matches = HOSTS.filter((host) => host.startsWith("https://outlook."));
    expect(manifest.content_scripts.slice(1)).toEqual([
      { matches, js: ["src/content/paste-bridge-key.js"], run_at: "document_start", all_frames: false },
      { matches, js: ["src/content/paste-bridge.js"], run_at: "document_start", all_frames: false, world: "MAIN" },
    ]);
    // The rest is the Chrome build's content script as it is.
    const { key: _key, ...chrome } = manifestOf("chrome");
    expect(manifest.content_scripts.slice(0, 1)).toEqual(chrome.content_scripts);
    for (const file of ["src/content/paste-bridge.js", "src/content/paste-bridge-key.js"]) {
      const code = readFileSync(join(out, "firefox", file), "utf8");
      expect(code).toContain("skaidri-paste-bridge");
      // Self-contained: no import, no extension API, no global left in the page (an IIFE).
      expect(code).not.toMatch(/\bimport\b|\bexport\b|chrome\.|browser\./);
      expect(code.trim()).toMatch(/^\(function\(\)\{[\s\S]*\}\)\(\);?$/);
      expect(zipped("skaidri-firefox.zip").has(file)).toBe(true);
    }
  });

  test("the Chrome build ships no paste bridge and no MAIN-world script", () => {
    const manifest = manifestOf("chrome");
    expect(manifest.content_scripts.some((s: Manifest) => s.world === "MAIN")).toBe(false);
    for (const file of ["src/content/paste-bridge.js", "src/content/paste-bridge-key.js"]) {
      expect(existsSync(join(out, "chrome", file))).toBe(false);
      expect(zipped("skaidri-chrome.zip").has(file)).toBe(false);
    }
  });

  test("the package holds the same manifest", () => {
    const files = zipped("skaidri-firefox.zip");
    expect(JSON.parse(files.get("manifest.json")!.toString("utf8"))).toEqual(manifestOf("firefox"));
  });

  test("web-ext lint reports no errors and no unexpected warnings", () => {
    const run = spawnSync(
      process.execPath,
      [join(ROOT, "node_modules/web-ext/bin/web-ext.js"), "lint", "--source-dir", join(out, "firefox"), "--output", "json", "--no-input"],
      { cwd: ROOT, encoding: "utf8", timeout: 60_000 },
    );
    const report = JSON.parse(run.stdout);
    const describe = (items: Manifest[]) => items.map((i) => `${i.code} ${i.file ?? ""}: ${i.message}`);
    expect(describe(report.errors)).toEqual([]);
    // Preact's renderer supports dangerouslySetInnerHTML, so its chunk holds an innerHTML
    // assignment; our own code never uses it (Biome's noDangerouslySetInnerHtml).
    const preactInnerHtml = (w: Manifest) =>
      w.code === "UNSAFE_VAR_ASSIGNMENT" &&
      readFileSync(join(out, "firefox", w.file), "utf8").includes("dangerouslySetInnerHTML");
    expect(describe(report.warnings.filter((w: Manifest) => !preactInnerHtml(w)))).toEqual([]);
  }, 60_000);
});
