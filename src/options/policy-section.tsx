// The Policy panel: where the policy in effect came from, what the organisation set (as plain
// text, never HTML) and which parts of it were skipped and why.
import { plural, type SectionProps } from "./deps.ts";
import { Section } from "./form.tsx";
import { lazyComponent } from "./lazy.tsx";
import { ruleLabelKey } from "./rules-section.tsx";

/** Only organisations with their own webmail hosts need it. */
const HostAccess = lazyComponent(async () => (await import("./host-access.tsx")).HostAccess);

/** A policy value as plain text (never HTML): lists by count and their first entries. */
function describeValue(deps: SectionProps["deps"], value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    const first = value
      .slice(0, 5)
      .map((v) => (typeof v === "string" ? v : typeof v === "object" && v && "term" in v ? String(v.term) : typeof v === "object" && v && "title" in v ? String(v.title) : JSON.stringify(v)))
      .join(", ");
    return `${plural(deps, "optEntries", value.length)}${first ? `: ${first}${value.length > 5 ? ", …" : ""}` : ""}`;
  }
  if (value && typeof value === "object") {
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(", ") : String(v)}`)
      .join("; ");
  }
  return String(value);
}

/** A translated text, or `fallback` when _locales has no such key (t answers with the key). */
function tOr(deps: SectionProps["deps"], key: string, fallback: string): string {
  const text = deps.t(key);
  return text && text !== key ? text : fallback;
}

/** A policy key in words (optPolicyKey_<key>): staff are not shown the administrators' JSON names. */
export function policyKeyLabel(deps: SectionProps["deps"], key: string): string {
  return tOr(deps, `optPolicyKey_${key}`, key);
}

/** A setting's value in words where it is one of Skaidri's own names (send check, rule ids, levels). */
function describeSetting(deps: SectionProps["deps"], key: string, value: unknown): string {
  const rule = (id: string) => tOr(deps, ruleLabelKey(id as Parameters<typeof ruleLabelKey>[0]), id);
  if (key === "sendCheck" && typeof value === "string") return tOr(deps, `optSendCheck_${value}`, value);
  if (key === "lockRules" && Array.isArray(value)) return value.map((id) => rule(String(id))).join(", ");
  if (key === "rules" && value && typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value)
      .map(([id, level]) => `${rule(id)}: ${tOr(deps, `optSeverity_${String(level)}`, String(level)).toLocaleLowerCase(deps.language)}`)
      .join("; ");
  }
  return describeValue(deps, value);
}

export function PolicySection({ deps, settings }: SectionProps) {
  const { t } = deps;
  const { policy, problems, policySource, managedUnavailable } = settings;
  const keys = Object.keys(policy) as (keyof typeof policy)[];
  const status =
    policySource === "browser" ? t("optPolicyFromBrowser") : policySource === "cache" ? t("optPolicyFromCache") : t("optPolicyNone");
  return (
    <Section id="policy" title={t("optPolicyTitle")}>
      <p data-testid="policy-status" data-source={policySource}>
        {status}
      </p>
      {managedUnavailable && policySource === "none" && <p class="hint">{t("optPolicyUnavailable", managedUnavailable)}</p>}
      {settings.config.webmailHosts.length > 0 && <HostAccess deps={deps} settings={settings} />}
      {keys.length > 0 && (
        <table class="policy-values">
          <caption>{t("optPolicyValues")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("optPolicyKey")}</th>
              <th scope="col">{t("optPolicyValue")}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key} data-key={key}>
                <th scope="row">{policyKeyLabel(deps, key)}</th>
                <td>{describeSetting(deps, key, policy[key])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {problems.length > 0 ? (
        <>
          <h3 id="policy-problems-title">{plural(deps, "optPolicyProblems", problems.length)}</h3>
          <ul class="problems" aria-labelledby="policy-problems-title" data-testid="policy-problems">
            {problems.map((p) => (
              <li key={`${p.path}:${p.message}`} class={p.level} data-path={p.path}>
                <span class="level">{p.level === "error" ? t("optProblemError") : t("optProblemWarning")}</span> <code>{p.path || t("optPolicyWhole")}</code>
                {" — "}
                {p.message}
              </li>
            ))}
          </ul>
        </>
      ) : (
        policySource !== "none" && <p>{t("optPolicyNoProblems")}</p>
      )}
    </Section>
  );
}
