// `--id` for policy export and admx: a wrong id deploys a policy no extension ever reads,
// silently, so it is checked against the forms each browser gives its extensions.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
/** browser_specific_settings.gecko.id of the Firefox build (scripts/build.mjs). */
export const GECKO_ID = "skaidri@skaidri.lv";

/** The Chrome/Edge id of the build: the first 16 bytes of sha256(manifest "key"), hex mapped 0-f → a-p. */
export function extensionIdFromKey(base64Key: string): string {
  const hash = createHash("sha256").update(Buffer.from(base64Key, "base64")).digest("hex").slice(0, 32);
  return [...hash].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join("");
}

export function buildExtensionId(): string {
  const manifest = JSON.parse(readFileSync(resolve(ROOT, "manifest.json"), "utf8")) as { key?: string };
  if (!manifest.key) throw new Error('manifest.json has no "key"; pass --id with the extension\'s id.');
  return extensionIdFromKey(manifest.key);
}

export type IdBrowser = "chromium" | "firefox";

/** Chrome and Edge: 32 letters a–p (the hex digits of a key hash, mapped 0-f → a-p). */
const CHROMIUM_ID = /^[a-p]{32}$/;
/**
 * Firefox: an e-mail-like id or a GUID in braces — the pattern AMO and Firefox accept
 * (extensionworkshop.com: "Extensions and the add-on ID").
 */
const GECKO_ID_FORM = /^(\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}|[a-z0-9._+-]*@[a-z0-9._-]+)$/i;

/** Why `id` is not an extension id for `browser`, or null. */
export function extensionIdProblem(id: string, browser: IdBrowser): string | null {
  if (browser === "chromium") {
    if (CHROMIUM_ID.test(id)) return null;
    const hint = GECKO_ID_FORM.test(id) ? " (this looks like a Firefox id)" : /^[a-z]{32}$/i.test(id) ? " (letters a–p only, lower case)" : "";
    return `"${id}" is not a Chrome/Edge extension id: 32 letters a–p, as chrome://extensions shows it${hint}.`;
  }
  if (GECKO_ID_FORM.test(id)) return null;
  const hint = CHROMIUM_ID.test(id) ? " (this looks like a Chrome/Edge id)" : "";
  return `"${id}" is not a Firefox extension id: an e-mail-like id (name@domain) or a GUID in braces {…}, as about:support shows it${hint}.`;
}
