// The peer's own thread (see bench/peer.ts): textlint + prh run in a worker of the benchmark's
// process, so that their work — 10,000 RegExps compiled per call, hundreds of MB of garbage —
// cannot disturb the main thread's V8 heap, inline caches and RegExp code, where Skaidri and
// the floor are measured. Each call is timed here, around the call alone; garbage is
// collected after it (untimed), before the answer goes back.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parentPort, workerData } from "node:worker_threads";
import { createRequire } from "node:module";
import { createLinter, loadTextlintrc } from "textlint";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc");
const require = createRequire(import.meta.url);
const { rcPath, yamlPath, nodeModules, cpu } = workerData;
const clock = cpu
  ? () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    }
  : () => performance.now();

const descriptor = await loadTextlintrc({ configFilePath: rcPath, node_modulesDir: nodeModules });
// loadTextlintrc falls back silently to "no rules" when the config fails to load.
const loaded = descriptor.rule.lintableDescriptors.some((d) => d.id === "prh");
const linter = createLinter({ descriptor });
const engine = require("prh").fromYAMLFilePath(yamlPath);

parentPort.on("message", async ({ op, text }) => {
  const t0 = clock();
  let count;
  if (op === "lint") count = (await linter.lintText(text, "mail.txt")).messages.length;
  else count = engine.makeChangeSet("", text).diffs.length;
  const ms = clock() - t0;
  gc();
  parentPort.postMessage({ count, ms });
});
parentPort.postMessage({ ready: true, loaded });
