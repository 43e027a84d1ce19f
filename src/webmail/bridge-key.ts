// The isolated world's side of the paste bridge's key (paste-bridge.ts): a random 256-bit key,
// handed to the MAIN-world bridge once at document_start (before any page script runs: both
// document_start scripts run first, in either order — whichever comes second completes the
// hand-over), then kept in this world only. Requests are signed with it (HMAC-SHA-256).
import { BRIDGE_ACK_EVENT, BRIDGE_KEY_EVENT, BRIDGE_READY_EVENT, bytesToHex as toHex, signedPart } from "./bridge-protocol.ts";

// Kept on the isolated world's global, which this extension's content scripts share (the
// document_start key script and the document_idle content script are separate bundles); the
// page's world never sees it.
const SLOT = "__skaidriPasteBridgeKey";
type Secret = { hex: string; key: Promise<CryptoKey> };
const slot = globalThis as unknown as Record<typeof SLOT, Secret | undefined>;


/** Makes the key and hands it to the bridge (call once, at document_start). */
export function shareBridgeKey(doc: Document): void {
  if (slot[SLOT]) return;
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const hex = toHex(bytes);
  slot[SLOT] = { hex, key: crypto.subtle.importKey("raw", bytes, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]) };
  let acked = false;
  const onAck = () => {
    acked = true;
    doc.removeEventListener(BRIDGE_ACK_EVENT, onAck, true);
    doc.removeEventListener(BRIDGE_READY_EVENT, onReady, true);
  };
  // The bridge came second: it announces itself, and gets the key then (once).
  const onReady = () => {
    doc.removeEventListener(BRIDGE_READY_EVENT, onReady, true);
    if (!acked) doc.dispatchEvent(new CustomEvent(BRIDGE_KEY_EVENT, { detail: hex }));
  };
  doc.addEventListener(BRIDGE_ACK_EVENT, onAck, true);
  doc.addEventListener(BRIDGE_READY_EVENT, onReady, true);
  // The bridge came first: it is listening now.
  doc.dispatchEvent(new CustomEvent(BRIDGE_KEY_EVENT, { detail: hex }));
}

/** A signed bridge request for `text`, or null when no key was shared. */
export async function signedRequest(text: string): Promise<string | null> {
  const secret = slot[SLOT];
  if (!secret) return null;
  const nonce = toHex(crypto.getRandomValues(new Uint8Array(16)));
  const mac = await crypto.subtle.sign("HMAC", await secret.key, new TextEncoder().encode(signedPart(nonce, text)));
  return JSON.stringify({ text, nonce, mac: toHex(new Uint8Array(mac)) });
}
