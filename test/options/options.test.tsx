// @vitest-environment happy-dom
// The options page with a fake platform: locks from the policy, the profile's signature
// preview, personal glossary and templates, CSV import, the Policy panel, save failures.
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { resolveConfig } from "../../src/core/config.ts";
import { validatePolicy } from "../../src/core/policy.ts";
import type { Profile, UserSettings } from "../../src/core/types.ts";
import { Options, type OptionsDeps } from "../../src/options/app.tsx";
import type { SettingsSnapshot, WriteResult } from "../../src/platform/settings.ts";
import { strictT, strictTn } from "../support/ui-strings.ts";

// The real English strings: a key missing from _locales fails here.
const t = strictT("en");
const tn = strictTn("en");

function snapshot(raw: Record<string, unknown>, user: UserSettings = {}, profile: Profile = {}): SettingsSnapshot {
  const { policy, problems } = validatePolicy(raw);
  const { config, locks } = resolveConfig(user, policy, profile);
  return { config, locks, policy, policyRaw: raw, problems, policySource: Object.keys(raw).length ? "browser" : "none", user, profile };
}

const ok: WriteResult = { ok: true };
let container: HTMLElement;
let emit: (s: SettingsSnapshot) => void;
let deps: OptionsDeps & { saveProfile: ReturnType<typeof vi.fn>; saveUserSettings: ReturnType<typeof vi.fn>; saveGlossary: ReturnType<typeof vi.fn>; saveTemplates: ReturnType<typeof vi.fn> };

async function mount(first: SettingsSnapshot): Promise<void> {
  deps = {
    watch: (callback) => {
      emit = callback;
      callback(first);
    },
    saveProfile: vi.fn(async () => ok),
    saveUserSettings: vi.fn(async () => ok),
    saveGlossary: vi.fn(async () => ok),
    saveTemplates: vi.fn(async () => ok),
    t,
    tn,
    language: "en",
    today: () => "2026-11-20",
  };
  await act(async () => {
    render(<Options deps={deps} />, container);
  });
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
    expect(deps.saveUserSettings).toHaveBeenCalledWith({ rules: { greeting: "off" } });
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
    expect(deps.saveProfile).toHaveBeenCalledWith({ firstName: "Anna", lastName: "Bērziņa", phone: "+371 67120000" });
  });

  test("a quota error is said out loud and the input stays", async () => {
    await mount(snapshot({}));
    deps.saveProfile.mockResolvedValueOnce({ ok: false, quota: true, message: "QUOTA_BYTES_PER_ITEM quota exceeded" });
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
    expect(deps.saveUserSettings).not.toHaveBeenCalled();
  });
});

describe("personal glossary", () => {
  test("add, edit and remove", async () => {
    await mount(snapshot({}, { glossary: [{ term: "kolēģis" }] }));
    await type("#glossary-term", "eskalēt");
    await type("#glossary-suggestion", "nodot");
    await submit("#glossary form, form.entry-form");
    expect(deps.saveGlossary).toHaveBeenLastCalledWith([{ term: "kolēģis" }, { term: "eskalēt", suggestion: "nodot" }]);

    const edit = container.querySelector<HTMLButtonElement>('#glossary button[aria-label="Edit “kolēģis”"]')!;
    await act(async () => edit.click());
    expect(($("#glossary-term") as HTMLInputElement).value).toBe("kolēģis");
    await type("#glossary-suggestion", "darbabiedrs");
    await submit("#glossary form.entry-form");
    expect(deps.saveGlossary).toHaveBeenLastCalledWith([{ term: "kolēģis", suggestion: "darbabiedrs" }]);

    const remove = container.querySelector<HTMLButtonElement>('#glossary button[aria-label="Remove “kolēģis”"]')!;
    await act(async () => remove.click());
    expect(deps.saveGlossary).toHaveBeenLastCalledWith([]);
  });

  test("an empty or duplicate term is refused with a message", async () => {
    await mount(snapshot({}, { glossary: [{ term: "kolēģis" }] }));
    await submit("#glossary form.entry-form");
    expect(container.querySelector("#glossary-form-error")?.textContent).toBeTruthy();
    await type("#glossary-term", "Kolēģis");
    await submit("#glossary form.entry-form");
    expect(container.querySelector("#glossary-form-error")?.textContent).toContain("already in your glossary");
    expect(deps.saveGlossary).not.toHaveBeenCalled();
  });

  test("CSV import merges and reports bad rows", async () => {
    await mount(snapshot({}, { glossary: [{ term: "eskalēt", suggestion: "old" }] }));
    const input = $("#glossary-import") as HTMLInputElement;
    const file = new File(["term;suggestion\neskalēt;nodot\n;x\nkolēģis;darbabiedrs\n"], "g.csv", { type: "text/csv" });
    Object.defineProperty(input, "files", { value: [file] });
    await act(async () => {
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await vi.waitFor(() => expect(deps.saveGlossary).toHaveBeenCalled());
    expect(deps.saveGlossary).toHaveBeenCalledWith([{ term: "eskalēt", suggestion: "nodot" }, { term: "kolēģis", suggestion: "darbabiedrs" }]);
    await act(async () => {});
    expect(container.querySelector(".import-report")?.textContent).toContain("Row 3");
  });

  test("the organisation's terms are listed as locked, the user's duplicate marked", async () => {
    await mount(snapshot(POLICY, { glossary: [{ term: "Escalate" }] }));
    expect(container.querySelector("#glossary details summary")?.textContent).toContain("glossary: 1 term (always on)");
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
    const saved = deps.saveTemplates.mock.lastCall![0] as { id: string; title: string }[];
    expect(saved).toEqual([{ id: expect.stringMatching(/^personal-/), title: "Thanks", body: "Thank you!\n{{firstName}}, {{institution}}\n{{ask:Case}}" }]);

    await act(async () => emit(snapshot({ institution: "State Revenue Service" }, { templates: saved as never }, { firstName: "Anna" })));
    await act(async () => container.querySelector<HTMLButtonElement>('#templates button[aria-label="Edit “Thanks”"]')!.click());
    await type("#template-title", "Thanks!");
    await submit("#templates form.entry-form");
    expect(deps.saveTemplates.mock.lastCall![0]).toEqual([{ ...saved[0], title: "Thanks!" }]);

    await act(async () => container.querySelector<HTMLButtonElement>('#templates button[aria-label="Remove “Thanks”"]')!.click());
    expect(deps.saveTemplates).toHaveBeenLastCalledWith([]);
  });
});

describe("policy panel", () => {
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
