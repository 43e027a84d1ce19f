// Injects the checking engine (src/content/engine.ts, built to ENGINE_FILE) into the frame whose
// content script asks for it: files injected with scripting.executeScript run in the extension's
// isolated world and need not be web-accessible, so the page can neither load nor probe them.
// Needs host permission for the page: the webmail hosts are in host_permissions, an
// institution's own hosts in the permissions the policy or the user granted.
import { browser } from "../platform/browser.ts";

/** The built engine's path inside the extension (scripts/build.mjs writes it). */
export const ENGINE_FILE = "src/content/engine.js";

type MessageSender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1];

export type LoadEngineReply = { ok: true } | { ok: false };

export function listenForEngineRequests(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSender) => {
    if ((message as { type?: unknown } | null)?.type !== "content→background:load-engine") return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return Promise.resolve<LoadEngineReply>({ ok: false });
    return browser.scripting
      .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [ENGINE_FILE] })
      .then(
        (): LoadEngineReply => ({ ok: true }),
        (): LoadEngineReply => ({ ok: false }),
      );
  });
}
