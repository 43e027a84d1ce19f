// The isolated world's end of the Firefox paste bridge (paste-bridge.ts): a MessageChannel
// whose far port is posted to the page's window once, at document_start, before any page
// script runs or listens — the MAIN-world bridge takes that first port and stops the message
// there, so no page script sees it. Both document_start scripts run before the message is
// delivered (postMessage is asynchronous), so their order does not matter. The near port is
// the only way to make the bridge paste, and it never leaves this world.
import { PASTE_BRIDGE_HELLO } from "./insert.ts";

// Kept on the isolated world's global, which this extension's content scripts share (the
// document_start script and the document_idle content script are separate bundles); the
// page's world never sees it.
const SLOT = "__skaidriPasteBridgePort";
const slot = globalThis as unknown as Record<typeof SLOT, MessagePort | undefined>;

/** Opens a channel to a bridge in `win` and returns Skaidri's end. */
export function openBridgeChannel(win: Window): MessagePort {
  const channel = new MessageChannel();
  win.postMessage(PASTE_BRIDGE_HELLO, "*", [channel.port2]);
  return channel.port1;
}

/** At document_start: opens the page's one channel and keeps its end for the content script. */
export function shareBridgeChannel(win: Window): void {
  slot[SLOT] ??= openBridgeChannel(win);
}

/** The end kept by shareBridgeChannel, if it ran in this page. */
export function bridgePort(): MessagePort | undefined {
  return slot[SLOT];
}
