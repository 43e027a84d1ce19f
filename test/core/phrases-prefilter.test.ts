// findIn rules a sentence out by a cheap scan for the phrases' first words before the full
// pattern runs. That shortcut must never lose a match: for every phrase of the built-in lists,
// in sentences of any case, findIn finds what the full pattern alone finds.
import { expect, test } from "vitest";
import { INVITATION_CUES, INVITATION_TOPICS, REDIRECT_CUES, TO_US } from "../../src/core/data/feedback-invitations.ts";
import {
  ENGLISH_WISH_ADJECTIVES,
  ENGLISH_WISH_NOUNS,
  ENGLISH_WISH_VERBS,
  OPENING_THANKS,
  POSITIVE_WISHES,
  WISH_ADJECTIVES,
  WISH_MODIFIERS,
  WISH_NOUNS,
} from "../../src/core/data/closing-phrases.ts";
import { INVITATION_CUE, INVITATION_TOPIC, OPENING_THANK, POSITIVE_WISH } from "../../src/core/patterns.ts";
import { compilePhrases, findIn } from "../../src/core/phrases.ts";

function direct(pattern: RegExp, text: string): { start: number; end: number } | null {
  pattern.lastIndex = 0;
  const m = pattern.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

const expand = (phrase: string) => phrase.replace(/\*/g, "iem");
const cases: [string, RegExp, readonly string[]][] = [
  ["invitation topics", INVITATION_TOPIC, INVITATION_TOPICS],
  ["invitation cues", INVITATION_CUE, INVITATION_CUES],
  ["opening thanks", OPENING_THANK, OPENING_THANKS],
  ["positive wishes", POSITIVE_WISH, POSITIVE_WISHES],
  ["redirects", compilePhrases(REDIRECT_CUES), REDIRECT_CUES],
  ["to us", compilePhrases(TO_US), TO_US],
];

test.each(cases)("%s: every phrase, in lower, upper and title case, is found as by the full pattern", (_name, pattern, phrases) => {
  for (const phrase of phrases) {
    for (const form of [expand(phrase), expand(phrase).toUpperCase(), expand(phrase).replace(/^./, (c) => c.toUpperCase())]) {
      const sentence = `Mēs, protams, ${form}, un tā tālāk.`;
      const found = findIn(pattern, sentence, 0, sentence.length);
      expect(found, sentence).toEqual(direct(pattern, sentence));
      expect(found, sentence).not.toBeNull();
    }
  }
});

test("a composed wish (adjective + modifier + noun) is found whichever slot words it uses", () => {
  for (const adjective of WISH_ADJECTIVES.slice(0, 20))
    for (const noun of WISH_NOUNS.slice(0, 10)) {
      const sentence = `${expand(adjective)} ${WISH_MODIFIERS[0] ? expand(WISH_MODIFIERS[0]) : ""} ${expand(noun)}!`.toUpperCase();
      expect(findIn(POSITIVE_WISH, sentence, 0, sentence.length), sentence).toEqual(direct(POSITIVE_WISH, sentence));
    }
});

test("sentences without any phrase are ruled out and stay unmatched", () => {
  const sentence = "Jūsu iesniegums ir reģistrēts, un atbildi sniegsim rīt.";
  for (const [, pattern] of cases) expect(findIn(pattern, sentence, 0, sentence.length)).toEqual(direct(pattern, sentence));
});

// A short first word ("i wish you", "uz tikšanos", "ja jums ir") is looked for with the next
// word after it: random sentences of the lists' own words, in any case, joined by every
// separator the phrases allow (spaces, commas, tabs, line breaks) and by ones they do not.
test("on 20,000 random sentences of the lists' words, findIn finds what the full pattern alone finds", () => {
  const words = [
    ...[INVITATION_TOPICS, INVITATION_CUES, REDIRECT_CUES, TO_US, OPENING_THANKS, POSITIVE_WISHES, WISH_ADJECTIVES, WISH_MODIFIERS, WISH_NOUNS].flat(),
    ...ENGLISH_WISH_VERBS,
    ...ENGLISH_WISH_ADJECTIVES,
    ...ENGLISH_WISH_NOUNS,
  ].flatMap((p) => p.split(/\s+/));
  const separators = [" ", " ", ", ", " ,", ",", "\t", "\n", "  ", ". ", "-", "", "\u00a0"];
  const endings = ["", "i", "u", "es", "ām"];
  let seed = 29;
  const next = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  let found = 0;
  for (let n = 0; n < 20_000; n++) {
    let sentence = "";
    const length = 1 + Math.floor(next() * 6);
    for (let i = 0; i < length; i++) {
      let word = pick(words).replace("*", pick(endings));
      const r = next();
      if (r < 0.15) word = word.toUpperCase();
      else if (r < 0.3) word = word.replace(/^./, (c) => c.toUpperCase());
      sentence += (i > 0 ? pick(separators) : "") + word;
    }
    for (const [name, pattern] of cases) {
      const expected = direct(pattern, sentence);
      if (expected) found++;
      expect(findIn(pattern, sentence, 0, sentence.length), `${name}: ${JSON.stringify(sentence)}`).toEqual(expected);
    }
  }
  expect(found).toBeGreaterThan(10_000);
});
