// @vitest-environment happy-dom
// Issue 12: a managed policy holding a 5,000-deep nested value (Firefox hands policies.json
// values to storage.managed as they are). platform/settings.ts reads it without a stack
// overflow; the deep key is skipped with its path and a clear message in the UI language; the
// rest of the organisation's policy and everything the user stored stay; the options page's
// Policy panel shows the problem. The CLI's side is test/cli/deep-json.test.ts.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { lint } from "../../src/core/lint.ts";
import type { Language } from "../../src/core/types.ts";
import type { OptionsDeps } from "../../src/options/deps.ts";
import { PolicySection } from "../../src/options/policy-section.tsx";

const fake = vi.hoisted(() => {
  const state = { sync: {} as Record<string, unknown>, local: {} as Record<string, unknown>, managed: {} as Record<string, unknown>, uiLanguage: "en-US" };
  const area = (name: "sync" | "local") => ({
    get: async (keys: string[]) => Object.fromEntries(keys.filter((k) => k in state[name]).map((k) => [k, structuredClone(state[name][k])])),
    set: async (items: Record<string, unknown>) => void Object.assign(state[name], structuredClone(items)),
    remove: async (keys: string[]) => {
      for (const k of keys) delete state[name][k];
    },
  });
  const browser = {
    storage: {
      sync: area("sync"),
      local: area("local"),
      // Handed over as is: structuredClone itself overflows at this depth (the browser's own
      // deserialiser is not what is tested here). Writes still clone, so storage refuses to
      // cache such a policy, as Chrome's does past its nesting limit.
      managed: { get: async () => ({ ...state.managed }) },
      onChanged: { addListener() {}, removeListener() {} },
    },
    i18n: { getMessage: (key: string) => key, getUILanguage: () => state.uiLanguage },
  };
  return { state, browser };
});
vi.mock("../../src/platform/browser.ts", () => ({ browser: fake.browser }));
const { loadSettings, watchSettings } = await import("../../src/platform/settings.ts");
const { setUiLanguage } = await import("../../src/platform/i18n.ts");

/** The browser runs in `ui` ("en-US", "lv"), as on a page opened after the switch: the language is read afresh. */
function browserIn(ui: string): void {
  fake.state.uiLanguage = ui;
  setUiLanguage("auto");
}
type Snapshot = Awaited<ReturnType<typeof loadSettings>>;

/** Lists, or objects and lists alternating, `depth` deep — built without recursion. */
function deep(depth: number, objects: boolean): unknown {
  let value: unknown = "warn";
  for (let i = 0; i < depth; i++) value = objects && i % 2 === 0 ? { a: value } : [value];
  return value;
}

const GOOD = {
  institution: "Valsts zemes dienests",
  feedbackUrl: "https://www.vzd.gov.lv/atsauksmes",
  rules: { jargon: "error" },
  glossary: [{ term: "eskalēt", suggestion: "nodot" }],
};
const PROFILE = { firstName: "Anna", lastName: "Kalniņa", position: "vecākā referente" };
const USER_GLOSSARY = [{ term: "kolēģis", suggestion: "darbinieks" }];
const USER_TEMPLATES = [{ id: "p", title: "Mana atbilde", body: "Labdien!" }];

const CASES = [
  { key: "templates", value: deep(5000, false), path: /^templates\[0\]\[0\]\[0\]\[0\]\[0\]\[0\]\[0\]\[0\]…$/ },
  { key: "calendar", value: deep(5000, true), path: /^calendar\[0\]\.a\[0\]\.a\[0\]\.a\[0\]\.a…$/ },
];
const MESSAGE: Record<Language, RegExp> = {
  en: /^Nested more than 32 levels deep \(lists or objects inside each other\); the key is skipped\.$/,
  lv: /^Ligzdots dziļāk par 32 līmeņiem \(saraksti vai objekti cits citā\); atslēga izlaista\.$/,
};

beforeEach(() => {
  fake.state.sync = { profile: { ...PROFILE }, settings: { sendCheck: "warn" } };
  fake.state.local = { glossary: structuredClone(USER_GLOSSARY), templates: structuredClone(USER_TEMPLATES) };
  fake.state.managed = {};
  browserIn("en-US");
});

/** The organisation's and the user's data all arrived: only the deep key is missing. */
function expectNothingElseLost(s: Snapshot) {
  expect(s.policySource).toBe("browser");
  expect(s.config.institution).toBe("Valsts zemes dienests");
  expect(s.config.feedbackUrl).toBe("https://www.vzd.gov.lv/atsauksmes");
  expect(s.locks.rules).toEqual(["jargon"]);
  expect(s.config.glossary).toEqual(expect.arrayContaining([...GOOD.glossary, ...USER_GLOSSARY]));
  expect(s.config.templates.map((t) => t.id)).toContain("p");
  expect(s.profile).toEqual(PROFILE);
  expect(s.config.sendCheck).toBe("warn");
  // What the user stored is read, never rewritten.
  expect(fake.state.local.glossary).toEqual(USER_GLOSSARY);
  expect(fake.state.local.templates).toEqual(USER_TEMPLATES);
}

describe.each(["en", "lv"] as const)("a 5,000-deep policy value, UI in %s", (language) => {
  beforeEach(() => {
    browserIn(language === "en" ? "en-US" : "lv");
  });

  test.each(CASES)("under $key: one located error, in the UI language; nothing else is lost", async ({ key, value, path }) => {
    fake.state.managed = { ...GOOD, [key]: value };
    const s = await loadSettings();
    expect(s.problems).toEqual([{ level: "error", path: expect.stringMatching(path), message: expect.stringMatching(MESSAGE[language]) }]);
    expect(key in s.policy).toBe(false);
    expectNothingElseLost(s);
    // The engine checks mail with the rest of the policy: the organisation's term, at its level.
    const findings = lint("Labdien!\n\nJautājumu varam eskalēt vadībai.\n", { config: s.config }).findings;
    expect(findings).toContainEqual(expect.objectContaining({ rule: "jargon", severity: "error" }));
  });

  test("watchSettings (the content script's and options page's live view) emits it too, though the policy cannot be cached", async () => {
    fake.state.managed = { ...GOOD, templates: CASES[0]!.value };
    const seen: Snapshot[] = [];
    const controller = new AbortController();
    watchSettings((s) => seen.push(s), controller.signal);
    await vi.waitFor(() => expect(seen.at(-1)?.policySource).toBe("browser"));
    controller.abort();
    expect(seen.at(-1)!.problems.map((p) => p.level)).toEqual(["error"]);
    expectNothingElseLost(seen.at(-1)!);
    expect(fake.state.local.policyCache).toBeUndefined();
  });
});

describe("the options page's Policy panel", () => {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement("div");
    document.body.append(container);
  });
  afterEach(() => {
    render(null, container);
    container.remove();
  });

  const strings = (language: Language): Record<string, { message: string; placeholders?: Record<string, { content: string }> }> =>
    JSON.parse(readFileSync(resolve(import.meta.dirname, `../../public/_locales/${language}/messages.json`), "utf8"));
  /** The real strings of `language`, substituted as the browser does; a missing key fails. */
  const deps = (language: Language): OptionsDeps => {
    const messages = strings(language);
    const t = (key: string, subs?: string | string[]) => {
      const m = messages[key];
      if (!m) throw new Error(`missing UI string ${key}`);
      const values = ([] as string[]).concat(subs ?? []);
      return m.message.replace(/\$(\w+)\$/g, (_, name: string) => values[Number((m.placeholders?.[name.toLowerCase()]?.content ?? "").slice(1)) - 1] ?? "");
    };
    return { t, language } as unknown as OptionsDeps;
  };

  test.each(["en", "lv"] as const)("shows the deep key's path and why (%s), and what the organisation did set", async (language) => {
    browserIn(language === "en" ? "en-US" : "lv");
    fake.state.managed = { ...GOOD, calendar: CASES[1]!.value };
    const settings = await loadSettings();
    await act(() => render(<PolicySection deps={deps(language)} settings={settings} />, container));
    const items = [...container.querySelectorAll("[data-testid=policy-problems] li")];
    expect(items.map((li) => li.getAttribute("data-path"))).toEqual([expect.stringMatching(CASES[1]!.path)]);
    const [problem] = settings.problems;
    expect(problem!.message).toMatch(MESSAGE[language]);
    expect(items[0]!.textContent).toBe(`${strings(language).optProblemError!.message} ${problem!.path} — ${problem!.message}`);
    expect(container.querySelector("tr[data-key=institution] td")?.textContent).toBe("Valsts zemes dienests");
    expect(container.querySelector("tr[data-key=calendar]")).toBeNull();
  });
});
