// The peer: textlint + textlint-rule-prh, the closest existing glossary linter, given the same
// terms as its dictionary. One prh rule per glossary entry: `expected` = the suggestion,
// `patterns` = every surface form of the term (prh has no notion of inflection, so each case
// form is listed). Loaded the way a textlint user does it — a .textlintrc naming the rule,
// `loadTextlintrc` + `createLinter` — and run on the plain-text plugin (a mail is plain text).
//
// The peer runs in a worker thread of the benchmark's process (bench/peer-worker.mjs).
//
// Note on fairness: textlint-rule-prh builds its prh engine (reads the YAML, compiles one
// RegExp per rule) inside the rule's reporter, i.e. once per lintText call — that is how the
// rule works in every textlint integration, so it is part of the measured time. `prhOnly`
// measures the prh engine alone with the dictionary compiled once, as a lower bound for
// what any textlint-based glossary check could cost.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import type { BenchTerm } from "./inputs.ts";

const ROOT = resolve(import.meta.dirname, "..");
const require = createRequire(import.meta.url);

export function prhYaml(terms: readonly BenchTerm[]): string {
  const lines = ["version: 1", "rules:"];
  for (const t of terms) {
    lines.push(`  - expected: ${JSON.stringify(t.entry.suggestion ?? t.entry.term)}`);
    lines.push("    patterns:");
    for (const f of t.forms) lines.push(`      - ${JSON.stringify(f)}`);
  }
  return lines.join("\n") + "\n";
}

/** One timed call: what it found and how long it took (measured in the peer's thread). */
export interface PeerCall {
  count: number;
  ms: number;
}

export interface Peer {
  lint(text: string): Promise<PeerCall>;
  /** The prh engine alone, dictionary compiled once (no textlint, no per-lint YAML). */
  prhOnly(text: string): Promise<PeerCall>;
  dispose(): Promise<void>;
}

/**
 * The peer in a worker thread of this process (bench/peer-worker.mjs): its calls are timed
 * there, with `cpu` = process CPU time instead of wall time, and its garbage is collected
 * there after each call. Running it on the main thread measurably slowed the floor and
 * Skaidri for hundreds of calls after each textlint call (3× on the floor at 10,000 terms).
 */
export async function createPeer(terms: readonly BenchTerm[], options: { cpu?: boolean } = {}): Promise<Peer> {
  const dir = mkdtempSync(join(tmpdir(), "skaidri-bench-prh-"));
  const yamlPath = join(dir, "prh.yml");
  writeFileSync(yamlPath, prhYaml(terms));
  const rcPath = join(dir, ".textlintrc.json");
  writeFileSync(rcPath, JSON.stringify({ rules: { prh: { rulePaths: [yamlPath] } } }));
  const worker = new Worker(new URL("./peer-worker.mjs", import.meta.url), {
    workerData: { rcPath, yamlPath, nodeModules: join(ROOT, "node_modules"), cpu: Boolean(options.cpu) },
  });
  const next = () =>
    new Promise<PeerCall & { ready?: boolean; loaded?: boolean }>((done, fail) => {
      const onError = (error: Error) => fail(error);
      worker.once("error", onError);
      worker.once("message", (m) => {
        worker.off("error", onError);
        done(m);
      });
    });
  const ready = await next();
  if (!ready.loaded) {
    await worker.terminate();
    throw new Error("textlint did not load textlint-rule-prh: the peer would measure nothing.");
  }
  const call = (op: "lint" | "prhOnly", text: string) => {
    const answer = next();
    worker.postMessage({ op, text });
    return answer;
  };
  return {
    lint: (text) => call("lint", text),
    prhOnly: (text) => call("prhOnly", text),
    async dispose() {
      await worker.terminate();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Installed versions, for the report. */
export function peerVersions(): Record<string, string> {
  const version = (name: string) => (require(join(ROOT, "node_modules", name, "package.json")) as { version: string }).version;
  return {
    textlint: version("textlint"),
    "@textlint/kernel": version("@textlint/kernel"),
    "@textlint/textlint-plugin-text": version("@textlint/textlint-plugin-text"),
    "textlint-rule-prh": version("textlint-rule-prh"),
    prh: version("prh"),
  };
}
