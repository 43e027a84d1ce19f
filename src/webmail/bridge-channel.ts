// The isolated world's end of the Firefox paste bridge (paste-bridge.ts): a MessageChannel
// whose far port is posted to the page's window once, at document_start, before any page
// script runs or listens — the MAIN-world bridge takes that first port and stops the message
// there, so no page script sees it. Both document_start scripts run before the message is
// delivered (postMessage is asynchronous), so their order does not matter. The near port is
// the only way to make the bridge paste, and it never leaves this world.
//
// Firefox also injects both scripts into pages already open when Skaidri is installed or
// updated, one after the other, while the page's scripts run: the bridge may then arrive after
// the hand-over was delivered, so it announces itself (PASTE_BRIDGE_READY) and gets a fresh
// channel, unless it has taken one already (it confirms with an ack over the port). Only in that
// case can the page see a hand-over (README: what a page can observe).
import { PASTE_BRIDGE_HELLO, PASTE_BRIDGE_READY } from "./insert.ts";

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
  if (slot[SLOT]) return;
  const doc = win.document;
  let acked = false;
  const onReady = () => {
    doc.removeEventListener(PASTE_BRIDGE_READY, onReady, true);
    if (!acked) hello();
  };
  // Skaidri's end is the first channel, until the bridge confirms one: then that one, for good
  // (with two hand-overs in flight the bridge may take either).
  const hello = () => {
    const port = openBridgeChannel(win);
    slot[SLOT] ??= port;
    port.onmessage = (event) => {
      if (acked || event.data !== PASTE_BRIDGE_HELLO) return;
      acked = true;
      slot[SLOT] = port;
      doc.removeEventListener(PASTE_BRIDGE_READY, onReady, true);
    };
  };
  hello();
  // At document_start proper no page script runs yet and the bridge takes this hand-over; only
  // in a page already running may the bridge come second.
  if (doc.readyState !== "loading") doc.addEventListener(PASTE_BRIDGE_READY, onReady, true);
}

/** The end kept by shareBridgeChannel, if it ran in this page. */
export function bridgePort(): MessagePort | undefined {
  return slot[SLOT];
}
