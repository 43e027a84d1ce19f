// The mail's language is taken from the paragraph votes lint() counts anyway; it must be the
// answer detectLanguageIn gives reading the text itself, for any text and any ranges — also when
// a paragraph crosses the 4,000-character window or a range starts mid-text.
import { expect, test } from "vitest";
import { detectLanguageIn, languageOfParagraphs, paragraphVotes } from "../../src/core/language.ts";

const WORDS = ["un", "ir", "the", "and", "jūs", "you", "labdien", "dear", "ārā", "žurnāls", "of", "is", "kas", "2026", "e-pasts", "İstanbul", "Jums", "THE", "par"];

function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function randomText(next: () => number): string {
  const parts: string[] = [];
  const n = Math.floor(next() * 3000);
  for (let i = 0; i < n; i++) {
    const r = next();
    parts.push(WORDS[Math.floor(next() * WORDS.length)]!, r < 0.05 ? "\n\n" : r < 0.1 ? "\n" : r < 0.15 ? ". " : " ");
  }
  return parts.join("");
}

test.each(Array.from({ length: 60 }, (_, i) => i + 1))("seed %i: the same language as reading the text", (seed) => {
  const next = rng(seed);
  const text = randomText(next);
  const cut = Math.floor(next() * text.length);
  const ranges = seed % 2 ? [{ start: 0, end: text.length }] : [{ start: 0, end: cut }, { start: Math.min(text.length, cut + 7), end: text.length }];
  const lead = ranges.filter((r) => r.end <= (seed % 3 ? text.length : cut));
  const paragraphs = paragraphVotes(text, ranges);
  expect(languageOfParagraphs(text, paragraphs, lead)).toBe(detectLanguageIn(text, lead));
});

test("a long English tail after a short Latvian opening: the window decides, as before", () => {
  const text = `Labdien! Jūs un mēs par to.\n\n${"the and you of ".repeat(2000)}`;
  const ranges = [{ start: 0, end: text.length }];
  expect(languageOfParagraphs(text, paragraphVotes(text, ranges), ranges)).toBe(detectLanguageIn(text, ranges));
});
