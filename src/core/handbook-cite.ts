// How every message names the handbook section it rests on: one style, human words, in the
// message's language — "Rokasgrāmatas sadaļa „Valoda”", "Handbook section “Language”" — not the
// section's capitals. The UI's why_* strings (public/_locales) use the same words (a test checks).
import type { Language } from "./types.ts";

/** The handbook's section headings (handbook-lv.txt), as the rules' meta names them. */
const SECTIONS = {
  VALODA: { lv: "Valoda", en: "Language" },
  SASVEICINĀŠANĀS: { lv: "Sasveicināšanās", en: "Greeting" },
  "E-PASTS": { lv: "E-pasts", en: "E-mail" },
  PATEICĪBA: { lv: "Pateicība", en: "Thanks" },
  ATBILDĪBA: { lv: "Atbildība", en: "Responsibility" },
  IZTURĒŠANĀS: { lv: "Izturēšanās", en: "Conduct" },
  "VIENKĀRŠĪBA UN SAPRATNE": { lv: "Vienkāršība un sapratne", en: "Simplicity and understanding" },
} as const satisfies Record<string, Record<Language, string>>;

export type HandbookSection = keyof typeof SECTIONS;

/** "Rokasgrāmatas sadaļa „Valoda”" / "Handbook section “Language”". */
export function citeHandbook(locale: Language, section: HandbookSection): string {
  const name = SECTIONS[section][locale];
  return locale === "lv" ? `Rokasgrāmatas sadaļa „${name}”` : `Handbook section “${name}”`;
}

/** Every section a message may cite. */
export const HANDBOOK_SECTIONS = Object.keys(SECTIONS) as HandbookSection[];
