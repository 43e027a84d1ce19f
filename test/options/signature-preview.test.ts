// The options page's signature preview (profile-section.tsx) renders without the template
// engine, for size; it must show what a template's signature lines would.
import { expect, test } from "vitest";
import { renderTemplate } from "../../src/core/templates.ts";
import type { Language, Profile } from "../../src/core/types.ts";
import { SIGNATURE_BODY, signaturePreview } from "../../src/options/profile-section.tsx";

const PROFILES: Profile[] = [
  {},
  { firstName: "Anna", lastName: "Bērziņa", phone: "+371 67120000" },
  { lastName: "Bērziņa" },
  { firstName: "Jānis", lastName: "Kalniņš", position: "vecākais referents", department: "Klientu apkalpošanas nodaļa", phone: "67000000", email: "janis.kalnins@vid.gov.lv" },
  { email: "  info@iestade.gov.lv  ", position: "" },
];

test.each(PROFILES.flatMap((profile) => (["lv", "en"] as Language[]).flatMap((language) => [undefined, "Valsts ieņēmumu dienests"].map((institution) => [language, profile, institution] as const))))(
  "%s %o %s: the same lines as the template engine",
  (language, profile, institution) => {
    const engine = renderTemplate(SIGNATURE_BODY[language], { language, today: "2026-11-20", profile, institution, preview: true }).text.trim();
    expect(signaturePreview(SIGNATURE_BODY[language], { ...profile, institution })).toBe(engine);
  },
);
