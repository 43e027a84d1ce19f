// scanLiterals + findInScanned answer findIn for the sentences of a stretch from one scan of its
// first-word literals. They must answer exactly what findIn answers, for any stretch and any
// sentence inside it: random texts over the lists' own words and the awkward characters (case
// folding: ſ, the Kelvin sign, İ; surrogate pairs; hyphens and soft hyphens; marks).
import { expect, test } from "vitest";
import { INVITATION_CUES, INVITATION_TOPICS } from "../../src/core/data/feedback-invitations.ts";
import { POSITIVE_WISHES } from "../../src/core/data/closing-phrases.ts";
import { INVITATION_CUE, INVITATION_TOPIC, isInvitation, POSITIVE_WISH } from "../../src/core/patterns.ts";
import { compilePhrases, findIn, findInScanned, scanLiterals } from "../../src/core/phrases.ts";

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

const words = (list: readonly string[]) => list.flatMap((p) => p.replace(/\*/g, "").split(/\s+/));
const PIECES = [
  ...words(INVITATION_TOPICS),
  ...words(INVITATION_CUES),
  ...words(POSITIVE_WISHES),
  "jūs", "mums", "ATSAUKSMI", "Viedokli", "ſuggeſtion", "\u212Aomentārus", "İdeja", "idea", "how", "rate",
  " ", " ", " ", ", ", ". ", "! ", "\n", "\n\n", "-", "\u00ad", "e\u0304", "𝐀", "😀", "\ud800", "ā", "x", "9",
];

const cases: [string, RegExp][] = [
  ["invitation topics", INVITATION_TOPIC],
  ["invitation cues", INVITATION_CUE],
  ["positive wishes", POSITIVE_WISH],
  ["a list with an empty literal (no prefilter)", compilePhrases(["*as", "jā"])],
];

test.each(cases)("%s: findInScanned is findIn for every stretch inside the scanned one (4,000 random texts)", (_name, pattern) => {
  const next = random(17);
  for (let n = 0; n < 4000; n++) {
    let text = "";
    const length = Math.floor(next() * 40);
    for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
    const from = Math.floor(next() * (text.length + 1));
    const to = from + Math.floor(next() * (text.length - from + 1));
    const scan = scanLiterals(pattern, text, from, to);
    for (let k = 0; k < 6; k++) {
      const s = from + Math.floor(next() * (to - from + 1));
      const e = s + Math.floor(next() * (to - s + 1));
      expect(findInScanned(scan, s, e), JSON.stringify({ text, from, to, s, e })).toEqual(findIn(pattern, text, s, e));
    }
  }
});

test("isInvitation with the topics scanned answers as without", () => {
  const next = random(99);
  for (let n = 0; n < 3000; n++) {
    let text = "";
    const length = Math.floor(next() * 30);
    for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
    const topics = scanLiterals(INVITATION_TOPIC, text, 0, text.length);
    const s = Math.floor(next() * (text.length + 1));
    const e = s + Math.floor(next() * (text.length - s + 1));
    expect(isInvitation(text, s, e, topics), JSON.stringify({ text, s, e })).toBe(isInvitation(text, s, e));
  }
});

test("a literal starting inside another one's occurrence is found", () => {
  // The scan goes on from the position after a hit, not from its end: "bc" inside "abcd" counts.
  const pattern = compilePhrases(["abcd", "bc"]);
  const text = "xabcdx bc";
  const scan = scanLiterals(pattern, text, 0, text.length);
  expect(scan.hits).toEqual([1, 5, 2, 4, 7, 9]);
  expect(findInScanned(scan, 7, 9)).toEqual({ start: 7, end: 9 });
});
