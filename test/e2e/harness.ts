// Real-browser harness: Chromium driven by playwright-core with the built extension loaded,
// fixture pages served on the real webmail URLs by route interception (no network, no
// localhost in the manifest).
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BrowserContext, chromium, type Page, type Worker } from "playwright-core";
import { findChromium } from "../../scripts/browsers.mjs";
import { roosterBundle } from "../../scripts/rooster-bundle.mjs";

export const ROOT = resolve(import.meta.dirname, "../..");
/** The unpacked Chrome build under test; SKAIDRI_DIST lets a developer test another build. */
export const DIST = resolve(ROOT, process.env.SKAIDRI_DIST ?? "dist", "chrome");

/** The Chromium under test (scripts/browsers.mjs: CHROMIUM_PATH, Debian's paths; never a branded Chrome 137+). */
export { findChromium };

export interface Session {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Requests the browser tried to send off the machine (everything not routed to a fixture). */
  externalRequests: string[];
  close(): Promise<void>;
}

/** Headless on a closed network: without these Chromium floods it with refused connections (TOOLCHAIN.md). */
export const QUIET_CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--no-default-browser-check",
];

export interface LaunchOptions {
  /** Browser UI language, e.g. "en-US" or "lv". */
  locale?: string;
  /** Another unpacked Chrome build than DIST (e.g. one made by test/support/build.ts). */
  dist?: string;
}

export async function launch(options: LaunchOptions = {}): Promise<Session> {
  const dist = options.dist ?? DIST;
  if (!existsSync(join(dist, "manifest.json"))) {
    throw new Error(`No build at ${dist}: run \`npm run build\` first (npm run test:e2e does).`);
  }
  const profile = mkdtempSync(join(tmpdir(), "skaidri-e2e-"));
  const locale = options.locale ?? "en-US";
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    locale,
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      `--lang=${locale}`,
      ...QUIET_CHROMIUM_FLAGS,
    ],
    env: { ...process.env, LANGUAGE: locale.replace("-", "_") },
  });
  const externalRequests: string[] = [];
  // Anything not served by a test route is refused and recorded: no test reaches the network.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("chrome-extension://") || url.startsWith("data:")) return route.fallback();
    externalRequests.push(url);
    return route.abort("blockedbyclient");
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    externalRequests,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Same-origin assets the fixtures load from `/__fixture/<name>`: the real RoosterJS editor
 * (the content-model packages from npm, bundled by scripts/rooster-bundle.mjs) and the
 * fixtures' stand-in scripts.
 */
export async function fixtureAsset(pathname: string): Promise<string | null> {
  const name = pathname.startsWith("/__fixture/") ? pathname.slice("/__fixture/".length) : null;
  if (!name || !/^[\w.-]+\.js$/.test(name)) return null;
  if (name === "roosterjs.js") return roosterBundle();
  const file = join(ROOT, "test/fixtures/webmail-assets", name);
  return existsSync(file) ? readFileSync(file, "utf8") : null;
}

/** Serves `html` at `url` (a real webmail address) and opens it. */
export function openWebmail(session: Session, url: string, html: string): Promise<Page> {
  return openRouted(session.context, url, html);
}

/** openWebmail for any browser context (the benchmark's Chromium without the extension too). */
export async function openRouted(context: BrowserContext, url: string, html: string): Promise<Page> {
  const origin = new URL(url).origin;
  await context.route(`${origin}/**`, async (route) => {
    const asset = await fixtureAsset(new URL(route.request().url()).pathname);
    if (asset !== null) return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: asset });
    return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html });
  });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/**
 * Clicks the editor, then puts the caret right after the first occurrence of `after` in its text
 * (main world). Resolves once the page has seen the change: RoosterJS takes its selection from the
 * selectionchange event, and an insert before it lands where the click left the caret (seen once
 * in CI: a template inside Outlook's quote header).
 */
export async function caretAfter(page: Page, editor: string, after: string): Promise<void> {
  await page.locator(editor).first().click();
  await page.evaluate(
    ({ selector, after }) => {
      const root = document.querySelector<HTMLElement>(selector)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(after);
        if (at < 0) continue;
        root.focus();
        const range = document.createRange();
        range.setStart(node, at + after.length);
        range.collapse(true);
        // The event is dispatched after the page's own listeners were registered, so ours runs
        // after RoosterJS's; a selection that did not change dispatches none (then three frames).
        const seen = new Promise<void>((resolve) => {
          let frames = 0;
          const tick = () => (++frames >= 3 ? resolve() : requestAnimationFrame(tick));
          document.addEventListener("selectionchange", () => requestAnimationFrame(() => resolve()), { once: true });
          requestAnimationFrame(tick);
        });
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return seen;
      }
      throw new Error(`no text ${after}`);
    },
    { selector: editor, after },
  );
}

export function fixture(name: string): string {
  return readFileSync(join(ROOT, "test/fixtures", name), "utf8");
}

export async function openExtensionPage(session: Session, path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
}
