// platform/settings.ts over a fake browser.storage (the platform module is mocked, not the
// polyfill): Firefox's throw without a policy, Chromium's {} after a cold start with the last
// good policy cached, bounded retries, live changes, quota errors reported.
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";


const fake = vi.hoisted(() => {
  const state = {
    sync: {} as Record<string, unknown>,
    local: {} as Record<string, unknown>,
    managed: {} as Record<string, unknown> | Error,
    listeners: new Set<(changes: Record<string, unknown>, area: string) => void>(),
    syncError: null as Error | null,
    /** While set, storage.managed.get() waits for it (Chromium's slow first read after start-up). */
    managedGate: null as Promise<void> | null,
  };
  const area = (name: "sync" | "local") => ({
    get: async (keys: string[]) => Object.fromEntries(keys.filter((k) => k in state[name]).map((k) => [k, structuredClone(state[name][k])])),
    set: async (items: Record<string, unknown>) => {
      if (name === "sync" && state.syncError) throw state.syncError;
      Object.assign(state[name], structuredClone(items));
      for (const l of state.listeners) l(Object.fromEntries(Object.keys(items).map((k) => [k, { newValue: items[k] }])), name);
    },
    remove: async (keys: string[]) => {
      for (const k of keys) delete state[name][k];
    },
  });
  const browser = {
    storage: {
      sync: area("sync"),
      local: area("local"),
      managed: {
        get: async () => {
          if (state.managedGate) await state.managedGate;
          if (state.managed instanceof Error) throw state.managed;
          return structuredClone(state.managed);
        },
      },
      onChanged: {
        addListener: (l: (changes: Record<string, unknown>, area: string) => void) => state.listeners.add(l),
        removeListener: (l: (changes: Record<string, unknown>, area: string) => void) => state.listeners.delete(l),
      },
    },
    i18n: { getMessage: (key: string) => key, getUILanguage: () => "en-US" },
  };
  return { state, browser };
});

vi.mock("../../src/platform/browser.ts", () => ({ browser: fake.browser }));

const { loadSettings, watchSettings, updateProfile, updateUserSettings, updatePersonalGlossary, updatePersonalTemplates, STARTUP_RETRY_DELAYS_MS } = await import(
  "../../src/platform/settings.ts"
);
type Snapshot = Awaited<ReturnType<typeof loadSettings>>;

const POLICY = { institution: "VID", rules: { jargon: "error" }, glossary: [{ term: "eskalēt" }, { term: 5 }] };

beforeEach(() => {
  fake.state.sync = {};
  fake.state.local = {};
  fake.state.managed = {};
  fake.state.listeners.clear();
  fake.state.syncError = null;
  fake.state.managedGate = null;
});
afterEach(() => {
  vi.useRealTimers();
});

/** Collects snapshots; `last()` is the newest. */
function watch() {
  const seen: Snapshot[] = [];
  const controller = new AbortController();
  watchSettings((s) => seen.push(s), controller.signal);
  return { seen, last: () => seen.at(-1), stop: () => controller.abort() };
}

describe("loadSettings", () => {
  test("a policy from the browser: validated, locked, problems with paths, and cached", async () => {
    fake.state.managed = POLICY;
    const s = await loadSettings();
    expect(s.policySource).toBe("browser");
    expect(s.config.institution).toBe("VID");
    expect(s.locks.rules).toEqual(["jargon"]);
    expect(s.problems.map((p) => p.path)).toEqual(["glossary[1].term"]);
    await vi.waitFor(() => expect(fake.state.local.policyCache).toMatchObject({ policy: POLICY }));
  });

  test("Firefox without a policy throws: no policy, and why", async () => {
    fake.state.managed = new Error("Managed storage manifest not found");
    const s = await loadSettings();
    expect(s.policySource).toBe("none");
    expect(s.managedUnavailable).toContain("Managed storage manifest not found");
    expect(s.config.institution).toBe("");
  });

  test("Chromium's {} after a cold start: the last good policy applies meanwhile", async () => {
    fake.state.local.policyCache = { policy: POLICY, savedAt: 1 };
    const s = await loadSettings();
    expect(s.policySource).toBe("cache");
    expect(s.config.institution).toBe("VID");
  });

  test("user settings: profile and small settings from sync, glossary and templates from local", async () => {
    fake.state.sync = { profile: { firstName: "Anna", evil: 1 }, settings: { sendCheck: "off" } };
    fake.state.local = { glossary: [{ term: "kolēģis" }], templates: [{ id: "p", title: "P", body: "x" }] };
    const s = await loadSettings();
    expect(s.profile).toEqual({ firstName: "Anna" });
    expect(s.config.sendCheck).toBe("off");
    expect(s.config.glossary).toEqual([{ term: "kolēģis" }]);
    expect(s.config.templates.map((t) => t.id)).toEqual(["p"]);
  });
});

describe("watchSettings", () => {
  test("retries after start-up until the browser reports the policy", async () => {
    vi.useFakeTimers();
    const w = watch();
    await vi.advanceTimersByTimeAsync(0);
    expect(w.last()?.policySource).toBe("none");
    fake.state.managed = POLICY; // Chromium finished loading it.
    await vi.advanceTimersByTimeAsync(STARTUP_RETRY_DELAYS_MS[0] + STARTUP_RETRY_DELAYS_MS[1]);
    expect(w.last()?.policySource).toBe("browser");
    expect(w.last()?.config.institution).toBe("VID");
    w.stop();
  });

  test("when the retries run out the cached policy is dropped: it really is gone", async () => {
    vi.useFakeTimers();
    fake.state.local.policyCache = { policy: POLICY, savedAt: 1 };
    const w = watch();
    await vi.advanceTimersByTimeAsync(0);
    expect(w.last()?.policySource).toBe("cache");
    await vi.advanceTimersByTimeAsync(STARTUP_RETRY_DELAYS_MS.reduce((a, b) => a + b, 0) + 100);
    expect(w.last()?.policySource).toBe("none");
    expect(w.last()?.config.institution).toBe("");
    expect(fake.state.local.policyCache).toBeUndefined();
    w.stop();
  });

  test("a slow first managed read does not hold the first snapshot: the cached policy answers meanwhile", async () => {
    let release = () => {};
    fake.state.managedGate = new Promise((resolve) => {
      release = resolve;
    });
    fake.state.local.policyCache = { policy: POLICY, savedAt: 1 };
    fake.state.managed = { ...POLICY, institution: "VZD" };
    const w = watch();
    await vi.waitFor(() => expect(w.last()?.policySource).toBe("cache"));
    expect(w.last()?.config.institution).toBe("VID");
    release();
    await vi.waitFor(() => expect(w.last()?.policySource).toBe("browser"));
    expect(w.last()?.config.institution).toBe("VZD");
    w.stop();
  });

  test("a managed change event applies at once, an empty policy included", async () => {
    fake.state.managed = POLICY;
    const w = watch();
    await vi.waitFor(() => expect(w.last()?.policySource).toBe("browser"));
    fake.state.managed = {};
    for (const l of fake.state.listeners) l({ institution: { oldValue: "VID" } }, "managed");
    await vi.waitFor(() => expect(w.last()?.policySource).toBe("none"));
    expect(w.last()?.locks.scalars).toEqual([]);
    w.stop();
  });

  test("the user's changes arrive without reloading", async () => {
    const w = watch();
    await vi.waitFor(() => expect(w.seen.length).toBe(1));
    await updatePersonalGlossary([{ put: { term: "kolēģis" } }]);
    await vi.waitFor(() => expect(w.last()?.config.glossary).toEqual([{ term: "kolēģis" }]));
    w.stop();
  });

  test("after abort nothing more is delivered and the listener is gone", async () => {
    const w = watch();
    await vi.waitFor(() => expect(w.seen.length).toBe(1));
    w.stop();
    expect(fake.state.listeners.size).toBe(0);
  });
});

describe("saving", () => {
  test("a quota error is reported, never swallowed", async () => {
    fake.state.syncError = new Error("QUOTA_BYTES_PER_ITEM quota exceeded");
    expect(await updateProfile({ firstName: "Anna" })).toEqual({ ok: false, quota: true, message: "QUOTA_BYTES_PER_ITEM quota exceeded" });
  });

  test("a profile field is set or cleared, the stored others (another tab's) kept, foreign fields dropped", async () => {
    fake.state.sync.profile = { firstName: "Anna", lastName: "Bērziņa", shoeSize: 38 };
    expect(await updateProfile({ lastName: null, phone: "+371 67120000" })).toEqual({ ok: true });
    expect(fake.state.sync.profile).toEqual({ firstName: "Anna", phone: "+371 67120000" });
  });

  test("settings merge field by field and rule by rule", async () => {
    fake.state.sync.settings = { institution: "VZD", rules: { jargon: "error" } };
    await Promise.all([updateUserSettings({ sendCheck: "block" }), updateUserSettings({ rules: { greeting: "off" } }), updateUserSettings({ institution: null })]);
    expect(fake.state.sync.settings).toEqual({ sendCheck: "block", rules: { jargon: "error", greeting: "off" } });
  });

  test.each([
    [{ firstName: "a".repeat(301) }, "too-long"],
    [{ position: "ā".repeat(301) }, "too-long"],
  ] as const)("a profile past its limit is refused, not cut: %o", async (patch, refused) => {
    fake.state.sync.profile = { firstName: "Anna" };
    expect(await updateProfile(patch)).toMatchObject({ ok: false, refused, limit: 300 });
    expect(fake.state.sync.profile).toEqual({ firstName: "Anna" });
  });

  test.each([
    [{ institution: "V".repeat(301) }, "too-long"],
    [{ feedbackUrl: `https://a.lv/${"x".repeat(2048)}` }, "too-long"],
    [{ feedbackUrl: "javascript:alert(1)" }, "invalid"],
  ] as const)("settings past their limits are refused: %o", async (patch, refused) => {
    expect(await updateUserSettings(patch)).toMatchObject({ ok: false, refused });
    expect(fake.state.sync.settings).toBeUndefined();
  });

  test("glossary edits name their entry: an edit after another tab's delete changes no third entry", async () => {
    fake.state.local.glossary = [{ term: "alfa" }, { term: "beta" }, { term: "gamma" }];
    await updatePersonalGlossary([{ remove: "*\u0000alfa" }]); // tab B
    await updatePersonalGlossary([{ put: { term: "beta", suggestion: "otrais" }, replaces: "*\u0000beta" }]); // tab A
    expect(fake.state.local.glossary).toEqual([{ term: "beta", suggestion: "otrais" }, { term: "gamma" }]);
  });

  test("the 501st template is refused; the 500 stay", async () => {
    fake.state.local.templates = Array.from({ length: 500 }, (_, i) => ({ id: `t${i}`, title: `T${i}`, body: "Labdien!" }));
    expect(await updatePersonalTemplates([{ put: { id: "new", title: "New", body: "Labdien!" } }])).toMatchObject({ ok: false, refused: "too-many", limit: 500 });
    expect((fake.state.local.templates as unknown[]).length).toBe(500);
    // Editing one at the limit is fine.
    expect(await updatePersonalTemplates([{ put: { id: "t3", title: "Three", body: "Labdien!" } }])).toEqual({ ok: true });
  });
});
