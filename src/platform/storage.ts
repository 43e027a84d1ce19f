// storage.* behind functions that never throw (STYLE.md §5, after uBlock Origin Lite's ext.js).
// Firefox throws from storage.managed.get() when no policy exists; Chromium answers {} for a
// few seconds after a cold start (TOOLCHAIN.md) — callers get a status, not an exception.
import { browser } from "./browser.ts";

export type WritableArea = "sync" | "local";

export type WriteResult = { ok: true } | { ok: false; quota: boolean; message: string };

export type ManagedRead =
  | { status: "ok"; value: Record<string, unknown> }
  /** The browser could not give a policy: Firefox without one, no managed storage, a timeout. */
  | { status: "unavailable"; reason: string };

/** A storage call that hangs must not hold the content script: give up after this long. */
const READ_TIMEOUT_MS = 3000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export async function readManaged(): Promise<ManagedRead> {
  try {
    const area = browser.storage?.managed;
    if (!area) return { status: "unavailable", reason: "storage.managed is not available" };
    const value = await withTimeout(area.get(null), READ_TIMEOUT_MS);
    return { status: "ok", value: isRecord(value) ? value : {} };
  } catch (error) {
    return { status: "unavailable", reason: errorText(error) };
  }
}

/** The items of `keys` in `area`; {} when the area cannot be read. */
export async function readArea(area: WritableArea, keys: string[]): Promise<Record<string, unknown>> {
  try {
    const value = await withTimeout(browser.storage[area].get(keys), READ_TIMEOUT_MS);
    return isRecord(value) ? value : {};
  } catch {
    return {};
  }
}

function isQuotaError(message: string): boolean {
  // Chromium: "QUOTA_BYTES_PER_ITEM quota exceeded", "MAX_WRITE_OPERATIONS_PER_MINUTE…";
  // Firefox: "QuotaExceededError", "storage.sync API … quota exceeded".
  return /quota|QUOTA_BYTES|MAX_ITEMS|MAX_WRITE_OPERATIONS/i.test(message);
}

export async function writeArea(area: WritableArea, items: Record<string, unknown>): Promise<WriteResult> {
  try {
    await withTimeout(browser.storage[area].set(items), READ_TIMEOUT_MS * 2);
    return { ok: true };
  } catch (error) {
    const message = errorText(error);
    return { ok: false, quota: isQuotaError(message), message };
  }
}

export async function removeFromArea(area: WritableArea, keys: string[]): Promise<WriteResult> {
  try {
    await browser.storage[area].remove(keys);
    return { ok: true };
  } catch (error) {
    const message = errorText(error);
    return { ok: false, quota: false, message };
  }
}

/** Tasks queued per lock name where Web Locks are missing: one at a time within this page. */
const queues = new Map<string, Promise<unknown>>();

/**
 * Runs `task` while no other page of the extension runs one under the same `name` (Web Locks:
 * two options tabs read, change and write the same storage items). Where the API is missing,
 * tasks of this page still run one at a time.
 */
export async function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(name, task);
  const run = (queues.get(name) ?? Promise.resolve()).then(task, task);
  queues.set(name, run.catch(() => {}));
  return run;
}

export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

/** Calls `callback` for every storage change (area "sync", "local" or "managed") until `signal` aborts. */
export function onStorageChange(callback: (changes: StorageChanges, area: string) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  try {
    const listener = (changes: StorageChanges, area: string) => {
      try {
        callback(changes, area);
      } catch {
        // A failing listener must not break the others.
      }
    };
    browser.storage.onChanged.addListener(listener);
    signal.addEventListener(
      "abort",
      () => {
        try {
          browser.storage.onChanged.removeListener(listener);
        } catch {
          // The context may already be gone (extension reloaded).
        }
      },
      { once: true },
    );
  } catch {
    // No storage events here (orphaned content script): settings stay as they are.
  }
}
