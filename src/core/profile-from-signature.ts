// "Aizpildīt no mana paraksta": the profile fields a pasted signature block holds, for the
// writer to confirm on the options page (nothing leaves the browser). The signature rules'
// word lists are reused read-only (data/signature-words.ts, data/closing-phrases.ts); what
// is not recognised with confidence is left out rather than guessed.
import { POSITIVE_WISHES, VALEDICTIONS } from "./data/closing-phrases.ts";
import { INSTITUTION_WORDS, POSITION_TITLES } from "./data/signature-words.ts";
import { looseStem } from "./loose-stem.ts";
import { isPhoneNumber } from "./signature-fields.ts";
import type { Profile } from "./types.ts";

/**
 * Words naming a unit of an institution (a department) rather than the institution itself.
 * Source: Valsts pārvaldes iekārtas likums, 1. pants — "struktūrvienība" (departaments, nodaļa,
 * daļa, sektors, birojs); the English equivalents as Latvian institutions translate them.
 */
const UNIT_WORDS = ["departaments", "nodaļa", "daļa", "sektors", "birojs", "department", "division", "unit", "section"];

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
const PHONE = /(?<![\p{L}\p{N}])(?:\+|00)?\d[\d\s()-]{5,18}\d(?![\p{L}\p{N}])/gu;
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}[\p{Ll}\p{M}]+)?$/u;
const CAPS_WORD = /^\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u;
const WORD = /[\p{L}\p{M}]+/gu;
/** A signature line longer than this is prose, not a field. */
const MAX_LINE = 160;

const stemsOf = (list: readonly string[]) => new Set(list.map((w) => looseStem(w)));
const POSITION_STEMS = stemsOf(POSITION_TITLES);
const UNIT_STEMS = stemsOf(UNIT_WORDS);
const INSTITUTION_STEMS = stemsOf(INSTITUTION_WORDS);
const CLOSINGS = [...VALEDICTIONS, ...POSITIVE_WISHES].map((p) => p.replace(/\*/g, "").replace(/[,.!]/g, "").trim().toLowerCase());

function firstPhone(text: string): string | undefined {
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m; m = PHONE.exec(text)) if (isPhoneNumber(m[0].trim())) return m[0].trim();
  return undefined;
}

function isClosing(part: string): boolean {
  const plain = part.replace(/[,.!]/g, "").trim().toLowerCase();
  return CLOSINGS.some((c) => c !== "" && (plain === c || plain.startsWith(`${c} `)));
}

function isName(part: string): boolean {
  const words = part.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  if (!words.every((w) => NAME_WORD.test(w) || CAPS_WORD.test(w))) return false;
  return !words.some((w) => POSITION_STEMS.has(looseStem(w)) || INSTITUTION_STEMS.has(looseStem(w)));
}

/**
 * The fields of `signature` (plain text, one field a line or comma-separated): firstName and
 * lastName from a line of two to four capitalised words, position from a line with a title
 * word, department from a line naming a unit, phone and email from the first valid ones.
 * The institution is the organisation's setting, never the profile's: its line is skipped.
 */
export function profileFromSignature(signature: string): Profile {
  const profile: Profile = {};
  const parts = signature
    .slice(0, 10_000)
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "--")
    .flatMap((line) => line.split(/\s*[,|•]\s*|\s+[–—]\s+/))
    .map((part) => part.trim())
    .filter((part) => part !== "" && part.length <= MAX_LINE);
  for (const part of parts) {
    const email = EMAIL.exec(part)?.[0];
    const phone = firstPhone(part);
    if (email || phone) {
      if (email) profile.email ??= email;
      if (phone && !email) profile.phone ??= phone;
      continue; // A contact line is never a name or a position.
    }
    if (isClosing(part)) continue;
    const stems = (part.match(WORD) ?? []).map((w) => looseStem(w));
    if (stems.some((s) => POSITION_STEMS.has(s))) {
      profile.position ??= part;
    } else if (stems.some((s) => UNIT_STEMS.has(s))) {
      profile.department ??= part;
    } else if (!profile.firstName && isName(part)) {
      const words = part.split(/\s+/);
      profile.firstName = words.slice(0, -1).join(" ");
      profile.lastName = words[words.length - 1]!;
    }
  }
  return profile;
}
