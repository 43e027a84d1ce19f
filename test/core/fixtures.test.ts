// Complete realistic replies (test/fixtures/mail/): the rules that fire on each, end to end.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "vitest";
import { effectiveConfig } from "../../src/core/config.ts";
import { lint } from "../../src/core/lint.ts";
import type { Policy, Profile } from "../../src/core/types.ts";

const MAIL = resolve(import.meta.dirname, "../fixtures/mail");
const read = (name: string) => readFileSync(resolve(MAIL, name), "utf8");
const json = <T>(name: string): T => JSON.parse(read(name)) as T;

test.each([
  ["lv-complete.txt", "lv-complete.policy.json", "anna.profile.json", "lv", []],
  // Without policy and profile the same reply passes on shape alone, with the info note that no feedback page is set.
  ["lv-complete.txt", undefined, undefined, "lv", ["feedback-link"]],
  ["en-complete.txt", "en-complete.policy.json", undefined, "en", []],
  [
    "lv-bare.txt",
    undefined,
    undefined,
    "lv",
    // "… tiks izskatīts …": the passive the passive-voice rule (info) asks to name the actor of.
    ["greeting", "abbreviation", "feedback-invitation", "feedback-link", "sign-off", "signature/name", "signature/position", "signature/institution", "signature/contacts", "passive-voice"],
  ],
  ["en-outlook-incomplete.txt", undefined, undefined, "en", ["greeting", "signature/position", "signature/contacts", "feedback-invitation", "feedback-link", "sign-off"]],
  ["lv-gmail-dash-signature.txt", "en-complete.policy.json", undefined, "lv", ["feedback-link", "passive-voice"]],
])("%s", (mail, policy, profile, language, rules) => {
  const text = read(mail);
  const config = effectiveConfig({}, policy ? json<Policy>(policy) : {}, profile ? json<Profile>(profile) : {});
  const result = lint(text, { config, onRuleError: (id, e) => expect.fail(`${id}: ${String(e)}`) });
  expect(result.language).toBe(language);
  expect(result.findings.map((f) => f.rule).sort()).toEqual([...rules].sort());
  // Nothing is ever reported inside quoted history.
  const quoteStart = result.segments.quote?.start ?? text.length;
  for (const f of result.findings) expect(f.end).toBeLessThanOrEqual(quoteStart);
});
