// Firefox only, Outlook hosts, ISOLATED world at document_start: opens the channel to the
// MAIN-world paste bridge before any page script runs (src/webmail/bridge-channel.ts,
// paste-bridge.ts). scripts/build.mjs bundles it for the Firefox build only, next to the bridge.
import { shareBridgeChannel } from "../webmail/bridge-channel.ts";

try {
  shareBridgeChannel(window);
} catch {
  // Never throw into the page; without the channel Skaidri's Outlook inserts fail (and say so).
}
