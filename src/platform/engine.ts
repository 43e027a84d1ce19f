// Which browser engine runs the extension, asked of the extension's own runtime (never of
// the page, and without leaving anything the page could see): Firefox's extension URLs are
// moz-extension://, Chromium's chrome-extension://.
import { browser } from "./browser.ts";

/** Whether this is Firefox (Gecko). False when the runtime cannot be asked. */
export function isFirefox(): boolean {
  try {
    return browser.runtime.getURL("").startsWith("moz-extension:");
  } catch {
    return false;
  }
}
