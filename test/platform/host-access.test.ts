// platform/host-access.ts over a fake browser: the registrations it makes for the institution's
// hosts from what getManifest() reports — Chromium's relative file names and Firefox's absolute
// moz-extension:// URLs (which registerContentScripts refuses: the bug that kept Skaidri off
// institution hosts in Firefox), and the Firefox build's MAIN-world paste bridge on `outlook` hosts.
import { beforeEach, describe, expect, test, vi } from "vitest";

const fake = vi.hoisted(() => {
  const state = {
    manifestScripts: [] as { js: string[]; css?: string[] | null; world?: string; matches: string[] }[],
    granted: new Set<string>(),
    registered: [] as { id: string; matches: string[]; js: string[]; css?: string[]; world?: string; runAt?: string }[],
  };
  const browser = {
    runtime: { getManifest: () => ({ content_scripts: state.manifestScripts }) },
    permissions: { contains: async ({ origins }: { origins: string[] }) => origins.every((o) => state.granted.has(o)) },
    tabs: { query: async () => [] },
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => state.registered.filter((s) => ids.includes(s.id)),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        state.registered = state.registered.filter((s) => !ids.includes(s.id));
      },
      registerContentScripts: async (scripts: typeof state.registered) => {
        for (const script of scripts) {
          // Firefox's check: "must be a relative URL".
          if ([...script.js, ...(script.css ?? [])].some((f) => /^[a-z-]+:/.test(f))) throw new Error(`${script.js[0]} must be a relative URL`);
          state.registered.push(script);
        }
      },
    },
  };
  return { state, browser };
});

vi.mock("../../src/platform/browser.ts", () => ({ browser: fake.browser }));

const { INSTITUTION_BRIDGE_ID, INSTITUTION_SCRIPT_ID, packagePath, syncInstitutionScripts } = await import("../../src/platform/host-access.ts");

const OWA = { host: "pasts.iestade.test.lv", kind: "outlook" } as const;
const TOOL = { host: "rakstu.iestade.test.lv", kind: "generic" } as const;
const ids = () => Object.fromEntries(fake.state.registered.map((s) => [s.id, s]));

beforeEach(() => {
  fake.state.registered = [];
  fake.state.granted = new Set(["https://pasts.iestade.test.lv/*", "https://rakstu.iestade.test.lv/*"]);
});

describe("package paths", () => {
  test("Firefox's absolute moz-extension:// URL becomes the package path; Chromium's relative name stays", () => {
    expect(packagePath("moz-extension://0a0b0c0d-1111-4222-8333-444455556666/src/content/main.js")).toBe("src/content/main.js");
    expect(packagePath("chrome-extension://banodkidboccabpcfeglimkhjfjepfgc/src/content/main.css")).toBe("src/content/main.css");
    expect(packagePath("src/content/main.js")).toBe("src/content/main.js");
  });
});

describe("registrations for the granted institution hosts", () => {
  test("Firefox: the content script from absolute URLs, and the MAIN-world bridge on the outlook host only", async () => {
    const base = "moz-extension://0a0b0c0d-1111-4222-8333-444455556666/";
    fake.state.manifestScripts = [
      { js: [`${base}src/content/main.js`], css: null, world: "ISOLATED", matches: ["https://mail.google.com/*"] },
      { js: [`${base}src/content/paste-bridge.js`], css: null, world: "MAIN", matches: ["https://outlook.office.com/*"] },
    ];
    await syncInstitutionScripts([OWA, TOOL]);
    const got = ids();
    expect(got[INSTITUTION_SCRIPT_ID]).toMatchObject({ js: ["src/content/main.js"], matches: ["https://pasts.iestade.test.lv/*", "https://rakstu.iestade.test.lv/*"], runAt: "document_idle" });
    expect(got[INSTITUTION_SCRIPT_ID]?.world).toBeUndefined();
    expect(got[INSTITUTION_BRIDGE_ID]).toMatchObject({ js: ["src/content/paste-bridge.js"], matches: ["https://pasts.iestade.test.lv/*"], world: "MAIN", runAt: "document_start" });
  });

  test("Chromium: relative names, no bridge; a host the user has not granted is left out", async () => {
    fake.state.manifestScripts = [{ js: ["src/content/main.js"], css: ["src/content/main.css"], matches: ["https://mail.google.com/*"] }];
    fake.state.granted.delete("https://rakstu.iestade.test.lv/*");
    await syncInstitutionScripts([OWA, TOOL]);
    expect(fake.state.registered).toEqual([
      { id: INSTITUTION_SCRIPT_ID, matches: ["https://pasts.iestade.test.lv/*"], js: ["src/content/main.js"], css: ["src/content/main.css"], allFrames: false, runAt: "document_idle" },
    ]);
  });

  test("a host taken off the policy takes both registrations with it", async () => {
    fake.state.manifestScripts = [
      { js: ["src/content/main.js"], matches: [] },
      { js: ["src/content/paste-bridge.js"], world: "MAIN", matches: [] },
    ];
    await syncInstitutionScripts([OWA]);
    expect(Object.keys(ids()).sort()).toEqual([INSTITUTION_BRIDGE_ID, INSTITUTION_SCRIPT_ID].sort());
    await syncInstitutionScripts([]);
    expect(fake.state.registered).toEqual([]);
  });
});
