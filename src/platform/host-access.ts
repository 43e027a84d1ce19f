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

/** The content script and style of the manifest: the registered script runs the same files. */
function manifestContentScript(): { js: string[]; css: string[] } | undefined {
  const script = browser.runtime.getManifest().content_scripts?.[0];
  return script?.js ? { js: script.js, css: script.css ?? [] } : undefined;
}

let pending: Promise<void> = Promise.resolve();

/**
 * Registers the content script for exactly the granted hosts of `hosts` (and unregisters it
 * when there are none). Calls are serialised: the last one wins.
 */
export function syncInstitutionScripts(hosts: readonly WebmailHost[]): Promise<void> {
  pending = pending.then(async () => {
    try {
      const scripting = browser.scripting;
      const files = manifestContentScript();
      if (!scripting || !files) return;
      const granted = await grantedHosts(hosts);
      const matches = granted.map((h) => hostMatchPattern(h.host));
      const registered = await scripting.getRegisteredContentScripts({ ids: [INSTITUTION_SCRIPT_ID] });
      const current = registered[0]?.matches ?? [];
      if (matches.length === current.length && matches.every((m) => current.includes(m))) return;
      if (registered.length > 0) await scripting.unregisterContentScripts({ ids: [INSTITUTION_SCRIPT_ID] });
      if (matches.length === 0) return;
      await scripting.registerContentScripts([
        { id: INSTITUTION_SCRIPT_ID, matches, js: files.js, css: files.css, runAt: "document_idle", allFrames: false, persistAcrossSessions: true },
      ]);
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
