// The user's settings and the organisation's policy, resolved into one effective config
// (DESIGN.md → Config) for the content script and the options page.
// Storage layout: storage.sync holds the small things that follow the user (profile, settings;
// 8 KB per item), storage.local the large personal data (glossary, templates) and the last good
// policy. Reading the policy never blocks: Chromium may answer {} for a few seconds after a
// cold start, so the last good policy is used meanwhile and re-read a bounded number of times.
import { type ConfigLocks, glossaryKey, resolveConfig, sanitiseUserSettings } from "../core/config.ts";
import { isSafeWebUrl, POLICY_LIMITS, type PolicyProblem, validatePolicy } from "../core/policy.ts";
import type { Config, GlossaryEntry, Language, Policy, Profile, TemplateDef, UserSettings } from "../core/types.ts";
import { applyUiLanguageChange, ensureUiTable, uiLanguage } from "./i18n.ts";
import { applyListEdits, type ListEdit, type ProfilePatch, patchRecord, patchSettings, type SettingsPatch } from "./settings-edits.ts";
import { onStorageChange, readArea, readManaged, removeFromArea, withLock, type WriteResult, writeArea } from "./storage.ts";

export type { ListEdit, ProfilePatch, SettingsPatch } from "./settings-edits.ts";

export type { WriteResult } from "./storage.ts";

const SYNC_KEYS = { profile: "profile", settings: "settings" } as const;
// policyAbsent: the browser's last word was "no policy" — so a cold start (when Chromium's first
// managed read can take seconds) answers at once instead of leaving the first Send unchecked.
const LOCAL_KEYS = { glossary: "glossary", templates: "templates", policyCache: "policyCache", policyAbsent: "policyAbsent" } as const;

/** Where the policy in effect came from. */
export type PolicySource =
  /** The browser reported it just now. */
  | "browser"
  /** The browser reported nothing yet (cold start): the last policy it did report. */
  | "cache"
  /** No policy. */
  | "none";

export interface SettingsSnapshot {
  config: Config;
  locks: ConfigLocks;
  /** The validated policy in effect (what the organisation set, minus what was skipped). */
  policy: Policy;
  /** The policy exactly as the browser reported it. */
  policyRaw: Record<string, unknown>;
  /** Problems found in the policy, in the UI language. */
  problems: PolicyProblem[];
  policySource: PolicySource;
  /** Why the browser could not be asked (e.g. Firefox without a policy); absent when it answered. */
  managedUnavailable?: string;
  /** The user's own settings and profile, as stored (the options page edits these). */
  user: UserSettings;
  profile: Profile;
}

interface ManagedState {
  raw: Record<string, unknown>;
  source: PolicySource;
  unavailable?: string;
}

interface PolicyCache {
  policy: Record<string, unknown>;
  savedAt: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const PROFILE_FIELDS = ["firstName", "lastName", "position", "department", "phone", "email"] as const;

function sanitiseProfile(value: unknown): Profile {
  const profile: Profile = {};
  if (!isRecord(value)) return profile;
  for (const field of PROFILE_FIELDS) {
    const v = value[field];
    // The options page refuses longer input (updateProfile); this trims only what an older version stored.
    if (typeof v === "string") profile[field] = v.slice(0, POLICY_LIMITS.shortText);
  }
  return profile;
}

async function readUser(): Promise<{ user: UserSettings; profile: Profile }> {
  const [sync, local] = await Promise.all([readArea("sync", Object.values(SYNC_KEYS)), readArea("local", [LOCAL_KEYS.glossary, LOCAL_KEYS.templates])]);
  const settings = isRecord(sync[SYNC_KEYS.settings]) ? sync[SYNC_KEYS.settings] : {};
  const user = sanitiseUserSettings({
    ...(settings as Record<string, unknown>),
    glossary: Array.isArray(local[LOCAL_KEYS.glossary]) ? local[LOCAL_KEYS.glossary] : undefined,
    templates: Array.isArray(local[LOCAL_KEYS.templates]) ? local[LOCAL_KEYS.templates] : undefined,
  });
  return { user, profile: sanitiseProfile(sync[SYNC_KEYS.profile]) };
}

async function readCache(): Promise<PolicyCache | undefined> {
  const cached = (await readArea("local", [LOCAL_KEYS.policyCache]))[LOCAL_KEYS.policyCache];
  return isRecord(cached) && isRecord(cached.policy) ? { policy: cached.policy, savedAt: Number(cached.savedAt) || 0 } : undefined;
}

async function rememberPolicy(policy: Record<string, unknown>): Promise<void> {
  const cached = await readCache();
  if (cached && JSON.stringify(cached.policy) === JSON.stringify(policy)) return;
  await writeArea("local", { [LOCAL_KEYS.policyCache]: { policy, savedAt: Date.now() } satisfies PolicyCache });
  await removeFromArea("local", [LOCAL_KEYS.policyAbsent]);
}

/** The policy now: what the browser reports, else the last good one (the browser may not have loaded it yet). */
async function resolveManaged(trustEmpty: boolean): Promise<ManagedState> {
  const read = await readManaged();
  if (read.status === "ok" && Object.keys(read.value).length > 0) {
    void rememberPolicy(read.value);
    return { raw: read.value, source: "browser" };
  }
  const unavailable = read.status === "unavailable" ? read.reason : undefined;
  if (trustEmpty) {
    // A change event said so, or start-up retries ran out: the policy is really gone.
    await removeFromArea("local", [LOCAL_KEYS.policyCache]);
    await writeArea("local", { [LOCAL_KEYS.policyAbsent]: true });
    return { raw: {}, source: "none", unavailable };
  }
  const cached = await readCache();
  if (cached) return { raw: cached.policy, source: "cache", unavailable };
  return { raw: {}, source: "none", unavailable };
}

function snapshot(managed: ManagedState, user: UserSettings, profile: Profile, locale: Language): SettingsSnapshot {
  const { policy, problems } = validatePolicy(managed.raw, locale);
  const { config, locks } = resolveConfig(user, policy, profile);
  const out: SettingsSnapshot = { config, locks, policy, policyRaw: managed.raw, problems, policySource: managed.source, user, profile };
  if (managed.unavailable) out.managedUnavailable = managed.unavailable;
  return out;
}

function locale(): Language {
  return uiLanguage();
}

/** The effective settings once, now. Never throws; without storage it is the defaults. */
export async function loadSettings(): Promise<SettingsSnapshot> {
  const [managed, { user, profile }] = await Promise.all([resolveManaged(false), readUser()]);
  return snapshot(managed, user, profile, locale());
}

/** Re-reads after start-up while the browser reports no policy: Chromium's {} may mean "not loaded yet". */
export const STARTUP_RETRY_DELAYS_MS = [500, 1000, 2000, 4000, 8000, 15000] as const;

/**
 * Calls `callback` with the effective settings now and again on every change — the user's
 * (options page, another device) and the organisation's (storage.onChanged "managed") — until
 * `signal` aborts. Never throws and never blocks the caller.
 */
export function watchSettings(callback: (settings: SettingsSnapshot) => void, signal: AbortSignal): void {
  let managed: ManagedState | undefined;
  let user: { user: UserSettings; profile: Profile } | undefined;
  let generation = 0;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  signal.addEventListener("abort", () => {
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
  });

  const emit = () => {
    if (signal.aborted || !managed || !user) return;
    try {
      callback(snapshot(managed, user.user, user.profile, locale()));
    } catch {
      // The caller's problem; keep watching.
    }
  };

  const refreshManaged = async (trustEmpty: boolean) => {
    const mine = ++generation;
    const next = await resolveManaged(trustEmpty);
    if (mine !== generation || signal.aborted) return; // A newer read is under way.
    const changed = !managed || JSON.stringify(next) !== JSON.stringify(managed);
    managed = next;
    if (changed) emit();
  };

  const refreshUser = async () => {
    user = await readUser();
    emit();
  };

  const retry = (attempt: number) => {
    const delay = STARTUP_RETRY_DELAYS_MS[attempt];
    if (delay === undefined || signal.aborted) return;
    const timer = setTimeout(async () => {
      timers.delete(timer);
      if (signal.aborted || managed?.source === "browser") return;
      const last = attempt === STARTUP_RETRY_DELAYS_MS.length - 1;
      await refreshManaged(last);
      if ((managed as ManagedState | undefined)?.source !== "browser") retry(attempt + 1);
    }, delay);
    timers.add(timer);
  };

  onStorageChange((changes, area) => {
    // The UI language changed (options page, another device): policy problems and every
    // message are re-rendered in it.
    const languageChanged = applyUiLanguageChange(changes, area);
    if (area === "managed") {
      // A change event is the browser's own word: an empty policy now really is empty.
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      void refreshManaged(true);
    } else if (
      (area === "sync" && (SYNC_KEYS.profile in changes || SYNC_KEYS.settings in changes)) ||
      (area === "local" && (LOCAL_KEYS.glossary in changes || LOCAL_KEYS.templates in changes))
    ) {
      void refreshUser();
    } else if (languageChanged) void ensureUiTable().then(emit);
  }, signal);

  void (async () => {
    // Chromium's first storage.managed.get() after start-up can take ~3 s: answer at once
    // from the last good policy when there is one, then refine when the browser answers.
    const [cached, stored, absent] = await Promise.all([readCache(), readUser(), readArea("local", [LOCAL_KEYS.policyAbsent])]);
    if (signal.aborted) return;
    user ??= stored;
    if (!managed && (cached || absent[LOCAL_KEYS.policyAbsent] === true)) {
      managed = cached ? { raw: cached.policy, source: "cache" } : { raw: {}, source: "none" };
      emit();
    }
    await refreshManaged(false);
    if (signal.aborted) return;
    if (managed?.source !== "browser") retry(0);
  })();
}

function stripUndefined<T extends object>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A write refused before it reached storage: it would have dropped or broken data. */
export type Refusal = { ok: false; quota: false; message: string } & (
  | { refused: "too-long"; field: string; limit: number }
  | { refused: "invalid"; field: string }
  | { refused: "duplicate"; key: string }
  | { refused: "too-many"; limit: number; count: number }
);
export type UpdateResult = WriteResult | Refusal;

/** One read-change-write at a time across the extension's pages (two options tabs). */
const SETTINGS_LOCK = "skaidri-settings";

function tooLong(field: string, value: unknown, limit: number): Refusal | undefined {
  if (typeof value !== "string" || value.length <= limit) return undefined;
  return { ok: false, quota: false, refused: "too-long", field, limit, message: `${field} is longer than ${limit} characters` };
}

/** Sets or clears the named profile fields, keeping the stored others (another tab's, another device's). */
export async function updateProfile(patch: ProfilePatch): Promise<UpdateResult> {
  for (const [field, value] of Object.entries(patch)) {
    const refusal = tooLong(field, value, POLICY_LIMITS.shortText);
    if (refusal) return refusal;
  }
  return withLock(SETTINGS_LOCK, async () => {
    const stored = (await readArea("sync", [SYNC_KEYS.profile]))[SYNC_KEYS.profile];
    const next = patchRecord(sanitiseProfile(stored), patch);
    return writeArea("sync", { [SYNC_KEYS.profile]: stripUndefined(sanitiseProfile(next)) });
  });
}

/** Sets or clears the named small settings (and single rules), keeping the stored others. */
export async function updateUserSettings(patch: SettingsPatch): Promise<UpdateResult> {
  const refusal = tooLong("institution", patch.institution, POLICY_LIMITS.shortText) ?? tooLong("feedbackUrl", patch.feedbackUrl, POLICY_LIMITS.url);
  if (refusal) return refusal;
  if (typeof patch.feedbackUrl === "string" && !isSafeWebUrl(patch.feedbackUrl)) {
    return { ok: false, quota: false, refused: "invalid", field: "feedbackUrl", message: "not an http(s) address" };
  }
  return withLock(SETTINGS_LOCK, async () => {
    const stored = (await readArea("sync", [SYNC_KEYS.settings]))[SYNC_KEYS.settings];
    return writeArea("sync", { [SYNC_KEYS.settings]: stripUndefined(patchSettings(stored, patch)) });
  });
}

async function updateList<T extends object>(key: string, edits: readonly ListEdit<T>[], keyOf: (item: T) => string, limit: number, sanitise: (list: unknown[]) => T[]): Promise<UpdateResult> {
  return withLock(SETTINGS_LOCK, async () => {
    const stored = (await readArea("local", [key]))[key];
    const outcome = applyListEdits(sanitise(Array.isArray(stored) ? stored : []), edits, keyOf, limit);
    if (!outcome.ok) {
      return outcome.refused === "duplicate"
        ? { ok: false, quota: false, refused: "duplicate", key: outcome.key, message: `duplicate entry ${outcome.key}` }
        : { ok: false, quota: false, refused: "too-many", limit: outcome.limit, count: outcome.count, message: `more than ${outcome.limit} entries` };
    }
    return writeArea("local", { [key]: stripUndefined(outcome.list) });
  });
}

/** Applies edits to the personal glossary as stored now; entries are named by glossaryKey (term and language). */
export async function updatePersonalGlossary(edits: readonly ListEdit<GlossaryEntry>[]): Promise<UpdateResult> {
  return updateList(LOCAL_KEYS.glossary, edits, glossaryKey, POLICY_LIMITS.glossaryEntries, (list) => sanitiseUserSettings({ glossary: list }).glossary ?? []);
}

/** Applies edits to the personal templates as stored now; templates are named by id. */
export async function updatePersonalTemplates(edits: readonly ListEdit<TemplateDef>[]): Promise<UpdateResult> {
  return updateList(LOCAL_KEYS.templates, edits, (t) => t.id, POLICY_LIMITS.templates, (list) => sanitiseUserSettings({ templates: list }).templates ?? []);
}
