// Firefox smoke test: Firefox ESR, headless, runs a test-only Firefox build through `web-ext run`
// and opens a compose page served by a tiny local server. playwright-core cannot drive stock
// Firefox, so the page watches for the status element itself and reports to the server.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { buildInto, ROOT } from "../support/build.ts";
import { fixture } from "./harness.ts";

const CANDIDATES = ["/usr/bin/firefox-esr", "/usr/bin/firefox", "/usr/lib/firefox-esr/firefox-esr"];

function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      "No Firefox found for the Firefox smoke test. Install it with `sudo apt-get install -y firefox-esr` " +
        "(Debian/Ubuntu) or point FIREFOX_PATH at a Firefox binary.",
    );
  }
  return found;
}

// The page reports once the content script has put its status element next to the editor.
const REPORTER = `<script>
  const report = () => {
    if (!document.querySelector("[data-skaidri-status]")) return false;
    fetch("/seen", { method: "POST" });
    return true;
  };
  if (!report()) {
    const observer = new MutationObserver(() => report() && observer.disconnect());
    observer.observe(document.documentElement, { childList: true, subtree: true });
  }
</script>`;

let server: Server;
let origin = "";
let seen: () => void;
const contentScriptSeen = new Promise<void>((resolve) => {
  seen = resolve;
});

beforeAll(async () => {
  const page = fixture("minimal-compose.html").replace("</body>", `${REPORTER}</body>`);
  server = createServer((request, response) => {
    if (request.url === "/seen") {
      seen();
      response.end("ok");
      return;
    }
    response.writeHead(request.url === "/compose" ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    response.end(request.url === "/compose" ? page : "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

/** Ends web-ext and the Firefox it started (one process group), forcibly if need be. */
async function stop(child: ChildProcess): Promise<void> {
  if (!child.pid) return;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // Already gone.
    }
  };
  if (child.exitCode !== null || child.signalCode !== null) {
    signalGroup("SIGKILL"); // web-ext is gone; a Firefox it left behind must not be.
    return;
  }
  const exited = new Promise((resolve) => child.once("exit", resolve));
  signalGroup("SIGTERM");
  const timer = setTimeout(() => signalGroup("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
  signalGroup("SIGKILL"); // Firefox children that outlived web-ext.
}

test("the Firefox build's content script marks a compose body in Firefox ESR", async () => {
  const firefoxBinary = findFirefox();
  const out = await buildInto(`firefox-smoke-${process.pid}`, { testHost: origin });
  // web-ext makes its temporary profile under TMPDIR: a folder of our own, removed afterwards.
  const temp = mkdtempSync(join(tmpdir(), "skaidri-firefox-"));
  let log = "";
  const child = spawn(
    process.execPath,
    [
      join(ROOT, "node_modules/web-ext/bin/web-ext.js"),
      "run",
      "--source-dir",
      join(out, "firefox"),
      `--firefox=${firefoxBinary}`,
      "--no-input",
      "--no-reload",
      "--start-url",
      `${origin}/compose`,
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
  const exitedEarly = new Promise<never>((_, fail) =>
    child.once("exit", (code) => fail(new Error(`web-ext exited (code ${code}) before the content script ran:\n${log}`))),
  );
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(
      () => fail(new Error(`The content script did not mark the compose page within 45 s. web-ext said:\n${log}`)),
      45_000,
    );
  });
  try {
    await Promise.race([contentScriptSeen, exitedEarly, timeout]);
  } finally {
    clearTimeout(timer);
    exitedEarly.catch(() => {});
    await stop(child);
    rmSync(temp, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
  await expect(contentScriptSeen).resolves.toBeUndefined();
}, 90_000);
