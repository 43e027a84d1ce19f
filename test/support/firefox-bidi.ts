// Firefox ESR driven over WebDriver BiDi (Firefox's own remote protocol, `--remote-debugging-port`):
// the extension installed as a temporary add-on (webExtension.install), pages opened and read,
// and — what page scripts cannot do — the user's own keyboard: input.performActions makes
// trusted key events, so Skaidri's trusted-only actions can be tested in Firefox too.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import WebSocket from "ws";
import { findFirefox } from "./firefox.ts";

export interface BidiFirefox {
  /** Sends a BiDi command and resolves with its result (rejects on an error answer). */
  send<T = unknown>(method: string, params?: object): Promise<T>;
  /** The top-level browsing context. */
  context: string;
  /** Evaluates `expression` in the page (its main world) and returns its JSON value. */
  evaluate<T = unknown>(expression: string): Promise<T>;
  /** Presses keys as the user does: each entry is held down in order, then all released (e.g. ["\uE00A", "\uE008", "S"]). */
  press(keys: string[]): Promise<void>;
  log(): string;
  close(): Promise<void>;
}

export const KEY = { alt: "\uE00A", shift: "\uE008", enter: "\uE006", control: "\uE009" } as const;

export interface BidiLaunchOptions {
  /** Written into the fresh profile's user.js (extensions.webextensions.uuids fixes an add-on's moz-extension:// host). */
  prefs?: Record<string, string | number | boolean>;
  /**
   * Lets BiDi open the extension's own pages (moz-extension://): without it Firefox's remote
   * agent refuses to navigate to anything but web pages (`--remote-allow-system-access`).
   */
  allowSystemAccess?: boolean;
}

/** Starts Firefox ESR headless with its remote agent, in a fresh profile removed by close(). */
export async function launchBidiFirefox({ prefs = {}, allowSystemAccess = false }: BidiLaunchOptions = {}): Promise<BidiFirefox> {
  const profile = mkdtempSync(join(tmpdir(), "skaidri-ff-bidi-"));
  const lines = Object.entries(prefs).map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`);
  if (lines.length > 0) writeFileSync(join(profile, "user.js"), lines.join(""));
  let log = "";
  const child: ChildProcess = spawn(findFirefox(), ["--headless", "--no-remote", "--profile", profile, "--remote-debugging-port", "0", ...(allowSystemAccess ? ["--remote-allow-system-access"] : []), "about:blank"], {
    env: { ...process.env, MOZ_HEADLESS: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Firefox did not start its remote agent:\n${log}`)), 60_000);
    const onData = (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-8_000);
      const found = /WebDriver BiDi listening on (ws:\/\/[^\s]+)/.exec(log);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`Firefox exited (${code}):\n${log}`)));
  });
  const ws = new WebSocket(`${url.replace(/\/$/, "")}/session`);
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  let id = 0;
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  ws.on("message", (raw) => {
    const message = JSON.parse(String(raw)) as { id?: number; type: string; result?: unknown; error?: string; message?: string };
    const entry = message.id !== undefined ? waiting.get(message.id) : undefined;
    if (!entry) return;
    waiting.delete(message.id!);
    if (message.type === "success") entry.resolve(message.result);
    else entry.reject(new Error(`${message.error}: ${message.message}`));
  });
  const send = <T>(method: string, params: object = {}) =>
    new Promise<T>((resolve, reject) => {
      const i = ++id;
      waiting.set(i, { resolve: resolve as (v: unknown) => void, reject });
      ws.send(JSON.stringify({ id: i, method, params }));
    });
  await send("session.new", { capabilities: {} });
  const tree = await send<{ contexts: { context: string }[] }>("browsingContext.getTree", {});
  const context = tree.contexts[0]!.context;
  return {
    send,
    context,
    async evaluate<T>(expression: string) {
      const result = await send<{ type: string; result?: { type: string; value?: unknown }; exceptionDetails?: { text: string } }>("script.evaluate", {
        expression: `JSON.stringify((() => { return ${expression}; })())`,
        target: { context },
        awaitPromise: true,
      });
      if (result.type !== "success" || result.result?.type !== "string") throw new Error(`evaluate failed: ${JSON.stringify(result)}`);
      return JSON.parse(String(result.result.value)) as T;
    },
    async press(keys) {
      const actions = [...keys.map((value) => ({ type: "keyDown", value })), ...[...keys].reverse().map((value) => ({ type: "keyUp", value }))];
      await send("input.performActions", { context, actions: [{ type: "key", id: "keyboard", actions }] });
    },
    log: () => log,
    async close() {
      ws.close();
      child.kill("SIGTERM");
      await new Promise((resolve) => {
        if (child.exitCode !== null) resolve(null);
        else child.once("exit", resolve);
        setTimeout(resolve, 10_000);
      });
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
