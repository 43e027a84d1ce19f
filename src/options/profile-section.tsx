// The user's profile (name, position, department, phone, e-mail) with the signature block it
// yields. Fields autosave one by one (drafts.ts); each is at most 300 characters, said before
// saving. New fields or a "fill from my signature" action go into PROFILE_FIELDS / beside the grid.
import { POLICY_LIMITS } from "../core/policy.ts";
import type { Language, Profile } from "../core/types.ts";
import { lengthProblem, type SectionProps } from "./deps.ts";
import { useDraftFields } from "./drafts.ts";
import { FeedbackLine, Section, TextField } from "./form.tsx";
import { lazyComponent } from "./lazy.tsx";

const ProfileFill = lazyComponent(async () => (await import("./profile-fill.tsx")).ProfileFill);

type ProfileField = keyof Profile & string;

/** Field, label key, autocomplete token, input type. */
export const PROFILE_FIELDS: readonly (readonly [ProfileField, string, string, "text" | "tel" | "email"])[] = [
  ["firstName", "optFirstName", "given-name", "text"],
  ["lastName", "optLastName", "family-name", "text"],
  ["position", "optPosition", "organization-title", "text"],
  ["department", "optDepartment", "off", "text"],
  ["phone", "optPhone", "tel", "tel"],
  ["email", "optEmail", "email", "email"],
];

/** The body the signature preview renders: a line whose fields are all empty is left out. */
export const SIGNATURE_BODY: Record<Language, string> = {
  lv: "{{firstName}} {{lastName}}\n{{position}}\n{{department}}\n{{institution}}\nTālr. {{phone}}\n{{email}}",
  en: "{{firstName}} {{lastName}}\n{{position}}\n{{department}}\n{{institution}}\nPhone {{phone}}\n{{email}}",
};

/**
 * The signature block as a template renders it (core/templates.ts): each placeholder filled in,
 * a line whose placeholders are all empty left out. Done here, not by the template engine: that
 * engine (dates, working days, fill-ins) would sit in the page's first script for this one
 * preview and put it over its size budget (bench/size.ts).
 */
export function signaturePreview(body: string, values: Readonly<Record<string, string | null | undefined>>): string {
  const lines: string[] = [];
  for (const line of body.split("\n")) {
    let filled = false;
    const text = line.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      const value = (Object.hasOwn(values, name) ? values[name] : undefined)?.trim() ?? "";
      if (value) filled = true;
      return value;
    });
    if (filled) lines.push(text.replace(/\s+/g, " ").trim());
  }
  return lines.join("\n");
}

export function ProfileSection({ deps, settings }: SectionProps) {
  const { t } = deps;
  const stored = Object.fromEntries(PROFILE_FIELDS.map(([field]) => [field, settings.profile[field] ?? ""])) as Record<ProfileField, string>;
  const labels = Object.fromEntries(PROFILE_FIELDS.map(([field, label]) => [field, t(label)])) as Record<ProfileField, string>;
  const fields = useDraftFields<ProfileField>({
    deps,
    stored,
    label: (field) => labels[field],
    check: (_field, value) => lengthProblem(deps, value, POLICY_LIMITS.shortText),
    save: (changes) => deps.updateProfile(Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v || null]))),
  });
  const shown: Profile = Object.fromEntries(PROFILE_FIELDS.map(([field]) => [field, fields.value(field)]));
  const preview = signaturePreview(SIGNATURE_BODY[deps.language], { ...shown, institution: settings.config.institution });
  return (
    <Section id="profile" title={t("optProfileTitle")} intro={t("optProfileIntro")}>
      <div class="grid">
        {PROFILE_FIELDS.map(([field, , autocomplete, type]) => (
          <TextField
            key={field}
            id={`profile-${field}`}
            label={labels[field]}
            type={type}
            autocomplete={autocomplete}
            value={fields.value(field)}
            error={fields.error(field)}
            onInput={(value) => fields.input(field, value)}
            onCommit={() => fields.commit(field)}
          />
        ))}
      </div>
      <ProfileFill deps={deps} labels={labels} />
      <h3 id="signature-preview-title">{t("optSignaturePreview")}</h3>
      <pre class="preview" data-testid="signature-preview">
        {preview || t("optSignatureEmpty")}
      </pre>
      <FeedbackLine feedback={fields.feedback} />
    </Section>
  );
}
