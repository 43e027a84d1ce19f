// Latvian masculine names and their vocatives, for greeting/vocative. A man addressed in a
// greeting is named in the vocative: 1st declension drops -s/-š (Kristaps → Kristap, Bērziņš →
// Bērziņ), 2nd declension -is → -i (Jānis → Jāni), 3rd declension -us → -u (Mikus → Miku).
// Feminine names (Anna!, Līga!, Inese!, also Elīn!) are never judged: their vocative may equal
// the nominative. Sources: Latviešu valodas gramatika (LU Latviešu valodas institūts, 2013),
// vocative of personal names; the letter-address forms ("Godājamais Juri Bērziņ!", "Augsti
// godātais Juri Bērziņa kungs!") of valoda.ailab.lv, „Darījumu vēstules: uzruna, adresāts”.
import names from "./lv-masculine-names.json";

/**
 * Names with two accepted vocatives (Pēter! and Pēteri!): 2nd-declension names in -eris use the
 * short form as well (Latviešu valodas gramatika, 2013). Both forms are correct, neither is a finding.
 */
const TWO_VOCATIVES = /eris$/;

export type Declension = "first" | "second" | "third";

/** The vocatives of a masculine name or surname in declension `d`, the standard one first. */
export function vocativesOf(nominative: string, d: Declension): string[] {
  if (d === "second") {
    const stem = nominative.slice(0, -2);
    return TWO_VOCATIVES.test(nominative) ? [`${stem}i`, stem] : [`${stem}i`];
  }
  if (d === "third") return [nominative.slice(0, -1)];
  return [nominative.slice(0, -1)];
}

/** The declension a masculine nominative's ending shows, or null (feminine, foreign, not a noun form). */
export function declensionByEnding(word: string): Declension | null {
  if (/is$/.test(word)) return "second";
  if (/us$/.test(word)) return "third";
  if (/[^aeiouāēīū]s$|š$/.test(word)) return "first";
  return null;
}

/** Known masculine first names (dictionary-lv) → declension. */
export const MASCULINE_NAMES: ReadonlyMap<string, Declension> = new Map<string, Declension>([
  ...names.first.map((n): [string, Declension] => [n, "first"]),
  ...names.second.map((n): [string, Declension] => [n, "second"]),
  ...names.third.map((n): [string, Declension] => [n, "third"]),
]);

/** Every vocative of a known name: a greeting word that is one of these is already a vocative (Matīs! of Matīss). */
export const KNOWN_VOCATIVES: ReadonlySet<string> = new Set([...MASCULINE_NAMES].flatMap(([n, d]) => vocativesOf(n, d)));
