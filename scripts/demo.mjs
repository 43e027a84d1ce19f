#!/usr/bin/env node
// npm run demo [-- --headless] [--screenshots DIR] [--no-build]
// Builds Skaidri and opens Chromium with it loaded on look-alike Gmail and Outlook pages,
// served on the real webmail addresses by route interception (no network, no localhost in
// the manifest). A sample institution's settings are seeded through the extension's ordinary
// settings storage, as the options page would save them. With a display it leaves the browser
// open for you to try; without one (or with --headless) it plays a short scripted session
// and writes screenshots.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { ensureBrowsers, findChromium } from "./browsers.mjs";
import { sampleStorage } from "./demo/sample.mjs";
import { shotsFolder } from "./demo/shots.mjs";
import { roosterBundle } from "./rooster-bundle.mjs";

const root = resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    headless: { type: "boolean", default: false },
    screenshots: { type: "string", default: "demo-screenshots" },
    "no-build": { type: "boolean", default: false },
  },
});
const headless = values.headless || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const dist = join(root, "dist/chrome");
const shotsDir = resolve(root, values.screenshots);
const demoDir = join(import.meta.dirname, "demo");

const GMAIL_URL = "https://mail.google.com/mail/u/0/#inbox?compose=new";
const OUTLOOK_URL = "https://outlook.office.com/mail/inbox/id/AAQkADemo";

function chromiumOrExit() {
  try {
    ensureBrowsers({ chromium: true, firefox: false }, (line) => console.log(`demo: ${line}`));
    return findChromium();
  } catch (error) {
    console.error(`demo: ${error.message}`);
    process.exit(1);
  }
}

const pages = {
  "mail.google.com": () => readFileSync(join(demoDir, "gmail.html"), "utf8"),
  "outlook.office.com": () => readFileSync(join(demoDir, "outlook.html"), "utf8"),
};
// The real RoosterJS content-model packages, bundled as the test fixtures get them.
const assets = {
  "/__demo/roosterjs.js": roosterBundle,
};

async function launch() {
  const profile = mkdtempSync(join(tmpdir(), "skaidri-demo-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumOrExit(),
    headless,
    locale: "lv",
    viewport: headless ? { width: 1280, height: 800 } : null,
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      "--lang=lv",
      "--no-sandbox",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--no-default-browser-check",
      ...(headless ? ["--disable-gpu"] : ["--window-size=1320,900"]),
    ],
    env: { ...process.env, LANGUAGE: "lv" },
  });
  // Everything is served locally: the demo pages on the webmail hosts, nothing else goes out.
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === "chrome-extension:" || url.protocol === "data:") return route.fallback();
    const asset = assets[url.pathname];
    if (asset) {
      return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: await asset() });
    }
    const page = pages[url.hostname];
    if (page && route.request().resourceType() === "document") {
      return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: page() });
    }
    return route.abort("blockedbyclient");
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, profile };
}

async function seed(worker) {
  const { sync, local, institution } = sampleStorage(root, demoDir);
  await worker.evaluate(
    async ({ sync, local }) => {
      await chrome.storage.sync.set(sync);
      await chrome.storage.local.set(local);
    },
    { sync, local },
  );
  console.log(`demo: seeded the sample settings for “${institution}” (profile, glossary, templates)`);
}

// ---- the scripted session ----------------------------------------------------------------

const warnings = [];
let shotCount = 0;
/** The screenshot folder (headless runs): only the demo's own earlier screenshots are replaced. */
let shots = null;

/** One step of the session; a step whose feature is not there yet is reported and skipped. */
async function step(name, run) {
  try {
    await run();
  } catch (error) {
    const reason = String(error?.message ?? error).split("\n")[0];
    warnings.push(`${name}: ${reason}`);
    console.warn(`demo: skipped “${name}” — ${reason}`);
  }
}

async function shot(page, name, options = {}) {
  await settle(page);
  shotCount++;
  shots ??= shotsFolder(shotsDir);
  const file = shots.add(`${String(shotCount).padStart(2, "0")}-${name}.png`);
  await page.screenshot({ path: file, ...options });
  console.log(`demo: wrote ${relative(root, file)}`);
}

/** Lets pending renders land: two animation frames (Skaidri draws on the next frame). */
function settle(page) {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/** Puts the caret at the start of the compose body, before the signature. */
async function caretAtStart(editor) {
  await editor.click({ position: { x: 40, y: 12 } });
  await editor.evaluate((el) => {
    const first = el.querySelector("div") ?? el;
    const range = document.createRange();
    range.setStart(first, 0);
    range.collapse(true);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  });
}

async function typeLines(page, lines) {
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press("Enter");
    if (line) await page.keyboard.type(line);
  }
}

const chip = (page) => page.locator("[data-skaidri-status]").first();

/** Waits until the chip's count of findings has stopped changing (linting caught up with typing). */
async function waitForFindings(page, atLeast = 1) {
  await page.waitForFunction(
    (atLeast) => {
      const count = document.querySelector("[data-skaidri-status]")?.getAttribute("data-count") ?? "0";
      const now = performance.now();
      window.demoCount ??= { count, since: now };
      const seen = window.demoCount;
      if (seen.count !== count) Object.assign(seen, { count, since: now });
      return Number(count) >= atLeast && now - seen.since > 750;
    },
    atLeast,
    { polling: 100, timeout: 10_000 },
  );
}

async function openCard(page, editor) {
  await caretAtStart(editor);
  await page.keyboard.press("Alt+Shift+S");
  await page.locator("[data-skaidri-card] [role=dialog]:not([hidden])").waitFor({ state: "visible", timeout: 5_000 });
}

async function gmailSession(context) {
  const page = await context.newPage();
  await page.goto(GMAIL_URL);
  const editor = page.locator('[g_editable="true"]');
  await chip(page).waitFor({ state: "attached", timeout: 15_000 });
  await step("Gmail: empty reply", () => shot(page, "gmail-compose"));
  await caretAtStart(editor);
  await typeLines(page, [
    "Labdien, Jāni!",
    "",
    "Jūsu jautājums ir eskalēts atbildīgajai struktūrvienībai. Kadastrālā vērtība NĪVKIS tiks aktualizēta līdz mēneša beigām.",
    "",
    "Ar cieņu",
  ]);
  await step("Gmail: findings appear", () => waitForFindings(page));
  await step("Gmail: reply with findings", () => shot(page, "gmail-findings"));
  await step("Gmail: finding card", async () => {
    await openCard(page, editor);
    await shot(page, "gmail-finding-card");
    await page.keyboard.press("Escape");
  });
  await step("Gmail: checklist", async () => {
    const toggle = chip(page).locator("button").first();
    await toggle.click();
    await chip(page).locator(".panel:not([hidden])").first().waitFor({ state: "visible", timeout: 5_000 });
    await shot(page, "gmail-checklist");
    await toggle.click();
  });
  await step("Gmail: check before sending", async () => {
    await page.locator(".IZ .send").click();
    await page.locator("[data-skaidri-send-dialog] .panel").first().waitFor({ state: "visible", timeout: 5_000 });
    await shot(page, "gmail-send-check");
    await page.keyboard.press("Escape");
  });
  return page;
}

async function outlookSession(context) {
  const page = await context.newPage();
  await page.goto(OUTLOOK_URL);
  const editor = page.locator('[data-demo-rooster], #editorParent_1 [role="textbox"]').first();
  await chip(page).waitFor({ state: "attached", timeout: 15_000 });
  await caretAtStart(editor);
  await typeLines(page, [
    "Labdien, Līga!",
    "",
    "Uzmērīšanas lietu procesē mūsu struktūrvienība, un to nodos līdz 5. decembrim. Lūdzu, atsūtiet savu personas kodu 120389-11239 pieteikuma aktualizēšanai.",
    "",
    "Ar cieņu",
  ]);
  await step("Outlook: findings appear", () => waitForFindings(page));
  await step("Outlook: reply with findings", () => shot(page, "outlook-findings"));
  await step("Outlook: finding card", async () => {
    await openCard(page, editor);
    await shot(page, "outlook-finding-card");
    await page.keyboard.press("Escape");
  });
  return page;
}

/** Waits until the page's DOM has stopped changing for a moment (settings read, lists rendered). */
async function quiet(page) {
  await page
    .waitForFunction(
      () => {
        const size = document.body.innerHTML.length;
        const now = performance.now();
        window.demoQuiet ??= { size, since: now };
        const seen = window.demoQuiet;
        if (seen.size !== size) Object.assign(seen, { size, since: now });
        return now - seen.since > 500;
      },
      null,
      { polling: 100, timeout: 5_000 },
    )
    .catch(() => {});
}

/**
 * The id of the tab whose content script runs `adapter` (so the popup can act on that tab).
 * Without the "tabs" permission tab URLs are hidden: ask each tab's content script instead.
 */
async function tabIdOf(worker, adapter) {
  return worker
    .evaluate(async (adapter) => {
      for (const tab of await chrome.tabs.query({})) {
        const status = await chrome.tabs.sendMessage(tab.id, { type: "popup→content:status" }).catch(() => undefined);
        if (status?.adapter === adapter) return tab.id;
      }
      return undefined;
    }, adapter)
    .catch(() => undefined);
}

/** A fresh Gmail reply filled from a template through the toolbar popup. */
async function templateSession(context, worker, extensionId) {
  const gmail = await context.newPage();
  await gmail.goto(GMAIL_URL);
  const editor = gmail.locator('[g_editable="true"]');
  await chip(gmail).waitFor({ state: "attached", timeout: 15_000 });
  await caretAtStart(editor);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  // Opened as a page of its own, the popup acts on the tab named by ?tab= (src/popup/main.tsx).
  const gmailTab = await tabIdOf(worker, "gmail");
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html${gmailTab === undefined ? "" : `?tab=${gmailTab}`}`);
  await step("popup", async () => {
    await popup.locator("#app > *").first().waitFor({ timeout: 5_000 });
    await quiet(popup);
    await shot(popup, "popup");
  });
  await step("Gmail: reply from a template", async () => {
    await popup.getByRole("button", { name: "Ievietot", exact: true }).click({ timeout: 5_000 });
    await gmail.bringToFront();
    await gmail.waitForFunction(() => (document.querySelector('[g_editable="true"]')?.textContent ?? "").length > 80, null, {
      timeout: 5_000,
    });
    await waitForFindings(gmail, 0);
    await shot(gmail, "gmail-template");
  });
}

async function optionsPage(context, extensionId) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await step("options page", async () => {
    await options.locator("#app > *").first().waitFor({ timeout: 5_000 });
    // The form appears once the settings are read; show whatever is there after a while.
    await options.locator("#app input, #app textarea, #app select").first().waitFor({ timeout: 5_000 }).catch(() => {});
    // The glossary and templates sections load their code on first draw (src/options/app.tsx).
    await options.locator("#glossary-term").waitFor({ timeout: 5_000 }).catch(() => {});
    await options.locator("#template-title").waitFor({ timeout: 5_000 }).catch(() => {});
    await quiet(options);
    await shot(options, "options", { fullPage: true });
  });
}

// ---- main --------------------------------------------------------------------------------

if (!values["no-build"]) {
  const build = spawnSync(process.execPath, [join(root, "scripts/build.mjs")], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!existsSync(join(dist, "manifest.json"))) {
  console.error(`demo: no build at ${dist}; run without --no-build.`);
  process.exit(1);
}

const { context, worker, extensionId, profile } = await launch();
const cleanup = () => rmSync(profile, { recursive: true, force: true });
try {
  await seed(worker);
  if (!headless) {
    const gmail = await context.newPage();
    await gmail.goto(GMAIL_URL);
    const outlook = await context.newPage();
    await outlook.goto(OUTLOOK_URL);
    await gmail.bringToFront();
    for (const blank of context.pages().filter((p) => p.url() === "about:blank")) await blank.close();
    console.log(
      [
        "demo: Skaidri is loaded on two demo pages (nothing leaves this machine):",
        `  Gmail    ${GMAIL_URL}`,
        `  Outlook  ${OUTLOOK_URL}`,
        "Write a reply in the compose window — try “struktūrvienība”, “eskalēt” or an unexplained",
        "abbreviation — and watch the status chip; Alt+Shift+S opens the finding at the caret.",
        `Toolbar popup: chrome-extension://${extensionId}/src/popup/index.html · settings: chrome-extension://${extensionId}/src/options/index.html`,
        "Close the browser window to end the demo.",
      ].join("\n"),
    );
    await new Promise((done) => {
      context.on("close", done);
      process.once("SIGINT", () => context.close().then(done, done));
    });
  } else {
    shots = shotsFolder(shotsDir);
    let chipSeen = true;
    await gmailSession(context).then(
      (page) => page.close(),
      (error) => {
        chipSeen = false;
        warnings.push(`Gmail: ${String(error.message).split("\n")[0]}`);
      },
    );
    await outlookSession(context).catch((error) => {
      chipSeen = false;
      warnings.push(`Outlook: ${String(error.message).split("\n")[0]}`);
    });
    await templateSession(context, worker, extensionId).catch((error) => warnings.push(`template: ${String(error.message).split("\n")[0]}`));
    await optionsPage(context, extensionId);
    console.log(`demo: ${shotCount} screenshots in ${relative(process.cwd(), shotsDir) || "."}/`);
    if (warnings.length) console.log(`demo: ${warnings.length} step(s) skipped:\n  ${warnings.join("\n  ")}`);
    if (!chipSeen) {
      console.error("demo: Skaidri did not start on a demo page (no status chip) — the extension is not working.");
      process.exitCode = 1;
    }
  }
} finally {
  await context.close().catch(() => {});
  cleanup();
}
