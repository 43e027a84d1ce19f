// The institution's own webmail hosts (policy webmailHosts) and whether the browser lets Skaidri
// run there. A build that lists them (docs/admin.md → Institution hosts) needs nothing here;
// the shipped build asks the user once, in this click, naming exactly the organisation's hosts.
import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import type { WebmailHost } from "../core/types.ts";
import type { SectionProps } from "./deps.ts";

export function HostAccess({ deps, settings }: SectionProps) {
  const { t } = deps;
  const hosts = settings.config.webmailHosts;
  const granted = useSignal<Set<string> | null>(null);
  const refused = useSignal(false);
  const access = deps.hostAccess;
  const key = hosts.map((h) => h.host).join(" ");
  const refresh = () => void access?.granted(hosts).then((list: WebmailHost[]) => (granted.value = new Set(list.map((h) => h.host))));
  useEffect(refresh, [key]);
  if (!access || hosts.length === 0) return null;
  const missing = hosts.filter((h) => granted.value && !granted.value.has(h.host));
  const ask = () => {
    // No await before request(): Firefox grants only inside the click itself.
    void access.request(missing).then((ok) => {
      refused.value = !ok;
      refresh();
    });
  };
  return (
    <div class="host-access" data-testid="host-access">
      <h3>{t("optHostsTitle")}</h3>
      <p>{t("optHostsIntro")}</p>
      <ul>
        {hosts.map((h) => {
          // Until the browser has answered, say nothing rather than "not allowed" for a granted host.
          const known = granted.value;
          return (
            <li key={h.host} data-host={h.host} data-granted={known === null ? "unknown" : known.has(h.host) ? "yes" : "no"}>
              <code>{h.host}</code>
              {known !== null && ` — ${known.has(h.host) ? t("optHostsGranted") : t("optHostsMissing")}`}
            </li>
          );
        })}
      </ul>
      {missing.length > 0 && (
        <>
          <button type="button" onClick={ask} data-testid="host-access-ask">
            {t("optHostsAsk")}
          </button>
          <p class="hint">{t("optHostsAskHint")}</p>
        </>
      )}
      {refused.value && missing.length > 0 && <p role="status">{t("optHostsRefused")}</p>}
    </div>
  );
}
