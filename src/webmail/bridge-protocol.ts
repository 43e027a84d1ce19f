// The Firefox paste bridge's protocol, shared by its two sides (paste-bridge.ts in the page's
// MAIN world, bridge-key.ts in the isolated world): event names and what a request's MAC covers.

export const BRIDGE_KEY_EVENT = "skaidri-bridge-key";
export const BRIDGE_READY_EVENT = "skaidri-bridge-ready";
export const BRIDGE_ACK_EVENT = "skaidri-bridge-ack";

/** What a request's MAC covers. */
export function signedPart(nonce: string, text: string): string {
  return `${nonce}\n${text}`;
}

export function hexToBytes(hex: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(new ArrayBuffer(hex.length >> 1));
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export function bytesToHex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}
