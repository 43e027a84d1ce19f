// The first Send after a cold browser start is checked (issue 10): the content script gets
// settings at once from what the last run learned, even while Chromium's first
// storage.managed read still hangs (it can take seconds) — with no policy as with one.
import { beforeEach, expect, test, vi } from "vitest";

const fake = vi.hoisted(() => {
  const state = { local: {} as Record<string, unknown>, managed: {} as Record<string, unknown>, gate: null as Promise<void> | null };
  const area = (store: () => Record<string, unknown>) => ({
    get: async (keys: string[]) => Object.fromEntries(keys.filter((k) => k in store()).map((k) => [k, structuredClone(store()[k])])),
    set: async (items: Record<string, unknown>) => void Object.assign(store(), structuredClone(items)),
    remove: async (keys: string[]) => {
      for (const k of keys) delete store()[k];
    },
  });
  const sync: Record<string, unknown> = {};
  const browser = {
    storage: {
      sync: area(() => sync),
      local: area(() => state.local),
      managed: {
        get: async () => {
          if (state.gate) await state.gate;
          return structuredClone(state.managed);
        },
      },
      onChanged: { addListener() {}, removeListener() {} },
    },
    i18n: { getMessage: (key: string) => key, getUILanguage: () => "en-US" },
  };
  return { state, browser };
});
vi.mock("../../src/platform/browser.ts", () => ({ browser: fake.browser }));
const { watchSettings, STARTUP_RETRY_DELAYS_MS } = await import("../../src/platform/settings.ts");

beforeEach(() => {
  fake.state.local = {};
  fake.state.managed = {};
  fake.state.gate = null;
});

test("without a policy: once the browser has said so, the next start answers before the managed read", async () => {
  vi.useFakeTimers();
  try {
    // A first run: the browser answers {} and the start-up retries run out — "no policy" is now the browser's word.
    const first = new AbortController();
    const seen: string[] = [];
    watchSettings((s) => seen.push(s.policySource), first.signal);
    await vi.advanceTimersByTimeAsync(STARTUP_RETRY_DELAYS_MS.reduce((a, b) => a + b, 0) + 100);
    first.abort();
    expect(seen.at(-1)).toBe("none");
  } finally {
    vi.useRealTimers();
  }
  // The next cold start: storage.managed does not answer yet.
  fake.state.gate = new Promise(() => {});
  const controller = new AbortController();
  const got = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("no settings before the managed read")), 1000);
    watchSettings((s) => {
      clearTimeout(timer);
      resolve(s.config.sendCheck);
    }, controller.signal);
  });
  controller.abort();
  expect(got).toBe("warn");
});

test("a policy seen once is answered at once on the next cold start, and the absence mark goes", async () => {
  fake.state.managed = { sendCheck: "block" };
  fake.state.local = { policyAbsent: true };
  const first = new AbortController();
  await new Promise<void>((resolve) => watchSettings((s) => s.policySource === "browser" && resolve(), first.signal));
  first.abort();
  await vi.waitFor(() => expect(fake.state.local.policyAbsent).toBeUndefined());
  fake.state.gate = new Promise(() => {});
  const controller = new AbortController();
  const mode = await new Promise<string>((resolve) => watchSettings((s) => resolve(s.config.sendCheck), controller.signal));
  controller.abort();
  expect(mode).toBe("block");
});
