// Issue 4's proof in real Chromium: a real managed-policy file under
// /etc/chromium/policies/managed/ for the build's fixed id (TOOLCHAIN.md → Managed policy).
//   1 the options page shows the organisation's values locked and the policy's problems
//   2 a glossary term from the policy is flagged in a routed Gmail compose
//   3 removing the file restores the defaults, live, in the options page and the open compose
//   1b an organisation template that fails the engine is listed with a warning (lazily loaded engine)
//   4 what Chrome drops whole without a word is exactly what `skaidri policy check` warns about
// Chromium validates the file against policy/schema.json silently; the extension then reports
// what it skipped itself. The file is machine-wide: it gets a name unique to this run, is
// removed on every exit path (test/support/managed-policy.ts) and test 5 checks the folder is
// left exactly as found. Waits poll on conditions, never fixed sleeps.
import { accessSync, constants, existsSync } from "node:fs";
import { dirname } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkPolicy } from "../../src/cli/policy.ts";
import { expectNoSeriousViolations } from "./axe.ts";
import { chromiumPolicyFile, type PolicyFile, snapshotPolicyFolder } from "../support/managed-policy.ts";
import { fixture, launch, openExtensionPage, openWebmail, type Session } from "./harness.ts";

const POLICY_DIR = process.env.SKAIDRI_POLICY_DIR ?? "/etc/chromium/policies/managed";
const EXTENSION_ID = "banodkidboccabpcfeglimkhjfjepfgc";

/** What an administrator might ship, with two mistakes Chrome lets through and Skaidri skips. */
const POLICY = {
  institution: "Valsts testa dienests",
  feedbackUrl: "https://testa-dienests.example.lv/atsauksmes",
  sendCheck: "warn",
  glossary: [
    { term: "ekskalēt", suggestion: "nodot augstākai instancei", explanation: "Iestādes žargons" },
    { term: "   " },
  ],
  rules: { jargon: "error", greeting: "sometimes" },
  // A template with no closing block (no feedback invitation, sign-off or signature): the
  // options page warns that it fails the engine (issue 6).
  templates: [{ id: "e2e-bare", title: "Saņemts (bez noslēguma)", language: "lv", body: "Labdien!\n\nJūsu vēstuli saņēmām." }],
};

// Created in beforeAll (a unique file name per run); removed on every exit path.
let policyFile: PolicyFile | undefined;
const removePolicyFile = () => policyFile?.remove();
const writePolicyFile = (policy: object) => policyFile?.write({ "3rdparty": { extensions: { [EXTENSION_ID]: policy } } });
// What the policy folder held before the test: it must hold exactly that after (issue 17).
const before = snapshotPolicyFolder(POLICY_DIR);

/** Why this process cannot write the policy folder, or null when it can. */
function cannotWrite(): string | null {
  try {
    let at = POLICY_DIR;
    while (!existsSync(at)) at = dirname(at);
    accessSync(at, constants.W_OK);
    return null;
  } catch (error) {
    return `cannot write ${POLICY_DIR} (${(error as NodeJS.ErrnoException).code ?? error}): the managed-policy test needs root (CI runs as root; a developer may set SKAIDRI_SKIP_POLICY_E2E=1 to skip it)`;
  }
}

const blocker = cannotWrite();
// Without root the test fails with the reason (CI must never skip it silently); a developer
// may opt out explicitly with SKAIDRI_SKIP_POLICY_E2E=1.
const skip = process.env.SKAIDRI_SKIP_POLICY_E2E === "1";
if (skip) console.warn(`\n*** policy.e2e: SKIPPED because SKAIDRI_SKIP_POLICY_E2E=1 (it writes machine-wide policy files and needs root)${blocker ? ` — ${blocker}` : ""} ***\n`);

describe.skipIf(skip)("managed policy in real Chromium", () => {
  let session: Session;
  let options: Page;
  let gmail: Page;
  const errorHighlights = () =>
    gmail.evaluate(() => {
      const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get("skaidri-error");
      return highlight ? [...highlight].map((r) => r.toString()) : [];
    });

  beforeAll(async () => {
    if (blocker) throw new Error(blocker);
    policyFile = chromiumPolicyFile(POLICY_DIR);
    writePolicyFile(POLICY);
    session = await launch({ locale: "en-US" });
    expect(session.extensionId).toBe(EXTENSION_ID);
    options = await openExtensionPage(session, "src/options/index.html");
  });

  afterAll(async () => {
    policyFile?.cleanup();
    await session?.close();
  });

  test("1: the options page shows the organisation's settings locked and the policy's problems", async () => {
    // The browser may take a moment to load the policy after a cold start: poll.
    await expect.poll(() => options.getAttribute("[data-testid=policy-status]", "data-source"), { timeout: 30_000 }).toBe("browser");
    const institution = options.locator("#general-institution");
    expect(await institution.inputValue()).toBe(POLICY.institution);
    expect(await institution.isDisabled()).toBe(true);
    expect(await options.locator("#general-institution-lock").textContent()).toContain("Set by your organisation");
    expect(await options.locator("#general-feedbackUrl").isDisabled()).toBe(true);
    expect(await options.locator("#general-sendCheck").isDisabled()).toBe(true);

    const jargon = options.locator("#rule-jargon");
    expect(await jargon.inputValue()).toBe("error");
    expect(await jargon.isDisabled()).toBe(true);
    // "greeting": "sometimes" was skipped, so that rule is the user's to set.
    expect(await options.locator("#rule-greeting").isDisabled()).toBe(false);

    const problems = options.locator("[data-testid=policy-problems] li");
    expect(await problems.evaluateAll((items) => items.map((li) => li.getAttribute("data-path")))).toEqual(
      expect.arrayContaining(["glossary[1].term", "rules.greeting"]),
    );
    expect(await options.locator('[data-path="rules.greeting"]').textContent()).toContain("sometimes");
    // Policy strings are text, never markup.
    expect(await options.locator("tr[data-key=institution] td").textContent()).toBe(POLICY.institution);
    // Locks and problems are announced to screen readers too.
    await expectNoSeriousViolations(options);
  });

  test("1b: an organisation template failing the engine shows a warning on the options page", async () => {
    const item = options.locator('[data-testid=organisation-templates] li[data-id="e2e-bare"]');
    await expect.poll(() => item.locator("[data-testid=template-findings] li[data-rule]").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const rules = await item.locator("[data-testid=template-findings] li[data-rule]").evaluateAll((items) => items.map((li) => li.getAttribute("data-rule")));
    expect(rules).toEqual(expect.arrayContaining(["feedback-invitation", "signature/name"]));
    expect(await item.locator("[data-testid=template-findings]").textContent()).toContain("A reply made from this template would get");
    await expectNoSeriousViolations(options);
  });

  test("2: a glossary term from the policy is flagged in a routed Gmail compose", async () => {
    gmail = await openWebmail(session, "https://mail.google.com/mail/u/0/#inbox", fixture("gmail-reply-collapsed.html"));
    await expect.poll(() => gmail.locator("[data-skaidri-status]").count()).toBe(1);
    await gmail.locator('[g_editable="true"][contenteditable="true"]').first().click();
    await gmail.keyboard.press("Control+End");
    const count = () => gmail.evaluate(() => Number(document.querySelector("[data-skaidri-status]")?.getAttribute("data-count") ?? -1));
    const before = await count();
    await gmail.keyboard.type(" Jautājumu varam ekskalēt.");
    // The policy made jargon an error: the term is underlined with the error highlight.
    await expect.poll(errorHighlights, { timeout: 15_000 }).toContain("ekskalēt");
    expect(await count()).toBeGreaterThan(before);
  });

  test("3: removing the policy file restores the defaults, live", async () => {
    removePolicyFile();
    // Chromium notices the folder change within seconds and fires storage.onChanged "managed".
    await expect.poll(() => options.getAttribute("[data-testid=policy-status]", "data-source"), { timeout: 45_000, interval: 500 }).toBe("none");
    const institution = options.locator("#general-institution");
    expect(await institution.isDisabled()).toBe(false);
    expect(await institution.inputValue()).toBe("");
    expect(await options.locator("#rule-jargon").isDisabled()).toBe(false);
    expect(await options.locator("#rule-jargon").inputValue()).toBe("warning");
    expect(await options.locator("[data-testid=policy-problems]").count()).toBe(0);
    // The compose opened under the policy follows without a reload: the term is no longer jargon.
    await expect.poll(errorHighlights, { timeout: 15_000 }).not.toContain("ekskalēt");
    await gmail.close();
  });

  test("4: what Chrome drops silently is what `policy check` warns about", async () => {
    const broken = { institution: "Dropped-glossary test", glossary: [{ term: "ekskalēt" }, { term: 5 }] };
    expect(checkPolicy(broken).filter((p) => p.message.includes("silently drop")).map((p) => p.path)).toEqual(["glossary"]);
    writePolicyFile(broken);
    await expect.poll(() => options.locator("tr[data-key=institution] td").textContent().catch(() => null), { timeout: 45_000, interval: 500 }).toBe(broken.institution);
    // Chrome kept the institution and dropped the whole glossary: the extension never saw it.
    expect(await options.locator("tr[data-key=glossary]").count()).toBe(0);
    expect(await options.locator("[data-testid=policy-problems]").count()).toBe(0);
    removePolicyFile();
    await expect.poll(() => options.getAttribute("[data-testid=policy-status]", "data-source"), { timeout: 45_000, interval: 500 }).toBe("none");
  });

  test("5: the policy folder is left exactly as it was found", async () => {
    policyFile?.cleanup();
    expect(snapshotPolicyFolder(POLICY_DIR)).toEqual(before);
  });
});
