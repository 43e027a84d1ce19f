// The first-letter tables that rule a word out before a Set look-up: a word of the list always
// passes (else a finding would be lost), whatever its first code unit.
import { expect, test } from "vitest";
import { initialsOf, startsLikeAny } from "../../../src/core/text/initials.ts";

test("every word of the list passes, and a word starting otherwise does not", () => {
  const list = ["tiek", "jūs", "ārā", "ēst", "Žurka", "δέλτα", "𝐀bc", "ſ", "\ud800x"];
  const initials = initialsOf(list);
  for (const w of list) expect(startsLikeAny(initials, w), w).toBe(true);
  for (const w of ["abc", "Tiek", "Jūs", "ūdens", "ε", "😀", "", "\udc00"]) expect(startsLikeAny(initials, w), w).toBe(false);
});

test("on random words: passing is implied by membership (20,000 words)", () => {
  const alphabet = ["a", "t", "n", "j", "ā", "ū", "Ā", "ε", "ж", "\ud835\udc00", "\ud800", "-", "9"];
  let seed = 3;
  const next = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  const word = () => Array.from({ length: 1 + Math.floor(next() * 4) }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
  const list = new Set(Array.from({ length: 30 }, word));
  const initials = initialsOf(list);
  for (let i = 0; i < 20_000; i++) {
    const w = word();
    if (list.has(w)) expect(startsLikeAny(initials, w), w).toBe(true);
    expect(startsLikeAny(initials, w), w).toBe([...list].some((l) => l.charCodeAt(0) === w.charCodeAt(0)));
  }
});
