// Firefox ESR for end-to-end tests: `web-ext run` headless with an unpacked Firefox build.
// playwright-core cannot drive stock Firefox, so tests let the page report back to a local
// server instead. stop() ends web-ext and the Firefox it started (one process group).
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findFirefox } from "../../scripts/browsers.mjs";
import { ROOT } from "./build.ts";

export { findFirefox };

export interface RunningFirefox {
  child: ChildProcess;
  /** The last 8 kB web-ext and Firefox printed. */
  log(): string;
  /** Rejects when web-ext exits before stop() is called. */
  exited: Promise<never>;
  stop(): Promise<void>;
}

/** Starts Firefox (headless) with the unpacked extension in `sourceDir`, opening `startUrl`. */
export function runFirefox(sourceDir: string, startUrl: string): RunningFirefox {
  // web-ext makes its temporary profile under TMPDIR: a folder of our own, removed afterwards.
  const temp = mkdtempSync(join(tmpdir(), "skaidri-firefox-"));
  let log = "";
  const child = spawn(
    process.execPath,
    [
      join(ROOT, "node_modules/web-ext/bin/web-ext.js"),
      "run",
      "--source-dir",
      sourceDir,
      `--firefox=${findFirefox()}`,
      "--no-input",
      "--no-reload",
      "--start-url",
      startUrl,
    ],
    {
      cwd: ROOT,
      detached: true, // its own process group, so Firefox ends with it
      env: { ...process.env, MOZ_HEADLESS: "1", TMPDIR: temp },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const keepLog = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-8_000);
  };
  child.stdout!.on("data", keepLog);
  child.stderr!.on("data", keepLog);
  let stopping = false;
  const exited = new Promise<never>((_, fail) =>
    child.once("exit", (code) => {
      if (!stopping) fail(new Error(`web-ext exited early (code ${code}):\n${log}`));
    }),
  );
  exited.catch(() => {});

  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  return {
    child,
    log: () => log,
    exited,
    async stop() {
      stopping = true;
      try {
        if (child.exitCode === null && child.signalCode === null) {
          const gone = new Promise((resolve) => child.once("exit", resolve));
          signalGroup("SIGTERM");
          const timer = setTimeout(() => signalGroup("SIGKILL"), 5_000);
          await gone;
          clearTimeout(timer);
        }
        signalGroup("SIGKILL"); // Firefox children that outlived web-ext.
      } finally {
        rmSync(temp, { recursive: true, force: true });
      }
    },
  };
}

/** Settles as `promise` does, or rejects with `message()` (read then) after `ms`. */
export async function within<T>(promise: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(message())), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
