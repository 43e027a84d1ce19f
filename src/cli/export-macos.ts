// `policy export --format macos`: a configuration profile (.mobileconfig) for an MDM or for
// System Settings → Profiles. Chrome and Edge read an extension's policy from the managed
// preference domains com.google.Chrome.extensions.<id> and com.microsoft.Edge.extensions.<id>;
// one payload per browser carries the policy in native plist types (strings, integers,
// booleans, arrays, dictionaries), so nothing is JSON inside a string.
import { randomUUID } from "node:crypto";

export interface MacProfileOptions {
  /** Chrome/Edge extension id. */
  id: string;
  /** Reverse-DNS prefix of the PayloadIdentifiers. */
  identifier?: string;
  /** Fresh UUIDs unless a test pins them. */
  uuid?: () => string;
}

function escapeXml(text: string): string {
  // Characters XML 1.0 cannot carry at all are dropped rather than writing a profile no reader opens.
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** One plist value, indented with tabs as Apple's tools write them. */
export function plistValue(value: unknown, depth: number): string[] {
  const pad = "\t".repeat(depth);
  if (typeof value === "string") return [`${pad}<string>${escapeXml(value)}</string>`];
  if (typeof value === "boolean") return [`${pad}<${value}/>`];
  if (typeof value === "number") return [Number.isInteger(value) ? `${pad}<integer>${value}</integer>` : `${pad}<real>${value}</real>`];
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${pad}<array/>`];
    return [`${pad}<array>`, ...value.flatMap((item) => plistValue(item, depth + 1)), `${pad}</array>`];
  }
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && v !== null);
    if (entries.length === 0) return [`${pad}<dict/>`];
    return [`${pad}<dict>`, ...entries.flatMap(([k, v]) => [`${pad}\t<key>${escapeXml(k)}</key>`, ...plistValue(v, depth + 1)]), `${pad}</dict>`];
  }
  throw new Error(`A plist cannot hold ${value === null ? "null" : typeof value}`);
}

const BROWSERS = [
  { name: "Chrome", domain: "com.google.Chrome.extensions" },
  { name: "Edge", domain: "com.microsoft.Edge.extensions" },
] as const;

/** The .mobileconfig text: one payload for Chrome and one for Edge, each with its own fresh PayloadUUID. */
export function toMobileConfig(policy: Record<string, unknown>, options: MacProfileOptions): string {
  const uuid = options.uuid ?? (() => randomUUID().toUpperCase());
  const prefix = options.identifier ?? "lv.skaidri.policy";
  const payloads = BROWSERS.map((browser) => ({
    PayloadType: `${browser.domain}.${options.id}`,
    PayloadIdentifier: `${prefix}.${browser.name.toLowerCase()}`,
    PayloadUUID: uuid(),
    PayloadVersion: 1,
    PayloadDisplayName: `Skaidri (${browser.name})`,
    // A policy key can never be a Payload* key of the profile itself.
    ...Object.fromEntries(Object.entries(policy).filter(([key]) => !key.startsWith("Payload"))),
  }));
  const profile = {
    PayloadContent: payloads,
    PayloadDisplayName: "Skaidri",
    PayloadDescription: "Skaidri policy for Google Chrome and Microsoft Edge (skaidri policy export --format macos).",
    PayloadIdentifier: prefix,
    PayloadOrganization: typeof policy.institution === "string" ? policy.institution : "Skaidri",
    PayloadScope: "System",
    PayloadType: "Configuration",
    PayloadUUID: uuid(),
    PayloadVersion: 1,
  };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    ...plistValue(profile, 0),
    "</plist>",
    "",
  ].join("\n");
}
