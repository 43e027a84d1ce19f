// Quick local timing of the glossary matcher and the two lexical rules (not a test: numbers
// depend on the machine). 10,000 real terms from dictionary-lv (a third of them two-word
// phrases) against a 1,000-word Latvian reply.  Run: npx tsx scripts/time-glossary.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadNodeLexicon } from "../src/cli/lexicon-node.ts";
import { defaultConfig } from "../src/core/config.ts";
import { compileGlossary } from "../src/core/glossary.ts";
import { abbreviation } from "../src/core/rules/abbreviation.ts";
import { jargon } from "../src/core/rules/jargon.ts";
import type { RuleContext } from "../src/core/rules/rule.ts";
import type { GlossaryEntry } from "../src/core/types.ts";

const dic = readFileSync(resolve(import.meta.dirname, "../node_modules/dictionary-lv/index.dic"), "utf8");
const words = dic
  .split("\n")
  .filter((l) => /po:(lietv|darbv)/.test(l))
  .map((l) => l.split("/")[0]!)
  .filter((w) => /^\p{Ll}{5,}$/u.test(w));
const terms: GlossaryEntry[] = [];
for (let i = 0; terms.length < 10_000; i += 3) {
  const w = words[i % words.length]!;
  const term = terms.length % 3 === 0 ? `${words[(i * 7) % words.length]!.replace(/s$/, "a")} ${w}` : w;
  terms.push({ term, suggestion: "vienkāršāk" });
}
terms.push({ term: "struktūrvienība", suggestion: "nodaļa" }, { term: "eskalēt", suggestion: "nodot" });

const sentences = [
  "Labdien! Paldies par Jūsu iesniegumu, kuru saņēmām pirmdien un nodevām atbildīgajai struktūrvienībai izskatīšanai.",
  "Jūsu jautājumu par nekustamā īpašuma nodokļa pārrēķinu izskatīs Valsts zemes dienests (turpmāk – VZD), un VZD atbildi sniegs mēneša laikā.",
  "Ja nepieciešams, jautājumu eskalēsim vadībai, taču parasti tas nav vajadzīgs, jo speciālisti atbild ātri.",
  "Lūdzu, pievienojiet dokumentu kopijas PDF formātā un norādiet savu tālruņa numuru, lai varam sazināties.",
  "SVARĪGI: dokumenti jāiesniedz līdz nākamā mēneša piektajam datumam, citādi iesniegums netiks izskatīts.",
];
let reply = "";
while (reply.split(/\s+/).length < 1000) reply += `${sentences[reply.length % sentences.length]} `;
const wordCount = reply.split(/\s+/).filter(Boolean).length;

function median(fn: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

let glossary = compileGlossary(terms);
const compileMs = median(() => {
  glossary = compileGlossary(terms);
}, 9);
const coldFind = (() => {
  const g = compileGlossary(terms);
  const t = performance.now();
  g.find(reply, "lv");
  return performance.now() - t;
})();
for (let i = 0; i < 20; i++) glossary.find(reply, "lv");
const findMs = median(() => glossary.find(reply, "lv"), 51);

const config = { ...defaultConfig(), glossary: terms };
const lexicon = loadNodeLexicon();
lexicon.has("x", "lv");
const context = (): RuleContext => ({
  text: reply,
  language: "lv",
  locale: "lv",
  segments: { greeting: null, body: { start: 0, end: reply.length }, closing: null, signature: null, quote: null },
  config,
  glossary,
  lexicon,
  pendingWords: new Set(),
});
for (let i = 0; i < 20; i++) jargon.check(context());
const jargonMs = median(() => jargon.check(context()), 51);
for (let i = 0; i < 20; i++) abbreviation.check(context());
const abbreviationMs = median(() => abbreviation.check(context()), 51);

const per100 = (ms: number) => ((ms * 100) / wordCount).toFixed(3);
console.log(`${terms.length} terms, reply of ${wordCount} words, ${glossary.find(reply, "lv").length} matches`);
console.log(`compile: ${compileMs.toFixed(1)} ms (median of 9)`);
console.log(`find, first call (cold caches): ${coldFind.toFixed(2)} ms`);
console.log(`find: ${findMs.toFixed(3)} ms → ${per100(findMs)} ms per 100 words (median of 51)`);
console.log(`jargon rule: ${jargonMs.toFixed(3)} ms → ${per100(jargonMs)} ms per 100 words`);
console.log(`abbreviation rule (full lexicon): ${abbreviationMs.toFixed(3)} ms → ${per100(abbreviationMs)} ms per 100 words`);
