// The fields of a signature block and what they hold: contacts (phone, e-mail, account, web
// address) and the writer's name. Shared by the analysis (signature.ts) and by segmentation,
// which asks whether the trailing lines of a mail look like a signature.
import { CONTACT_LABELS, INSTITUTION_WORDS, NAME_TITLES, NOT_NAME_WORDS, POSITION_TITLES } from "./data/signature-words.ts";
import { looseStem, wordsOf } from "./loose-stem.ts";

export const POSITION_STEMS = new Set(POSITION_TITLES.map(looseStem));
export const INSTITUTION_STEMS = new Set(INSTITUTION_WORDS.map(looseStem));
const LABEL_STEMS = new Set(CONTACT_LABELS.map(looseStem));
const NOT_NAME_STEMS = new Set(NOT_NAME_WORDS.map(looseStem));
const TITLES = new Set(NAME_TITLES);

// ── Contacts ─────────────────────────────────────────────────────────────────────────────
// The lookbehinds anchor a match at the start of a run: without them a long run of letters
// is re-scanned from every position (quadratic).
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// A social account ("Twitter: @VID_gov"): an @ that does not belong to an address.
const HANDLE = /(?<![\p{L}\p{N}.@])@[A-Za-z0-9_]{2,15}(?![\w.@])/gu;
// Web addresses: with a scheme, "www.", or a host of a common domain ("vzd.gov.lv").
export const WEB = /\b[hH][tT][tT][pP][sS]?:\/\/\S+|(?<![\p{L}\p{N}@.-])(?:[\p{L}\p{N}-]+\.)+(?:lv|eu|com|org|net|gov|info|LV|EU|COM|ORG|NET|GOV|INFO)(?![\p{L}\p{N}-])\S*/gu;
/** What every match of WEB holds: "://", or a dot right before one of its domains. A plain scan, no letter classes. */
export const WEB_MARK = /:\/\/|\.(?:lv|eu|com|org|net|gov|info|LV|EU|COM|ORG|NET|GOV|INFO)/;
// Digit runs that may be phone numbers; dots excluded so dates (24.11.2026) never qualify.
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}])(?:\+|00)?\d[\d\s()-]{5,18}\d(?![\p{L}\p{N}])/gu;

/** Whether `candidate` is a Latvian (+371 67 123 456, 67123456, 2xxxxxxx) or international phone. */
export function isPhoneNumber(candidate: string): boolean {
  const international = candidate.startsWith("+") || candidate.startsWith("00");
  let digits = candidate.replace(/\D/g, "");
  if (candidate.startsWith("00")) digits = digits.slice(2);
  if (digits.length === 11 && digits.startsWith("371") && (international || /^371[\s-]/.test(candidate))) digits = digits.slice(3);
  else if (international && digits.startsWith("371")) digits = digits.slice(3);
  else if (international) return digits.length >= 8 && digits.length <= 15;
  // Latvian numbers are 8 digits: 2… mobile, 6… landline, 8… free and paid services, 9… pagers.
  return digits.length === 8 && /^[2689]/.test(digits);
}

function hasPhone(text: string): boolean {
  PHONE_CANDIDATE.lastIndex = 0;
  for (let m = PHONE_CANDIDATE.exec(text); m; m = PHONE_CANDIDATE.exec(text)) {
    if (isPhoneNumber(m[0].trim())) return true;
  }
  return false;
}

function test(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/** Whether the text holds a contact: a phone number, an e-mail address or a social account. */
export function hasContact(text: string): boolean {
  const at = text.includes("@");
  return (at && test(EMAIL, text)) || hasPhone(text) || (at && test(HANDLE, text));
}

/**
 * The block with its addresses (e-mail, web, accounts) blanked out, offsets kept: the words of
 * "anna.kalnina@vzd.gov.lv" are a contact, not the writer's name, and "vzd.gov.lv" is not the
 * institution's name.
 */
export function withoutAddresses(block: string): string {
  const blank = (m: string) => " ".repeat(m.length);
  // Each address has an "@" or a ".": a block without them is not scanned at all.
  const at = block.includes("@") ? block.replace(EMAIL, blank).replace(HANDLE, blank) : block;
  return WEB_MARK.test(at) ? at.replace(WEB, blank) : at;
}

// ── Fields ───────────────────────────────────────────────────────────────────────────────
// One signature line may hold several fields: "Jānis Bērziņš | Vecākais referents", "…, tālr.
// 67 123 456", tab-separated columns. No quantifier before the separator: `\s*[|,]` re-scans a
// run of spaces from each of its positions (a 100 KB line of spaces took 30 s).
const FIELD_SEPARATOR = /[|•·,;\t]+|\s[–—-]\s/;

/** The non-empty fields of each non-empty line of the block, trimmed. */
export function fieldsOf(text: string): string[][] {
  const out: string[][] = [];
  for (const line of text.split(/\r?\n|\r/)) {
    if (/^-- ?$/.test(line)) continue;
    const fields = line
      .split(FIELD_SEPARATOR)
      .map((f) => f.trim())
      .filter((f) => f !== "");
    if (fields.length > 0) out.push(fields);
  }
  return out;
}

// ── Names ────────────────────────────────────────────────────────────────────────────────
// "Jānis", "Bērziņa-Kalniņa", "O'Brien", "BĒRZIŅŠ" (an all-caps surname).
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}[\p{Ll}\p{M}]+)?$/u;
const CAPS_WORD = /^\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u;
const LOWER_WORD = /^\p{Ll}/u;
const VOWEL = /[AEIOUYĀĒĪŪ]/;

function isTitle(token: string): boolean {
  return TITLES.has(token.toLowerCase().replace(/\.$/, ""));
}

/** A word of a title, unit or label: it never belongs to a name. */
export function isKnownWord(word: string): boolean {
  const stem = looseStem(word);
  return POSITION_STEMS.has(stem) || INSTITUTION_STEMS.has(stem) || LABEL_STEMS.has(stem) || NOT_NAME_STEMS.has(stem);
}

function isNameToken(token: string): boolean {
  return (NAME_WORD.test(token) || CAPS_WORD.test(token)) && !isKnownWord(token);
}

/**
 * How a field of a signature line names a person: "full" for two to four name words ("Anna
 * Kalniņa", "Mg. iur. Anna KALNIŅA"), also after the position they hold ("Direktora p.i. Jānis
 * Bērziņš", "Senior Officer Peter Oak"); "partial" for a single name word alone.
 */
export function nameShape(field: string): "full" | "partial" | null {
  if (/[\d@/:]/.test(field)) return null;
  const raw = field.split(/\s+/).filter((t) => t !== "");
  if (raw.length === 0 || raw.length > 10) return null;
  const acting = raw.some((t) => isTitle(t) && /^p/i.test(t));
  const tokens = raw.filter((t) => !isTitle(t)).map((t) => t.replace(/[.,]$/, ""));
  if (tokens.length === 0) return null;
  // The name is the field's last words; what comes before may only be the position's words
  // ("Head of Legal Affairs" is a position, not "Legal Affairs" the person).
  let start = tokens.length;
  while (start > 0 && isNameToken(tokens[start - 1]!)) start--;
  const name = tokens.slice(start);
  const before = tokens.slice(0, start);
  if (before.length > 0) {
    const positionOnly = before.every((t) => POSITION_STEMS.has(looseStem(t)));
    const withActing = acting && before.every((t) => isKnownWord(t) || LOWER_WORD.test(t));
    if (!positionOnly && !withActing) return null;
  }
  if (name.length < 1 || name.length > 4) return null;
  const cased = name.filter((t) => NAME_WORD.test(t)).length;
  // All capitals ("MĀRIS KALNIŅŠ") is a name only as two or three real words, not "VID NP".
  if (cased === 0 && !(name.length >= 2 && name.length <= 3 && name.every((t) => t.length >= 3 && VOWEL.test(t)))) return null;
  if (name.length === 1) return before.length === 0 && raw.length === 1 ? "partial" : null;
  return "full";
}

// "Vecākā"/"Senior" alone is not a position ("Galvenā iela 5" is an address).
export const MODIFIER_STEMS = new Set(["vecākais", "vecākā", "galvenais", "galvenā", "vadošais", "vadošā", "jaunākais", "jaunākā", "senior", "junior", "chief", "deputy"].map(looseStem));

/**
 * Whether text[start, end) — the trailing lines of a mail without "-- " or a valediction —
 * looks like a signature: a few short lines holding a contact, a known title or institution
 * word, or opening with a name.
 */
export function looksLikeSignatureBlock(text: string, start: number, end: number): boolean {
  const block = text.slice(start, end);
  const fields = fieldsOf(block);
  if (fields.length === 0 || fields.length > 10) return false;
  if (hasContact(block)) return true;
  const opening = fields[0]?.[0];
  const named = opening !== undefined && nameShape(opening) === "full";
  // Two lines opening with a name, or one line of several fields ("Anna Kalniņa | referente | VZD").
  if (named && (fields.length >= 2 || fields[0]!.length >= 3)) return true;
  const stems = wordsOf(block).map(looseStem);
  return stems.some((s) => POSITION_STEMS.has(s) && !MODIFIER_STEMS.has(s)) && stems.some((s) => INSTITUTION_STEMS.has(s));
}
