// Issue 16 in real Chromium: an institution's own webmail host (policy webmailHosts), with a
// real managed-policy file (test/support/managed-policy.ts: a file of this run only, removed on
// every way out) and the page routed on https://pasts.iestade.test.lv — no network.
//   A  the institution's build grants its host in host_permissions (scripts/build.mjs
//      --webmail-host): a force-installed Skaidri needs no prompt there. The policy decides
//      where the content script runs and which adapter it uses (kind "outlook": RoosterJS).
//   B  the shipped build asks for no host: on the same policy it stays off that host until a
//      user grants it once (the options page's request; see options tests).
import { rmSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildInto } from "../support/build.ts";
import { chromiumPolicyFile, type PolicyFile } from "../support/managed-policy.ts";
import { fixture, launch, openWebmail, type Session } from "./harness.ts";
import { EDITOR, HOST, OWA, POLICY } from "../support/institution-host.ts";

const EXTENSION_ID = "banodkidboccabpcfeglimkhjfjepfgc";
const POLICY_DIR = process.env.SKAIDRI_POLICY_DIR ?? "/etc/chromium/policies/managed";
const forSkaidri = (policy: object) => ({ "3rdparty": { extensions: { [EXTENSION_ID]: policy } } });

const poll = <T>(fn: () => T | Promise<T>, timeout = 30_000) => expect.poll(fn, { timeout, interval: 250 });

/** The content-script registrations the background made (scripting API), as the service worker sees them. */
const registeredMatches = (session: Session) =>
  session.serviceWorker.evaluate(async () => {
    const scripting = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> } } }).chrome.scripting;
    return (await scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []);
  });

/** What the content script in the tab at `url` answers the popup: its adapter, or null when none runs. */
const contentStatus = (session: Session, url: string) =>
  session.serviceWorker.evaluate(async (url) => {
    const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(id: number, m: object): Promise<unknown> } } }).chrome;
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    if (tab?.id === undefined) return null;
    try {
      return (await chrome.tabs.sendMessage(tab.id, { type: "popup→content:status" })) as { adapter: string; composes: number };
    } catch {
      return null; // No content script in that tab.
    }
  }, url);

async function openOwa(session: Session): Promise<Page> {
  const page = await openWebmail(session, OWA, fixture("outlook-reply.html"));
  await poll(() => page.evaluate(() => document.documentElement.getAttribute("data-fixture-rooster-ready"))).not.toBeNull();
  return page;
}

const errorHighlights = (page: Page) =>
  page.evaluate(() => {
    const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get("skaidri-error");
    return highlight ? [...highlight].map((r) => r.toString()) : [];
  });

describe("institution webmail hosts in real Chromium with a managed policy", () => {
  let policy: PolicyFile;
  let out: string;

  beforeAll(async () => {
    out = await buildInto(`institution-hosts-${process.pid}`, { webmailHosts: [HOST] });
    policy = chromiumPolicyFile(POLICY_DIR);
    policy.write(forSkaidri(POLICY));
  }, 120_000);

  afterAll(() => {
    policy?.cleanup();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  test("A: the institution's build runs on its host with the adapter the policy names, and follows the policy live", async () => {
    const session = await launch({ locale: "lv", dist: join(out, "chrome") });
    try {
      expect(session.extensionId).toBe(EXTENSION_ID);
      await poll(() => registeredMatches(session)).toEqual([`https://${HOST}/*`]);
      const page = await openOwa(session);
      await poll(() => page.locator("[data-skaidri-status]").count()).toBe(1);
      expect(await contentStatus(session, OWA)).toMatchObject({ adapter: "outlook", composes: 1 });
      // The Outlook adapter knows the quoted history: typing the policy's term is flagged as an error.
      await page.locator(EDITOR).first().click();
      await page.keyboard.press("Control+Home");
      await page.keyboard.type("Jautājumu varam ekskalēt. ");
      await poll(() => errorHighlights(page), 15_000).toContain("ekskalēt");
      await page.close();

      // The organisation takes the host off the list: the registration goes, a new page stays untouched.
      policy.write(forSkaidri({ ...POLICY, webmailHosts: [] }));
      await poll(() => registeredMatches(session), 45_000).toEqual([]);
      const after = await openOwa(session);
      await after.locator(EDITOR).first().click();
      await after.keyboard.type("Jautājumu varam ekskalēt. ");
      expect(await after.locator("[data-skaidri-status]").count()).toBe(0);
      expect(await contentStatus(session, OWA)).toBeNull();
      expect(session.externalRequests).toEqual([]);
    } finally {
      policy.write(forSkaidri(POLICY));
      await session.close();
    }
  }, 120_000);

  test("B: the shipped build asks for no host, so it stays off the host until someone grants it", async () => {
    const session = await launch({ locale: "lv" });
    try {
      // The policy reaches the extension (the options page would ask for the host) ...
      await poll(() =>
        session.serviceWorker.evaluate(async () => {
          const storage = (globalThis as unknown as { chrome: { storage: { managed: { get(): Promise<Record<string, unknown>> } } } }).chrome.storage;
          return JSON.stringify((await storage.managed.get()).webmailHosts ?? null);
        }),
      ).toContain(HOST);
      // ... but without the permission nothing is registered and the page gets no content script.
      expect(await registeredMatches(session)).toEqual([]);
      const page = await openOwa(session);
      expect(await page.locator("[data-skaidri-status]").count()).toBe(0);
      expect(await contentStatus(session, OWA)).toBeNull();
      const manifest = await session.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): Record<string, unknown> } } }).chrome.runtime.getManifest());
      // Only the five public webmail hosts (for the engine injection), never the institution's.
      expect(manifest.host_permissions).not.toContain(`https://${HOST}/*`);
      expect((manifest.host_permissions as string[]).every((p) => /^https:\/\/(mail\.google\.com|outlook\.[a-z0-9.]+)\/\*$/.test(p))).toBe(true);
      expect(manifest.optional_host_permissions).toEqual(["https://*/*"]);
    } finally {
      await session.close();
    }
  }, 120_000);
});
