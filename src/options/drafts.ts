// Autosaved fields that never rewrite what the user is typing (issue 10: "Valsts zemes
// dienests" typed key by key became "Valstszemesdienests" because each keystroke was trimmed
// and written back into the field). A field shows the user's draft — exactly as typed — until
// storage holds the same text; otherwise it shows the stored value, so another tab's change
// appears here (storage.onChanged). An invalid draft stays visible with its error and is not
// saved; a save sends only the fields that changed (platform/settings.ts merges them).
import { useSignal } from "@preact/signals";
import { useEffect, useRef } from "preact/hooks";
import type { UpdateResult } from "../platform/settings.ts";
import { type Feedback, type OptionsDeps, saveFeedback } from "./deps.ts";

export interface DraftFields<K extends string> {
  /** What the field shows: the draft while there is one, else the stored value. */
  value(key: K): string;
  /** The draft's problem (too long, not a web address), or null. */
  error(key: K): string | null;
  /** The user typed: keep it as is, save a moment later. */
  input(key: K, value: string): void;
  /** The user left the field or picked a value: save now. */
  commit(key: K): void;
  feedback: Feedback;
}

export interface DraftOptions<K extends string> {
  deps: Pick<OptionsDeps, "t" | "language">;
  /** The stored values ("" when unset), from the latest snapshot. */
  stored: Record<K, string>;
  /** A problem with a draft, in words; null when it may be saved. */
  check(key: K, value: string): string | null;
  label(key: K): string;
  /** Saves the changed fields (trimmed; "" clears the field). */
  save(changes: Partial<Record<K, string>>): Promise<UpdateResult>;
  /** Typing pauses this long before a save. */
  delayMs?: number;
}

/** "Not saved" naming the fields that are not, with the reason when there is one field; null when all are fine. */
function invalidFeedback(deps: Pick<OptionsDeps, "t" | "language">, invalid: [label: string, problem: string][]): Feedback {
  const [first] = invalid;
  if (!first) return null;
  if (invalid.length === 1) return { kind: "error", text: deps.t("optNotSavedField", first) };
  const names = new Intl.ListFormat(deps.language, { type: "conjunction" }).format(invalid.map(([label]) => deps.t("optQuoted", label)));
  return { kind: "error", text: deps.t("optNotSavedFields", names) };
}

export function useDraftFields<K extends string>(options: DraftOptions<K>): DraftFields<K> {
  const { deps, stored } = options;
  const drafts = useSignal<Partial<Record<K, string>>>({});
  const feedback = useSignal<Feedback>(null);
  const latest = useRef(options);
  latest.current = options;
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // A draft that storage now holds word for word is no longer needed: dropping it changes nothing
  // on screen, and the field follows later changes from other tabs again.
  useEffect(() => {
    const current = drafts.peek();
    const settled = (Object.keys(current) as K[]).filter((key) => current[key] === stored[key]);
    if (settled.length === 0) return;
    const next = { ...current };
    for (const key of settled) delete next[key];
    drafts.value = next;
  });

  const flush = async () => {
    clearTimeout(timer.current);
    const { check, label, save, stored: now } = latest.current;
    const current = drafts.peek();
    const changes: Partial<Record<K, string>> = {};
    const invalid: [K, string][] = [];
    for (const key of Object.keys(current) as K[]) {
      const draft = current[key] ?? "";
      const problem = check(key, draft);
      if (problem) invalid.push([key, problem]);
      else if (draft.trim() !== now[key]) changes[key] = draft.trim();
    }
    // An earlier error is replaced (or cleared once fixed); an earlier "Saglabāts" stays.
    if (invalid.length || feedback.peek()?.kind === "error") feedback.value = invalidFeedback(deps, invalid.map(([key, problem]) => [label(key), problem]));
    if (Object.keys(changes).length === 0) return;
    const result = await save(changes);
    // A failed save is said first; a good one is "Saglabāts" only when no field was held back.
    if (!result.ok || !invalid.length) feedback.value = saveFeedback(deps, result);
  };
  useEffect(() => {
    // A save still waiting when the page goes away is sent at once.
    const onHide = () => void flush();
    addEventListener("pagehide", onHide);
    return () => {
      removeEventListener("pagehide", onHide);
      clearTimeout(timer.current);
    };
  }, []);

  return {
    value: (key) => drafts.value[key] ?? stored[key],
    error: (key) => {
      const draft = drafts.value[key];
      return draft === undefined ? null : options.check(key, draft);
    },
    input: (key, value) => {
      drafts.value = { ...drafts.value, [key]: value };
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), options.delayMs ?? 400);
    },
    commit: (key) => {
      void flush().then(() => {
        // Leaving the field: a draft that differs from storage only by outer spaces is done.
        const draft = drafts.peek()[key];
        if (draft !== undefined && draft.trim() === latest.current.stored[key] && !latest.current.check(key, draft)) {
          const next = { ...drafts.peek() };
          delete next[key];
          drafts.value = next;
        }
      });
    },
    get feedback() {
      return feedback.value;
    },
  };
}
