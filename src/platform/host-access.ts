// Host access for an institution's own webmail (policy `webmailHosts`; README → Permissions).
// The shipped manifest asks for no such host: it declares https://*/* only as an optional host
// permission, so nothing extra is asked at install. Per host:
// - granted already — the admin's build lists the host in host_permissions (force-installed
//   extensions get their manifest's hosts without a prompt in Chrome, Edge and Firefox), or a
//   user granted it once — the content script is registered for it (scripting API), no prompt;
// - not granted — the options page asks once, in a click, naming exactly the organisation's hosts
//   (permissions.request needs a user gesture in every browser; no policy grants optional hosts).
// Never throws: a browser without these APIs leaves the institution hosts idle.
import type { WebmailHost } from "../core/types.ts";
import { hostMatchPattern } from "../core/webmail-hosts.ts";
import { browser } from "./browser.ts";

/** The id of our one dynamic content-script registration. */
export const INSTITUTION_SCRIPT_ID = "skaidri-institution-hosts";

/** The hosts of `hosts` the extension may run on now. */
export async function grantedHosts(hosts: readonly WebmailHost[]): Promise<WebmailHost[]> {
  const out: WebmailHost[] = [];
  for (const entry of hosts) {
    try {
      if (await browser.permissions.contains({ origins: [hostMatchPattern(entry.host)] })) out.push(entry);
    } catch {
      // An origin the browser refuses (e.g. blocked by runtime_blocked_hosts): not granted.
    }
  }
  return out;
}

/**
 * Asks the user for the hosts not yet granted. Call it straight from a click handler, before
 * any await: Firefox accepts permissions.request only synchronously inside the user's action.
 */
export function requestHostAccess(hosts: readonly WebmailHost[]): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: hosts.map((h) => hostMatchPattern(h.host)) }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** The id of the Firefox build's MAIN-world paste bridge on the institution's Outlook hosts. */
export const INSTITUTION_BRIDGE_ID = "skaidri-institution-bridge";

interface ManifestScript {
  js?: string[];
  css?: string[];
  world?: string;
}

/**
 * A manifest file as registerContentScripts takes it: relative to the package. Firefox's
 * getManifest() reports content-script files as absolute moz-extension:// URLs, which
 * registerContentScripts refuses ("must be a relative URL"); Chromium reports them relative.
 */
export function packagePath(file: string): string {
  return /^[a-z-]+:\/\//.test(file) ? new URL(file).pathname.replace(/^\//, "") : file;
}

interface ScriptFiles {
  js: string[];
  css: string[];
}

const filesOf = (script: ManifestScript | undefined): ScriptFiles | undefined =>
  script?.js ? { js: script.js.map(packagePath), css: (script.css ?? []).map(packagePath) } : undefined;

/**
 * The manifest's content script (the registered one runs the same files) and, in the Firefox
 * build, its MAIN-world paste bridge (scripts/build.mjs): Outlook on the web's RoosterJS takes
 * a fix from Firefox only through it, so an institution's `outlook` host needs it too.
 */
function manifestScripts(): { content?: ScriptFiles; bridge?: ScriptFiles } {
  const scripts = (browser.runtime.getManifest().content_scripts ?? []) as ManifestScript[];
  return { content: filesOf(scripts.find((s) => s.world !== "MAIN")), bridge: filesOf(scripts.find((s) => s.world === "MAIN")) };
}

/**
 * A registration reaches pages loaded after it; a tab already open on a newly granted host (the
 * webmail the user had open when they allowed it, or opened as the browser started) gets the
 * same files now, once.
 */
async function injectIntoOpenTabs(matches: string[], files: ScriptFiles, world?: "MAIN"): Promise<void> {
  if (matches.length === 0) return;
  const tabs = await browser.tabs.query({ url: matches });
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    try {
      if (files.css.length) await browser.scripting.insertCSS({ target: { tabId: tab.id }, files: files.css });
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: files.js, ...(world ? { world } : {}) });
    } catch {
      // A tab that navigated away meanwhile.
    }
  }
}

/** Makes registration `id` match exactly `matches` (none: unregistered); returns the matches it newly covers. */
async function syncRegistration(id: string, matches: string[], files: ScriptFiles, extra: { runAt: "document_idle" | "document_start"; world?: "MAIN" }): Promise<string[]> {
  const scripting = browser.scripting;
  const registered = await scripting.getRegisteredContentScripts({ ids: [id] });
  const current = registered[0]?.matches ?? [];
  if (matches.length === current.length && matches.every((m) => current.includes(m))) return [];
  if (registered.length > 0) await scripting.unregisterContentScripts({ ids: [id] });
  if (matches.length === 0) return [];
  await scripting.registerContentScripts([{ id, matches, js: files.js, ...(files.css.length ? { css: files.css } : {}), allFrames: false, ...extra }]);
  return matches.filter((m) => !current.includes(m));
}

let pending: Promise<void> = Promise.resolve();

/**
 * Registers the content script for exactly the granted hosts of `hosts` (and unregisters it
 * when there are none). Calls are serialised: the last one wins.
 */
export function syncInstitutionScripts(hosts: readonly WebmailHost[]): Promise<void> {
  pending = pending.then(async () => {
    try {
      const { content, bridge } = manifestScripts();
      if (!browser.scripting || !content) return;
      const granted = await grantedHosts(hosts);
      const matches = granted.map((h) => hostMatchPattern(h.host));
      // The bridge first: it must be in the page (document_start) before the content script pastes.
      const outlook = granted.filter((h) => h.kind === "outlook").map((h) => hostMatchPattern(h.host));
      const bridged = bridge ? await syncRegistration(INSTITUTION_BRIDGE_ID, outlook, bridge, { runAt: "document_start", world: "MAIN" }).catch(() => []) : [];
      const added = await syncRegistration(INSTITUTION_SCRIPT_ID, matches, content, { runAt: "document_idle" });
      if (bridge) await injectIntoOpenTabs(bridged, bridge, "MAIN");
      await injectIntoOpenTabs(added, content);
    } catch {
      // Fail quiet: the public webmail hosts keep working; the options page shows what is missing.
    }
  });
  return pending;
}

/** Calls `callback` whenever the user grants or removes host access, until `signal` aborts. */
export function onHostAccessChange(callback: () => void, signal: AbortSignal): void {
  const permissions = browser.permissions;
  if (!permissions?.onAdded) return;
  const listener = () => callback();
  permissions.onAdded.addListener(listener);
  permissions.onRemoved.addListener(listener);
  signal.addEventListener("abort", () => {
    permissions.onAdded.removeListener(listener);
    permissions.onRemoved.removeListener(listener);
  });
}
