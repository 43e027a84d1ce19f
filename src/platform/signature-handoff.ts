// The compose's signature text on its way from the content script to the options page
// ("Aizpildīt profilu no šī paraksta", issue 16): the background keeps it in storage.session —
// memory only, never synced, unreadable by content scripts in Chromium — and opens the options
// page, which takes it once (and removes it) to show the recognised fields for confirmation.
// Nothing leaves the browser. Where storage.session is missing, storage.local holds it until
// the options page takes it.
import { browser } from "./browser.ts";

const KEY = "pendingSignature";
/** Longer than any signature; profileFromSignature reads no further either. */
export const MAX_HANDED_SIGNATURE = 10_000;

type Area = { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; remove(key: string): Promise<void> };

function area(): Area {
  const storage = browser.storage as unknown as { session?: Area; local: Area };
  return storage.session ?? storage.local;
}

/** Background: keeps `text` for the options page and opens it (or brings it to the front). */
export async function handOverSignature(text: string): Promise<void> {
  await area().set({ [KEY]: text.slice(0, MAX_HANDED_SIGNATURE) });
  await browser.runtime.openOptionsPage();
}

/** Options page: the handed-over signature text, once (it is removed), or null. */
export async function takeHandedSignature(): Promise<string | null> {
  try {
    const store = area();
    const text = (await store.get(KEY))[KEY];
    if (typeof text !== "string") return null;
    await store.remove(KEY);
    return text;
  } catch {
    return null;
  }
}

/** Options page: `callback` whenever a signature is handed over while the page is open, until `signal` aborts. */
export function onSignatureHandedOver(callback: () => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    if (typeof changes[KEY]?.newValue === "string") callback();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener("abort", () => browser.storage.onChanged.removeListener(listener), { once: true });
}
