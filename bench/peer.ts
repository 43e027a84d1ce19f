// The peer: textlint + textlint-rule-prh, the closest existing glossary linter, given the same
// terms as its dictionary. One prh rule per glossary entry: `expected` = the suggestion,
// `patterns` = every surface form of the term (prh has no notion of inflection, so each case
// form is listed). Loaded the way a textlint user does it — a .textlintrc naming the rule,
// `loadTextlintrc` + `createLinter` — and run on the plain-text plugin (a mail is plain text).
//
// Note on fairness: textlint-rule-prh builds its prh engine (reads the YAML, compiles one
// RegExp per rule) inside the rule's reporter, i.e. once per lintText call — that is how the
// rule works in every textlint integration, so it is part of the measured time. `prhOnly`
// measures the prh engine alone with the dictionary compiled once, as a lower bound for
// what any textlint-based glossary check could cost.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createLinter, loadTextlintrc } from "textlint";
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

export interface Peer {
  lint(text: string): Promise<number>;
  /** The prh engine alone, dictionary compiled once (no textlint, no per-lint YAML). */
  prhOnly(text: string): number;
  dispose(): void;
}

export async function createPeer(terms: readonly BenchTerm[]): Promise<Peer> {
  const dir = mkdtempSync(join(tmpdir(), "skaidri-bench-prh-"));
  mkdirSync(dir, { recursive: true });
  const yamlPath = join(dir, "prh.yml");
  writeFileSync(yamlPath, prhYaml(terms));
  const rcPath = join(dir, ".textlintrc.json");
  writeFileSync(rcPath, JSON.stringify({ rules: { prh: { rulePaths: [yamlPath] } } }));
  const descriptor = await loadTextlintrc({ configFilePath: rcPath, node_modulesDir: join(ROOT, "node_modules") });
  // loadTextlintrc falls back silently to "no rules" when the config fails to load.
  if (!descriptor.rule.lintableDescriptors.some((d) => d.id === "prh")) {
    throw new Error("textlint did not load textlint-rule-prh: the peer would measure nothing.");
  }
  const linter = createLinter({ descriptor });
  const prh = require("prh") as { fromYAMLFilePath(path: string): { makeChangeSet(path: string, text: string): { diffs: unknown[] } } };
  const engine = prh.fromYAMLFilePath(yamlPath);
  return {
    async lint(text) {
      const result = await linter.lintText(text, "mail.txt");
      return result.messages.length;
    },
    prhOnly(text) {
      return engine.makeChangeSet("", text).diffs.length;
    },
    dispose() {
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
