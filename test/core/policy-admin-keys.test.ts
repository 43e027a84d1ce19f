// Issue 16's policy keys and checks: lockRules, webmailHosts, the registry's forms of values,
// "did you mean" for misspelled keys and the CSV import's language codes.
import { describe, expect, test } from "vitest";
import { closestName } from "../../src/core/closest-name.ts";
import { configLocks, effectiveConfig, sanitiseUserSettings } from "../../src/core/config.ts";
import { POLICY_KEYS, validatePolicy } from "../../src/core/policy.ts";
import { RULE_IDS } from "../../src/core/types.ts";
import { hostProblem, webmailHostFor } from "../../src/core/webmail-hosts.ts";

const problemsOf = (raw: unknown) => validatePolicy(raw).problems.map((p) => `${p.path}: ${p.level}`);

describe("lockRules", () => {
  test("locks every rule at the policy's or the default severity; the user's own severities do not apply", () => {
    const policy = validatePolicy({ lockRules: true, rules: { jargon: "error" } }).policy;
    expect(configLocks(policy).rules).toEqual([...RULE_IDS]);
    const config = effectiveConfig({ rules: { "personal-data": "off", jargon: "off", greeting: "info" } }, policy);
    expect(config.rules["personal-data"]).toBe("error"); // the default, not the user's "off"
    expect(config.rules.jargon).toBe("error"); // the policy's
    expect(config.rules.greeting).toBe("warning");
  });

  test("without it only the listed rules are locked", () => {
    const policy = validatePolicy({ lockRules: false, rules: { jargon: "error" } }).policy;
    expect(configLocks(policy).rules).toEqual(["jargon"]);
    expect(effectiveConfig({ rules: { "personal-data": "off" } }, policy).rules["personal-data"]).toBe("off");
  });

  test.each([["yes"], [2], [null]])("%j is not a boolean: an error, skipped", (value) => {
    const { policy, problems } = validatePolicy({ lockRules: value });
    expect(policy.lockRules).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ path: "lockRules", level: "error" })]);
  });

  test("a user's storage can never set it, nor webmailHosts or the calendar", () => {
    expect(sanitiseUserSettings({ lockRules: true, webmailHosts: [{ host: "pasts.iestade.lv", kind: "outlook" }], calendar: {}, sendCheck: "off" })).toEqual({ sendCheck: "off" });
  });
});

describe("webmailHosts", () => {
  test("valid entries are kept, lower-cased, and reach the effective config", () => {
    const { policy, problems } = validatePolicy({
      webmailHosts: [
        { host: "Pasts.Iestade.gov.lv", kind: "outlook" },
        { host: "e-pasts.vid.gov.lv", kind: "generic" },
        { host: "xn--pasts-6ya.lv", kind: "gmail" },
      ],
    });
    expect(problems).toEqual([]);
    expect(effectiveConfig({}, policy).webmailHosts).toEqual([
      { host: "pasts.iestade.gov.lv", kind: "outlook" },
      { host: "e-pasts.vid.gov.lv", kind: "generic" },
      { host: "xn--pasts-6ya.lv", kind: "gmail" },
    ]);
  });

  test.each([
    ["*.gov.lv", "hostWildcard"],
    ["pasts.*.lv", "hostWildcard"],
    ["https://pasts.iestade.lv", "hostNotName"],
    ["pasts.iestade.lv/owa", "hostNotName"],
    ["pasts.iestade.lv:443", "hostNotName"],
    ["10.0.0.7", "hostNotName"],
    ["pasts iestade.lv", "hostNotName"],
    ["-pasts.iestade.lv", "hostNotName"],
    ["pasts..lv", "hostNotName"],
    ["lv", "hostPublicSuffix"],
    ["gov.lv", "hostPublicSuffix"],
    ["co.uk", "hostPublicSuffix"],
    ["mail.google.com", "hostBuiltIn"],
  ])("%s is refused (%s)", (host, id) => {
    expect(hostProblem(host)?.id).toBe(id);
  });

  test("bad entries are located and skipped; a public host is only a warning; the rest applies", () => {
    const { policy, problems } = validatePolicy({
      webmailHosts: [
        { host: "*.gov.lv", kind: "outlook" },
        { host: "pasts.iestade.lv", kind: "exchange" },
        { host: "pasts.iestade.lv", kind: "outlook" },
        { host: "PASTS.iestade.lv", kind: "generic" },
        { kind: "gmail" },
        { host: "outlook.office.com", kind: "outlook" },
        { host: "rakstu.iestade.lv", kind: "generic", path: "/x" },
      ],
    });
    expect(problems.map((p) => `${p.path}: ${p.level}`)).toEqual([
      "webmailHosts[0].host: error",
      "webmailHosts[1].kind: error",
      "webmailHosts[3].host: error",
      "webmailHosts[4]: error",
      "webmailHosts[5].host: warning",
      "webmailHosts[6].path: warning",
    ]);
    expect(policy.webmailHosts).toEqual([
      { host: "pasts.iestade.lv", kind: "outlook" },
      { host: "rakstu.iestade.lv", kind: "generic" },
    ]);
  });

  test("the page's host finds its entry; another host does not", () => {
    const hosts = [{ host: "pasts.iestade.test.lv", kind: "outlook" as const }];
    expect(webmailHostFor(hosts, "PASTS.iestade.test.lv")?.kind).toBe("outlook");
    expect(webmailHostFor(hosts, "iestade.test.lv")).toBeUndefined();
    expect(webmailHostFor(hosts, "pasts.iestade.test.lv.evil.lv")).toBeUndefined();
  });
});

describe("values in the Windows registry's forms (Firefox passes them through unparsed)", () => {
  test("JSON text where a list or object belongs is read; 0/1 is the boolean lockRules", () => {
    const { policy, problems } = validatePolicy({
      glossary: '[{"term":"eskalēt","suggestion":"nodot"}]',
      rules: '{"jargon":"error"}',
      lockRules: 1,
      institution: "[VID]", // a string key: kept as text
    });
    expect(problems).toEqual([]);
    expect(policy).toEqual({ glossary: [{ term: "eskalēt", suggestion: "nodot" }], rules: { jargon: "error" }, lockRules: true, institution: "[VID]" });
  });

  test("JSON text that does not parse is a located error", () => {
    expect(problemsOf({ templates: '[{"id": "a",' })).toEqual(["templates: error"]);
  });
});

describe("did you mean", () => {
  test.each([
    ["feedbackURL", "feedbackUrl"],
    ["feedbackurl", "feedbackUrl"],
    ["glosary", "glossary"],
    ["Templates", "templates"],
    ["sendcheck", "sendCheck"],
    ["lockRule", "lockRules"],
    ["webmailHost", "webmailHosts"],
  ])("%s → %s", (typed, meant) => {
    expect(closestName(typed, POLICY_KEYS)).toBe(meant);
    const [problem] = validatePolicy({ [typed]: "x" }).problems;
    expect(problem?.message).toContain(`did you mean "${meant}"?`);
  });

  test.each([["colour"], ["institutionName2000"], ["x"]])("%s is not close to any key: the list of known keys instead", (typed) => {
    expect(closestName(typed, POLICY_KEYS)).toBeUndefined();
    expect(validatePolicy({ [typed]: 1 }).problems[0]?.message).toContain("Known keys:");
  });

  test("fields inside entries too: glossary[0].Term → term", () => {
    const [problem] = validatePolicy({ glossary: [{ term: "a", Suggestion: "b" }] }).problems;
    expect(problem).toMatchObject({ path: "glossary[0].Suggestion", level: "warning" });
    expect(problem?.message).toContain('did you mean "suggestion"?');
  });

  test("the message is Latvian for the Latvian UI", () => {
    expect(validatePolicy({ feedbackURL: "x" }, "lv").problems[0]?.message).toContain("varbūt domāta „feedbackUrl”?");
  });

  test("cost stays bounded for a long key", () => {
    const long = "a".repeat(100_000);
    const started = performance.now();
    expect(closestName(long, POLICY_KEYS)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe("language codes as the CSV import reads them", () => {
  test.each([["LV"], ["Lv"], [" en "], ["EN"]])("%j is accepted in glossary and templates", (language) => {
    const { policy, problems } = validatePolicy({ glossary: [{ term: "a", language }], templates: [{ id: "t", title: "T", body: "B", language }] });
    expect(problems).toEqual([]);
    expect(policy.glossary?.[0]?.language).toBe(language.trim().toLowerCase());
    expect(policy.templates?.[0]?.language).toBe(language.trim().toLowerCase());
  });

  test.each([["lat"], ["latviešu"], ["ru"]])("%j is still refused", (language) => {
    expect(problemsOf({ glossary: [{ term: "a", language }] })).toEqual(["glossary[0].language: error"]);
  });
});
