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

/** Median CPU time of one call in ms (CPU, not wall: the machine may be shared). */
function median(fn: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    for (let k = 0; k < 10; k++) fn();
    const used = process.cpuUsage(c);
    times.push((used.user + used.system) / 10_000);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** Wall and CPU time of one call, in ms (CPU time is steadier on a busy machine). */
function timed(fn: () => void): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const t = performance.now();
  fn();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - t, cpu: (used.user + used.system) / 1000 };
}

let glossary = compileGlossary(terms);
const compileMs = median(() => {
  glossary = compileGlossary(terms);
}, 9);
// The Latvian trie is built on the first Latvian find: time that as "build".
const builds = Array.from({ length: 9 }, () => {
  const g = compileGlossary(terms);
  return timed(() => g.find("struktūrvienība", "lv"));
}).sort((a, b) => a.wall - b.wall);
const build = builds[4]!;
glossary.find("x", "lv");
const coldFind = timed(() => glossary.find(reply, "lv"));
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
console.log(`compile (tokenise terms): ${compileMs.toFixed(1)} ms; build the Latvian trie (first lv find): ${build.wall.toFixed(1)} ms wall, ${build.cpu.toFixed(1)} ms CPU (medians of 9)`);
console.log(`find, first call after the build (cold word cache): ${coldFind.wall.toFixed(2)} ms`);
console.log(`find: ${findMs.toFixed(3)} ms → ${per100(findMs)} ms per 100 words (median of 51)`);
console.log(`jargon rule: ${jargonMs.toFixed(3)} ms → ${per100(jargonMs)} ms per 100 words`);
console.log(`abbreviation rule (full lexicon): ${abbreviationMs.toFixed(3)} ms → ${per100(abbreviationMs)} ms per 100 words`);
