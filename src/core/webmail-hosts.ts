// Policy `webmailHosts`: an institution's own webmail (on-premises Outlook on the web, a
// hosted Gmail front, another web tool where replies are drafted). Each entry is one exact
// host name and the adapter that runs there. Exact names only: a wildcard or a bare public
// suffix would let Skaidri read every site under it, and the browser would ask each user
// for that much (README → Permissions).
import type { WebmailHost, WebmailKind } from "./types.ts";

export const WEBMAIL_KINDS: readonly WebmailKind[] = ["outlook", "gmail", "generic"];

/** More hosts than any institution runs; the list travels in every profile's policy. */
export const MAX_WEBMAIL_HOSTS = 50;

/** The public webmail hosts the shipped manifest already covers (manifest.json content_scripts). */
export const BUILT_IN_WEBMAIL_HOSTS = ["mail.google.com", "outlook.office.com", "outlook.office365.com", "outlook.live.com", "outlook.cloud.microsoft"];

export type HostProblem =
  | { id: "hostWildcard" }
  | { id: "hostNotName"; detail: string }
  | { id: "hostPublicSuffix" }
  | { id: "hostBuiltIn" };

/** A DNS label: letters, digits and inner hyphens, at most 63 characters (RFC 1123). */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Why `host` cannot be an institution host, or null. Accepts exactly a lower-case host name
 * of two or more labels (IDN as punycode); rejects wildcards, schemes, ports, paths and IPs.
 */
export function hostProblem(host: string): HostProblem | null {
  if (host.includes("*")) return { id: "hostWildcard" };
  if (/[/:?#@\s]/.test(host)) return { id: "hostNotName", detail: "only the host name, without https://, a port or a path" };
  const labels = host.split(".");
  if (host.length > 253 || labels.some((label) => !LABEL.test(label))) {
    return { id: "hostNotName", detail: "letters a–z, digits, hyphens and dots (an internationalised name in its xn-- form)" };
  }
  if (/^[0-9.]+$/.test(host)) return { id: "hostNotName", detail: "a host name, not an IP address" };
  if (labels.length < 2) return { id: "hostPublicSuffix" };
  // "gov.lv", "co.uk": a two-label name whose first label is a well-known second-level zone.
  if (labels.length === 2 && ["gov", "com", "co", "org", "edu", "net", "ac"].includes(labels[0]!)) return { id: "hostPublicSuffix" };
  if (BUILT_IN_WEBMAIL_HOSTS.includes(host)) return { id: "hostBuiltIn" };
  return null;
}

/** The match pattern the browser grants and the content script is registered for. */
export function hostMatchPattern(host: string): string {
  return `https://${host}/*`;
}

/** The entry for the page's host name, if the organisation listed it. */
export function webmailHostFor(hosts: readonly WebmailHost[], hostname: string): WebmailHost | undefined {
  const name = hostname.toLowerCase();
  return hosts.find((h) => h.host === name);
}
