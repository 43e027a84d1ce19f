// "Aizpildīt no mana paraksta": the writer pastes the signature block their webmail already has;
// Skaidri shows the fields it recognises (core/profile-from-signature.ts) and fills only those
// the writer keeps ticked. Nothing is sent anywhere; nothing is saved before the button.
// The compose's chip can hand its signature over ("Aizpildīt profilu no šī paraksta",
// platform/signature-handoff.ts): the section then opens with that text recognised.
import { useSignal } from "@preact/signals";
import { useEffect, useRef } from "preact/hooks";
import { profileFromSignature } from "../core/profile-from-signature.ts";
import type { Profile } from "../core/types.ts";
import { type Feedback, type SectionProps, saveFeedback } from "./deps.ts";
import { FeedbackLine } from "./form.tsx";

type Field = keyof Profile & string;

export function ProfileFill({ deps, labels }: { deps: SectionProps["deps"]; labels: Record<Field, string> }) {
  const { t } = deps;
  const text = useSignal("");
  const found = useSignal<Profile | null>(null);
  const keep = useSignal<Set<Field>>(new Set());
  const feedback = useSignal<Feedback>(null);
  const open = useSignal(false);
  const fromCompose = useSignal(false);
  const details = useRef<HTMLDetailsElement>(null);
  const recognise = () => {
    const profile = profileFromSignature(text.value);
    found.value = profile;
    keep.value = new Set(Object.keys(profile) as Field[]);
    feedback.value = null;
  };
  useEffect(() => {
    const handoff = deps.signatureHandoff;
    if (!handoff) return;
    const controller = new AbortController();
    const take = () =>
      void handoff.take().then((handed) => {
        if (handed === null || controller.signal.aborted) return;
        text.value = handed;
        recognise();
        fromCompose.value = true;
        open.value = true;
        // The writer's next step: the recognised fields (or the text when none were found).
        requestAnimationFrame(() => {
          details.current?.scrollIntoView({ block: "start" });
          details.current?.querySelector<HTMLElement>("fieldset input, textarea")?.focus();
        });
      });
    take();
    handoff.watch(take, controller.signal);
    return () => controller.abort();
  }, []);
  const fill = async () => {
    const patch = Object.fromEntries([...keep.value].map((field) => [field, found.value?.[field] ?? null]));
    feedback.value = saveFeedback(deps, await deps.updateProfile(patch));
    if (feedback.value?.kind === "ok") {
      found.value = null;
      fromCompose.value = false;
    }
  };
  const entries = Object.entries(found.value ?? {}) as [Field, string][];
  return (
    <details class="profile-fill" data-testid="profile-fill" ref={details} open={open.value} onToggle={(e) => (open.value = (e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{t("optFillFromSignature")}</summary>
      <p class="hint">{t("optFillFromSignatureHint")}</p>
      {fromCompose.value && (
        <p role="status" data-testid="profile-fill-from-compose">
          {t("optFillFromCompose")}
        </p>
      )}
      <label for="profile-fill-text">{t("optFillSignatureLabel")}</label>
      <textarea id="profile-fill-text" rows={6} value={text.value} onInput={(e) => (text.value = (e.target as HTMLTextAreaElement).value)} />
      <button type="button" onClick={recognise} disabled={text.value.trim() === ""}>
        {t("optFillRecognise")}
      </button>
      {found.value && entries.length === 0 && <p role="status">{t("optFillNothing")}</p>}
      {entries.length > 0 && (
        <fieldset>
          <legend>{t("optFillFound")}</legend>
          {entries.map(([field, value]) => (
            <label key={field} class="check" data-field={field}>
              <input
                type="checkbox"
                checked={keep.value.has(field)}
                onChange={(e) => {
                  const next = new Set(keep.value);
                  if ((e.target as HTMLInputElement).checked) next.add(field);
                  else next.delete(field);
                  keep.value = next;
                }}
              />{" "}
              {labels[field]}: <strong>{value}</strong>
            </label>
          ))}
          <button type="button" onClick={fill} disabled={keep.value.size === 0}>
            {t("optFillApply")}
          </button>
        </fieldset>
      )}
      <FeedbackLine feedback={feedback.value} />
    </details>
  );
}
