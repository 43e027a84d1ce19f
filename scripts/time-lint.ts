// Quick local timing of lint() on the benchmark's own inputs (bench/inputs.ts), beside the
// tokenising floor (bench/floor.ts). Not the benchmark: a fast loop for engine work. Prints, per
// case, the median and the minimum of batched samples in wall time and in process CPU time (the
// machine may be shared: CPU time and the minimum are the steadier figures).
//   npx tsx scripts/time-lint.ts [--words 100,1000,10000] [--terms 10,1000,10000] [--ms 400]
import { parseArgs } from "node:util";
import { floor } from "../bench/floor.ts";
import { benchTerms, reply } from "../bench/inputs.ts";
import { loadNodeLexicon } from "../src/cli/lexicon-node.ts";
import { effectiveConfig } from "../src/core/config.ts";
import { compileGlossary } from "../src/core/glossary.ts";
import { lint } from "../src/core/lint.ts";

const { values } = parseArgs({
  options: { words: { type: "string", default: "100,1000,10000" }, terms: { type: "string", default: "10,1000,10000" }, ms: { type: "string", default: "400" } },
});
const WORDS = values.words.split(",").map(Number);
const TERMS = values.terms.split(",").map(Number);
const BUDGET_MS = Number(values.ms);

const lexicon = loadNodeLexicon();
lexicon.has("vid", "lv"); // the word lists load on the first question: not inside a sample
const profile = { firstName: "Anna", lastName: "Bērziņa", position: "Vecākā referente", phone: "67 120 001", email: "anna.berzina@vid.gov.lv" };

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

interface Stats {
  wallMedian: number;
  wallMin: number;
  cpuMedian: number;
  cpuMin: number;
}

let sink = 0;

/** Samples of batches lasting ≥ 2 ms each, for about BUDGET_MS; per-call times in ms. */
function measure(fn: () => number): Stats {
  for (let i = 0; i < 20; i++) sink += fn();
  let t = performance.now();
  sink += fn();
  const reps = Math.max(1, Math.ceil(2 / Math.max(performance.now() - t, 1e-3)));
  const wall: number[] = [];
  const cpus: number[] = [];
  const until = performance.now() + BUDGET_MS;
  while (wall.length < 11 || performance.now() < until) {
    t = performance.now();
    const c = cpu();
    for (let i = 0; i < reps; i++) sink += fn();
    cpus.push((cpu() - c) / reps);
    wall.push((performance.now() - t) / reps);
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  return { wallMedian: med(wall), wallMin: Math.min(...wall), cpuMedian: med(cpus), cpuMin: Math.min(...cpus) };
}

const fmt = (ms: number) => ms.toFixed(4).padStart(8);
console.log("words  terms   lint wall med/min      floor wall med/min     ratio med/min   | lint cpu med/min     floor cpu med/min");
for (const words of WORDS) {
  const text = reply(words);
  const fl = measure(() => floor(text).length);
  for (const n of TERMS) {
    const config = effectiveConfig(
      {},
      { institution: "Valsts ieņēmumu dienests", feedbackUrl: "https://www.iestade.gov.lv/atsauksmes", glossary: benchTerms(n).map((x) => x.entry) },
      profile,
    );
    const glossary = compileGlossary(config.glossary);
    const s = measure(() => lint(text, { config, glossary, lexicon }).findings.length);
    console.log(
      `${String(words).padStart(5)} ${String(n).padStart(6)}  ${fmt(s.wallMedian)} ${fmt(s.wallMin)}   ${fmt(fl.wallMedian)} ${fmt(fl.wallMin)}   ${(s.wallMedian / fl.wallMedian).toFixed(1).padStart(6)}× ${(s.wallMin / fl.wallMin).toFixed(1).padStart(6)}×  | ${fmt(s.cpuMedian)} ${fmt(s.cpuMin)}   ${fmt(fl.cpuMedian)} ${fmt(fl.cpuMin)}`,
    );
  }
}
if (sink === -1) console.log("unreachable");
