// The browsers the demo and the real-browser tests drive, found in one place, and installed with
// apt when they are missing and this process may install packages (issue 17: the README's two
// commands work on a fresh Debian/Ubuntu machine). Plain .mjs so that the demo runs without tsx.
//   node scripts/browsers.mjs [--chromium] [--firefox]   check (and install) before the tests
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Exactly what .ci/run used to install: the browsers and Chromium's Latvian UI (lv.pak). */
export const APT_PACKAGES = { chromium: ["chromium", "chromium-l10n"], firefox: ["firefox-esr"] };
const INSTALL_HINT = `sudo apt-get install -y ${[...APT_PACKAGES.chromium, ...APT_PACKAGES.firefox].join(" ")}`;

const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/lib/chromium/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
const FIREFOX_CANDIDATES = ["/usr/bin/firefox-esr", "/usr/bin/firefox", "/usr/lib/firefox-esr/firefox-esr"];

function find(envName, candidates) {
  const fromEnv = process.env[envName];
  if (fromEnv) return existsSync(fromEnv) ? { path: fromEnv } : { error: `${envName}=${fromEnv} does not exist.` };
  const path = candidates.find((candidate) => existsSync(candidate));
  return path ? { path } : { error: null };
}

/**
 * Google Chrome 137 and newer ignore --load-extension, so a branded Chrome cannot run the demo
 * or the tests; Debian's Chromium still honours it (TOOLCHAIN.md).
 */
function brandedChromeProblem(path) {
  let version = "";
  try {
    version = execFileSync(path, ["--version"], { encoding: "utf8", timeout: 10_000, stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
  const branded = /Google Chrome (\d+)/.exec(version);
  if (!branded || Number(branded[1]) < 137) return null;
  return (
    `${path} is ${version}: Google Chrome 137 and newer cannot load an unpacked extension from the command line ` +
    `(--load-extension is ignored). Install Chromium (${INSTALL_HINT.replace(" firefox-esr", "")}) or point CHROMIUM_PATH at one.`
  );
}

/** The Chromium binary, or throws with what to do. */
export function findChromium() {
  const found = find("CHROMIUM_PATH", CHROMIUM_CANDIDATES);
  if (!found.path) {
    throw new Error(
      found.error ??
        `No Chromium found. Install it with \`${INSTALL_HINT}\` (Debian/Ubuntu) or point CHROMIUM_PATH at a Chromium that honours --load-extension.`,
    );
  }
  const branded = brandedChromeProblem(found.path);
  if (branded) throw new Error(branded);
  return found.path;
}

/** The Firefox binary, or throws with what to do. */
export function findFirefox() {
  const found = find("FIREFOX_PATH", FIREFOX_CANDIDATES);
  if (!found.path) {
    throw new Error(found.error ?? `No Firefox found. Install it with \`${INSTALL_HINT}\` (Debian/Ubuntu) or point FIREFOX_PATH at a Firefox binary.`);
  }
  return found.path;
}

/** Which apt packages are missing for the browsers asked for (none when a path is set by hand). */
export function missingPackages({ chromium = true, firefox = true } = {}) {
  const missing = [];
  if (chromium && !process.env.CHROMIUM_PATH) {
    if (!find("CHROMIUM_PATH", CHROMIUM_CANDIDATES).path) missing.push(...APT_PACKAGES.chromium);
    else if (existsSync("/usr/lib/chromium") && !existsSync("/usr/lib/chromium/locales/lv.pak")) missing.push("chromium-l10n");
  }
  if (firefox && !process.env.FIREFOX_PATH && !find("FIREFOX_PATH", FIREFOX_CANDIDATES).path) missing.push(...APT_PACKAGES.firefox);
  return missing;
}

/** How this process may install packages: "root", "sudo" (passwordless), or null. */
function installer() {
  if (!existsSync("/usr/bin/apt-get")) return null;
  if (process.getuid?.() === 0) return "root";
  const sudo = spawnSync("sudo", ["-n", "true"], { stdio: "ignore" });
  return sudo.status === 0 ? "sudo" : null;
}

/**
 * Installs what is missing when it may (saying so), otherwise throws with the one command to run.
 * Returns the packages it installed.
 */
export function ensureBrowsers(options = {}, log = (line) => console.log(line)) {
  const missing = missingPackages(options);
  if (missing.length === 0) return [];
  const how = installer();
  const command = `apt-get install -y ${missing.join(" ")}`;
  if (!how) throw new Error(`Missing ${missing.join(", ")}. Install with: sudo ${command}`);
  log(`browsers: installing ${missing.join(" ")} with apt (${how === "root" ? "as root" : "passwordless sudo"}) …`);
  const prefix = how === "sudo" ? ["sudo", "-n"] : [];
  const run = (args) => {
    const [file, ...rest] = [...prefix, ...args];
    const result = spawnSync(file, rest, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (result.status !== 0) throw new Error(`\`${args.join(" ")}\` failed (exit ${result.status}). Install by hand: sudo ${command}`);
  };
  run(["apt-get", "update", "-qq"]);
  run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", ...missing]);
  log(`browsers: installed ${missing.join(" ")}`);
  return missing;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const flags = process.argv.slice(2);
  const options = flags.length === 0 ? {} : { chromium: flags.includes("--chromium"), firefox: flags.includes("--firefox") };
  try {
    ensureBrowsers(options);
    if (options.chromium !== false) findChromium();
    if (options.firefox !== false) findFirefox();
  } catch (error) {
    console.error(`browsers: ${error.message}`);
    process.exit(1);
  }
}
