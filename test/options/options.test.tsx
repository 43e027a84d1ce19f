// @vitest-environment happy-dom
// The options page with a fake platform: locks from the policy, the profile's signature
// preview, personal glossary and templates, CSV import, the Policy panel, save failures.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { glossaryKey, resolveConfig } from "../../src/core/config.ts";
import { POLICY_LIMITS, validatePolicy } from "../../src/core/policy.ts";
import type { GlossaryEntry, Profile, TemplateDef, UserSettings } from "../../src/core/types.ts";
import { Options, type OptionsDeps } from "../../src/options/app.tsx";
import type { ListEdit, ProfilePatch, SettingsPatch, SettingsSnapshot, WriteResult } from "../../src/platform/settings.ts";
import { applyListEdits, patchRecord, patchSettings } from "../../src/platform/settings-edits.ts";

const messages: Record<string, { message: string; placeholders?: Record<string, { content: string }> }> = JSON.parse(
  readFileSync(resolve(import.meta.dirname, "../../public/_locales/en/messages.json"), "utf8"),
);

/** The real English strings, substituted as Chrome does: a key missing from _locales fails here. */
function t(key: string, subs?: string | string[]): string {
  const m = messages[key];
  if (!m) throw new Error(`missing UI string ${key}`);
  const values = ([] as string[]).concat(subs ?? []);
  return m.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = m.placeholders?.[name.toLowerCase()]?.content ?? "";
    return values[Number(content.slice(1)) - 1] ?? "";
  });
}

function snapshot(raw: Record<string, unknown>, user: UserSettings = {}, profile: Profile = {}): SettingsSnapshot {
  const { policy, problems } = validatePolicy(raw);
  const { config, locks } = resolveConfig(user, policy, profile);
  return { config, locks, policy, policyRaw: raw, problems, policySource: Object.keys(raw).length ? "browser" : "none", user, profile };
}

const ok: WriteResult = { ok: true };
let container: HTMLElement;
let emit: (s: SettingsSnapshot) => void;
type Spy = ReturnType<typeof vi.fn>;
let deps: OptionsDeps & { updateProfile: Spy; updateUserSettings: Spy; updateGlossary: Spy; updateTemplates: Spy };

/**
 * A fake platform that stores as platform/settings.ts does: each update applies its edits
 * (the real pure functions) to what is "stored" and emits the new snapshot, as storage.onChanged would.
 */
async function mount(first: SettingsSnapshot): Promise<void> {
  let raw = first.policyRaw;
  let user = first.user;
  let profile = first.profile;
  const publish = () => emit(snapshot(raw, user, profile));
  const listEdit = <T,>(key: "glossary" | "templates", keyOf: (item: T) => string, limit: number) =>
    vi.fn(async (edits: ListEdit<T>[]) => {
      const outcome = applyListEdits((user[key] ?? []) as T[], edits, keyOf, limit);
      if (!outcome.ok) return { ...outcome, quota: false, message: "refused" };
      user = { ...user, [key]: outcome.list };
      await act(async () => publish());
      return ok;
    });
  deps = {
    watch: (callback) => {
      emit = (s) => {
        raw = s.policyRaw;
        user = s.user;
        profile = s.profile;
        callback(s);
      };
      callback(first);
    },
    updateProfile: vi.fn(async (patch: ProfilePatch) => {
      profile = patchRecord(profile, patch) as Profile;
      await act(async () => publish());
      return ok;
    }),
    updateUserSettings: vi.fn(async (patch: SettingsPatch) => {
      user = { ...patchSettings(user, patch), glossary: user.glossary, templates: user.templates } as UserSettings;
      await act(async () => publish());
      return ok;
    }),
    updateGlossary: listEdit<GlossaryEntry>("glossary", glossaryKey, POLICY_LIMITS.glossaryEntries),
    updateTemplates: listEdit<TemplateDef>("templates", (t) => t.id, POLICY_LIMITS.templates),
    t,
    language: "en",
    today: () => "2026-11-20",
  };
  await act(async () => {
    render(<Options deps={deps} />, container);
  });
  // The glossary, templates and policy sections' code is loaded on first draw (app.tsx lazySection).
  await vi.waitFor(() => expect(container.querySelector("#template-title") && container.querySelector("#glossary-term") && container.querySelector("[data-testid=policy-status]")).not.toBeNull(), { timeout: 15_000 });
  await act(async () => {});
}

const $ = <E extends Element = HTMLElement>(selector: string) => container.querySelector<E & HTMLElement>(selector)!;

async function type(selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(selector) as HTMLInputElement;
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

async function submit(selector: string): Promise<void> {
  await act(async () => {
    $(selector).dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
  });
  await act(async () => {});
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  container = document.createElement("div");
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
  vi.useRealTimers();
});

const POLICY = {
  institution: "State Revenue Service",
  sendCheck: "block",
  rules: { jargon: "error", greeting: "sometimes" },
  glossary: [{ term: "escalate", suggestion: "pass on" }, { term: "" }],
  templates: [{ id: "org", title: "Hours", body: "Open 8:30" }],
};

describe("locks", () => {
  test("what the policy sets is shown disabled with “Set by your organisation”", async () => {
    await mount(snapshot(POLICY, { institution: "Mine", rules: { jargon: "off" } }));
    const institution = $<HTMLInputElement>("#general-institution") as HTMLInputElement;
    expect(institution.value).toBe("State Revenue Service");
    expect(institution.disabled).toBe(true);
    expect(institution.getAttribute("aria-describedby")).toBe("general-institution-lock");
    expect($("#general-institution-lock").textContent).toContain("Set by your organisation");
    expect(($("#general-sendCheck") as HTMLSelectElement).disabled).toBe(true);
    expect(($("#general-feedbackUrl") as HTMLInputElement).disabled).toBe(false);

    const jargon = $("#rule-jargon") as HTMLSelectElement;
    expect(jargon.value).toBe("error");
    expect(jargon.disabled).toBe(true);
    // The policy's "sometimes" was skipped: greeting stays the user's.
    expect(($("#rule-greeting") as HTMLSelectElement).disabled).toBe(false);
  });

  test("the locks follow a new policy at once", async () => {
    await mount(snapshot(POLICY));
    await act(async () => emit(snapshot({})));
    expect(($("#general-institution") as HTMLInputElement).disabled).toBe(false);
    expect(($("#rule-jargon") as HTMLSelectElement).disabled).toBe(false);
    expect(($("#rule-jargon") as HTMLSelectElement).value).toBe("warning");
  });

  test("changing a rule saves the user's severity", async () => {
    await mount(snapshot({}));
    const select = $("#rule-greeting") as HTMLSelectElement;
    await act(async () => {
      select.value = "off";
      select.dispatchEvent(new Event("change", { bubbles: true }));
    });
    expect(deps.updateUserSettings).toHaveBeenCalledWith({ rules: { greeting: "off" } });
  });
});

describe("profile", () => {
  test("the signature preview follows typing, and the profile is saved", async () => {
    await mount(snapshot({ institution: "State Revenue Service" }, {}, { firstName: "Anna" }));
    await type("#profile-lastName", "Bērziņa");
    await type("#profile-phone", "+371 67120000");
    expect($("[data-testid=signature-preview]").textContent).toBe("Anna Bērziņa\nState Revenue Service\nPhone +371 67120000");
    await act(async () => {
      vi.advanceTimersByTime(500);
    });
    // Only the fields typed in are sent: the stored first name (maybe another tab's) is left alone.
    expect(deps.updateProfile).toHaveBeenCalledWith({ lastName: "Bērziņa", phone: "+371 67120000" });
  });

  test("a quota error is said out loud and the input stays", async () => {
    await mount(snapshot({}));
    deps.updateProfile.mockResolvedValueOnce({ ok: false, quota: true, message: "QUOTA_BYTES_PER_ITEM quota exceeded" });
    await type("#profile-firstName", "Anna");
    await act(async () => {
      vi.advanceTimersByTime(500);
    });
    await act(async () => {});
    const alert = container.querySelector("#profile [role=alert]")!;
    expect(alert.textContent).toContain("storage for Skaidri is full");
    expect(($("#profile-firstName") as HTMLInputElement).value).toBe("Anna");
  });

  test("every input has a label", async () => {
    await mount(snapshot(POLICY));
    for (const input of container.querySelectorAll("input, select, textarea")) {
      expect(container.querySelector(`label[for="${input.id}"]`), `label for #${input.id}`).not.toBeNull();
    }
  });
});

describe("general settings", () => {
  test("a javascript: feedback address is refused", async () => {
    await mount(snapshot({}));
    await type("#general-feedbackUrl", "javascript:alert(1)");
    await act(async () => {
      vi.advanceTimersByTime(500);
    });
    expect($("#general-feedbackUrl").getAttribute("aria-invalid")).toBe("true");
    expect(deps.updateUserSettings).not.toHaveBeenCalled();
    expect(($("#general-feedbackUrl") as HTMLInputElement).value).toBe("javascript:alert(1)");
  });
});

describe("typing is never rewritten (issue 10)", () => {
  const advance = async (ms = 500) => {
    await act(async () => {
      vi.advanceTimersByTime(ms);
    });
    await act(async () => {});
  };

  test("a save that lands mid-word leaves the field as typed; the stored value follows", async () => {
    await mount(snapshot({}));
    const field = $<HTMLInputElement>("#general-institution") as HTMLInputElement;
    await type("#general-institution", "Valsts ");
    await advance();
    expect(deps.updateUserSettings).toHaveBeenLastCalledWith({ institution: "Valsts" });
    expect(field.value).toBe("Valsts ");
    await type("#general-institution", "Valsts zemes dienests");
    await advance();
    expect(field.value).toBe("Valsts zemes dienests");
    expect(deps.updateUserSettings).toHaveBeenLastCalledWith({ institution: "Valsts zemes dienests" });
  });

  test("another tab's change shows in a field the user is not editing, and never replaces a draft", async () => {
    await mount(snapshot({}, {}, { firstName: "Anna" }));
    await type("#profile-lastName", "Bērz");
    await act(async () => emit(snapshot({}, { institution: "VZD" }, { firstName: "Anete", lastName: "Ozola" })));
    expect(($("#profile-firstName") as HTMLInputElement).value).toBe("Anete");
    expect(($("#profile-lastName") as HTMLInputElement).value).toBe("Bērz");
    expect(($("#general-institution") as HTMLInputElement).value).toBe("VZD");
    await advance();
    expect(deps.updateProfile).toHaveBeenLastCalledWith({ lastName: "Bērz" });
  });

  test("two fields held back are both named, and fixing them saves and says so", async () => {
    await mount(snapshot({}));
    await type("#general-institution", "V".repeat(301));
    await type("#general-feedbackUrl", "javascript:x");
    await advance();
    const line = () => container.querySelector("#general .feedback")?.textContent;
    expect(line()).toBe("Not saved: “Institution” and “Feedback page address” — see the errors beside them. What you typed is kept.");
    await type("#general-institution", "VZD");
    await type("#general-feedbackUrl", "https://vzd.gov.lv/");
    await advance();
    expect(deps.updateUserSettings).toHaveBeenLastCalledWith({ institution: "VZD", feedbackUrl: "https://vzd.gov.lv/" });
    expect(line()).toBe("Saved.");
  });

  test.each([
    ["#profile-position", "profile", 301],
    ["#general-institution", "general", 301],
    ["#general-feedbackUrl", "general", 2049],
  ])("%s past its limit keeps the text, says the limit and saves nothing", async (selector, section, length) => {
    await mount(snapshot({}));
    const text = selector.endsWith("Url") ? `https://a.lv/${"x".repeat(length - 13)}` : "ā".repeat(length);
    await type(selector, text);
    await advance();
    const field = $<HTMLInputElement>(selector) as HTMLInputElement;
    expect(field.value).toBe(text);
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect($(`${selector}-error`).textContent).toBe(`At most ${length === 301 ? "300" : "2,048"} characters are allowed; this has ${length === 301 ? "301" : "2,049"} characters.`);
    expect(container.querySelector(`#${section} [role=alert]`)?.textContent).toContain("Not saved");
    expect(deps.updateProfile).not.toHaveBeenCalled();
    expect(deps.updateUserSettings).not.toHaveBeenCalled();
  });
});

describe("personal glossary", () => {
  test("add, edit and remove", async () => {
    await mount(snapshot({}, { glossary: [{ term: "kolēģis" }] }));
    await type("#glossary-term", "eskalēt");
    await type("#glossary-suggestion", "nodot");
    await submit("#glossary form, form.entry-form");
    expect(deps.updateGlossary).toHaveBeenLastCalledWith([{ put: { term: "eskalēt", suggestion: "nodot" } }]);

    const edit = container.querySelector<HTMLButtonElement>('#glossary button[aria-label="Edit “kolēģis”"]')!;
    await act(async () => edit.click());
    expect(($("#glossary-term") as HTMLInputElement).value).toBe("kolēģis");
    await type("#glossary-suggestion", "darbabiedrs");
    await submit("#glossary form.entry-form");
    // The edit names the entry it replaces (its term and language), not its row.
    expect(deps.updateGlossary).toHaveBeenLastCalledWith([{ put: { term: "kolēģis", suggestion: "darbabiedrs" }, replaces: glossaryKey({ term: "kolēģis" }) }]);

    const remove = container.querySelector<HTMLButtonElement>('#glossary button[aria-label="Remove “kolēģis”"]')!;
    await act(async () => remove.click());
    expect(deps.updateGlossary).toHaveBeenLastCalledWith([{ remove: glossaryKey({ term: "kolēģis" }) }]);
  });

  test("an empty or duplicate term is refused with a message", async () => {
    await mount(snapshot({}, { glossary: [{ term: "kolēģis" }] }));
    await submit("#glossary form.entry-form");
    expect(container.querySelector("#glossary-form-error")?.textContent).toBeTruthy();
    await type("#glossary-term", "Kolēģis");
    await submit("#glossary form.entry-form");
    expect(container.querySelector("#glossary-form-error")?.textContent).toContain("already in your glossary");
    expect(deps.updateGlossary).not.toHaveBeenCalled();
  });

  test("CSV import merges and reports bad rows", async () => {
    await mount(snapshot({}, { glossary: [{ term: "eskalēt", suggestion: "old" }] }));
    const input = $("#glossary-import") as HTMLInputElement;
    const file = new File(["term;suggestion\neskalēt;nodot\n;x\nkolēģis;darbabiedrs\n"], "g.csv", { type: "text/csv" });
    Object.defineProperty(input, "files", { value: [file] });
    await act(async () => {
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await vi.waitFor(() => expect(deps.updateGlossary).toHaveBeenCalled());
    expect(deps.updateGlossary).toHaveBeenCalledWith([{ put: { term: "eskalēt", suggestion: "nodot" } }, { put: { term: "kolēģis", suggestion: "darbabiedrs" } }]);
    await act(async () => {});
    expect(container.querySelector(".import-report")?.textContent).toContain("Row 3");
  });

  test("the organisation's terms are listed as locked, the user's duplicate marked", async () => {
    await mount(snapshot(POLICY, { glossary: [{ term: "Escalate" }] }));
    expect(container.querySelector("#glossary details summary")?.textContent).toContain("1 term (always on)");
    expect(container.querySelector("#glossary table")?.textContent).toContain("your organisation's glossary entry applies");
  });
});

describe("personal templates", () => {
  test("live preview, create, edit and delete", async () => {
    await mount(snapshot({ institution: "State Revenue Service" }, {}, { firstName: "Anna" }));
    await type("#template-title", "Thanks");
    await type("#template-body", "Thank you!\n{{firstName}}, {{institution}}\n{{ask:Case}}");
    expect($("[data-testid=template-preview]").textContent).toBe("Thank you!\nAnna, State Revenue Service\n[Case]");
    await submit("#templates form.entry-form");
    const [[added]] = deps.updateTemplates.mock.lastCall! as [{ put: TemplateDef }[]];
    expect(added).toEqual({ put: { id: expect.stringMatching(/^personal-/), title: "Thanks", body: "Thank you!\n{{firstName}}, {{institution}}\n{{ask:Case}}" } });
    const id = added!.put.id;

    await act(async () => container.querySelector<HTMLButtonElement>('#templates button[aria-label="Edit “Thanks”"]')!.click());
    await type("#template-title", "Thanks!");
    await submit("#templates form.entry-form");
    expect(deps.updateTemplates).toHaveBeenLastCalledWith([{ put: { ...added!.put, title: "Thanks!" } }]);

    await act(async () => container.querySelector<HTMLButtonElement>('#templates button[aria-label="Remove “Thanks!”"]')!.click());
    expect(deps.updateTemplates).toHaveBeenLastCalledWith([{ remove: id }]);
    expect(container.querySelector("#templates ul.templates")).toBeNull();
  });
});

describe("entry forms say their limits as the user types", () => {
  test.each([
    ["#glossary-term", "#glossary form.entry-form", 301, "300"],
    ["#glossary-explanation", "#glossary form.entry-form", 2001, "2,000"],
    ["#template-title", "#templates form.entry-form", 301, "300"],
  ])("%s", async (selector, form, length, limit) => {
    await mount(snapshot({}));
    if (selector.startsWith("#glossary-explanation")) await type("#glossary-term", "eskalēt");
    if (selector.startsWith("#template")) await type("#template-body", "Hello");
    await type(selector, "x".repeat(length));
    expect($(`${selector}-error`).textContent).toContain(`At most ${limit} characters`);
    await submit(form);
    expect(container.querySelector(`${form.split(" ")[0]} [role=alert]`)?.textContent).toContain("Not saved");
    expect(deps.updateGlossary).not.toHaveBeenCalled();
    expect(deps.updateTemplates).not.toHaveBeenCalled();
    expect(($(selector) as HTMLInputElement).value).toHaveLength(length);
  });
});

describe("template limits and ids", () => {
  test("the 501st template is refused before saving, with the count on the page", async () => {
    const templates = Array.from({ length: 500 }, (_, i) => ({ id: `t${i}`, title: `T${i}`, body: "Hello" }));
    await mount(snapshot({}, { templates }));
    expect($("[data-testid=template-count]").textContent).toBe("You have 500 personal templates; at most 500 are allowed.");
    await type("#template-title", "One more");
    await type("#template-body", "Hello");
    await submit("#templates form.entry-form");
    expect($("#template-form-error").textContent).toContain("already have 500 personal templates");
    expect(deps.updateTemplates).not.toHaveBeenCalled();
    expect(($("#template-title") as HTMLInputElement).value).toBe("One more");
  });

  test("a personal template hidden by the organisation's of the same id says so and can get a new id", async () => {
    const mine = { id: "hours", title: "My hours", body: "Open 9:00" };
    await mount(snapshot({ templates: [{ id: "hours", title: "Hours", body: "Open 8:30" }] }, { templates: [mine] }));
    const item = [...container.querySelectorAll("#templates li[data-id=hours]")].find((li) => li.textContent?.includes("My hours"))!;
    expect(item.textContent).toContain("the same id (“hours”), so this one is not offered");
    await act(async () => item.querySelector<HTMLButtonElement>(".template-clash button")!.click());
    expect(deps.updateTemplates).toHaveBeenLastCalledWith([{ put: { ...mine, id: expect.stringMatching(/^personal-/) }, replaces: "hours" }]);
    expect(container.querySelector(".template-clash")).toBeNull();
  });
});

describe("policy panel", () => {
  test("settings are named in words, not by their policy keys; send check and rule levels too", async () => {
    await mount(snapshot({ ...POLICY, sendCheck: "block", abbreviationAllowlist: ["VID"] }));
    expect($("tr[data-key=abbreviationAllowlist] th").textContent).toBe("Allowed abbreviations");
    expect($("tr[data-key=sendCheck] th").textContent).toBe("Check on Send");
    expect($("tr[data-key=sendCheck] td").textContent).toBe(messages.optSendCheck_block!.message);
    expect($("tr[data-key=rules] td").textContent).toBe(`${messages.rule_jargon!.message}: ${messages.optSeverity_error!.message.toLowerCase()}`);
    expect($("#policy table").textContent).not.toMatch(/abbreviationAllowlist|sendCheck|jargon|\bblock\b/);
  });

  test("what the organisation set and the problems, as text", async () => {
    await mount(snapshot({ ...POLICY, institution: "<img src=x onerror=alert(1)>" }));
    expect($("[data-testid=policy-status]").getAttribute("data-source")).toBe("browser");
    expect($("tr[data-key=institution] td").textContent).toBe("<img src=x onerror=alert(1)>");
    expect(container.querySelector("img")).toBeNull();
    const paths = [...container.querySelectorAll("[data-testid=policy-problems] li")].map((li) => li.getAttribute("data-path"));
    expect(paths).toEqual(["rules.greeting", "glossary[1].term"]);
  });

  test("no policy at all, and why the browser gave none", async () => {
    await mount({ ...snapshot({}), managedUnavailable: "Managed storage manifest not found" });
    expect($("[data-testid=policy-status]").textContent).toBe("Your browser has no policy from your organisation for Skaidri.");
    expect(container.querySelector("#policy")?.textContent).toContain("Managed storage manifest not found");
    expect(container.querySelector("[data-testid=policy-problems]")).toBeNull();
  });
});
