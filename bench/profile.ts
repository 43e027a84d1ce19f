// Where the engine's time goes: `npm run bench -- --profile [--words 1000] [--terms 10000]`.
// 1. Phase timers: segmentation, language detection and each rule's check(), medians over
//    many runs of the same reply (the same steps lint() takes, timed one by one).
// 2. A CPU profile (node:inspector, 50 µs sampling) of lint() in a loop: the functions with
//    the most self time, and the time per source file.
import { Session } from "node:inspector/promises";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { benchTerms, reply } from "./inputs.ts";

const ROOT = resolve(import.meta.dirname, "..");

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

export async function runProfile(): Promise<number> {
  const { values } = parseArgs({ options: { words: { type: "string", default: "1000" }, terms: { type: "string", default: "10000" } }, strict: false });
  const words = Number(values.words);
  const n = Number(values.terms);
  const { effectiveConfig } = await import("../src/core/config.ts");
  const { compileGlossary } = await import("../src/core/glossary.ts");
  const { lint } = await import("../src/core/lint.ts");
  const { segmentMessage } = await import("../src/core/message.ts");
  const { rules } = await import("../src/core/rules/index.ts");
  const lexicon = await loadLexicon();
  const config = effectiveConfig({}, { institution: "Valsts ieņēmumu dienests", feedbackUrl: "https://www.iestade.gov.lv/atsauksmes", glossary: benchTerms(n).map((t) => t.entry) }, {});
  const text = reply(words);
  lexicon?.has("vid", "lv"); // load the word lists before timing anything
  // Cold: compile, then the first lint (empty per-word caches), as when a compose opens.
  let t = performance.now();
  const glossary = compileGlossary(config.glossary);
  const compileMs = performance.now() - t;
  const options = { config, glossary, ...(lexicon ? { lexicon } : {}) };
  t = performance.now();
  lint(text, options);
  const firstMs = performance.now() - t;
  for (let i = 0; i < 30; i++) lint(text, options);

  // 1. Phase timers.
  const phases = new Map<string, number[]>();
  // Process CPU time, not wall time: on a busy machine a multi-millisecond window is stretched
  // by preemption far more often than a sub-millisecond one, which would skew the split.
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const time = (name: string, fn: () => unknown) => {
    const t0 = cpuMs();
    fn();
    const ms = cpuMs() - t0;
    phases.set(name, [...(phases.get(name) ?? []), ms]);
  };
  let detectLanguage: ((t: string, s: number, e: number) => string) | undefined;
  try {
    ({ detectLanguage } = (await import("../src/core/language.ts")) as { detectLanguage: typeof detectLanguage });
  } catch {
    detectLanguage = undefined;
  }
  for (let i = 0; i < 101; i++) {
    time("lint() in all", () => lint(text, options));
    let segments = segmentMessage(text);
    time("segmentMessage", () => {
      segments = segmentMessage(text);
    });
    const ownEnd = segments.quote ? segments.quote.start : text.length;
    let language = "lv";
    if (detectLanguage) time("detectLanguage", () => (language = detectLanguage!(text, 0, ownEnd)));
    const context = { text, language, locale: "lv", segments, config, glossary, lexicon, pendingWords: new Set<string>() } as Parameters<(typeof rules)[number]["check"]>[0];
    for (const rule of rules) time(`rule ${rule.id}`, () => rule.check(context));
  }
  console.log(`Engine profile: ${words} words × ${n} terms, ${text.length} characters`);
  console.log(`  cold: compileGlossary ${compileMs.toFixed(1)} ms, then the first lint() ${firstMs.toFixed(2)} ms (wall time; includes JIT warm-up)`);
  console.log("Phases, warm (medians of 101 runs, process CPU time):");
  for (const [name, xs] of phases) console.log(`  ${name.padEnd(28)} ${median(xs).toFixed(3).padStart(9)} ms`);

  // 2. CPU profile.
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 50 });
  await session.post("Profiler.start");
  const until = performance.now() + 3000;
  let runs = 0;
  while (performance.now() < until) {
    lint(text, options);
    runs++;
  }
  const { profile } = await session.post("Profiler.stop");
  session.disconnect();
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) self.set(samples[i]!, (self.get(samples[i]!) ?? 0) + (deltas[i + 1] ?? 0));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    if (!us) continue;
    const { url, functionName } = node.callFrame;
    const file = url.startsWith("file:") ? relative(ROOT, fileURLToPath(url)) : url || "(native/VM)";
    const key = `${functionName || "(anonymous)"}  ${file}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    byFile.set(file, (byFile.get(file) ?? 0) + us);
  }
  const total = [...byFile.values()].reduce((a, b) => a + b, 0);
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, us]) => `  ${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000 / runs).toFixed(3).padStart(8)} ms/lint  ${name}`);
  console.log(`\nCPU profile of ${runs} lint() calls (self time; ms per lint):`);
  console.log("By file:");
  for (const l of top(byFile, 12)) console.log(l);
  console.log("By function:");
  for (const l of top(byFunction, 25)) console.log(l);
  return 0;
}

/** The CLI's lexicon (public/lexicon), as the steady state of the browser's cache. */
export async function loadLexicon(): Promise<import("../src/core/lexicon.ts").Lexicon | undefined> {
  try {
    const { loadNodeLexicon } = (await import("../src/cli/lexicon-node.ts")) as { loadNodeLexicon: () => import("../src/core/lexicon.ts").Lexicon };
    return loadNodeLexicon();
  } catch {
    return undefined;
  }
}
