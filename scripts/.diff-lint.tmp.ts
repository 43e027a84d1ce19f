// TEMP (not committed): differential check of lint() against a frozen copy of the original engine.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { benchTerms, reply, bodyText } from "../bench/inputs.ts";
import { loadNodeLexicon } from "../src/cli/lexicon-node.ts";
import { effectiveConfig } from "../src/core/config.ts";
import { lint } from "../src/core/lint.ts";
import { lint as lintOrig } from "/tmp/orig/src/core/lint.ts";
import { effectiveConfig as ecOrig } from "/tmp/orig/src/core/config.ts";
import { createLexiconCache } from "../src/core/lexicon.ts";

const lexicon = loadNodeLexicon();
const partial = createLexiconCache();
partial.learn(["svarīgi", "urgent", "vid"], { lv: ["svarīgi"], en: ["urgent"] });
const mk = (ec: typeof effectiveConfig, glossary: unknown[], extra: Record<string, unknown> = {}) =>
  ec({}, { institution: "Valsts zemes dienests", institutionAliases: ["VZD"], feedbackUrl: "https://www.vzd.gov.lv/atsauksmes", glossary, abbreviationAllowlist: ["ABC"], ...extra } as never,
    { firstName: "Anna", lastName: "Kalniņa", position: "vecākā referente", phone: "67038600" });
const small = [{ term: "struktūrvienība", suggestion: "nodaļa" }, { term: "eskalēt" }, { term: "VZD", suggestion: "Valsts zemes dienests" }, { term: "escalate", suggestion: "pass on", language: "en" }, { term: "e-pasts", suggestion: "vēstule" }, { term: "İstanbul" }];
const configs: [unknown, unknown][] = [
  [mk(effectiveConfig, small), mk(ecOrig, small)],
  [mk(effectiveConfig, benchTerms(1000).map((t) => t.entry)), mk(ecOrig, benchTerms(1000).map((t) => t.entry))],
  [effectiveConfig({}, {}, {}), ecOrig({}, {}, {})],
];
let n = 0;
let bad = 0;
function cmp(text: string, opts: Record<string, unknown> = {}) {
  for (const [a, b] of configs) for (const lex of [undefined, lexicon, partial]) {
    const x = JSON.stringify(lint(text, { ...opts, config: a as never, lexicon: lex, onRuleError: (r, e) => { throw new Error(`${r}: ${e}`); } }));
    const y = JSON.stringify(lintOrig(text, { ...opts, config: b as never, lexicon: lex }));
    n++;
    if (x !== y) {
      bad++;
      if (bad < 4) { console.log("MISMATCH", JSON.stringify(text.slice(0, 300)), JSON.stringify(opts)); console.log(" new", x.slice(0, 1500)); console.log(" old", y.slice(0, 1500)); }
    }
  }
}
for (const w of [100, 1000, 3000]) for (let s = 0; s < 5; s++) cmp(reply(w, 77 + s));
cmp(reply(10000));
for (const f of readdirSync("test/fixtures/mail")) if (f.endsWith(".txt")) { const t = readFileSync(`test/fixtures/mail/${f}`, "utf8"); cmp(t); cmp(t, { locale: "en" }); cmp(t, { language: "en" }); }
const FR = ["Labdien, Jāni!", "Dear Ms Smith,", "Čau!", "\n", "\r\n", "\n\n", " ", "Paldies par Jūsu vēstuli.", "Aicinām Jūs sniegt atsauksmi https://www.vzd.gov.lv/atsauksmes.", "Veiksmīgu dienu!", "Ar cieņu,", "Kind regards,", "-- ", "Anna Kalniņa", "Vecākā referente", "Valsts zemes dienests", "Tālr. +371 67 038 600", "anna@vzd.gov.lv", "161175-19997", "> citāts", "From: Jane <jane@example.com>", "Sent: Monday", "-----Original Message-----", "rakstīja:", "struktūrvienībai", "Struktūrvienības", "STRUKTŪRVIENĪBA", "VZD", "VZD-ā", "SVARĪGI", "URGENT", "VSAA", "NĪ", "(turpmāk – VZD)", "Valsts zemes dienests (VZD)", "VSAA (Valsts sociālās apdrošināšanas aģentūra)", "(hereinafter referred to as ABC)", "ESCALATED", "escalating", "e-pasts", "E-PASTS", "LV-1050", "A4", "II", "XIV", "🙂", "\u0301", "a\u0304", "İSTANBUL", "İ", "ΣΑΣ", "Σ.", "𝐀𝐁𝐂", "\ud800", "-", "--", "WWW.VZD.LV", "INFO@VZD.LV", "the", "and", "you", "un", "ir", "par", "noun", "neeskalēt", "jāeskalē", "kompetencei", "monitoringa", "institucionālo ietvaru", "(", ")", "AB-CD", "VID", "PVN", "١٢٣", "ǅ", "ß", "ﬀ"];
const mailLike = fc.array(fc.oneof(fc.constantFrom(...FR), fc.constantFrom(...FR), fc.string({ unit: "grapheme", maxLength: 12 }), fc.string({ unit: "binary", maxLength: 6 })), { maxLength: 400 }).map((p) => p.join(fc.sample(fc.constantFrom(" ", "", "\n", ", ", "-"), 1)[0]));
fc.assert(fc.property(mailLike, fc.option(fc.record({ quoteStart: fc.integer({ min: -5, max: 3000 }), signature: fc.record({ start: fc.integer({ min: -5, max: 3000 }), end: fc.integer({ min: -5, max: 3000 }) }) }, { requiredKeys: [] }), { nil: undefined }), (t, h) => { cmp(t, h ? { hints: h } : {}); return true; }), { numRuns: Number(process.env.RUNS ?? 400) });
fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 3000 }), (t) => { cmp(t); return true; }), { numRuns: 60 });
for (let s = 0; s < 30; s++) { const b = bodyText(300, { seed: s }); cmp(`Labdien!\n\n${b}\nVID (Valsts ieņēmumu dienests) un VSAA.\n\nAr cieņu,\nAnna`); }
console.log(`${n} comparisons, ${bad} mismatches`);
process.exitCode = bad ? 1 : 0;
