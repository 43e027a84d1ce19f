// Firefox only, Outlook hosts, ISOLATED world at document_start: makes the paste bridge's
// per-page key and hands it to the MAIN-world bridge before any page script runs
// (src/webmail/bridge-key.ts, paste-bridge.ts). scripts/build.mjs bundles it for the Firefox
// build only, next to the bridge.
import { shareBridgeKey } from "../webmail/bridge-key.ts";

try {
  shareBridgeKey(document);
} catch {
  // Never throw into the page; without a key the bridge pastes nothing (Skaidri's insert fails visibly).
}
