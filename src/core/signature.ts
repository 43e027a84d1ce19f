// What the signature block holds: name and surname, position, institution, contacts
// (HANDBOOK.md "E-PASTS, paragraph 3"). The four signature/* rules share one analysis per lint.
//
// With a profile (options page) or a configured institution we look for those values,
// tolerantly: case, diacritics and the Latvian ending are ignored ("Bērziņam" is "Bērziņš"), and
// a long position is satisfied by its core ("vecākā referente" for "Klientu apkalpošanas nodaļas
// vecākā referente"). Without them we recognise the fields from the block's shape and the word
// lists in data/signature-words.ts.
import { CONTACT_LABELS, INSTITUTION_WORDS, POSITION_TITLES } from "./data/signature-words.ts";
import type { RuleContext } from "./rules/rule.ts";
import type { Profile, Span } from "./types.ts";

// ── Loose stems ──────────────────────────────────────────────────────────────────────────
// Latvian and English endings, longest first, without diacritics (the stem is folded too).
// Not a stemmer: just enough that two forms of one word in a signature compare equal.
const ENDINGS = ["ajiem", "ajam", "ajai", "ajas", "ajos", "iem", "ais", "aja", "am", "ai", "as", "es", "is", "us", "ie", "os", "em", "ei", "im", "a", "e", "i", "s", "u", "o"];
const COMBINING = /[\u0300-\u036f]/g;
// Latvian letters folded by table: normalize() costs microseconds per word, on every keystroke.
const LATVIAN_FOLD: Record<string, string> = { ā: "a", č: "c", ē: "e", ģ: "g", ī: "i", ķ: "k", ļ: "l", ņ: "n", š: "s", ū: "u", ž: "z", ō: "o", ŗ: "r" };
const NON_ASCII = /[^\x00-\x7f]/;

function fold(word: string): string {
  const lower = word.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  let out = "";
  for (const ch of lower) out += LATVIAN_FOLD[ch] ?? ch;
  return NON_ASCII.test(out) ? out.normalize("NFD").replace(COMBINING, "") : out;
}

const stems = new Map<string, string>();

/** A word's loose stem: lower case, no diacritics, one inflectional ending removed. */
export function looseStem(word: string): string {
  const known = stems.get(word);
  if (known !== undefined) return known;
  const w = fold(word);
  let stem = w;
  for (const ending of ENDINGS) {
    if (w.length - ending.length >= 3 && w.endsWith(ending)) {
      stem = w.slice(0, -ending.length);
      break;
    }
  }
  // Signatures repeat the same few words keystroke after keystroke; keep the memo bounded.
  if (stems.size > 5000) stems.clear();
  stems.set(word, stem);
  return stem;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?/gu;

function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

const POSITION_STEMS = new Set(POSITION_TITLES.map(looseStem));
const INSTITUTION_STEMS = new Set(INSTITUTION_WORDS.map(looseStem));
const LABEL_STEMS = new Set(CONTACT_LABELS.map(looseStem));

// ── Contacts ─────────────────────────────────────────────────────────────────────────────
// The lookbehind anchors a match at the start of a run: without it a long run of letters
// is re-scanned from every position (quadratic).
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
// A social account ("Twitter: @VID_gov"): an @ that does not belong to an address.
const HANDLE = /(?<![\p{L}\p{N}.@])@[A-Za-z0-9_]{2,15}(?![\w.@])/u;
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

/** Whether the text holds a contact: a phone number, an e-mail address or a social account. */
export function hasContact(text: string): boolean {
  const at = text.includes("@");
  return (at && EMAIL.test(text)) || hasPhone(text) || (at && HANDLE.test(text));
}

// ── Names ────────────────────────────────────────────────────────────────────────────────
// "Jānis", "Bērziņa-Kalniņa", "O'Brien", "BĒRZIŅŠ" (an all-caps surname beside a name-cased word).
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}[\p{Ll}\p{M}]+)?$/u;
const CAPS_WORD = /^\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u;

function isKnownWord(word: string): boolean {
  const stem = looseStem(word);
  return POSITION_STEMS.has(stem) || INSTITUTION_STEMS.has(stem) || LABEL_STEMS.has(stem);
}

/** How a field of a signature line names a person: 2–4 name-cased words, or a single one. */
function nameShape(field: string): "full" | "partial" | null {
  if (/[\d@/:]/.test(field)) return null;
  const words = field.trim().split(/\s+/);
  if (words.length < 1 || words.length > 4) return null;
  if (words.some((w) => isKnownWord(w))) return null;
  const named = words.filter((w) => NAME_WORD.test(w)).length;
  const caps = words.filter((w) => CAPS_WORD.test(w)).length;
  if (named + caps !== words.length || named === 0) return null;
  return words.length >= 2 ? "full" : "partial";
}

// ── Fields of the block ─────────────────────────────────────────────────────────────────
// One signature line may hold several fields: "Jānis Bērziņš | Vecākais referents".
const FIELD_SEPARATOR = /\s*[|•·,;]\s*|\s+[–—-]\s+/;

function fieldsOf(text: string): string[][] {
  return text
    .split(/\r?\n|\r/)
    .filter((line) => line.trim() !== "" && !/^-- ?$/.test(line))
    .map((line) => line.split(FIELD_SEPARATOR).filter((f) => f.trim() !== ""));
}

/** Whether the words of `phrase` occur in order, consecutively, among `words` (loose stems). */
function containsPhrase(words: readonly string[], phrase: string): boolean {
  const target = wordsOf(phrase).map(looseStem);
  if (target.length === 0) return false;
  outer: for (let i = 0; i + target.length <= words.length; i++) {
    for (let k = 0; k < target.length; k++) if (words[i + k] !== target[k]) continue outer;
    return true;
  }
  return false;
}

// Modifiers that belong to a position's core: definite adjectives ("vecākā", "galvenais") and
// English rank words. A genitive before them ("nodaļas", "departamenta") is the unit, not the job.
const LATVIAN_MODIFIER = /(?:ais|ā|ie|ās|ajā|ajai|ajam)$/u;
const ENGLISH_MODIFIERS = new Set(["senior", "chief", "principal", "junior", "lead", "deputy", "assistant", "acting", "executive"]);

/** The core words of a position: its head noun and the modifiers right before it. */
export function positionCore(position: string): string[] {
  const first = position.split(/,|\(/)[0] ?? "";
  const beforeOf = first.split(/\s+of\s+/i)[0] ?? first;
  const words = wordsOf(beforeOf).map((w) => w.toLowerCase());
  if (words.length === 0) return [];
  const core = [words[words.length - 1]!];
  for (let i = words.length - 2; i >= 0; i--) {
    const w = words[i]!;
    if (LATVIAN_MODIFIER.test(w) || ENGLISH_MODIFIERS.has(w)) core.unshift(w);
    else break;
  }
  return core;
}

export type NameState = "full" | "partial" | "missing";

export interface SignatureAnalysis {
  /** The block, or null when the mail has none. */
  span: Span | null;
  /** Where a missing field belongs: the end of the block, else the end of the writer's text. */
  anchor: number;
  name: NameState;
  position: boolean;
  institution: boolean;
  contact: boolean;
}

const cache = new WeakMap<RuleContext, SignatureAnalysis>();

/** The signature's fields for this lint (computed once, shared by the signature/* rules). */
export function analyseSignature(context: RuleContext): SignatureAnalysis {
  const cached = cache.get(context);
  if (cached) return cached;
  const result = analyse(context);
  cache.set(context, result);
  return result;
}

function analyse(context: RuleContext): SignatureAnalysis {
  const { text, segments, config } = context;
  const sig = segments.signature;
  const ownEnd = trimmedEnd(text, segments.quote ? segments.quote.start : text.length);
  if (!sig) return { span: null, anchor: ownEnd, name: "missing", position: false, institution: false, contact: false };
  const block = text.slice(sig.start, sig.end);
  const fields = fieldsOf(block);
  const stems = wordsOf(block).map(looseStem);
  const profile: Profile = config.profile ?? {};
  return {
    span: sig,
    anchor: sig.end,
    name: nameState(fields, stems, profile),
    position: hasPosition(fields, stems, profile),
    institution: hasInstitution(fields, stems, [config.institution, ...(config.institutionAliases ?? [])]),
    contact: hasContact(block),
  };
}

function trimmedEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  return e;
}

function nameState(fields: string[][], stems: readonly string[], profile: Profile): NameState {
  const first = profile.firstName?.trim();
  const last = profile.lastName?.trim();
  if (first || last) {
    const hasFirst = first ? wordsOf(first).every((w) => stems.includes(looseStem(w))) : true;
    const hasLast = last ? wordsOf(last).every((w) => stems.includes(looseStem(w))) : true;
    if (hasFirst && hasLast) return "full";
    return hasFirst || hasLast ? "partial" : "missing";
  }
  let partial = false;
  for (const line of fields) {
    for (const field of line) {
      const shape = nameShape(field);
      if (shape === "full") return "full";
      if (shape === "partial") partial = true;
    }
  }
  // A lone first name only counts as "partial" when it opens the block.
  const opening = fields[0]?.[0];
  return partial && opening !== undefined && nameShape(opening) === "partial" ? "partial" : "missing";
}

function hasPosition(fields: string[][], stems: readonly string[], profile: Profile): boolean {
  const position = profile.position?.trim();
  if (position) {
    const core = positionCore(position);
    if (core.length > 0 && core.every((w) => stems.includes(looseStem(w)))) return true;
  }
  // The profile may be out of date or the writer signs in the mail's other language: a known
  // title in the block still counts.
  return fields.some((line) => line.some((field) => wordsOf(field).some((w) => POSITION_STEMS.has(looseStem(w)) && !isModifierOnly(w))));
}

// "Vecākā"/"Senior" alone is not a position ("Galvenā iela 5" is an address).
const MODIFIER_STEMS = new Set(["vecākais", "vecākā", "galvenais", "galvenā", "vadošais", "vadošā", "jaunākais", "jaunākā", "senior", "junior", "chief", "deputy"].map(looseStem));
function isModifierOnly(word: string): boolean {
  return MODIFIER_STEMS.has(looseStem(word));
}

function hasInstitution(fields: string[][], stems: readonly string[], names: readonly (string | undefined)[]): boolean {
  const configured = names.map((n) => n?.trim() ?? "").filter((n) => n !== "");
  if (configured.length > 0) return configured.some((name) => containsPhrase(stems, name));
  return fields.some((line) =>
    line.some((field) => {
      const words = wordsOf(field);
      if (words.some((w) => INSTITUTION_STEMS.has(looseStem(w)))) return true;
      // An institution signed by its acronym alone ("VID", "LVRTC").
      return words.length === 1 && /^\p{Lu}{2,6}$/u.test(words[0]!);
    }),
  );
}

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
  if (fields.length >= 2 && opening !== undefined && nameShape(opening) === "full") return true;
  const stems = wordsOf(block).map(looseStem);
  return stems.some((s) => POSITION_STEMS.has(s) && !MODIFIER_STEMS.has(s)) && stems.some((s) => INSTITUTION_STEMS.has(s));
}
