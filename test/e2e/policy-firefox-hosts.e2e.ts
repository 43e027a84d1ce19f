// Issue 16 in Firefox ESR: an institution's own webmail host (policy webmailHosts) with a real
// policies.json that force-installs Skaidri (ExtensionSettings, a file:// .xpi; ESR installs it
// unsigned with xpinstall.signatures.required off) and gives it the 3rdparty policy. The page is
// served on https://pasts.iestade.test.lv through a local proxy (test/support/routed-https.ts) —
// no network. Firefox is driven over WebDriver BiDi: trusted clicks and keys (firefox-bidi.ts).
// What Firefox does (checked here, docs/admin.md → Institution hosts):
//   A  the institution's build (--webmail-host) lists the host in host_permissions: Firefox grants
//      a policy-installed extension its manifest's hosts at install, so the content script runs
//      there with the policy's adapter, no prompt; the MAIN-world paste bridge comes along.
//   B  the shipped build declares https://*/* only as optional: Firefox grants a policy-installed
//      extension no optional host, and no policy key does; Skaidri stays off the host until the
//      user clicks the options page's button (permissions.request inside that click; Firefox's own
//      dialog is switched off by a test pref, the only thing this test does not click).
// Named policy-* because it writes the machine-wide /etc/firefox/policies/policies.json: an
// existing file is moved aside and restored (test/support/managed-policy.ts).
import { copyFileSync, rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GECKO_ID } from "../../src/cli/policy.ts";
import { buildInto } from "../support/build.ts";
import { type BidiFirefox, KEY, launchBidiFirefox } from "../support/firefox-bidi.ts";
import { firefoxPolicyBlocker, firefoxPolicyFile, type PolicyFile, snapshotPolicyFolder } from "../support/managed-policy.ts";
import { type RoutedHttps, startRoutedHttps } from "../support/routed-https.ts";
import { fixture, fixtureAsset } from "./harness.ts";
import { EDITOR, HOST, OWA, POLICY } from "../support/institution-host.ts";

const POLICY_DIR = process.env.SKAIDRI_FIREFOX_POLICY_DIR ?? "/etc/firefox/policies";
const before = snapshotPolicyFolder(POLICY_DIR);
const UUID = "5ca1d41e-0016-4f0a-9e00-00000000f16e";
const OPTIONS = `moz-extension://${UUID}/src/options/index.html`;

const why = firefoxPolicyBlocker(POLICY_DIR);
const skip = process.env.SKAIDRI_SKIP_POLICY_E2E === "1";
if (skip) console.warn(`\n*** policy-firefox-hosts.e2e: SKIPPED because SKAIDRI_SKIP_POLICY_E2E=1${why ? ` — ${why}` : ""} ***\n`);

/** Resolves once `read()` gives a truthy value, or fails naming `label` after `ms`. */
async function until<T>(firefox: BidiFirefox, label: string, read: () => Promise<T>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out: ${label}\n${firefox.log()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Skaidri as Firefox's add-on manager knows it: how it was installed and the origins it was granted. */
const addon = (firefox: BidiFirefox, window: string) =>
  firefox.evaluateAsync<{ source: string; origins: string[] } | null>(
    `(async () => {
      const { AddonManager } = ChromeUtils.importESModule("resource://gre/modules/AddonManager.sys.mjs");
      const { ExtensionPermissions } = ChromeUtils.importESModule("resource://gre/modules/ExtensionPermissions.sys.mjs");
      const found = await AddonManager.getAddonByID(${JSON.stringify(GECKO_ID)});
      if (!found?.isActive) return null;
      return { source: found.installTelemetryInfo?.source, origins: (await ExtensionPermissions.get(${JSON.stringify(GECKO_ID)})).origins };
    })()`,
    window,
  );

/** From the options page: the background's registrations and what the content script in the OWA tab answers. */
const fromExtension = (firefox: BidiFirefox, tab: string) =>
  firefox.evaluateAsync<{ registered: string[]; status: { adapter: string; composes: number } | null }>(
    `(async () => {
      const registered = (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id + " " + s.matches.join(","));
      const tab = (await browser.tabs.query({ url: "https://${HOST}/*" }))[0];
      const status = tab ? await browser.tabs.sendMessage(tab.id, { type: "popup→content:status" }).catch(() => null) : null;
      return { registered, status };
    })()`,
    tab,
  );

/** A second tab on the options page (the first keeps the webmail). */
async function optionsTab(firefox: BidiFirefox): Promise<string> {
  const { context } = await firefox.send<{ context: string }>("browsingContext.create", { type: "tab", background: true });
  await firefox.send("browsingContext.navigate", { context, url: OPTIONS, wait: "complete" });
  return context;
}

const navigate = (firefox: BidiFirefox, url: string) => firefox.send("browsingContext.navigate", { context: firefox.context, url, wait: "complete" });

async function openOwa(firefox: BidiFirefox): Promise<void> {
  await navigate(firefox, OWA);
  await until(firefox, "RoosterJS is set up", () => firefox.evaluate<string | null>('document.documentElement.getAttribute("data-fixture-rooster-ready")'));
}

const errorHighlights = (firefox: BidiFirefox) =>
  firefox.evaluate<string[]>('[...(CSS.highlights.get("skaidri-error") ?? [])].map((r) => r.toString())');

/** The user's click into the reply, the caret at its start (before the greeting), then their keys. */
async function typeAtStart(firefox: BidiFirefox, text: string): Promise<void> {
  await firefox.clickSelector(EDITOR);
  await firefox.evaluate(`(() => {
    const editor = document.querySelector('${EDITOR}');
    getSelection().collapse(document.createTreeWalker(editor, NodeFilter.SHOW_TEXT).nextNode(), 0);
    return true;
  })()`);
  await firefox.type(text);
}

describe.skipIf(skip)("institution webmail hosts in Firefox ESR with a real policies.json", () => {
  let routed: RoutedHttps;
  let policyFile: PolicyFile;
  const builds: string[] = [];
  let institutionXpi: string;
  let shippedXpi: string;

  beforeAll(async () => {
    if (why) throw new Error(why);
    const page = fixture("outlook-reply.html");
    routed = await startRoutedHttps({
      host: HOST,
      async respond(path) {
        const asset = await fixtureAsset(path);
        return asset !== null ? { type: "text/javascript; charset=utf-8", body: asset } : { type: "text/html; charset=utf-8", body: page };
      },
    });
    const institution = await buildInto(`ff-hosts-a-${process.pid}`, { webmailHosts: [HOST] });
    const shipped = await buildInto(`ff-hosts-b-${process.pid}`);
    builds.push(institution, shipped);
    institutionXpi = `${institution}/skaidri.xpi`;
    shippedXpi = `${shipped}/skaidri.xpi`;
    copyFileSync(`${institution}/skaidri-firefox.zip`, institutionXpi);
    copyFileSync(`${shipped}/skaidri-firefox.zip`, shippedXpi);
    policyFile = firefoxPolicyFile(POLICY_DIR);
  }, 120_000);

  afterAll(async () => {
    policyFile?.cleanup();
    await routed?.close();
    for (const out of builds) rmSync(out, { recursive: true, force: true });
  });

  /** policies.json force-installing `xpi` with Skaidri's policy, then a fresh Firefox (it reads the file at start-up). */
  function start(xpi: string): Promise<BidiFirefox> {
    policyFile.write({
      policies: {
        ExtensionSettings: { [GECKO_ID]: { installation_mode: "force_installed", install_url: `file://${xpi}` } },
        "3rdparty": { Extensions: { [GECKO_ID]: POLICY } },
      },
    });
    return launchBidiFirefox({
      acceptInsecureCerts: true,
      systemAccess: true,
      prefs: {
        ...routed.prefs,
        "xpinstall.signatures.required": false,
        "extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: UUID }),
        // Firefox's own "add permissions?" dialog (browser chrome, not a page) answers yes.
        "extensions.webextOptionalPermissionPrompts": false,
      },
    });
  }

  test("A: the institution's build, force-installed, runs on its host with the policy's adapter and flags the policy's term", async () => {
    const firefox = await start(institutionXpi);
    try {
      const window = await firefox.browserWindow();
      const installed = await until(firefox, "the policy installs Skaidri", () => addon(firefox, window), 60_000);
      expect(installed?.source).toBe("enterprise-policy");
      expect(installed?.origins).toContain(`https://${HOST}/*`);

      await openOwa(firefox);
      await until(firefox, "the chip on the institution host", () => firefox.evaluate<number>('document.querySelectorAll("[data-skaidri-status]").length'));
      // The user's own click and keys: the policy's term at the start of the reply is an error.
      await typeAtStart(firefox, "Jautājumu varam ekskalēt. ");
      const flagged = await until(firefox, "the policy's term is flagged", async () => ((await errorHighlights(firefox)).includes("ekskalēt") ? true : null), 20_000);
      expect(flagged).toBe(true);
      // The Firefox build's paste bridge runs there too (Outlook takes fixes through it): the
      // caret back at the start, Alt+Shift+S opens the first finding's card (the typed sentence
      // now comes before the greeting), and the user's click applies its fix.
      await firefox.evaluate(`(() => {
        getSelection().collapse(document.createTreeWalker(document.querySelector('${EDITOR}'), NodeFilter.SHOW_TEXT).nextNode(), 0);
        return true;
      })()`);
      await firefox.press([KEY.alt, KEY.shift, "S"]);
      const fix = await until(firefox, "the greeting's card with its fix", () =>
        firefox.locateInShadow("[data-skaidri-card]", { type: "accessibility", value: { role: "button", name: "Replace with “Labdien,”" } }),
      );
      await firefox.click(fix!);
      const fixed = await until(firefox, "the fix lands in the reply", () =>
        firefox.evaluate<boolean>(`/^Labdien,\\s*Jautājumu varam ekskalēt/.test(document.querySelector('${EDITOR}').textContent)`),
      );
      expect(fixed).toBe(true);

      // The options page says the host is covered and asks nothing; the content script there is the Outlook adapter's.
      const options = await optionsTab(firefox);
      const granted = `document.querySelector('[data-host="${HOST}"]')?.getAttribute("data-granted")`;
      await until(firefox, "the options page lists the host as granted", async () => (await firefox.evaluateAsync<string>(granted, options)) === "yes");
      expect(await firefox.evaluateAsync("document.querySelector('[data-testid=host-access-ask]') === null", options)).toBe(true);
      const { registered, status } = await fromExtension(firefox, options);
      expect(registered.sort()).toEqual([
        `skaidri-institution-bridge https://${HOST}/*`,
        `skaidri-institution-bridge-key https://${HOST}/*`,
        `skaidri-institution-hosts https://${HOST}/*`,
      ]);
      expect(status).toMatchObject({ adapter: "outlook", composes: 1 });
    } finally {
      await firefox.close();
    }
  }, 150_000);

  test("B: the shipped build stays off the host until the user grants it with one click on the options page", async () => {
    const firefox = await start(shippedXpi);
    try {
      const window = await firefox.browserWindow();
      const installed = await until(firefox, "the policy installs Skaidri", () => addon(firefox, window), 60_000);
      expect(installed?.source).toBe("enterprise-policy");
      // Firefox grants a policy-installed extension no optional host.
      expect(installed?.origins).not.toContain(`https://${HOST}/*`);
      expect(installed?.origins).not.toContain("https://*/*");

      // The background registered nothing: no content script can reach the host.
      await navigate(firefox, OPTIONS);
      const granted = `document.querySelector('[data-host="${HOST}"]')?.getAttribute("data-granted")`;
      const answered = async () => {
        const value = await firefox.evaluate<string | null>(granted);
        return value === "unknown" ? null : value;
      };
      expect(await until(firefox, "the options page says whether the host is allowed", answered)).toBe("no");
      expect((await fromExtension(firefox, firefox.context)).registered).toEqual([]);
      const webmail = await firefox.send<{ context: string }>("browsingContext.create", { type: "tab", background: true });
      await firefox.send("browsingContext.navigate", { context: webmail.context, url: OWA, wait: "complete" });
      expect((await fromExtension(firefox, firefox.context)).status).toBeNull();
      await firefox.send("browsingContext.close", { context: webmail.context });

      // Not without the user: a request outside a click is refused by Firefox.
      const unasked = await firefox.evaluateAsync<string>(`browser.permissions.request({ origins: ["https://${HOST}/*"] }).then(() => "granted", (e) => String(e.message))`);
      expect(unasked).toMatch(/user input/i);
      // The user's click on the options page's one button.
      await firefox.clickSelector("[data-testid=host-access-ask]");
      await until(firefox, "the host is granted", async () => (await firefox.evaluate<string | null>(granted)) === "yes");
      await until(firefox, "the background registers the content script", async () => ((await fromExtension(firefox, firefox.context)).registered.length === 3 ? true : null));

      await openOwa(firefox);
      await until(firefox, "the chip on the granted host", () => firefox.evaluate<number>('document.querySelectorAll("[data-skaidri-status]").length'));
      await typeAtStart(firefox, "Jautājumu varam ekskalēt. ");
      await until(firefox, "the policy's term is flagged", async () => ((await errorHighlights(firefox)).includes("ekskalēt") ? true : null), 20_000);
    } finally {
      await firefox.close();
    }
  }, 150_000);

  test("the policy folder is left exactly as it was found", () => {
    policyFile?.cleanup();
    expect(snapshotPolicyFolder(POLICY_DIR)).toEqual(before);
  });
});
