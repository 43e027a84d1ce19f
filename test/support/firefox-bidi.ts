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
  /** Awaits `expression` (a promise or a value) in `target` (a context id; default the page) and returns its JSON value. */
  evaluateAsync<T = unknown>(expression: string, target?: string): Promise<T>;
  /** The browser window's own (chrome) context; needs systemAccess. */
  browserWindow(): Promise<string>;
  /** Types `text` key by key as the user does (trusted key events). */
  type(text: string): Promise<void>;
  /** A trusted mouse click at the centre of the first element matching `selector` in the page. */
  clickSelector(selector: string): Promise<void>;
  /**
   * Presses keys as the user does: each entry is held down in order, then all released (e.g.
   * ["\uE00A", "\uE008", "S"]). Firefox ESR 153 delivers them as trusted key events but does not
   * activate a focused button on Enter or Space (no click): use click() for buttons.
   */
  press(keys: string[]): Promise<void>;
  /**
   * The first element a BiDi `locator` (e.g. `{ type: "accessibility", value: { role: "button",
   * name } }`) finds inside the shadow root of the first `hostCss` element, open or closed: the
   * remote end serialises an element with its shadow root whatever its mode (as the user sees
   * the screen; a page script cannot reach a closed root). Its BiDi shared id, or null.
   */
  locateInShadow(hostCss: string, locator: object): Promise<string | null>;
  /** Clicks an element (a shared id) as the user's mouse does: moved to its centre, pressed, released. */
  click(sharedId: string): Promise<void>;
  log(): string;
  close(): Promise<void>;
}

export const KEY = { alt: "\uE00A", shift: "\uE008", enter: "\uE006", control: "\uE009", home: "\uE011" } as const;

export interface BidiOptions {
  /** Preferences written to the new profile's user.js before Firefox starts. */
  prefs?: Record<string, string | number | boolean>;
  /** The session's acceptInsecureCerts capability (a test server's self-signed certificate). */
  acceptInsecureCerts?: boolean;
  /** Lets the test evaluate in the browser's own (chrome) window: evaluateInBrowser. */
  systemAccess?: boolean;
}

export async function launchBidiFirefox(options: BidiOptions = {}): Promise<BidiFirefox> {
  const profile = mkdtempSync(join(tmpdir(), "skaidri-ff-bidi-"));
  const prefs = Object.entries(options.prefs ?? {}).map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`);
  if (prefs.length > 0) writeFileSync(join(profile, "user.js"), prefs.join(""));
  let log = "";
  const child: ChildProcess = spawn(findFirefox(), ["--headless", "--no-remote", "--profile", profile, "--remote-debugging-port", "0", ...(options.systemAccess ? ["--remote-allow-system-access"] : []), "about:blank"], {
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
  await send("session.new", { capabilities: { alwaysMatch: { acceptInsecureCerts: options.acceptInsecureCerts ?? false } } });
  const tree = await send<{ contexts: { context: string }[] }>("browsingContext.getTree", {});
  const context = tree.contexts[0]!.context;
  /** The user's mouse: moved as `move` says, then the main button pressed and released. */
  const mouseClick = (move: object) =>
    send("input.performActions", {
      context,
      actions: [{ type: "pointer", id: "mouse", parameters: { pointerType: "mouse" }, actions: [move, { type: "pointerDown", button: 0 }, { type: "pointerUp", button: 0 }] }],
    });
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
    async evaluateAsync<T>(expression: string, target = context) {
      const result = await send<{ type: string; result?: { type: string; value?: unknown }; exceptionDetails?: { text: string } }>("script.evaluate", {
        expression: `(async () => JSON.stringify(await (${expression})))()`,
        target: { context: target },
        awaitPromise: true,
      });
      if (result.type !== "success" || result.result?.type !== "string") throw new Error(`evaluate failed: ${JSON.stringify(result)}`);
      return JSON.parse(String(result.result.value)) as T;
    },
    async browserWindow() {
      const tree = await send<{ contexts: { context: string; url: string }[] }>("browsingContext.getTree", { "moz:scope": "chrome" });
      const window = tree.contexts.find((c) => c.url.startsWith("chrome://browser/"));
      if (!window) throw new Error("no browser window (launch with systemAccess)");
      return window.context;
    },
    async type(text) {
      const actions = [...text].flatMap((value) => [
        { type: "keyDown", value },
        { type: "keyUp", value },
      ]);
      await send("input.performActions", { context, actions: [{ type: "key", id: "keyboard", actions }] });
    },
    async clickSelector(selector) {
      const result = await send<{ type: string; result?: { value?: unknown } }>("script.evaluate", {
        expression: `JSON.stringify((() => { const el = document.querySelector(${JSON.stringify(selector)}); el?.scrollIntoView({ block: "center" }); const r = el?.getBoundingClientRect(); return r ? [r.x + r.width / 2, r.y + r.height / 2] : null; })())`,
        target: { context },
        awaitPromise: false,
      });
      const at = JSON.parse(String(result.result?.value ?? "null")) as [number, number] | null;
      if (!at) throw new Error(`click: nothing matches ${selector}`);
      const [x, y] = at.map(Math.round) as [number, number];
      await mouseClick({ type: "pointerMove", x, y });
    },
    async press(keys) {
      const actions = [...keys.map((value) => ({ type: "keyDown", value })), ...[...keys].reverse().map((value) => ({ type: "keyUp", value }))];
      await send("input.performActions", { context, actions: [{ type: "key", id: "keyboard", actions }] });
    },
    async locateInShadow(hostCss, locator) {
      type Found = { nodes: { sharedId: string; value?: { shadowRoot?: { sharedId: string } | null } }[] };
      const hosts = await send<Found>("browsingContext.locateNodes", { context, locator: { type: "css", value: hostCss }, maxNodeCount: 1, serializationOptions: { maxDomDepth: 0 } });
      const root = hosts.nodes[0]?.value?.shadowRoot;
      if (!root) return null;
      const inner = await send<Found>("browsingContext.locateNodes", { context, locator, startNodes: [{ sharedId: root.sharedId }], maxNodeCount: 1 });
      return inner.nodes[0]?.sharedId ?? null;
    },
    async click(sharedId) {
      await mouseClick({ type: "pointerMove", x: 0, y: 0, origin: { type: "element", element: { sharedId } } });
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
