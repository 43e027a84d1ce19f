// Opening greetings a reply may start with. Source: HANDBOOK.md "SASVEICINĀŠANĀS" — "we greet
// first" (handbook-lv.txt: "mēs sveicinām pirmie, negaidot, kad to darīs klients").
// Phrase syntax (src/core/phrases.ts): words separated by spaces, `*` = any further letters.

/** Polite openings: the greeting rule accepts these at the start of the reply. */
export const GREETINGS: readonly string[] = [
  // Latvian
  "labdien",
  "labrīt",
  "labvakar",
  "labu dienu",
  "laba diena",
  "sveiki",
  "sveicināt*",
  "esiet sveicināt*",
  "cienījam*",
  "godājam*",
  "godāt*",
  "augsti godājam*",
  "augsti godāt*",
  "augsti cienījam*",
  // intensified forms: "Ļoti cienījamā Bērziņas kundze!", "Ļoti godātais ministra kungs!"
  "ļoti cienījam*",
  "ļoti godājam*",
  "ļoti godāt*",
  "loti cienijam*",
  "labdien*",
  "labvakar*",
  "labrīt*",
  // without diacritics, as some keyboards type them
  "cienijam*",
  "godajam*",
  "godat*",
  "labrit",
  // English
  "dear",
  "hello",
  "good morning",
  "good afternoon",
  "good evening",
  "good day",
  "greetings",
  "dear sir or madam",
  "dear madam or sir",
];

/**
 * Informal openings that are greetings, but not the polite register the handbook asks for
 * ("IZTURĒŠANĀS; CIEŅA": polite, respectful treatment). The rule flags them with a suggestion.
 */
export const INFORMAL_GREETINGS: readonly string[] = ["čau", "čaw", "sveiks", "sveika", "sveikas", "hi", "hey", "hiya", "yo", "heya"];

/** The suggestion inserted when the greeting is missing or informal, per mail language. */
export const GREETING_SUGGESTION = { lv: "Labdien!", en: "Hello," } as const;
