// The benchmark's inputs stay deterministic and sound, and the peer really runs prh: a broken
// generator or a peer that silently loads no rule would make every number in
// docs/performance.md meaningless.
import { expect, test } from "vitest";
import { floor } from "../../bench/floor.ts";
import { benchTerms, countWords, glossary, reply } from "../../bench/inputs.ts";
import { createPeer } from "../../bench/peer.ts";

test("replies are deterministic and about the asked length", () => {
  for (const words of [100, 1_000, 10_000]) {
    const text = reply(words);
    expect(reply(words)).toBe(text);
    expect(Math.abs(countWords(text) - words) / words).toBeLessThan(0.05);
  }
});

test("words have realistic Latvian lengths", () => {
  const tokens = floor(reply(10_000)).filter((t) => /\p{L}/u.test(t));
  const mean = tokens.reduce((a, t) => a + t.length, 0) / tokens.length;
  expect(mean).toBeGreaterThan(5);
  expect(mean).toBeLessThan(7.5);
});

test("glossaries are prefixes of one sequence of 10,000 distinct terms, ~1/5 multi-word", () => {
  const all = glossary(10_000);
  expect(new Set(all.map((e) => e.term)).size).toBe(10_000);
  expect(glossary(1_000)).toEqual(all.slice(0, 1_000));
  const multi = all.filter((e) => e.term.includes(" ")).length / all.length;
  expect(multi).toBeGreaterThan(0.15);
  expect(multi).toBeLessThan(0.3);
});

test("the text's only glossary words are inflected forms of the first ten terms", () => {
  const text = reply(1_000).toLowerCase();
  const hits = benchTerms(10).filter((t) => t.forms.some((f) => text.includes(f)));
  expect(hits.length).toBeGreaterThanOrEqual(8);
  const words = new Set(floor(text));
  const others = benchTerms(10_000)
    .slice(10)
    .filter((t) => !t.entry.term.includes(" ") && t.forms.some((f) => words.has(f)));
  expect(others).toEqual([]);
});

test("the peer runs textlint-rule-prh with the glossary as its dictionary", async () => {
  const peer = await createPeer(benchTerms(10));
  try {
    const text = reply(1_000);
    const { count, ms } = await peer.lint(text);
    expect(count).toBeGreaterThan(10);
    expect(ms).toBeGreaterThan(0);
    expect((await peer.prhOnly(text)).count).toBe(count);
  } finally {
    await peer.dispose();
  }
}, 30_000);
