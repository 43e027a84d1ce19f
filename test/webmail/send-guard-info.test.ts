// @vitest-environment happy-dom
// Issue 14: info findings (plain-language, long-sentence, passive-voice) are advice and never
// stop Send, in warn and in block mode. The guard is wired as content/main.ts wires it, to a
// real session (the real engine) on a reply whose only findings are info; the dialog is a
// recorder, so a dialog that opened would show here.
import "../../src/content/engine.ts";
import { afterEach, describe, expect, test, vi } from "vitest";
import { defaultConfig } from "../../src/core/config.ts";
import { BUILTIN_TEMPLATES } from "../../src/core/data/builtin-templates.ts";
import { compileGlossary } from "../../src/core/glossary.ts";
import { renderTemplate } from "../../src/core/templates.ts";
import type { Config, SendCheck } from "../../src/core/types.ts";
import type { Compose } from "../../src/webmail/adapter.ts";
import { fakeAdapter } from "./fake-adapter.ts";
import { installSendGuard } from "../../src/webmail/send-guard.ts";

vi.mock("../../src/platform/browser.ts", async () => ({ browser: (await import("./browser-mock.ts")).browserMock }));
const { startSession } = await import("../../src/webmail/session.ts");

const PROFILE = { firstName: "Anna", lastName: "Bērziņa", position: "vecākā konsultante", department: "Klientu apkalpošanas daļa", phone: "+371 67120000", email: "anna.berzina@vid.gov.lv" };
const BASE: Config = { ...defaultConfig(), institution: "Valsts ieņēmumu dienests", feedbackUrl: "https://www.vid.gov.lv/atsauksmes", profile: PROFILE };
const receipt = BUILTIN_TEMPLATES.find((b) => b.id === "receipt" && b.language === "lv")!;
/** The built-in receipt, complete, with a passive sentence, a wordy phrase and a 30-word sentence added. */
const REPLY = renderTemplate(
  receipt.body.replace(
    "Atbildi Jums sniegsim",
    "Jūsu iesniegums tiek izskatīts. Lūdzam veikt apmaksu līdz mēneša beigām. " +
      "Mēs rūpīgi pārskatīsim visus Jūsu pievienotos dokumentus un katru norādīto jautājumu, salīdzināsim tos ar mūsu rīcībā esošo informāciju un tad sagatavosim vienu kopīgu atbildi ar visiem nepieciešamajiem paskaidrojumiem un turpmākajiem soļiem. Atbildi Jums sniegsim",
  ),
  { language: "lv", today: "2026-03-02", profile: PROFILE, institution: BASE.institution, feedbackUrl: BASE.feedbackUrl },
).text;

const adapter = fakeAdapter({ findSendControls: (compose) => [...compose.root.querySelectorAll<HTMLElement>(".send")] });

const controllers: AbortController[] = [];
afterEach(() => {
  for (const c of controllers) c.abort();
  document.body.innerHTML = "";
});

function setup(sendCheck: SendCheck, text: string, rules: Config["rules"] = BASE.rules) {
  const html = (line: string) => line.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const lines = text.split("\n").map((line) => `<div>${line ? html(line) : "<br>"}</div>`);
  document.body.innerHTML = `<div class="root"><div contenteditable="true" class="editor">${lines.join("")}</div><div role="button" class="send" tabindex="0">Nosūtīt</div></div>`;
  const root = document.querySelector<HTMLElement>(".root")!;
  const compose: Compose = { root, editor: root.querySelector<HTMLElement>(".editor")! };
  const sends: string[] = [];
  root.querySelector(".send")!.addEventListener("click", () => sends.push("send"));
  const config: Config = { ...BASE, sendCheck, rules };
  const controller = new AbortController();
  controllers.push(controller);
  const session = startSession(compose, { adapter, locale: "lv", settings: () => ({ config, glossary: compileGlossary(config.glossary) }) }, controller.signal);
  const asked: string[] = [];
  installSendGuard(
    {
      win: window,
      findSendControls: (c) => adapter.findSendControls(c),
      sendKind: (control) => adapter.sendKind(control),
      composes: () => [session],
      mode: () => config.sendCheck,
      ask: (_guarded, errors, mode) => {
        asked.push(`${mode}: ${errors.map((f) => f.rule).join(", ")}`);
        return new Promise(() => {}); // Never answered: a Send held by the dialog stays unsent.
      },
    },
    controller.signal,
  );
  const click = () => root.querySelector<HTMLElement>(".send")!.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
  return { session, sends, asked, click };
}

describe.each(["warn", "block"] as const)("sendCheck %s", (mode) => {
  test("a reply whose only findings are info: Send goes through, no dialog", () => {
    const { session, sends, asked, click } = setup(mode, REPLY);
    const findings = session.findings();
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(["passive-voice", "plain-language", "long-sentence"]));
    expect(findings.every((f) => f.severity === "info")).toBe(true);
    click();
    expect(asked).toEqual([]);
    expect(sends).toEqual(["send"]);
  });

  test("the same reply with an error added (no feedback link): the dialog asks, naming only the error", () => {
    const { sends, asked, click } = setup(mode, REPLY.replace(BASE.feedbackUrl, "mūsu tīmekļvietnē"));
    click();
    expect(sends).toEqual([]);
    expect(asked).toEqual([`${mode}: feedback-link`]);
  });

  test("passive-voice set to error by the settings does stop Send: the level in force decides, not the rule", () => {
    const { sends, asked, click } = setup(mode, REPLY, { ...BASE.rules, "passive-voice": "error" });
    click();
    expect(sends).toEqual([]);
    expect(asked).toEqual([`${mode}: passive-voice`]);
  });
});
