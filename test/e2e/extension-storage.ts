// The extension's own storage, read and written from its service worker, as the options page
// stores it (src/platform/settings.ts: profile and small settings in storage.sync, the personal
// glossary and templates in storage.local).
import type { Session } from "./harness.ts";

type Area = "sync" | "local";
interface StorageApi {
  storage: Record<Area, { get(keys: string[] | null): Promise<Record<string, unknown>>; set(items: object): Promise<void>; clear(): Promise<void> }>;
}

export async function readStorage(session: Session, area: Area, key: string): Promise<unknown> {
  return session.serviceWorker.evaluate(
    async ({ area, key }) => (await (globalThis as unknown as { chrome: StorageApi }).chrome.storage[area].get([key]))[key],
    { area, key },
  );
}

export async function writeStorage(session: Session, area: Area, items: Record<string, unknown>): Promise<void> {
  await session.serviceWorker.evaluate(
    async ({ area, items }) => (globalThis as unknown as { chrome: StorageApi }).chrome.storage[area].set(items),
    { area, items },
  );
}

export async function clearStorage(session: Session): Promise<void> {
  await session.serviceWorker.evaluate(async () => {
    const { storage } = (globalThis as unknown as { chrome: StorageApi }).chrome;
    await Promise.all([storage.sync.clear(), storage.local.clear()]);
  });
}
