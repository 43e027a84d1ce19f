// Firefox only: the MAIN-world content script (`"world": "MAIN"`, Firefox 128+) that turns
// the content script's paste requests (over the MessagePort bridge-channel.ts hands over)
// into paste events built in the page's own world, so RoosterJS (Outlook on the web) receives the text (src/webmail/paste-bridge.ts,
// insert.ts). scripts/build.mjs bundles it as one standalone IIFE into the Firefox build only
// and lists it for the Outlook hosts; Chromium does not need it and never ships it.
import { installPasteBridge } from "../webmail/paste-bridge.ts";

try {
  installPasteBridge(window);
} catch {
  // Never throw into the page.
}
