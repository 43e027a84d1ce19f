// The popup in real Chromium with an empty profile (issue 10): a template's preview names the
// missing profile fields and settings in Latvian words — never raw keys like "feedbackUrl,
// firstName" — and its link opens the options page where they are filled in.
import { afterAll, beforeAll, expect, test } from "vitest";
import { clearStorage, writeStorage } from "./extension-storage.ts";
import { launch, openExtensionPage, type Session } from "./harness.ts";

let session: Session;
beforeAll(async () => {
  session = await launch({ locale: "lv" });
});
afterAll(async () => {
  await session?.close();
});

test("missing profile fields are named in words, with a link to the options page", async () => {
  await clearStorage(session);
  await writeStorage(session, "sync", { profile: { firstName: "Anna", position: "Referente" } });
  const popup = await openExtensionPage(session, "src/popup/index.html");
  await popup.locator("[role=option]").first().click();
  const warning = popup.locator(".detail .warning");
  await warning.waitFor();
  const text = (await warning.textContent()) ?? "";
  expect(text).not.toMatch(/firstName|lastName|position|department|phone|email|institution|feedbackUrl/);
  // Latvian words, joined as a list ("…, … un …"), and only for what is really missing.
  for (const word of ["uzvārds", "struktūrvienība", "tālrunis", "e-pasts", "iestāde", "atsauksmju lapas adrese"]) expect(text).toContain(word);
  expect(text).not.toMatch(/\bvārds\b|amats/);
  expect(text).toMatch(/ un /);

  const opened = session.context.waitForEvent("page");
  await warning.getByRole("button").click();
  const options = await opened;
  await options.waitForURL(/\/src\/options\/index\.html/);
  await options.locator("#profile-lastName").waitFor();
});
