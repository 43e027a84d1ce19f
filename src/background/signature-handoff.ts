// Answers the chip's "Aizpildīt profilu no šī paraksta": the compose's signature text goes to the
// options page (platform/signature-handoff.ts), where the writer confirms the recognised fields.
import { browser } from "../platform/browser.ts";
import type { ContentToBackground } from "../platform/messages.ts";
import { handOverSignature } from "../platform/signature-handoff.ts";

browser.runtime.onMessage.addListener((message: unknown) => {
  const m = message as Extract<ContentToBackground, { type: "content→background:fill-profile" }> | undefined;
  if (m?.type !== "content→background:fill-profile" || typeof m.signature !== "string" || m.signature.trim() === "") return undefined;
  return handOverSignature(m.signature).then(
    () => true,
    () => false,
  );
});
