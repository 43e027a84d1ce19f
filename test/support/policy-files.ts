// Machine-wide managed-policy files for the real-policy end-to-end tests, written so a run never
// harms the machine or another run (issue 17):
// - Chromium reads every *.json in its managed folder: each run writes a file with a name of its
//   own (pid and a random part), atomically (Chromium watches the folder), and removes it on every
//   way out — the test's own cleanup, process exit, SIGINT/SIGTERM.
// - Firefox reads exactly one policies.json: a file that is not ours is moved aside first and put
//   back afterwards, never overwritten or deleted.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const CHROMIUM_POLICY_DIR = process.env.SKAIDRI_POLICY_DIR ?? "/etc/chromium/policies/managed";
export const FIREFOX_POLICY_DIR = process.env.SKAIDRI_FIREFOX_POLICY_DIR ?? "/etc/firefox/policies";

const cleanups = new Set<() => void>();
let hooked = false;

function runCleanups(): void {
  for (const cleanup of [...cleanups]) {
    try {
      cleanup();
    } catch {
      // Keep cleaning the rest.
    }
  }
}

/** Cleans up at process exit and on the signals a cancelled run gets (then exits as it would have). */
function onEveryExit(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  if (!hooked) {
    hooked = true;
    process.once("exit", runCleanups);
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
      process.once(signal, () => {
        runCleanups();
        process.kill(process.pid, signal);
      });
    }
  }
  return () => {
    cleanups.delete(cleanup);
    cleanup();
  };
}

export interface PolicyFile {
  path: string;
  /** Writes (atomically) a new policy for the extension into the same file. */
  update(policy: object): void;
  /** Removes the file (and restores what it replaced); safe to call more than once. */
  remove(): void;
}

/** A Chromium managed-policy file of this run: {"3rdparty": {"extensions": {id: policy}}}. */
export function writeChromiumPolicy(id: string, policy: object, dir = CHROMIUM_POLICY_DIR): PolicyFile {
  mkdirSync(dir, { recursive: true });
  const unique = `${process.pid}-${randomBytes(4).toString("hex")}`;
  const path = join(dir, `skaidri-e2e-${unique}.json`);
  const write = (value: object) => {
    const temp = join(dir, `.skaidri-e2e-${unique}.tmp`); // not *.json: Chromium ignores it
    writeFileSync(temp, JSON.stringify({ "3rdparty": { extensions: { [id]: value } } }, null, 2));
    renameSync(temp, path);
  };
  write(policy);
  const remove = onEveryExit(() => rmSync(path, { force: true }));
  return { path, update: write, remove };
}

/** Firefox's policies.json with the extension's 3rdparty policy; a foreign file is moved aside and restored. */
export function writeFirefoxPolicy(geckoId: string, policy: object, dir = FIREFOX_POLICY_DIR): PolicyFile {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, "policies.json");
  const unique = `${process.pid}-${randomBytes(4).toString("hex")}`;
  const marker = `skaidri-e2e-${unique}`;
  const backup = join(dir, `policies.json.${marker}.bak`);
  const hadForeign = existsSync(path);
  if (hadForeign) renameSync(path, backup);
  const write = (value: object) => {
    const temp = join(dir, `.${marker}.tmp`);
    writeFileSync(temp, JSON.stringify({ policies: { "3rdparty": { Extensions: { [geckoId]: { ...value, "//": marker } } } } }));
    renameSync(temp, path);
  };
  write(policy);
  const remove = onEveryExit(() => {
    // Only ever remove the file this run wrote (it carries the run's marker).
    try {
      if (readFileSync(path, "utf8").includes(marker)) rmSync(path, { force: true });
    } catch {
      // Already gone.
    }
    if (hadForeign && existsSync(backup) && !existsSync(path)) renameSync(backup, path);
  });
  return { path, update: write, remove };
}
