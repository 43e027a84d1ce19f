// hasOwnInvitation reads the writer's text from its end, line by line, and stops at the first
// invitation: it must answer exactly ownInvitations(…).length > 0. It rests on sentencesIn ending
// a sentence at every line break, so that the sentences of a stretch are those of its lines'
// pieces put together — both held here on random mails.
import { expect, test } from "vitest";
import { hasOwnInvitation, ownInvitations } from "../../src/core/invitations.ts";
import { segmentMessage } from "../../src/core/message.ts";
import { sentencesIn } from "../../src/core/phrases.ts";

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

const PIECES = [
  "Ja Jums ir jautājumi, rakstiet mums.",
  "Aicinām Jūs izteikt viedokli",
  "Lūdzu, vērsieties VID ar jautājumiem.",
  "Sazinieties ar mums",
  "We welcome your feedback",
  "Paldies par Jūsu jautājumu.",
  "Informējam, ka iesniegums saņemts.",
  "jautājumi",
  "aicinām",
  "Veiksmīgu dienu!",
  "Ar cieņu,",
  "Anna Bērziņa",
  "> Labdien, vai varat atbildēt?",
  "> Jums ir jautājumi?",
  "On Mon, 16 Nov 2026 at 10:15, Jane <j@x.com> wrote:",
  "www.vzd.gov.lv/atsauksmes",
  " ", " ", ". ", "! ", "?", "\n", "\n", "\n\n", "\r\n", "…", "x".repeat(700),
];

function mail(next: () => number): string {
  let text = "";
  const parts = Math.floor(next() * 24);
  for (let i = 0; i < parts; i++) text += PIECES[Math.floor(next() * PIECES.length)];
  return text;
}

test("sentencesIn of a stretch is sentencesIn of its pieces cut after any line break (3,000 random texts)", () => {
  const next = random(5);
  for (let n = 0; n < 3000; n++) {
    const text = mail(next);
    const from = Math.floor(next() * (text.length + 1));
    const to = from + Math.floor(next() * (text.length - from + 1));
    const breaks = [...text.slice(from, to).matchAll(/\n/g)].map((m) => from + m.index + 1);
    const cut = breaks.filter(() => next() < 0.5);
    const pieces: { start: number; end: number }[] = [];
    let at = from;
    for (const c of [...cut, to]) {
      pieces.push(...sentencesIn(text, at, c));
      at = c;
    }
    expect(pieces, JSON.stringify({ text, from, to, cut })).toEqual(sentencesIn(text, from, to));
  }
});

test("hasOwnInvitation is ownInvitations(…).length > 0 (3,000 random mails, with and without hints)", () => {
  const next = random(11);
  let invited = 0;
  for (let n = 0; n < 3000; n++) {
    const text = mail(next);
    const hints = next() < 0.3 ? { quoteStart: Math.floor(next() * (text.length + 1)) } : {};
    const segments = segmentMessage(text, hints);
    const expected = ownInvitations({ text, segments }).length > 0;
    if (expected) invited++;
    expect(hasOwnInvitation({ text, segments }), JSON.stringify({ text, hints })).toBe(expected);
    // A keystroke's lint reads the invitations paragraph by paragraph, remembered: the same list.
    expect(ownInvitations({ text, segments, remember: true }), JSON.stringify({ text, hints })).toEqual(ownInvitations({ text, segments }));
  }
  // Both answers occur often enough to mean something.
  expect(invited).toBeGreaterThan(500);
  expect(invited).toBeLessThan(2500);
});
