// Machine-wide policy files for the real-policy e2e tests, written so that /etc is left exactly
// as it was found (issue 17): a unique file name per run for Chromium (it reads every *.json in
// its folder), a backed-up and restored policies.json for Firefox (it reads one fixed file),
// folders created only for the test removed again, and cleanup on every exit path — afterAll,
// process exit, Ctrl+C, SIGTERM — plus a sweep of what a killed earlier run left behind.
import { createHash, randomUUID } from "node:crypto";
import { accessSync, constants, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { findFirefox } from "./firefox.ts";

const PREFIX = "skaidri-e2e-";
const MARKER = "skaidri-e2e";

export interface PolicyFile {
  /** The file the browser reads. */
  readonly path: string;
  /** Writes atomically: a browser watching the folder never reads half a file. */
  write(content: object): void;
  /** Removes the file the test wrote (it may write again). */
  remove(): void;
  /** Removes what the test wrote and puts back what it moved or created; safe to call twice. */
  cleanup(): void;
}

/** Folders from `dir` up that do not exist yet, outermost first: created for the test, removed after. */
function missingFolders(dir: string): string[] {
  const missing: string[] = [];
  for (let at = dir; !existsSync(at); at = dirname(at)) missing.unshift(at);
  return missing;
}

// Folders the tests created, in this process: removed (when empty) by whichever cleanup comes last.
const createdFolders = new Set<string>();

function createFolder(dir: string): void {
  for (const folder of missingFolders(dir)) createdFolders.add(folder);
  mkdirSync(dir, { recursive: true });
}

function removeCreatedFolders(): void {
  for (const folder of [...createdFolders].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(folder); // Only when empty: never what someone else put there meanwhile.
      createdFolders.delete(folder);
    } catch {
      // Still in use by another policy file of this run, or not ours to remove.
    }
  }
}

function writeAtomically(path: string, content: object): void {
  const temp = join(dirname(path), `.${PREFIX}${process.pid}.tmp`);
  writeFileSync(temp, JSON.stringify(content, null, 2));
  renameSync(temp, path);
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

const cleanups = new Set<() => void>();
let hooked = false;

/** Runs every pending cleanup once when the process ends, however it ends short of SIGKILL. */
function onEveryExit(cleanup: () => void): void {
  cleanups.add(cleanup);
  if (hooked) return;
  hooked = true;
  const runAll = () => {
    for (const fn of [...cleanups]) fn();
  };
  process.once("exit", runAll);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      runAll();
      process.kill(process.pid, signal);
    });
  }
}

/** Chromium: `<dir>/skaidri-e2e-<pid>-<uuid>.json`, beside whatever else the machine has there. */
export function chromiumPolicyFile(dir: string): PolicyFile {
  createFolder(dir);
  // A killed earlier run's file (its pid is gone) would still apply to every later browser start.
  for (const name of readdirSync(dir)) {
    const pid = new RegExp(`^\\.?${PREFIX}(\\d+)`).exec(name)?.[1];
    if (pid && !pidAlive(Number(pid))) rmSync(join(dir, name), { force: true });
  }
  const path = join(dir, `${PREFIX}${process.pid}-${randomUUID()}.json`);
  let done = false;
  const cleanup = () => {
    if (done) return;
    done = true;
    cleanups.delete(cleanup);
    rmSync(path, { force: true });
    removeCreatedFolders();
  };
  onEveryExit(cleanup);
  return { path, write: (content) => writeAtomically(path, content), remove: () => rmSync(path, { force: true }), cleanup };
}

/**
 * Firefox: `<dir>/policies.json`. A file that is not the test's is moved aside and put back after;
 * a backup left by a killed earlier run is restored before anything else.
 */
export function firefoxPolicyFile(dir: string): PolicyFile {
  const path = join(dir, "policies.json");
  const backup = join(dir, `policies.json.${PREFIX}backup`);
  const ours = () => existsSync(path) && readFileSync(path, "utf8").includes(MARKER);
  if (ours()) rmSync(path);
  if (existsSync(backup)) {
    if (existsSync(path)) throw new Error(`${path} and ${backup} both exist: restore one by hand before running the Firefox policy test`);
    renameSync(backup, path);
  }
  createFolder(dir);
  let moved = false;
  let done = false;
  const cleanup = () => {
    if (done) return;
    done = true;
    cleanups.delete(cleanup);
    if (ours()) rmSync(path);
    if (moved) renameSync(backup, path);
    removeCreatedFolders();
  };
  onEveryExit(cleanup);
  return {
    path,
    write(content) {
      if (!moved && existsSync(path) && !ours()) {
        renameSync(path, backup);
        moved = true;
      }
      writeAtomically(path, { "//": MARKER, ...content });
    },
    remove() {
      if (ours()) rmSync(path);
    },
    cleanup,
  };
}

/** Every file and folder under `dir` with a hash of its bytes: what "left as found" compares. */
export function snapshotTree(dir: string): string[] {
  if (!existsSync(dir)) return [`${dir}: absent`];
  const out: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const full = join(at, name);
      const rel = relative(dir, full);
      if (lstatSync(full).isDirectory()) {
        out.push(`${rel}/`);
        walk(full);
      } else {
        out.push(`${rel} ${createHash("sha256").update(readFileSync(full)).digest("hex")}`);
      }
    }
  };
  walk(dir);
  return out;
}

/**
 * What "left as found" compares for a policy folder: its tree when it exists, otherwise the fact
 * that its outermost missing folder is absent (so a folder the test creates must go again).
 */
export function snapshotPolicyFolder(dir: string): string[] {
  const missing = missingFolders(dir);
  return missing.length > 0 ? [`${missing[0]}: absent`] : snapshotTree(dir);
}

/**
 * Why a Firefox policy test cannot run here, or null: no Firefox ESR, or `policyDir` (or the
 * nearest folder above it that exists) not writable — the tests need root.
 */
export function firefoxPolicyBlocker(policyDir: string): string | null {
  try {
    findFirefox();
  } catch (error) {
    return (error as Error).message;
  }
  try {
    let at = policyDir;
    while (!existsSync(at)) at = dirname(at);
    accessSync(at, constants.W_OK);
  } catch (error) {
    return `cannot write ${policyDir} (${(error as NodeJS.ErrnoException).code ?? error}): the test needs root (CI runs as root; a developer may set SKAIDRI_SKIP_POLICY_E2E=1 to skip it)`;
  }
  return null;
}
