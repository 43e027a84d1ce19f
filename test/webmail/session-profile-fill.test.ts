// @vitest-environment happy-dom
// The chip's "Aizpildīt profilu no šī paraksta" (issue 16) over the real Gmail and Outlook
// adapters and fixtures: offered only while the profile has gaps and the compose has a
// signature block; the user's click hands the signature's text (its lines) to the context,
// the page's own click nothing.
import "../../src/content/engine.ts";
import { afterEach, expect, test, vi } from "vitest";
import { defaultConfig } from "../../src/core/config.ts";
import { compileGlossary } from "../../src/core/glossary.ts";
import type { Profile } from "../../src/core/types.ts";
import type { Adapter } from "../../src/webmail/adapter.ts";
import { gmail } from "../../src/webmail/adapters/gmail.ts";
import { outlook } from "../../src/webmail/adapters/outlook.ts";
import { loadFixture } from "./load-fixture.ts";
import { rootOf, trustedClick } from "./trusted.ts";

vi.mock("../../src/platform/browser.ts", async () => ({ browser: (await import("./browser-mock.ts")).browserMock }));
const { startSession } = await import("../../src/webmail/session.ts");

const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
const controllers: AbortController[] = [];
afterEach(() => {
  for (const c of controllers) c.abort();
});

async function chipOn(fixture: string, adapter: Adapter, profile: Profile) {
  loadFixture(fixture);
  const compose = adapter.findComposes(document)[0]!;
  const config = { ...defaultConfig(), profile };
  const glossary = compileGlossary(config.glossary);
  const fillProfile = vi.fn();
  const controller = new AbortController();
  controllers.push(controller);
  const session = startSession(compose, { adapter, locale: "lv", settings: () => ({ config, glossary }), fillProfile }, controller.signal);
  session.findings();
  await frame();
  const root = rootOf("[data-skaidri-status]");
  trustedClick(root.querySelector("button.toggle")!);
  return { root, fillProfile, fill: () => root.querySelector<HTMLButtonElement>("[data-skaidri-fill-profile]") };
}

const SIGNATURE = "Anna Ozola\nVecākā referente\nTālr. 67000000";

test.each([
  ["gmail-reply-expanded.html", gmail],
  ["gmail-reply-collapsed.html", gmail],
  ["outlook-reply.html", outlook],
] as const)("%s: the signature's text goes to the options page on the user's click only", async (fixture, adapter) => {
  const { fillProfile, fill } = await chipOn(fixture, adapter, { firstName: "Anna" });
  expect(fill()?.textContent).toBe("Fill my profile from this signature"); // the mock browser speaks English
  fill()!.click(); // the page's click
  expect(fillProfile).not.toHaveBeenCalled();
  trustedClick(fill()!);
  expect(fillProfile).toHaveBeenCalledWith(SIGNATURE);
});

test("no offer with a profile without gaps", async () => {
  const { fill } = await chipOn("outlook-reply.html", outlook, { firstName: "Anna", lastName: "Ozola", position: "referente", email: "anna@iestade.lv" });
  expect(fill()).toBeNull();
});
