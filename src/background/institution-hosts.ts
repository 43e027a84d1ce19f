// Runs Skaidri on the institution's own webmail hosts (policy `webmailHosts`): whenever the
// policy or the granted host access changes, the content script is registered for exactly the
// listed hosts the extension may access (src/platform/host-access.ts). The content script then
// picks the adapter the policy names for its host (src/content/main.ts).
import type { WebmailHost } from "../core/types.ts";
import { onHostAccessChange, syncInstitutionScripts } from "../platform/host-access.ts";
import { watchSettings } from "../platform/settings.ts";

export function runOnInstitutionHosts(): void {
  const signal = new AbortController().signal; // The worker's lifetime.
  let hosts: WebmailHost[] = [];
  watchSettings((snapshot) => {
    hosts = snapshot.config.webmailHosts;
    void syncInstitutionScripts(hosts);
  }, signal);
  onHostAccessChange(() => void syncInstitutionScripts(hosts), signal);
}
