// greeting/vocative — a man named in a Latvian greeting is named in the vocative: "Labdien,
// Jāni!", not "Labdien, Jānis!"; also a first name before "kungs" ("Godātais Juri Bērziņa
// kungs!"). Names the rule does not know are not guessed at — unless the quoted message's
// sender header names the same person (then the greeting word is that nominative). Sources:
// src/core/data/vocatives.ts.
import { declensionByEnding, KNOWN_VOCATIVES, MASCULINE_NAMES, vocativesOf } from "../data/vocatives.ts";
import { GREETING_LINE } from "../patterns.ts";
import type { Language, Segments } from "../types.ts";
import { HONORIFIC } from "./greeting-punctuation.ts";
import { languageOf } from "./paragraph-language.ts";
import type { Rule, RuleFinding } from "./rule.ts";

const NAME = /\p{Lu}[\p{Ll}\p{M}]+/u;
/** After the greeting words: up to two capitalised words, an optional "kungs/kundze", then ! , or the end. */
const ADDRESS = new RegExp(`^[\\s,]*(${NAME.source})(?:\\s+(${NAME.source}))?(\\s+(?:kungs|kundze|kgs))?\\s*[!,.]?\\s*$`, "u");
/** Sender headers in the quoted history: Outlook's From:/No:, Gmail's "… Jānis Bērziņš <…> rakstīja:". */
const SENDER = /^\s*\*?(?:from|no)\s*:\*?\s*(\p{Lu}[\p{Ll}\p{M}]+)|(?:—|,|\s)\s*(\p{Lu}[\p{Ll}\p{M}]+)\s+\p{Lu}[\p{Ll}\p{M}]+\s*<[^>]*>\s*(?:wrote|rakstīja)\s*:/imu;

const messages: Record<Language, (found: string, fix: string) => string> = {
  lv: (found, fix) => `Uzrunā vārdu lieto uzrunas formā (vokatīvā): „${fix}”, nevis „${found}”.`,
  en: (found, fix) => `In a Latvian greeting a man's name takes the vocative: “${fix}”, not “${found}”.`,
};

/** The first name of the quoted message's sender, if its header names one. */
function senderFirstName(text: string, segments: Segments): string | null {
  if (!segments.quote) return null;
  const head = text.slice(segments.quote.start, Math.min(segments.quote.end, segments.quote.start + 600));
  const m = SENDER.exec(head);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** The vocative of a surname in the nominative (Bērziņš → Bērziņ), or null when it is not one. */
function surnameVocative(surname: string): string | null {
  const d = declensionByEnding(surname);
  return d ? vocativesOf(surname, d)[0]! : null;
}

/**
 * The vocative a masculine first name needs: null when `name` is already a vocative (Jāni,
 * Pēter, Matīs), undefined when the rule cannot tell — a feminine or unknown name, or a form
 * that is both a known name and another name's vocative.
 */
function firstNameVocative(name: string, text: string, segments: Segments): string | null | undefined {
  const known = MASCULINE_NAMES.get(name);
  if (known) return KNOWN_VOCATIVES.has(name) ? undefined : vocativesOf(name, known)[0]!;
  if (KNOWN_VOCATIVES.has(name)) return null;
  // Unknown: only the quoted sender's own name tells that this word is a nominative.
  const d = senderFirstName(text, segments) === name ? declensionByEnding(name) : null;
  return d ? vocativesOf(name, d)[0]! : undefined;
}

export const greetingVocative: Rule = {
  id: "greeting/vocative",
  messages,
  meta: {
    defaultSeverity: "warning",
    fixable: true,
    description: {
      lv: "Vārds sveicienā ir uzrunas formā: „Labdien, Jāni!”, nevis „Labdien, Jānis!”",
      en: "A name in a Latvian greeting is in the vocative: “Labdien, Jāni!”, not “Labdien, Jānis!”",
    },
    handbook: "SASVEICINĀŠANĀS",
    skipsAddresses: true,
  },
  check(context): RuleFinding[] {
    const { text, locale, segments } = context;
    const g = segments.greeting;
    if (!g || languageOf(context, g.start) !== "lv") return [];
    const line = text.slice(g.start, g.end);
    const greetingWords = HONORIFIC.exec(line) ?? GREETING_LINE.exec(line);
    if (!greetingWords) return [];
    const rest = line.slice(greetingWords[0].length);
    const m = ADDRESS.exec(rest);
    if (!m) return [];
    const [, first, second, title] = m as unknown as [string, string, string | undefined, string | undefined];
    const firstAt = g.start + greetingWords[0].length + rest.indexOf(first);
    const secondAt = second ? firstAt + first.length + text.slice(firstAt + first.length, g.end).indexOf(second) : -1;
    // "Cienījamais Bērziņa kungs!": a surname in the genitive before "kungs" is right as it is.
    if (title && !second) return [];
    const firstFix = firstNameVocative(first, text, segments);
    if (firstFix === undefined) return [];
    // A full name without "kungs" ("Jānis Bērziņš!") puts the surname in the vocative too.
    const surnameFix = second && !title ? surnameVocative(second) : null;
    if (firstFix === null && surnameFix === null) return [];
    if (surnameFix !== null) {
      const found = text.slice(firstAt, secondAt + second!.length);
      const fix = `${firstFix ?? first}${text.slice(firstAt + first.length, secondAt)}${surnameFix}`;
      return [{ start: firstAt, end: secondAt + second!.length, message: messages[locale](found, fix), suggestions: [fix] }];
    }
    return [{ start: firstAt, end: firstAt + first.length, message: messages[locale](first, firstFix!), suggestions: [firstFix!] }];
  },
};
