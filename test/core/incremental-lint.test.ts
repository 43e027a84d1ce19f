// A keystroke's lint (issue 17): with `incremental` the engine keeps each paragraph's glossary
// look-ups for the next lint, so only the edited paragraph is walked again. The oracle is the
// one-shot lint of the same text: along random edit sequences every incremental lint must give
// exactly its findings. And what makes paragraphs independent is pinned in tables: no term and no
// homograph's context reaches across a blank line, while a single line break (a wrapped line, a
// word hyphenated at a line end) still joins.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { loadNodeWordList } from "../../src/cli/lexicon-node.ts";
import { effectiveConfig } from "../../src/core/config.ts";
import { compileGlossary, type GlossaryMatch } from "../../src/core/glossary.ts";
import { lint } from "../../src/core/lint.ts";
import { byParagraph, forEachParagraph, paragraphMemo } from "../../src/core/text/paragraphs.ts";
import type { GlossaryEntry } from "../../src/core/types.ts";

const lv = loadNodeWordList("lv");
const otherWord = (form: string, lemmas: readonly string[]) => lv.otherWord!(form, lemmas);

const ENTRIES: GlossaryEntry[] = [
  { term: "struktūrvienība", suggestion: "nodaļa" },
  { term: "eskalēt", suggestion: "nodot izskatīšanai" },
  { term: "reģistrācijas žurnāls", suggestion: "saraksts" },
  { term: "kasīt", suggestion: "skrāpēt" },
  { term: "kase", suggestion: "maksājumu vieta" },
  { term: "VZD", suggestion: "Valsts zemes dienests" },
  { term: "aktualizēt", suggestion: "atjaunot" },
  { term: "operatīvs", suggestion: "ātrs" },
];

const config = effectiveConfig(
  {},
  { institution: "Valsts zemes dienests", feedbackUrl: "https://www.vzd.gov.lv/atsauksmes", glossary: ENTRIES },
  { firstName: "Anna", lastName: "Kalniņa", position: "vecākā referente", phone: "67038600" },
);

// Pieces of real replies, term forms among them, put together in any order: paragraphs, line
// breaks and blank lines fall anywhere, also inside multi-word terms and between a homograph
// and the neighbour that decides it.
const FRAGMENTS = [
  "Labdien, Jāni!", "Paldies par Jūsu vēstuli.", "Jūsu iesniegums ir nodots struktūrvienībai.",
  "Jautājumu eskalējām vadībai.", "Mēs neeskalēsim šo lietu.", "eska-\nlēt", "reģistrācijas", "žurnālā",
  "reģistrācijas žurnālā", "reģistrācijas\n\nžurnālā", "tu", "kasi", "tu\n\nkasi", "caur", "pie kases", "Vai tu kasi sniegu?", "VZD", "vzd",
  "aktualizēsim", "operatīvāk", "operatīvi", "Sakarā ar to, ka", "veikt apmaksu", "tiks izskatīts",
  "Ar cieņu,", "Anna Kalniņa", "Aicinām Jūs sniegt atsauksmi par mūsu darbu", "Lūdzam vērsties Valsts policijā.", "Veiksmīgu dienu!", "Paldies par sapratni.", "Atvainojamies par kavēšanos.", "Atbildi sniegsim līdz", "piektdienai.", "Atbildi sniegsim līdz 7. decembrim.", "atsauksmi", "Labdien,\nlūdzu", "Hello, we are", "Dear John,\n\nThank you for", "> No: Jānis", "https://www.vzd.gov.lv/atsauksmes", "\n", "\n\n", "\n\n\n", " ", " ", ", ", ". ",
  // What the paragraph-by-paragraph rules read: pronouns and what makes them plural, passives,
  // quotations, sentence ends, personal codes, addresses.
  "jūs", "jums", "jūs abi", "katrs no jums", "jūs esat iesnieguši", "Godātie kolēģi!", "tiek izskatīts", "tika pieņemts lēmums", "„", "”",
  "Jūs rakstījāt: „jums tiks nosūtīts”.", "Nr.", "t. sk.", "161175-19997", "anna.kalnina@vzd.gov.lv", "www.vzd.gov.lv",
  "Iesniegumu, kuru Jūs nosūtījāt pagājušajā nedēļā kopā ar visiem pielikumiem un papildu dokumentiem, mēs esam saņēmuši un rūpīgi izskatīsim tuvāko darba dienu laikā, par ko Jūs informēsim",
]; // prettier-ignore
const mail = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 120 }).map((parts) => parts.join(""));

/** An edit as a keystroke makes it: a character typed, deleted, or a line break, anywhere. */
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), kind: fc.constantFrom("type", "delete", "enter", "blank"), char: fc.constantFrom("a", "ē", " ", "s", "-", ".") });
type Edit = { at: number; kind: string; char: string };

function apply(text: string, e: Edit): string {
  const i = Math.floor(e.at * (text.length + 1));
  if (e.kind === "delete") return text.slice(0, Math.max(0, i - 1)) + text.slice(i);
  const typed = e.kind === "enter" ? "\n" : e.kind === "blank" ? "\n\n" : e.char;
  return text.slice(0, i) + typed + text.slice(i);
}

/** The glossary's matches found paragraph by paragraph, each paragraph alone and remembered (as the jargon rule finds them). */
function byParagraphs(memo: ReturnType<typeof paragraphMemo<readonly GlossaryMatch[]>>, glossary: ReturnType<typeof compileGlossary>, language: "lv" | "en", text: string): GlossaryMatch[] {
  const shift = (m: GlossaryMatch, by: number) => ({ ...m, start: m.start + by, end: m.end + by });
  return byParagraph(memo, text, 0, text.length, (t, a, b) => glossary.find(t, language, a, b), shift);
}

describe("incremental lint gives the one-shot lint's findings", { timeout: 60_000 }, () => {
  test("the glossary, paragraph by paragraph and remembered, finds what one walk over the range finds", () => {
    const glossary = compileGlossary(ENTRIES, { otherWord });
    const memos = { lv: paragraphMemo<readonly GlossaryMatch[]>(), en: paragraphMemo<readonly GlossaryMatch[]>() };
    fc.assert(
      fc.property(mail, fc.array(edit, { maxLength: 30 }), (start, edits) => {
        let text = start;
        for (const e of [null, ...edits]) {
          if (e) text = apply(text, e);
          for (const language of ["lv", "en"] as const) expect(byParagraphs(memos[language], glossary, language, text)).toEqual(glossary.find(text, language));
        }
      }),
      { numRuns: 150 },
    );
  });

  test("along edit sequences, every incremental lint equals a fresh lint of the same text", () => {
    fc.assert(
      // A late answer (received two weeks before today) or none: the deadline rule reads the whole reply.
      fc.property(mail, fc.array(edit, { maxLength: 25 }), fc.constantFrom<"lv" | "en">("lv", "en"), fc.option(fc.double({ min: 0, max: 1, noNaN: true })), fc.constantFrom(undefined, "2026-11-20T10:00"), (start, edits, locale, quoteAt, received) => {
        let text = start;
        for (const e of [null, ...edits]) {
          if (e) text = apply(text, e);
          // The browser's hint may cut the text anywhere, inside a word too.
          const hints = quoteAt === null ? undefined : { quoteStart: Math.floor(quoteAt * text.length) };
          const late = received ? { received, today: "2026-12-04" } : {};
          expect(lint(text, { config, locale, hints, ...late, incremental: true })).toEqual(lint(text, { config, locale, hints, ...late }));
        }
      }),
      { numRuns: 80 },
    );
  });

  test("a term inside a link is skipped, the same term outside it found, while typing above and below it", () => {
    let text = "Labdien!\n\nJautājumu nodosim VZD.\n\nSkatiet https://www.vzd.gov.lv/atsauksmes un VZD lapu.\n\nAr cieņu,\nAnna Kalniņa";
    for (const [anchor, typed] of [["VZD.", " Paldies"], ["lapu.", " Jā"]] as const) {
      let at = text.indexOf(anchor) + anchor.length;
      for (const ch of typed) {
        text = text.slice(0, at) + ch + text.slice(at);
        at += 1;
        const fresh = lint(text, { config });
        expect(lint(text, { config, incremental: true })).toEqual(fresh);
        expect(fresh.findings.filter((f) => f.rule === "jargon").map((f) => text.slice(f.start, f.end))).toEqual(["VZD", "VZD"]);
      }
    }
  });

  test("a long reply edited key by key: only the edited paragraph is walked again", () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Jūsu iesniegums Nr. ${i} ir nodots struktūrvienībai, un mēs to eskalēsim.`);
    let text = `Labdien!\n\n${paragraphs.join("\n\n")}\n\nAr cieņu,\nAnna Kalniņa`;
    const glossary = compileGlossary(ENTRIES);
    const memo = paragraphMemo<readonly GlossaryMatch[]>();
    const walked: string[] = [];
    const walk = (t: string, a: number, b: number) => {
      walked.push(t.slice(a, b));
      return glossary.find(t, "lv", a, b);
    };
    const shift = (m: GlossaryMatch, by: number) => ({ ...m, start: m.start + by, end: m.end + by });
    byParagraph(memo, text, 0, text.length, walk, shift);
    expect(walked).toHaveLength(42);
    let at = text.indexOf("Nr. 20") + "Nr. 20".length;
    for (const ch of " (precizēts)") {
      walked.length = 0;
      text = text.slice(0, at) + ch + text.slice(at);
      at += 1;
      expect(byParagraph(memo, text, 0, text.length, walk, shift)).toEqual(glossary.find(text, "lv"));
      // The paragraph being typed in, and nothing else.
      expect(walked).toHaveLength(1);
      expect(walked[0]).toMatch(/^Jūsu iesniegums Nr\. 20 .* ir nodots struktūrvienībai, un mēs to eskalēsim\.$/);
    }
  });
});

describe("a paragraph's kept findings follow what else they depend on", () => {
  const body = "Paldies, ka jūs rakstījāt. Jūsu iesniegums tiek izskatīts, un atbildi jums nosūtīsim rīt, kad būsim pārbaudījuši visus pievienotos dokumentus un saņēmuši atzinumu.";
  const mailWith = (greeting: string) => `${greeting}\n\n${body}\n\nAr cieņu,\nAnna Kalniņa`;
  const same = (text: string, options: Parameters<typeof lint>[1] = {}) => {
    const fresh = lint(text, { config, ...options });
    expect(lint(text, { config, ...options, incremental: true })).toEqual(fresh);
    return fresh.findings;
  };
  const rules = (findings: { rule: string }[]) => findings.map((f) => f.rule);

  test("a plural greeting typed above an unchanged paragraph: its lowercase „jūs” stops being a finding", () => {
    let text = mailWith("Labdien");
    expect(rules(same(text)).filter((r) => r === "formal-address")).toHaveLength(2);
    // "Labdien" becomes "Godātie kolēģi!" key by key; the body paragraph never changes.
    text = mailWith("");
    for (const ch of "Godātie kolēģi!") {
      text = `${text.slice(0, text.indexOf("\n\n"))}${ch}${text.slice(text.indexOf("\n\n"))}`;
      same(text);
    }
    expect(rules(same(text))).not.toContain("formal-address");
  });

  test("the UI language and the sentence limit change the findings of paragraphs seen before", () => {
    const text = mailWith("Labdien!");
    same(text, { locale: "lv" });
    const english = same(text, { locale: "en" });
    expect(english.find((f) => f.rule === "passive-voice")?.message).toMatch(/^“tiek izskatīts” is passive voice/);
    expect(rules(same(text))).not.toContain("long-sentence");
    const strict = effectiveConfig({ sentenceWords: 10 }, { institution: "Valsts zemes dienests", feedbackUrl: "https://www.vzd.gov.lv/atsauksmes", glossary: ENTRIES }, {});
    expect(rules(same(text, { config: strict }))).toContain("long-sentence");
  });

  test("a paragraph kept while the word list had not answered is checked again until it has", () => {
    const answers = new Map<string, boolean>();
    const lexicon = { has: (word: string) => answers.get(word) };
    const text = "Labdien!\n\nLūdzam iesniegt VSAA izziņu.\n\nAr cieņu,\nAnna Kalniņa";
    const run = () => lint(text, { config, lexicon, incremental: true });
    for (let i = 0; i < 2; i++) {
      const waiting = run();
      expect(waiting.pendingWords).toEqual(["vsaa"]);
      expect(waiting.findings.filter((f) => f.rule === "abbreviation")).toEqual([]);
    }
    answers.set("vsaa", false);
    const answered = run();
    expect(answered.pendingWords).toBeUndefined();
    expect(answered.findings.filter((f) => f.rule === "abbreviation").map((f) => text.slice(f.start, f.end))).toEqual(["VSAA"]);
    expect(answered).toEqual(lint(text, { config, lexicon }));
  });

  test("another word list in use: the paragraphs kept with the first are checked again", () => {
    const text = "Labdien!\n\nLūdzam iesniegt VSAA izziņu.\n\nAr cieņu,\nAnna Kalniņa";
    for (const known of [false, true, false]) {
      const lexicon = { has: (word: string) => word === "vsaa" && known };
      expect(lint(text, { config, lexicon, incremental: true })).toEqual(lint(text, { config, lexicon }));
    }
  });

  test("homographs learnt after a paragraph was kept: its terms are found again", () => {
    const glossary = compileGlossary([{ term: "kasīt", suggestion: "skrāpēt" }]);
    // "kasi" is also the accusative of "kase": once the word list says so, it is the verb only after its subject.
    const text = "Labdien!\n\nNopirkām jaunu kasi.\n\nAr cieņu,\nAnna Kalniņa";
    const terms = (incremental: boolean) => lint(text, { config, glossary, incremental }).findings.filter((f) => f.rule === "jargon");
    expect(terms(true).map((f) => text.slice(f.start, f.end))).toEqual(["kasi"]);
    glossary.learnHomographs(new Map([["kasīt", ["kasi"]]]));
    expect(terms(false)).toEqual([]);
    expect(terms(true)).toEqual([]);
  });
});

describe("what a rule reads ends at a blank line", () => {
  // [text, the findings of a rule that reads neighbours] — the same in a one-shot lint (a stretch
  // of paragraphs read in one call) and a keystroke's (each paragraph alone).
  const cases: [string, string, string[]][] = [
    ["Labdien, Anna\n\njūs rakstījāt par nodokli.", "formal-address", []],
    ["Labdien, Anna! Tātad jūs rakstījāt par nodokli.", "formal-address", ["jūs"]],
    ["Paldies, katrs\n\nno jums saņems atbildi.", "formal-address", ["jums"]],
    ["Paldies, katrs no jums saņems atbildi.", "formal-address", []],
    ["Jūsu iesniegums tiek\n\nizskatīts.", "passive-voice", []],
    ["Jūsu iesniegums tiek izskatīts.", "passive-voice", ["tiek izskatīts"]],
    [`${"Mēs ".repeat(20)}\n\n${"rakstām ".repeat(20)}`, "long-sentence", []],
    [`${"Mēs ".repeat(20)}${"rakstām ".repeat(20)}`, "long-sentence", [`${"Mēs ".repeat(20)}${"rakstām ".repeat(19)}rakstām`]],
    ["Jūsu kods ir 161175-\n\n19997.", "personal-data", []],
    ["Jūsu kods ir 161175-19997.", "personal-data", ["161175-19997"]],
    ["Pārbaudīja MĀRIS\n\nKALNIŅŠ, un VSAA to apstiprināja.", "abbreviation", ["MĀRIS", "KALNIŅŠ", "VSAA"]],
    ["Pārbaudīja MĀRIS KALNIŅŠ, un VSAA to apstiprināja.", "abbreviation", ["VSAA"]],
    ["Valsts sociālās apdrošināšanas aģentūra (VSAA) to apstiprināja.\n\nVSAA atbildēs rīt.", "abbreviation", []],
  ];
  test.each(cases)("%j: %s finds %j", (body, rule, expected) => {
    const text = `Labdien!\n\n${body}\n\nAr cieņu,\nAnna Kalniņa`;
    const found = (incremental: boolean) => lint(text, { config, incremental }).findings.filter((f) => f.rule === rule).map((f) => text.slice(f.start, f.end));
    expect(found(false)).toEqual(expected);
    expect(found(true)).toEqual(expected);
  });
});

describe("paragraphs are independent", () => {
  // kasīt alone: its form "kasi" (also the accusative of kase) reads as the verb only after its subject.
  const glossary = compileGlossary(ENTRIES.filter((e) => e.term !== "kase"), { otherWord });
  const found = (text: string) => glossary.find(text, "lv").map((m) => m.text);
  // [text, what the glossary finds]
  const cases: [string, string[]][] = [
    ["Ierakstījām to reģistrācijas žurnālā.", ["reģistrācijas žurnālā"]],
    ["Ierakstījām to reģistrācijas\nžurnālā.", ["reģistrācijas žurnālā"]],
    ["Lūdzam iesniegt reģistrācijas\n\nžurnālā ierakstīto.", []],
    ["Jautājumu nāksies eska-\nlēt vadībai.", ["eskalēt"]],
    ["Vai tu kasi sniegu pats?", ["kasi"]],
    ["Vai tu\nkasi sniegu pats?", ["kasi"]],
    ["Vai zināt, ko darīt tu\n\nkasi ledu?", []],
    ["Vai tu arī\nkasi sniegu?", ["kasi"]],
    ["Ko tu\n\nkasi sniegu?", []],
    ["Nodots struktūrvienībai.\n\nNodots struktūrvienībai.", ["struktūrvienībai", "struktūrvienībai"]],
  ];
  test.each(cases)("%j → %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
    expect(byParagraphs(paragraphMemo(), glossary, "lv", text).map((m) => m.text)).toEqual(expected);
  });
});

describe("the paragraph memo", () => {
  test("forEachParagraph gives the runs between blank lines, empty ones left out", () => {
    const text = "a b\n\nc\n\n\nd\n\n\n\ne";
    const out: string[] = [];
    forEachParagraph(text, 0, text.length, (s, e) => out.push(text.slice(s, e)));
    expect(out).toEqual(["a b", "c", "\nd", "e"]);
  });

  const at = (memo: ReturnType<typeof paragraphMemo<number>>, text: string) => memo.get(text, 0, text.length);
  test("keeps what is read every time and drops the drafts of an edited paragraph", () => {
    const memo = paragraphMemo<number>(4);
    memo.set("kept", 0, 4, 1);
    for (let i = 0; i < 50; i++) {
      memo.set(`draft ${i}`, 0, `draft ${i}`.length, i);
      // Asked at other places too (by text), not only where it was kept.
      expect(memo.get(`xx kept`, 3, 7)).toBe(1);
    }
    expect(at(memo, "draft 0")).toBeUndefined();
    expect(at(memo, "draft 49")).toBe(49);
  });

  test("a paragraph is found where it was, where the edit before it moved it, or anywhere by its text", () => {
    const memo = paragraphMemo<string>();
    const before = "Pirmā.\n\nOtrā rindkopa.\n\nTrešā.";
    forEachParagraph(before, 0, before.length, (s, e) => memo.set(before, s, e, before.slice(s, e)));
    const after = "Pirmā, labota.\n\nOtrā rindkopa.\n\nTrešā.";
    const seen: (string | undefined)[] = [];
    forEachParagraph(after, 0, after.length, (s, e) => seen.push(memo.get(after, s, e)));
    expect(seen).toEqual([undefined, "Otrā rindkopa.", "Trešā."]);
    // The same characters at a stale place are never taken for another paragraph.
    expect(memo.get("Trešā!", 0, 6)).toBeUndefined();
    expect(memo.get("Cits.\n\nOtrā rindkopa.", 7, 21)).toBe("Otrā rindkopa.");
  });
});
