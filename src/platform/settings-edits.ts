// Edits to stored settings, applied to what storage holds *now* (not to what one options tab
// last saw): another tab or another device may have changed it meanwhile (issue 10). Fields
// change one by one; list entries are named by their identity — a glossary entry by term and
// language, a template by id — never by their row. Pure: no browser APIs.
import type { Profile, RuleId, SendCheck, SeveritySetting } from "../core/types.ts";

/** A profile field set to a string, or cleared with null. Fields not named stay as stored. */
export type ProfilePatch = Partial<Record<keyof Profile, string | null>>;

/** The small settings the options page edits; null clears a value, rules change rule by rule. */
export interface SettingsPatch {
  institution?: string | null;
  feedbackUrl?: string | null;
  sendCheck?: SendCheck | null;
  rules?: Partial<Record<RuleId, SeveritySetting | null>>;
}

/** One change to a keyed list. `put` replaces the entry keyed `replaces` (default: the item's own key) in place, or appends. */
export type ListEdit<T> = { put: T; replaces?: string } | { remove: string };

export type ListEditOutcome<T> =
  | { ok: true; list: T[] }
  /** Another entry already has this key (a renamed term that collides with an existing one). */
  | { ok: false; refused: "duplicate"; key: string }
  /** The list would grow past `limit`. */
  | { ok: false; refused: "too-many"; limit: number; count: number };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `stored` with each named field set or removed; the fields the patch does not name are untouched. */
export function patchRecord(stored: unknown, patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = isRecord(stored) ? { ...stored } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) delete out[key];
    else out[key] = value;
  }
  return out;
}

/** The stored small settings with `patch` applied; `rules` merge rule by rule. */
export function patchSettings(stored: unknown, patch: SettingsPatch): Record<string, unknown> {
  const { rules, ...scalars } = patch;
  const out = patchRecord(stored, scalars);
  if (rules) {
    const next = patchRecord(out.rules, rules);
    if (Object.keys(next).length) out.rules = next;
    else delete out.rules;
  }
  return out;
}

/**
 * `stored` with `edits` applied in order, in one pass (O(n + edits)): the list can hold 50 000
 * glossary entries. Refused whole — nothing applied — when a put collides with another entry or
 * the list would grow past `limit`.
 */
export function applyListEdits<T>(stored: readonly T[], edits: readonly ListEdit<T>[], keyOf: (item: T) => string, limit: number): ListEditOutcome<T> {
  const slots: (T | undefined)[] = [...stored];
  const at = new Map<string, number>();
  slots.forEach((item, i) => {
    if (item !== undefined && !at.has(keyOf(item))) at.set(keyOf(item), i);
  });
  for (const edit of edits) {
    if ("remove" in edit) {
      const i = at.get(edit.remove);
      if (i !== undefined) slots[i] = undefined;
      at.delete(edit.remove);
      continue;
    }
    const key = keyOf(edit.put);
    const target = edit.replaces ?? key;
    const i = at.get(target);
    const holder = at.get(key);
    if (holder !== undefined && holder !== i) return { ok: false, refused: "duplicate", key };
    if (i === undefined) {
      at.set(key, slots.length);
      slots.push(edit.put);
    } else {
      slots[i] = edit.put;
      at.delete(target);
      at.set(key, i);
    }
  }
  const list = slots.filter((item): item is T => item !== undefined);
  // A list already over the limit (an older version stored it) may shrink, never grow.
  if (list.length > limit && list.length > stored.length) return { ok: false, refused: "too-many", limit, count: list.length };
  return { ok: true, list };
}
