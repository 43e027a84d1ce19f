// Runs in the page's MAIN world (Firefox only; a `"world": "MAIN"` content script, Firefox
// 128+): turns Skaidri's `skaidri-paste` request into a real paste event built in the page's
// own world, because a DataTransfer made in Firefox's isolated world reaches page scripts
// empty (WEBMAIL.md; Briskine src/content/editors/editor-paste.js). It only ever pastes
// plain text, into the element the request came from.
//
// The page must not be able to use this bridge to paste text of its own choosing as if it were
// Skaidri's, so a request carries an HMAC-SHA-256 of its nonce and text under a per-page key
// the page cannot know: Skaidri's isolated-world script makes the key (paste-bridge-key.ts) and
// hands it over at document_start, before any page script runs; the bridge takes the first key
// only and says so (`skaidri-bridge-ack`). The page sees requests (their text is what Skaidri
// inserts anyway) but cannot forge one, change its text or replay it (nonces are used once).
// The crypto functions are taken at document_start, before the page could replace them.
import { BRIDGE_ACK_EVENT, BRIDGE_KEY_EVENT, BRIDGE_READY_EVENT, hexToBytes, signedPart } from "./bridge-protocol.ts";
import { createPasteEvent, PASTE_BRIDGE_EVENT } from "./insert.ts";

export function installPasteBridge(doc: Document): void {
  const subtle = crypto.subtle;
  const importKey = subtle.importKey.bind(subtle);
  const verify = subtle.verify.bind(subtle);
  const parse = JSON.parse;
  const encode = TextEncoder.prototype.encode.bind(new TextEncoder());
  let key: Promise<CryptoKey> | null = null;
  const used = new Set<string>();

  doc.addEventListener(
    BRIDGE_KEY_EVENT,
    (event) => {
      const detail = (event as CustomEvent).detail;
      if (key || typeof detail !== "string" || !/^[0-9a-f]{64}$/.test(detail)) return;
      key = importKey("raw", hexToBytes(detail), { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
      doc.dispatchEvent(new CustomEvent(BRIDGE_ACK_EVENT));
    },
    true,
  );

  doc.addEventListener(
    PASTE_BRIDGE_EVENT,
    (event) => {
      const detail = (event as CustomEvent).detail;
      const target = event.target;
      if (!key || typeof detail !== "string" || !(target instanceof Element)) return;
      let request: { text?: unknown; nonce?: unknown; mac?: unknown };
      try {
        request = parse(detail);
      } catch {
        return;
      }
      const { text, nonce, mac } = request;
      if (typeof text !== "string" || typeof nonce !== "string" || typeof mac !== "string" || used.has(nonce)) return;
      used.add(nonce);
      key
        .then((k) => verify("HMAC", k, hexToBytes(mac), encode(signedPart(nonce, text))))
        .then((ok) => {
          if (ok) target.dispatchEvent(createPasteEvent(text));
        })
        .catch(() => {
          // Never throw into the page.
        });
    },
    true,
  );
  doc.dispatchEvent(new CustomEvent(BRIDGE_READY_EVENT));
}
