// @vitest-environment happy-dom
// Issue 16's options components with a fake platform: "Aizpildīt no mana paraksta" (fills only
// the fields the writer keeps ticked) and the one request for the institution's webmail hosts.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { resolveConfig } from "../../src/core/config.ts";
import { validatePolicy } from "../../src/core/policy.ts";
import type { WebmailHost } from "../../src/core/types.ts";
import type { OptionsDeps } from "../../src/options/deps.ts";
import { HostAccess } from "../../src/options/host-access.tsx";
import { ProfileFill } from "../../src/options/profile-fill.tsx";
import type { SettingsSnapshot } from "../../src/platform/settings.ts";

const lv: Record<string, { message: string }> = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../public/_locales/lv/messages.json"), "utf8"));
const t = (key: string) => {
  if (!lv[key]) throw new Error(`missing UI string ${key}`);
  return lv[key].message;
};

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement("div");
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

function fakeDeps(extra: Partial<OptionsDeps> = {}): OptionsDeps {
  return {
    watch: () => undefined,
    updateProfile: vi.fn(async () => ({ ok: true }) as const),
    updateUserSettings: vi.fn(),
    updateGlossary: vi.fn(),
    updateTemplates: vi.fn(),
    t,
    language: "lv",
    today: () => "2026-03-02",
    ...extra,
  } as unknown as OptionsDeps;
}

const labels = { firstName: "Vārds", lastName: "Uzvārds", position: "Amats", department: "Struktūrvienība", phone: "Tālrunis", email: "E-pasts" };
const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));

test("the pasted signature's fields are shown; only the ticked ones are saved", async () => {
  const deps = fakeDeps();
  await act(() => render(<ProfileFill deps={deps} labels={labels} />, container));
  const area = container.querySelector<HTMLTextAreaElement>("#profile-fill-text")!;
  expect(container.querySelector("summary")?.textContent).toBe("Aizpildīt no mana paraksta");
  await act(() => {
    area.value = "Ar cieņu,\nJānis Bērziņš\nvecākais referents\nTālr. 67 123 456";
    area.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await act(() => container.querySelector<HTMLButtonElement>("button")!.click());
  const found = [...container.querySelectorAll("[data-field]")].map((l) => l.getAttribute("data-field"));
  expect(found).toEqual(["firstName", "lastName", "position", "phone"]);
  expect(deps.updateProfile).not.toHaveBeenCalled(); // nothing saved before the writer confirms
  await act(() => container.querySelector<HTMLInputElement>('[data-field="phone"] input')!.click());
  const apply = [...container.querySelectorAll("button")].find((b) => b.textContent === "Aizpildīt atzīmētos laukus")!;
  await act(async () => apply.click());
  await flush();
  expect(deps.updateProfile).toHaveBeenCalledWith({ firstName: "Jānis", lastName: "Bērziņš", position: "vecākais referents" });
  expect(container.textContent).toContain(t("optSaved"));
});

function snapshotWith(hosts: WebmailHost[]): SettingsSnapshot {
  const { policy, problems } = validatePolicy({ webmailHosts: hosts });
  const { config, locks } = resolveConfig({}, policy, {});
  return { config, locks, policy, policyRaw: { webmailHosts: hosts }, problems, policySource: "browser", user: {}, profile: {} };
}

test("the organisation's hosts are named; the request asks for exactly the missing ones, in the click", async () => {
  const hosts: WebmailHost[] = [
    { host: "pasts.iestade.gov.lv", kind: "outlook" },
    { host: "rakstu.iestade.gov.lv", kind: "generic" },
  ];
  let grantedNow: string[] = ["rakstu.iestade.gov.lv"];
  const request = vi.fn(async (asked: readonly WebmailHost[]) => {
    grantedNow = [...grantedNow, ...asked.map((h) => h.host)];
    return true;
  });
  const deps = fakeDeps({ hostAccess: { granted: async (list) => list.filter((h) => grantedNow.includes(h.host)), request } });
  await act(() => render(<HostAccess deps={deps} settings={snapshotWith(hosts)} />, container));
  await flush();
  const state = () => [...container.querySelectorAll("li[data-host]")].map((li) => `${li.getAttribute("data-host")}=${li.getAttribute("data-granted")}`);
  expect(state()).toEqual(["pasts.iestade.gov.lv=no", "rakstu.iestade.gov.lv=yes"]);
  await act(() => container.querySelector<HTMLButtonElement>("[data-testid=host-access-ask]")!.click());
  expect(request).toHaveBeenCalledTimes(1); // synchronously inside the click
  expect(request).toHaveBeenCalledWith([hosts[0]]);
  await flush();
  expect(state()).toEqual(["pasts.iestade.gov.lv=yes", "rakstu.iestade.gov.lv=yes"]);
  expect(container.querySelector("[data-testid=host-access-ask]")).toBeNull();
});

test("until the browser answers, no host is called not allowed (a granted one flashed 'missing' in Firefox)", async () => {
  const hosts: WebmailHost[] = [{ host: "pasts.iestade.gov.lv", kind: "outlook" }];
  let answer: (list: WebmailHost[]) => void = () => undefined;
  const granted = () => new Promise<WebmailHost[]>((resolve) => (answer = resolve));
  await act(() => render(<HostAccess deps={fakeDeps({ hostAccess: { granted, request: vi.fn() } })} settings={snapshotWith(hosts)} />, container));
  const item = () => container.querySelector("li[data-host]")!;
  expect(item().getAttribute("data-granted")).toBe("unknown");
  expect(item().textContent).toBe("pasts.iestade.gov.lv");
  expect(container.querySelector("[data-testid=host-access-ask]")).toBeNull();
  await act(() => answer(hosts));
  await flush();
  expect(item().getAttribute("data-granted")).toBe("yes");
  expect(item().textContent).toBe(`pasts.iestade.gov.lv — ${t("optHostsGranted")}`);
});

test("no hosts in the policy: nothing shown", async () => {
  await act(() => render(<HostAccess deps={fakeDeps({ hostAccess: { granted: async () => [], request: vi.fn() } })} settings={snapshotWith([])} />, container));
  expect(container.innerHTML).toBe("");
});

test("a signature handed over by the compose's chip opens the section with its fields recognised, saving nothing", async () => {
  let handed: string | null = "Anna Ozola\nVecākā referente\nTālr. 67000000";
  let onHanded: (() => void) | null = null;
  const deps = fakeDeps({
    signatureHandoff: {
      take: async () => {
        const text = handed;
        handed = null;
        return text;
      },
      watch: (callback) => {
        onHanded = callback;
      },
    },
  });
  await act(() => render(<ProfileFill deps={deps} labels={labels} />, container));
  await flush();
  const details = container.querySelector<HTMLDetailsElement>("details")!;
  expect(details.open).toBe(true);
  expect(container.querySelector("[data-testid=profile-fill-from-compose]")?.textContent).toBe(t("optFillFromCompose"));
  expect(container.querySelector<HTMLTextAreaElement>("#profile-fill-text")!.value).toBe("Anna Ozola\nVecākā referente\nTālr. 67000000");
  expect([...container.querySelectorAll("[data-field]")].map((l) => l.getAttribute("data-field"))).toEqual(["firstName", "lastName", "position", "phone"]);
  expect(deps.updateProfile).not.toHaveBeenCalled();

  // Another compose hands its signature over while the page is open: it replaces the first.
  handed = "Jānis Bērziņš\nnodaļas vadītājs";
  await act(() => onHanded?.());
  await flush();
  expect([...container.querySelectorAll("[data-field]")].map((l) => l.getAttribute("data-field"))).toEqual(["firstName", "lastName", "position"]);
  const apply = [...container.querySelectorAll("button")].find((b) => b.textContent === "Aizpildīt atzīmētos laukus")!;
  await act(async () => apply.click());
  await flush();
  expect(deps.updateProfile).toHaveBeenCalledWith({ firstName: "Jānis", lastName: "Bērziņš", position: "nodaļas vadītājs" });
  expect(container.querySelector("[data-testid=profile-fill-from-compose]")).toBeNull();
});

test("without a handed-over signature the section stays closed", async () => {
  const deps = fakeDeps({ signatureHandoff: { take: async () => null, watch: () => undefined } });
  await act(() => render(<ProfileFill deps={deps} labels={labels} />, container));
  await flush();
  expect(container.querySelector<HTMLDetailsElement>("details")!.open).toBe(false);
});
