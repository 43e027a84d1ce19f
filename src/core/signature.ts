// What the signature block holds: name and surname, position, institution, contacts
// (HANDBOOK.md "E-PASTS, paragraph 3"). The four signature/* rules share one analysis per lint.
//
// With a profile (options page) or a configured institution we look for those values,
// tolerantly: case, diacritics and the Latvian ending are ignored ("Bērziņam" is "Bērziņš"), and
// a long position is satisfied by its core ("vecākā referente" for "Klientu apkalpošanas nodaļas
// vecākā referente"). Without them we recognise the fields from the block's shape and the word
// lists in data/signature-words.ts.
import { looseStem, wordsOf } from "./loose-stem.ts";
import { findValediction } from "./message.ts";
import { perLint } from "./per-lint.ts";
import {
  fieldsOf,
  hasContact,
  INSTITUTION_STEMS,
  looksLikeSignatureBlock,
  MODIFIER_STEMS,
  nameShape,
  POSITION_STEMS,
  withoutAddresses,
} from "./signature-fields.ts";
import type { RuleContext } from "./rules/rule.ts";
import type { Config, Profile, Span } from "./types.ts";

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

/** The signature's fields for this lint (computed once, shared by the signature/* rules). */
export function analyseSignature(context: RuleContext): SignatureAnalysis {
  return perLint(context, analyse);
}

function analyse(context: RuleContext): SignatureAnalysis {
  const { text, segments, config } = context;
  const sig = segments.signature;
  const ownEnd = trimmedEnd(text, segments.quote ? segments.quote.start : text.length);
  if (!sig) return { span: null, anchor: ownEnd, name: "missing", position: false, institution: false, contact: false };
  const block = text.slice(sig.start, sig.end);
  // Typing in the body leaves the block as it was: its reading is kept for the next lint.
  if (last?.block !== block || last.config !== config) last = { block, config, read: readBlock(block, config) };
  return { span: sig, anchor: sig.end, ...last.read };
}

type BlockReading = Omit<SignatureAnalysis, "span" | "anchor">;
let last: { block: string; config: Config; read: BlockReading } | undefined;

function readBlock(block: string, config: Config): BlockReading {
  // Names and institutions are read from the words, not from addresses (anna.kalnina@vzd.gov.lv).
  const words = withoutAddresses(block);
  const fields = fieldsOf(words);
  const stems = wordsOf(words).map(looseStem);
  const profile: Profile = config.profile ?? {};
  return {
    name: nameState(fields, stems, profile),
    position: hasPosition(fields, stems, profile),
    institution: hasInstitution(fields, stems, [config.institution, ...(config.institutionAliases ?? [])]),
    contact: hasContact(block),
  };
}

/**
 * What a signature/* fix inserts at the anchor: `field` on a new line of the block. A mail with
 * no block gets the whole signature from the profile instead, as a paragraph of its own (or on
 * the line after a valediction): one field alone is not a block message.ts recognises (a name
 * with another line, contacts, or a position with the institution), so its finding stayed
 * (test/core/fix-properties.test.ts). Without a profile to make a block of, the field alone.
 */
export function signatureInsertion(context: RuleContext, field: string): string {
  const sig = analyseSignature(context);
  if (sig.span) return `\n${field}`;
  const { profile = {}, institution } = context.config;
  const clean = (s: string | undefined) => s?.trim() ?? "";
  const name = [profile.firstName, profile.lastName].map(clean).filter(Boolean).join(" ");
  const contacts = [profile.phone, profile.email].map(clean).filter(Boolean).join(", ");
  const lines = [name, profile.position, profile.department, institution, contacts].map(clean).filter(Boolean);
  const block = lines.join("\n");
  if (!lines.includes(field) || !looksLikeSignatureBlock(block, 0, block.length)) return `\n${field}`;
  if (sig.anchor === 0) return block;
  return `${findValediction(context.text, context.segments.closing) ? "\n" : "\n\n"}${block}`;
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
