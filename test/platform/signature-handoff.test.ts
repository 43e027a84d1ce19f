// platform/signature-handoff.ts over a fake browser: the compose's signature is kept in
// storage.session (memory only) for the options page, taken once, and storage.local stands in
// only where a browser has no storage.session.
import { beforeEach, expect, test, vi } from "vitest";

const fake = vi.hoisted(() => {
  const makeArea = () => {
    const data: Record<string, unknown> = {};
    return {
      data,
      get: async (key: string) => (key in data ? { [key]: data[key] } : {}),
      set: async (items: Record<string, unknown>) => {
        Object.assign(data, items);
        for (const l of listeners) l(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }])));
      },
      remove: async (key: string) => {
        delete data[key];
      },
    };
  };
  const listeners = new Set<(changes: Record<string, { newValue?: unknown }>) => void>();
  const storage: Record<string, unknown> = {
    session: makeArea(),
    local: makeArea(),
    onChanged: { addListener: (l: never) => listeners.add(l), removeListener: (l: never) => listeners.delete(l) },
  };
  const browser = { storage, runtime: { openOptionsPage: vi.fn(async () => undefined) } };
  return { browser, makeArea, listeners };
});

vi.mock("../../src/platform/browser.ts", () => ({ browser: fake.browser }));

const { handOverSignature, MAX_HANDED_SIGNATURE, onSignatureHandedOver, takeHandedSignature } = await import("../../src/platform/signature-handoff.ts");

beforeEach(() => {
  fake.browser.storage.session = fake.makeArea();
  fake.browser.storage.local = fake.makeArea();
  fake.browser.runtime.openOptionsPage.mockClear();
});

test("handed over in storage.session, the options page opened, taken once", async () => {
  const seen = vi.fn();
  const controller = new AbortController();
  onSignatureHandedOver(seen, controller.signal);
  await handOverSignature("Anna Ozola\nVecākā referente");
  expect(fake.browser.runtime.openOptionsPage).toHaveBeenCalledTimes(1);
  expect(seen).toHaveBeenCalledTimes(1);
  expect((fake.browser.storage.local as { data: object }).data).toEqual({});
  expect(await takeHandedSignature()).toBe("Anna Ozola\nVecākā referente");
  expect(await takeHandedSignature()).toBeNull();
  controller.abort();
  await handOverSignature("x");
  expect(seen).toHaveBeenCalledTimes(1);
});

test("a runaway text is cut to the length the recognition reads", async () => {
  await handOverSignature("a".repeat(MAX_HANDED_SIGNATURE + 500));
  expect((await takeHandedSignature())?.length).toBe(MAX_HANDED_SIGNATURE);
});

test("without storage.session, storage.local holds it until it is taken", async () => {
  delete fake.browser.storage.session;
  await handOverSignature("Anna Ozola");
  expect((fake.browser.storage.local as { data: object }).data).toEqual({ pendingSignature: "Anna Ozola" });
  expect(await takeHandedSignature()).toBe("Anna Ozola");
  expect((fake.browser.storage.local as { data: object }).data).toEqual({});
});
