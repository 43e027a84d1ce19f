// npm run build: dist/chrome (Chrome and Edge, unpacked, with the fixed key), dist/firefox,
// and the packages dist/skaidri-chrome.zip (store upload: no "key") and dist/skaidri-firefox.zip.
// Options: --out DIR (instead of dist/), --test-host ORIGIN (test-only builds: an extra
// content-script match for the host of an origin such as http://127.0.0.1:8123, any port;
// the shipped build never has one), --test-outlook (with --test-host: the content script
// treats that host as Outlook on the web — adapters/index.ts; for the Firefox insert test),
// --webmail-host HOST (repeatable; an institution's self-hosted build: grants its own webmail
// hosts in host_permissions, so a force-installed Skaidri runs there without asking anyone —
// the policy's webmailHosts still chooses where and with which adapter; docs/admin.md).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { build } from "vite";
import { buildEngine } from "./build-engine.mjs";
import { zipDirectory } from "./zip.mjs";

const { values } = parseArgs({
  options: {
    out: { type: "string", default: "dist" },
    "test-host": { type: "string" },
    "test-outlook": { type: "boolean", default: false },
    "webmail-host": { type: "string", multiple: true, default: [] },
  },
});
if (values["test-outlook"] && !values["test-host"]) throw new Error("--test-outlook needs --test-host");
// "" in every build but a --test-outlook one: adapters/index.ts's test hook is then dead code.
const testOutlookHost = values["test-outlook"] ? new URL(values["test-host"]).hostname : "";
const out = resolve(values.out);
const root = resolve(import.meta.dirname, "..");
export const GECKO_ID = "skaidri@skaidri.lv";

const chrome = join(out, "chrome");
const firefox = join(out, "firefox");
process.env.SKAIDRI_OUT = chrome;
await build({
  root,
  configFile: join(root, "vite.config.ts"),
  logLevel: "warn",
  define: { __SKAIDRI_TEST_OUTLOOK_HOST__: JSON.stringify(testOutlookHost) },
});

// The checking engine, injected by the background when the first compose appears
// (src/webmail/engine.ts): one standalone IIFE beside the content script, not web-accessible.
await buildEngine(join(chrome, "src/content"));

// crxjs does not copy the managed schema the manifest names (TOOLCHAIN.md).
mkdirSync(join(chrome, "policy"), { recursive: true });
cpSync(join(root, "policy/schema.json"), join(chrome, "policy/schema.json"));

const manifestPath = join(chrome, "manifest.json");
const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
if (values["test-host"]) {
  // Match patterns carry no port (Firefox ignores a pattern that has one): any port of the host.
  const { protocol, hostname } = new URL(values["test-host"]);
  for (const script of manifest.content_scripts) script.matches.push(`${protocol}//${hostname}/*`);
  // The engine is injected with scripting.executeScript, which needs host permission.
  manifest.host_permissions = [...(manifest.host_permissions ?? []), `${protocol}//${hostname}/*`];
}
for (const host of values["webmail-host"]) {
  if (!/^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)) throw new Error(`--webmail-host takes an exact host name like pasts.iestade.gov.lv, not "${host}"`);
  manifest.host_permissions = [...(manifest.host_permissions ?? []), `https://${host}/*`];
}
writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));

// Firefox: background scripts instead of a service worker, a gecko id, no managed schema
// (Firefox reads policy from policies.json and warns on the key), and no Chrome "key".
rmSync(firefox, { recursive: true, force: true });
cpSync(chrome, firefox, { recursive: true });
// Firefox also gets the MAIN-world paste bridge (src/content/paste-bridge-main.ts): a
// DataTransfer made in Firefox's isolated world reaches RoosterJS empty, so Outlook pastes are
// built in the page's world (WEBMAIL.md → Inserting text). With it, an isolated-world script at
// document_start (src/content/paste-bridge-key.ts) opens the channel only Skaidri can talk to
// it through. Standalone IIFEs, Outlook hosts only (plus a test build's host); Chromium needs
// no bridge and never ships it.
const PASTE_BRIDGE = "src/content/paste-bridge.js";
const PASTE_BRIDGE_KEY = "src/content/paste-bridge-key.js";
for (const [entry, file] of [
  ["src/content/paste-bridge-main.ts", PASTE_BRIDGE],
  ["src/content/paste-bridge-key.ts", PASTE_BRIDGE_KEY],
]) {
  await build({
    root,
    configFile: false,
    logLevel: "warn",
    build: {
      outDir: join(firefox, "src/content"),
      emptyOutDir: false,
      target: "firefox128",
      minify: true,
      copyPublicDir: false,
      lib: { entry: join(root, entry), formats: ["iife"], name: "_", fileName: () => file.slice("src/content/".length) },
    },
  });
}
const testMatch = values["test-host"] ? [`${new URL(values["test-host"]).protocol}//${new URL(values["test-host"]).hostname}/*`] : [];
const bridgeMatches = [...manifest.content_scripts[0].matches.filter((match) => match.startsWith("https://outlook.")), ...testMatch];
const pasteBridgeScripts = [
  { matches: bridgeMatches, js: [PASTE_BRIDGE_KEY], run_at: "document_start", all_frames: false },
  { matches: bridgeMatches, js: [PASTE_BRIDGE], run_at: "document_start", all_frames: false, world: "MAIN" },
];
const { key: _key, storage: _storage, ...rest } = manifest;
const firefoxManifest = {
  ...rest,
  content_scripts: [...manifest.content_scripts, ...pasteBridgeScripts],
  background: { scripts: [manifest.background.service_worker], type: "module" },
  browser_specific_settings: {
    gecko: { id: GECKO_ID, strict_min_version: "142.0", data_collection_permissions: { required: ["none"] } },
  },
};
writeFileSync(join(firefox, "manifest.json"), JSON.stringify(firefoxManifest, null, 2));
rmSync(join(firefox, "policy"), { recursive: true, force: true });

// The store package drops "key": the Chrome Web Store refuses uploads that carry one.
const storeManifest = (path, bytes) => {
  if (path !== "manifest.json") return bytes;
  const { key: _drop, ...withoutKey } = JSON.parse(bytes.toString("utf8"));
  return Buffer.from(JSON.stringify(withoutKey, null, 2));
};
writeFileSync(join(out, "skaidri-chrome.zip"), zipDirectory(chrome, storeManifest));
writeFileSync(join(out, "skaidri-firefox.zip"), zipDirectory(firefox));
console.log(`Built ${chrome}, ${firefox} and their packages in ${out}`);
