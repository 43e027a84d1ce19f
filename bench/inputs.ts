// Deterministic (seeded) benchmark inputs: Latvian-like e-mail replies and glossaries.
//
// Glossaries: `glossary(n)` is the first n entries of one fixed sequence of 10,000, so a
// smaller glossary is a prefix of a larger one. The first ten are real Latvian
// administrative jargon with hand-written case forms; the rest are generated Latvian-like
// nouns (1st, 3rd, 4th and 5th declension with their real endings), verbs (-ēt/-ot/-āt,
// 2nd conjugation) and multi-word terms (genitive modifiers + an inflecting head noun).
//
// Replies: `reply(words)` is a greeting, body paragraphs, a closing (feedback invitation with
// a link, sign-off) and a signature. The body mixes real Latvian function words with
// generated content words (Zipf-distributed vocabulary, realistic word lengths). Inflected
// glossary terms are sprinkled in at ~1 per 40 words — always one of the first ten terms, so
// the text and the set of expected matches are identical for every glossary size and the
// 10 → 10,000 comparison measures only the glossary's size. The content vocabulary is
// filtered so that no content word shares a stem with any of the 10,000 terms.
import type { GlossaryEntry } from "../src/core/types.ts";

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** Weighted choice over [item, weight] pairs. */
function weighted<T>(r: Rand, table: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, w] of table) total += w;
  let x = r() * total;
  for (const [item, w] of table) {
    x -= w;
    if (x < 0) return item;
  }
  return table[table.length - 1]![0];
}

// Rough Latvian letter frequencies for the syllable generator.
const ONSETS: readonly (readonly [string, number])[] = [
  ["t", 9], ["s", 8], ["r", 6], ["n", 5], ["k", 6], ["l", 5], ["m", 5], ["p", 6], ["v", 5], ["d", 5],
  ["j", 3], ["g", 2], ["b", 2], ["z", 2], ["c", 1], ["š", 2], ["ž", 1], ["č", 1], ["ņ", 1], ["ļ", 1],
  ["ķ", 1], ["ģ", 1], ["st", 2], ["pr", 2], ["tr", 1], ["kr", 1], ["sk", 1], ["sp", 1], ["pl", 1], ["dz", 1],
];
const VOWELS: readonly (readonly [string, number])[] = [
  ["a", 14], ["i", 11], ["e", 8], ["u", 5], ["o", 2], ["ā", 6], ["ī", 3], ["ē", 3], ["ū", 2], ["ie", 3], ["au", 1], ["ai", 1],
];
const CODAS: readonly (readonly [string, number])[] = [
  ["", 22], ["n", 3], ["r", 3], ["s", 2], ["l", 2], ["k", 1], ["m", 1], ["t", 1], ["p", 1], ["v", 1],
];

function syllable(r: Rand): string {
  const onset = r() < 0.85 ? weighted(r, ONSETS) : "";
  return onset + weighted(r, VOWELS) + weighted(r, CODAS);
}

/** A stem of `syllables` syllables that ends in a consonant (Latvian noun stems do). */
function stem(r: Rand, syllables: number, finals: readonly string[] = ["t", "n", "r", "k", "l", "m", "d", "p", "v", "j", "g"]): string {
  let s = "";
  for (let i = 0; i < syllables; i++) s += syllable(r);
  // Drop a trailing consonant cluster from the last syllable's coda, then add one final.
  s = s.replace(/[^aeiouāēīū]+$/u, "");
  return s + pick(r, finals);
}

// Case endings: nominative, genitive, dative, accusative, locative — singular then plural.
const PARADIGMS = {
  d1: ["s", "a", "am", "u", "ā", "i", "u", "iem", "us", "os"],
  d3: ["us", "us", "um", "u", "ū", "i", "u", "iem", "us", "os"],
  d4: ["a", "as", "ai", "u", "ā", "as", "u", "ām", "as", "ās"],
  d5: ["e", "es", "ei", "i", "ē", "es", "u", "ēm", "es", "ēs"],
} as const;
type Declension = keyof typeof PARADIGMS;
// 5th declension stems that do not alternate in the genitive plural (iestāde → iestāžu would).
const D5_FINALS = ["r", "ņ", "ļ", "š", "ž", "č", "ķ", "ģ"];
// 2nd conjugation verbs: infinitive, present 1sg/3p/1pl/2pl, past 3p, future 3p/1sg/1pl,
// passive participle m/f, subjunctive, gerund.
const VERB_ENDINGS = {
  ē: ["ēt", "ēju", "ē", "ējam", "ējat", "ēja", "ēs", "ēšu", "ēsim", "ēts", "ēta", "ētu", "ējot"],
  o: ["ot", "oju", "o", "ojam", "ojat", "oja", "os", "ošu", "osim", "ots", "ota", "otu", "ojot"],
  ā: ["āt", "āju", "ā", "ājam", "ājat", "āja", "ās", "āšu", "āsim", "āts", "āta", "ātu", "ājot"],
} as const;

export interface BenchTerm {
  entry: GlossaryEntry;
  /** Every surface form (lower case) the term takes in running text. */
  forms: string[];
  /** Stems of the term's words (for keeping the content vocabulary clear of them). */
  stems: string[];
}

const nounForms = (s: string, d: Declension): string[] => [...new Set(PARADIGMS[d].map((e) => s + e))];

// The ten terms every glossary contains and the texts use: real jargon, real case forms.
const CORE_TERMS: BenchTerm[] = [
  {
    entry: { term: "struktūrvienība", suggestion: "nodaļa", explanation: "Klientam saprotamāk: nodaļa vai daļa." },
    forms: nounForms("struktūrvienīb", "d4"),
    stems: ["struktūrvienīb"],
  },
  {
    entry: { term: "eskalēt", suggestion: "nodot vadībai", explanation: "Anglicisms; rakstiet, kam un ko nododat." },
    forms: [...VERB_ENDINGS.ē.map((e) => "eskal" + e)],
    stems: ["eskal"],
  },
  {
    entry: { term: "klientu apkalpošanas centrs", suggestion: "klientu centrs" },
    forms: nounForms("centr", "d1").map((f) => "klientu apkalpošanas " + f),
    stems: ["klient", "apkalpošan", "centr"],
  },
  {
    entry: { term: "aktualizēt", suggestion: "atjaunināt" },
    forms: [...VERB_ENDINGS.ē.map((e) => "aktualiz" + e)],
    stems: ["aktualiz"],
  },
  {
    entry: { term: "rezolūcija", suggestion: "lēmums", explanation: "Iestādes iekšējs termins." },
    forms: nounForms("rezolūcij", "d4"),
    stems: ["rezolūcij"],
  },
  {
    entry: { term: "deleģējums", suggestion: "pilnvarojums" },
    forms: nounForms("deleģējum", "d1"),
    stems: ["deleģējum"],
  },
  {
    entry: { term: "institucionālais ietvars", suggestion: "iestādes noteikumi" },
    forms: [
      "institucionālais ietvars",
      "institucionālā ietvara",
      "institucionālajam ietvaram",
      "institucionālo ietvaru",
      "institucionālajā ietvarā",
      "institucionālie ietvari",
      "institucionālo ietvaru",
      "institucionālajiem ietvariem",
      "institucionālos ietvarus",
      "institucionālajos ietvaros",
    ],
    stems: ["institucionāl", "ietvar"],
  },
  {
    entry: { term: "kompetence", suggestion: "atbildība", explanation: "Rakstiet, kas tieši ir iestādes atbildībā." },
    forms: ["kompetence", "kompetences", "kompetencei", "kompetenci", "kompetencē", "kompetenču", "kompetencēm", "kompetencēs"],
    stems: ["kompetenc"],
  },
  {
    entry: { term: "implementēt", suggestion: "ieviest" },
    forms: [...VERB_ENDINGS.ē.map((e) => "implement" + e)],
    stems: ["implement"],
  },
  {
    entry: { term: "monitorings", suggestion: "uzraudzība" },
    forms: nounForms("monitoring", "d1"),
    stems: ["monitoring"],
  },
];

export const MAX_TERMS = 10_000;

function generatedTerm(r: Rand, taken: Set<string>): BenchTerm {
  for (;;) {
    const kind = weighted(r, [
      ["noun", 66],
      ["verb", 12],
      ["multi", 22],
    ] as const);
    const syl = r() < 0.6 ? 3 : 4;
    const suggestion = () => stem(r, 2) + pick(r, ["a", "s", "e", "is"]);
    if (kind === "verb") {
      const conj = pick(r, ["ē", "ē", "o", "ā"] as const);
      const s = stem(r, syl);
      if (taken.has(s)) continue;
      taken.add(s);
      const forms = VERB_ENDINGS[conj].map((e) => s + e);
      return { entry: { term: forms[0]!, suggestion: suggestion() }, forms, stems: [s] };
    }
    const d = weighted(r, [
      ["d1", 40],
      ["d3", 5],
      ["d4", 35],
      ["d5", 20],
    ] as const);
    const s = d === "d5" ? stem(r, syl, D5_FINALS) : stem(r, syl);
    if (taken.has(s)) continue;
    const forms = nounForms(s, d);
    if (kind === "noun") {
      taken.add(s);
      const entry: GlossaryEntry = { term: forms[0]!, suggestion: suggestion() };
      if (r() < 0.3) entry.explanation = "Iekšējs termins; klientam rakstiet vienkāršāk.";
      return { entry, forms, stems: [s] };
    }
    // Multi-word: one or two modifiers in a fixed genitive (sg -as/-a or pl -u) + the head.
    const mods: string[] = [];
    const modStems: string[] = [];
    const count = r() < 0.75 ? 1 : 2;
    for (let i = 0; i < count; i++) {
      const ms = stem(r, r() < 0.5 ? 2 : 3);
      modStems.push(ms);
      mods.push(ms + pick(r, ["u", "as", "a", "u"]));
    }
    const key = `${mods.join(" ")} ${s}`;
    if (taken.has(key)) continue;
    taken.add(key);
    const prefix = mods.join(" ") + " ";
    return {
      entry: { term: prefix + forms[0]!, suggestion: suggestion() },
      forms: forms.map((f) => prefix + f),
      stems: [...modStems, s],
    };
  }
}

let allTerms: BenchTerm[] | undefined;

/** The fixed sequence of 10,000 terms (generated once). */
export function terms(): BenchTerm[] {
  if (allTerms) return allTerms;
  const r = rng(0x5eed_0001);
  const taken = new Set<string>(CORE_TERMS.flatMap((t) => t.stems));
  const out = [...CORE_TERMS];
  while (out.length < MAX_TERMS) out.push(generatedTerm(r, taken));
  allTerms = out;
  return out;
}

/** The first `n` terms (10, 1,000 or 10,000). */
export function benchTerms(n: number): BenchTerm[] {
  if (n > MAX_TERMS) throw new Error(`at most ${MAX_TERMS} terms`);
  return terms().slice(0, n);
}

export function glossary(n: number): GlossaryEntry[] {
  return benchTerms(n).map((t) => t.entry);
}

// Real Latvian function words and frequent words, roughly by frequency (Zipf head).
const FUNCTION_WORDS = [
  "un", "ir", "ka", "uz", "no", "par", "ar", "lai", "kā", "to", "arī", "vai", "jūs", "mēs", "bet",
  "ja", "tas", "šo", "pie", "pēc", "kas", "tā", "Jums", "Jūsu", "jau", "var", "būs", "tiek", "nav", "līdz",
  "tad", "šajā", "kur", "vēl", "gan", "vairs", "tikai", "mūsu", "kura", "kuru", "savu", "bija", "būtu",
  "iesniegumu", "informāciju", "lūdzam", "dokumentus", "termiņā", "saskaņā", "atbilstoši", "nepieciešams", "iespējams",
];
// Closed list of abbreviations an official reply really contains.
const ABBREVIATIONS = ["t.sk.", "utt.", "VID", "VSAA", "PVN", "u.c.", "t.i.", "Nr."];

// Inflectional endings for generated content words (nouns, adjectives, verbs).
const CONTENT_ENDINGS: readonly (readonly [string, number])[] = [
  ["s", 10], ["a", 10], ["u", 8], ["as", 6], ["i", 6], ["ā", 5], ["e", 5], ["es", 4], ["am", 3], ["iem", 3],
  ["ai", 2], ["ām", 2], ["os", 2], ["us", 2], ["ēt", 2], ["ja", 3], ["ot", 1], ["ām", 1], ["ēm", 1], ["ais", 2], ["ajā", 1],
];

let vocabulary: string[] | undefined;

/** ~4,000 generated content words, none sharing a stem with any glossary term. */
function contentVocabulary(): string[] {
  if (vocabulary) return vocabulary;
  const r = rng(0x5eed_0002);
  const stems = new Set<string>();
  const forms = new Set<string>();
  for (const t of terms()) {
    for (const s of t.stems) stems.add(s);
    for (const f of t.forms) for (const w of f.split(" ")) forms.add(w);
  }
  const clash = (w: string) => {
    if (forms.has(w)) return true;
    for (let len = 4; len <= w.length; len++) if (stems.has(w.slice(0, len))) return true;
    return false;
  };
  const seen = new Set<string>();
  const out: string[] = [];
  while (out.length < 4000) {
    // 1–3 syllables + an ending: 3–14 letters; with the function words the text averages ≈ 6 letters a word.
    const syl = weighted(r, [
      [1, 12],
      [2, 45],
      [3, 43],
    ] as const);
    const w = stem(r, syl) + weighted(r, CONTENT_ENDINGS);
    if (w.length < 3 || seen.has(w) || clash(w)) continue;
    seen.add(w);
    out.push(w);
  }
  vocabulary = out;
  return out;
}

/** Zipf–Mandelbrot-like index into a list of `n` (s ≈ 1, flattened head of `q`). */
function zipf(r: Rand, n: number, q = 1): number {
  // Inverse of the continuous approximation of the CDF of 1/(k + q).
  return Math.min(n - 1, Math.max(0, Math.floor(q * Math.exp(r() * Math.log((n + q) / q)) - q)));
}

const FIRST_NAMES = ["Jāni", "Anna", "Pēteri", "Līga", "Andri", "Ilze", "Mārtiņ", "Kristīne"];

export const GREETING_WORDS = 2;

/** The closing and signature every generated reply ends with. */
export const CLOSING =
  "Ja Jums rodas papildu jautājumi, lūdzu, sazinieties ar mums pa tālruni 67 120 000 vai rakstiet uz info@iestade.gov.lv.\n" +
  "Lūdzam novērtēt mūsu darbu: https://www.iestade.gov.lv/atsauksmes\n\n" +
  "Ar cieņu,\n";
export const SIGNATURE =
  "Anna Bērziņa\nVecākā referente\nKlientu apkalpošanas nodaļa\nValsts ieņēmumu dienests\nTālr. 67 120 001, anna.berzina@vid.gov.lv\n";

export interface BodyOptions {
  /** Seed: the same seed and word count always give the same text. */
  seed?: number;
  /** Sprinkle inflected glossary terms (first ten) at about this rate (per word). */
  termRate?: number;
}

/** `words` words of Latvian-like body paragraphs (no greeting or closing). */
export function bodyText(words: number, options: BodyOptions = {}): string {
  const r = rng(options.seed ?? 0x5eed_1000 + words);
  const rate = options.termRate ?? 1 / 40;
  const vocab = contentVocabulary();
  const core = terms().slice(0, 10);
  const paragraphs: string[] = [];
  let written = 0;
  while (written < words) {
    const sentences: string[] = [];
    const nSentences = 2 + Math.floor(r() * 4);
    for (let s = 0; s < nSentences && written < words; s++) {
      const len = Math.min(words - written, 6 + Math.floor(r() * 14));
      const out: string[] = [];
      let count = 0;
      while (count < len) {
        const x = r();
        if (x < rate) {
          const form = pick(r, pick(r, core).forms);
          out.push(form);
          count += form.split(" ").length;
        } else if (x < rate + 0.004) {
          out.push(pick(r, ABBREVIATIONS));
          count++;
        } else if (x < 0.45) {
          out.push(FUNCTION_WORDS[zipf(r, FUNCTION_WORDS.length)]!);
          count++;
        } else {
          out.push(vocab[zipf(r, vocab.length, 20)]!);
          count++;
        }
        if (count < len && r() < 0.07) out[out.length - 1] += ",";
      }
      written += count;
      const first = out[0]!;
      out[0] = first[0]!.toUpperCase() + first.slice(1);
      sentences.push(out.join(" ") + (r() < 0.92 ? "." : r() < 0.5 ? "?" : "!"));
    }
    paragraphs.push(sentences.join(" "));
  }
  return paragraphs.join("\n\n");
}

/** A reply of about `words` words: greeting, body, closing and signature. */
export function reply(words: number, seed = 0x5eed_2000 + words): string {
  const r = rng(seed);
  const greeting = `Labdien, ${pick(r, FIRST_NAMES)}!\n\n`;
  const fixed = countWords(greeting + CLOSING + SIGNATURE);
  const body = bodyText(Math.max(10, words - fixed), { seed: seed + 1 });
  return greeting + body + "\n\n" + CLOSING + SIGNATURE;
}

const WORD = /[\p{L}\p{N}]+/gu;
export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

/** A quoted thread of about `words` words: earlier messages, newest first, each with a header. */
export function quotedThread(words: number, seed = 0x5eed_3000): { header: string; messages: string[] } {
  const r = rng(seed);
  const messages: string[] = [];
  let left = words;
  let i = 0;
  while (left > 0) {
    const n = Math.min(left, 400 + Math.floor(r() * 1200));
    messages.push(bodyText(n, { seed: seed + 100 + i, termRate: 1 / 60 }));
    left -= n;
    i++;
  }
  return { header: "2026. gada 20. nov., plkst. 10:14 Jānis Ozols <janis.ozols@example.lv> rakstīja:", messages };
}
