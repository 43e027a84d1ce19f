// Edits applied to what storage holds now (platform/settings-edits.ts): lists keyed by entry
// identity, never by row; records patched field by field.
import { describe, expect, test } from "vitest";
import { applyListEdits, type ListEdit, patchRecord, patchSettings } from "../../src/platform/settings-edits.ts";

type Item = { id: string; v?: number };
const key = (item: Item) => item.id;
const list = (...ids: string[]): Item[] => ids.map((id) => ({ id }));

describe("applyListEdits", () => {
  test.each<[string, Item[], ListEdit<Item>[], Item[]]>([
    ["appends a new entry", list("a", "b"), [{ put: { id: "c" } }], list("a", "b", "c")],
    ["replaces an entry in place by its key", list("a", "b", "c"), [{ put: { id: "b", v: 2 } }], [{ id: "a" }, { id: "b", v: 2 }, { id: "c" }]],
    ["renames in place", list("a", "b", "c"), [{ put: { id: "x" }, replaces: "b" }], list("a", "x", "c")],
    ["an edit of an entry another tab removed adds it back", list("a", "c"), [{ put: { id: "b", v: 1 }, replaces: "b" }], [{ id: "a" }, { id: "c" }, { id: "b", v: 1 }]],
    ["removes by key, not row", list("a", "b", "c"), [{ remove: "b" }], list("a", "c")],
    ["removing what is gone changes nothing", list("a"), [{ remove: "zz" }], list("a")],
    ["edits apply in order", list("a"), [{ put: { id: "b" } }, { remove: "a" }, { put: { id: "c" }, replaces: "b" }], list("c")],
  ])("%s", (_name, stored, edits, expected) => {
    expect(applyListEdits(stored, edits, key, 10)).toEqual({ ok: true, list: expected });
  });

  test("a rename onto another entry's key is refused whole", () => {
    expect(applyListEdits(list("a", "b"), [{ put: { id: "c" } }, { put: { id: "b" }, replaces: "a" }], key, 10)).toEqual({ ok: false, refused: "duplicate", key: "b" });
  });

  test("growing past the limit is refused; editing at the limit and shrinking an over-full list are not", () => {
    expect(applyListEdits(list("a", "b"), [{ put: { id: "c" } }], key, 2)).toEqual({ ok: false, refused: "too-many", limit: 2, count: 3 });
    expect(applyListEdits(list("a", "b"), [{ put: { id: "b", v: 1 } }], key, 2).ok).toBe(true);
    expect(applyListEdits(list("a", "b", "c"), [{ remove: "a" }], key, 1)).toEqual({ ok: true, list: list("b", "c") });
  });

  test("50 000 entries and 50 000 edits in one pass", () => {
    const stored: Item[] = Array.from({ length: 50_000 }, (_, i) => ({ id: `t${i}` }));
    const edits = stored.map((item) => ({ put: { ...item, v: 1 } }));
    const started = performance.now();
    const outcome = applyListEdits(stored, edits, key, 50_000);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(outcome.ok && outcome.list.every((item) => item.v === 1)).toBe(true);
  });
});

describe("patchRecord and patchSettings", () => {
  test("set, clear and leave alone", () => {
    expect(patchRecord({ a: "1", b: "2", c: "3" }, { a: "x", b: null, c: undefined })).toEqual({ a: "x", c: "3" });
    expect(patchRecord(undefined, { a: "x" })).toEqual({ a: "x" });
  });

  test("rules merge rule by rule; the last one cleared removes rules", () => {
    expect(patchSettings({ institution: "VZD", rules: { jargon: "error" } }, { rules: { greeting: "off" } })).toEqual({ institution: "VZD", rules: { jargon: "error", greeting: "off" } });
    expect(patchSettings({ rules: { jargon: "error" } }, { rules: { jargon: null } })).toEqual({});
  });
});
