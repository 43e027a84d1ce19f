// Bounded cost on pathological input (issue 12): long runs of spaces, dots, dashes and
// punctuation — in a signature, a sentence, after a link — lint in linear time. Each case is
// timed at two sizes: doubling the input must not much more than double the time (a quadratic
// pattern quadruples it), and the larger run stays far below a second even on a loaded machine.
import { describe, expect, test } from "vitest";
import { lint } from "../../src/core/lint.ts";
import { sentencesIn } from "../../src/core/phrases.ts";
import { findLinks } from "../../src/core/links.ts";

function bestOf(runs: number, f: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    f();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const CASES: [string, (n: number) => string][] = [
  ["a signature of spaces", (n) => `Labdien!\n\nIesniegums ir izskatīts.\n\nAr cieņu,\nAnna${" ".repeat(n)}Kalniņa`],
  ["a signature of tabs", (n) => `Labdien!\n\nTeksts.\n\nAr cieņu,\nAnna${"\t".repeat(n)}Kalniņa`],
  ["a signature of no-break spaces", (n) => `Ar cieņu,\nAnna${"\u00a0".repeat(n)}x`],
  ["a signature of spaced dashes", (n) => `Ar cieņu,\nAnna${"- ".repeat(n / 2)}`],
  ["a signature of separators", (n) => `Ar cieņu,\nAnna${" | ".repeat(n / 3)}x`],
  ["a run of dots inside a sentence", (n) => `Labdien!\n\nTeksts${".".repeat(n)}x\n\nVeiksmīgu dienu!`],
  ["a run of exclamation marks", (n) => `Labdien!\n\nTeksts${"!".repeat(n)}x`],
  ["a run of spaces after the greeting word", (n) => `Labdien${" ".repeat(n)}x`],
  ["a run of spaces after the valediction", (n) => `Teksts.\n\nAr cieņu${" ".repeat(n)},x`],
  ["trailing punctuation after a link", (n) => `Aicinām sniegt atsauksmi https://www.vzd.gov.lv/a${".".repeat(n)}x`],
  ["closing brackets after a link", (n) => `Aicinām sniegt atsauksmi https://www.vzd.gov.lv/a${").".repeat(n / 2)}x`],
  ["a line of spaces before a colon (attribution shape)", (n) => `Labdien!\n\nJānis${" ".repeat(n)}rakstīja:${" ".repeat(n)}\nx`],
  ["a run of > lines", (n) => `Labdien!\n\n${"> a\n".repeat(n / 4)}Atbilde.`],
  ["interleaved quote lines", (n) => `Labdien!\n\n${"> a\nb\n".repeat(n / 6)}`],
];

describe("pathological input lints in linear time", () => {
  test("a 100 KB signature of spaces lints in under 50 ms", () => {
    const text = CASES[0]![1](100_000);
    lint(text);
    expect(bestOf(5, () => lint(text))).toBeLessThan(50);
  });

  test.each(CASES)("%s", (_, make) => {
    const small = make(100_000);
    const large = make(200_000);
    lint(small);
    const a = bestOf(3, () => lint(small));
    const b = bestOf(3, () => lint(large));
    expect(b).toBeLessThan(1000);
    // Linear: twice the input, about twice the time (a floor keeps timer noise out).
    expect(b).toBeLessThan(Math.max(4 * a, 40));
  });

  test("sentence splitting of 100,000 dots is linear (it took 47 s)", () => {
    const text = `Teksts${".".repeat(100_000)}x`;
    expect(bestOf(3, () => sentencesIn(text, 0, text.length))).toBeLessThan(200);
    // The same sentences as the lookahead pattern it replaces, on ordinary text.
    const old = (t: string) => t.split(/(?<=[.!?…]+(?=\s|$)|\n)/).map((s) => s.trim()).filter(Boolean);
    for (const t of ["Ak... tā? Jā. 2026. gada 5. maijā", "Skat. www.vzd.gov.lv/a.b un info@vzd.lv.\nJā!", "Labi?!\n\nTā…tā… nu"]) {
      expect(sentencesIn(t, 0, t.length).map((s) => t.slice(s.start, s.end))).toEqual(old(t));
    }
  });

  test("trailing punctuation is cut from a link in linear time", () => {
    const text = `https://a.lv/x${".".repeat(200_000)} `;
    expect(bestOf(3, () => findLinks(text, 0, text.length))).toBeLessThan(200);
    expect(findLinks("Skat. https://a.lv/x).", 0, 22)[0]?.url).toBe("https://a.lv/x");
  });
});
