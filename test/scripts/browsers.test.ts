// scripts/browsers.mjs: the browser the demo and the e2e tests use, and what it says when it
// cannot be used. Real executables (tiny shell scripts) stand in for a branded Chrome.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { APT_PACKAGES, findChromium, findFirefox, missingPackages } from "../../scripts/browsers.mjs";

const saved = { chromium: process.env.CHROMIUM_PATH, firefox: process.env.FIREFOX_PATH };
const dirs: string[] = [];

function fakeBrowser(versionLine: string): string {
  const dir = mkdtempSync(join(tmpdir(), "skaidri-browser-"));
  dirs.push(dir);
  const file = join(dir, "browser");
  writeFileSync(file, `#!/bin/sh\necho "${versionLine}"\n`);
  chmodSync(file, 0o755);
  return file;
}

afterEach(() => {
  for (const [key, value] of [["CHROMIUM_PATH", saved.chromium], ["FIREFOX_PATH", saved.firefox]] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("findChromium", () => {
  test("a CHROMIUM_PATH that does not exist is named", () => {
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    expect(() => findChromium()).toThrow("CHROMIUM_PATH=/nonexistent/chromium does not exist");
  });

  test.each(["Google Chrome 137.0.7151.55", "Google Chrome 142.0.7444.59 "])("a branded %s is refused with the reason", (version) => {
    process.env.CHROMIUM_PATH = fakeBrowser(version);
    expect(() => findChromium()).toThrow(/137 and newer cannot load an unpacked extension/);
  });

  test.each(["Chromium 156.0.8078.114 built on Debian GNU/Linux 12", "Google Chrome 136.0.7103.92"])("%s is used", (version) => {
    const path = fakeBrowser(version);
    process.env.CHROMIUM_PATH = path;
    expect(findChromium()).toBe(path);
  });
});

describe("findFirefox and missingPackages", () => {
  test("a FIREFOX_PATH that does not exist is named", () => {
    process.env.FIREFOX_PATH = "/nonexistent/firefox";
    expect(() => findFirefox()).toThrow("FIREFOX_PATH=/nonexistent/firefox does not exist");
  });

  test("paths set by hand need no package", () => {
    process.env.CHROMIUM_PATH = fakeBrowser("Chromium 156");
    process.env.FIREFOX_PATH = fakeBrowser("Mozilla Firefox 140.5.0esr");
    expect(missingPackages()).toEqual([]);
  });

  test("the packages are the ones CI used to install by hand", () => {
    expect([...APT_PACKAGES.chromium, ...APT_PACKAGES.firefox]).toEqual(["chromium", "chromium-l10n", "firefox-esr"]);
  });
});
