// capsOf decides a found term's capitals ("A" all capitals, "a" capitalised, "" neither) with a
// shortcut for a lower-case first letter; it must answer what the full test answers.
import { expect, test } from "vitest";
import { isCaseSensitive } from "../../src/core/glossary-trie.ts";
import { capsOf } from "../../src/core/glossary.ts";

const full = (surface: string) => (isCaseSensitive(surface.replace(/[^\p{L}]/gu, "")) ? "A" : surface[0] !== surface[0]!.toLowerCase() ? "a" : "");

test("capsOf is the full test on 20,000 random surfaces", () => {
  const alphabet = ["a", "z", "A", "Z", "ā", "Ā", "š", "Š", "ž", "ß", "İ", "ı", "ǅ", "Σ", "ς", "-", " ", "\n", "1", "\u00ad", "𝐀", "e\u0304"];
  let seed = 8;
  const next = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  for (let n = 0; n < 20_000; n++) {
    const surface = Array.from({ length: 1 + Math.floor(next() * 6) }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
    expect(capsOf(surface), JSON.stringify(surface)).toBe(full(surface));
  }
  expect(capsOf("VZD")).toBe("A");
  expect(capsOf("Struktūrvienība")).toBe("a");
  expect(capsOf("ārpakalpojums")).toBe("");
});
