// @vitest-environment happy-dom
// Issue 13 "Grammar and phrasing (rewrite, do not patch)": the rewritten sentences, pinned where
// users meet them — the engine's findings on a real reply (lint, Latvian and English), the Send
// dialog in block mode (Latvian browser) and the UI table — and the old wordings kept out of
// every Latvian string Skaidri shows (UI table, rules, findings on the fixture mails, CLI,
// policy check, glossary import, built-in templates, invitation suggestions).
import { describe, expect, test, vi } from "vitest";
import { defaultConfig } from "../../src/core/config.ts";
import { BUILTIN_TEMPLATES } from "../../src/core/data/builtin-templates.ts";
import { INVITATION_SUGGESTION } from "../../src/core/data/feedback-invitations.ts";
import { lint } from "../../src/core/lint.ts";
import type { Config, Language, RuleId } from "../../src/core/types.ts";
import { keyFindings } from "../../src/webmail/ignore.ts";
import { fixtureFindings, latvianTables, strings } from "../support/latvian-sources.ts";
import { message, UI_TABLES } from "../support/ui-strings.ts";
import { rootOf } from "../webmail/trusted.ts";

// A Latvian browser: chrome.i18n serves the Latvian table.
vi.mock("../../src/platform/browser.ts", () => ({
  browser: { i18n: { getMessage: (key: string, subs?: string | string[]) => message("lv", key, subs) ?? "", getUILanguage: () => "lv" } },
}));
const { askBeforeSend } = await import("../../src/webmail/send-dialog.ts");

const CONFIG: Config = {
  ...defaultConfig(),
  institution: "Valsts zemes dienests",
  feedbackUrl: "https://www.vzd.gov.lv/atsauksmes",
  glossary: [{ term: "eskalēt", suggestion: "nodot" }],
  profile: { firstName: "Anna", lastName: "Kalniņa", position: "referente", phone: "67038600" },
};
// An unexplained abbreviation, a jargon term, no invitation, "Ar cieņu" alone, a first name only, no position.
const MAIL = "Labdien!\n\nJūsu jautājumu VZD varam eskalēt.\n\nAr cieņu\nAnna\nValsts zemes dienests\nTālr. 67038600";
const messagesOf = (locale: Language) => new Map(lint(MAIL, { locale, config: CONFIG, today: "2026-11-30" }).findings.map((f) => [f.rule, f.message]));

/** The rewritten sentences, as the engine says them (rule → a sentence its message contains). */
const REWRITTEN: Record<Language, [RuleId, string][]> = {
  lv: [
    ["signature/position", "Parakstā nav norādīts amats. Klientam jāzina, ar ko notiek sarakste."],
    ["signature/name", "Parakstā ir tikai vārds vai tikai uzvārds — norādiet gan vārdu, gan uzvārdu."],
    ["abbreviation", "Pirmo reizi lietojot, uzrakstiet pilno nosaukumu, piemēram, „Pilns nosaukums (turpmāk – VZD)”."],
    ["jargon", "„eskalēt” ir žargons vai iestādes iekšējs termins; rakstiet klientam saprotamāk: „nodot”."],
    ["sign-off", "Ar frāzi „Ar cieņu” vien nepietiek."],
    ["feedback-invitation", "Atbildes nobeigumā nav aicinājuma izteikt viedokli, uzdot jautājumus vai sniegt priekšlikumus."],
  ],
  en: [
    ["signature/position", "The signature does not give your position. The client should know who they are writing to."],
    ["signature/name", "The signature gives only a first name or only a surname — give both."],
    ["abbreviation", "Write the full name the first time, e.g. “Full name (hereinafter – VZD)”."],
  ],
};

/** The old wordings (issue 13) and what replaced them. */
const OLD: [RegExp, string][] = [
  [/nav ziņojis politiku/iu, "Pārlūkā nav iestādes politikas …"],
  [/prasa tās novērst/iu, "Pirms sūtīšanas novērsiet šīs nepilnības:"],
  [/(?<!frāzi )ar „Ar cieņu” vien/iu, "ar frāzi „Ar cieņu” vien"],
  [/izteikt (?:savu )?(?:viedokli, )?jautājumus/iu, "izteikt viedokli, uzdot jautājumus vai sniegt priekšlikumus"],
  [/pirmajā lietojumā/iu, "Pirmo reizi lietojot"],
  [/pilnu nosaukumu/iu, "pilno nosaukumu"],
  [/ar ko viņš|sarakstās/iu, "ar ko notiek sarakste"],
  [/norādiet abus/iu, "norādiet gan vārdu, gan uzvārdu"],
  [/klientam saprotami(?!\p{L})/iu, "klientam saprotamāk"],
  [/parakstā.*parakstā/isu, "„parakstā” once a message"],
];

const SOURCES: [string, string[]][] = [
  ...latvianTables(),
  ["the engine's findings (this reply and the fixture mails)", [...messagesOf("lv").values(), ...fixtureFindings(CONFIG)]],
  ["the built-in templates", BUILTIN_TEMPLATES.filter((b) => b.language === "lv").flatMap((b) => [b.title, b.body])],
  ["the invitation suggestions", strings(INVITATION_SUGGESTION.lv)],
];

describe.each(["lv", "en"] as const)("the engine's findings in %s", (locale) => {
  test.each(REWRITTEN[locale])("%s says: %s", (rule, sentence) => {
    const found = messagesOf(locale);
    expect(found.has(rule), `${rule} fires on the sample reply`).toBe(true);
    expect(found.get(rule)).toContain(sentence);
  });
});

test("the Send dialog in block mode asks the user to fix the problems (no missing antecedent, no blame on the institution)", async () => {
  expect(UI_TABLES.lv.sendBlocked!.message).toBe("Pirms sūtīšanas novērsiet šīs nepilnības:");
  expect(UI_TABLES.en.sendBlocked!.message).toBe("Fix these before the reply is sent:");
  const errors = keyFindings([{ rule: "signature/name", severity: "error", message: "Parakstā nav jūsu vārda un uzvārda.", start: 0, end: 0, suggestions: [] }], "");
  const choice = askBeforeSend(document, errors, "block");
  const intro = rootOf("[data-skaidri-send-dialog]").querySelector("#skaidri-send-intro")!;
  expect(intro.textContent).toBe("Pirms sūtīšanas novērsiet šīs nepilnības:");
  expect(intro.textContent).not.toMatch(/iestāde|prasa/iu);
  document.querySelector("[data-skaidri-send-dialog]")!.remove();
  await expect(choice).resolves.toBe("back");
  // Warn mode keeps its own sentence.
  void askBeforeSend(document, errors, "warn");
  expect(rootOf("[data-skaidri-send-dialog]").querySelector("#skaidri-send-intro")!.textContent).toBe(UI_TABLES.lv.sendIntro!.message);
  document.querySelector("[data-skaidri-send-dialog]")!.remove();
});

test.each(SOURCES)("%s has none of the old wordings", (_name, texts) => {
  expect(texts.length).toBeGreaterThan(1);
  const old = texts.flatMap((text) => OLD.filter(([pattern]) => pattern.test(text)).map(([, instead]) => `${text}  →  ${instead}`));
  expect(old).toEqual([]);
});

test("the patterns catch the old wordings and pass the new ones", () => {
  const hits = (text: string) => OLD.some(([pattern]) => pattern.test(text));
  const old = [
    "Jūsu pārlūks nav ziņojis politiku.",
    "Iestāde prasa tās novērst.",
    "Ar „Ar cieņu” vien nepietiek.",
    "aicinām izteikt savu viedokli, jautājumus vai priekšlikumus",
    "Pirmajā lietojumā uzrakstiet pilnu nosaukumu.",
    "Klientam jāzina, ar ko viņš sarakstās.",
    "Parakstā ir tikai vārds — norādiet abus.",
    "rakstiet klientam saprotami: „nodot”",
    "Parakstā nav amata; norādiet to parakstā.",
  ];
  expect(old.filter((text) => !hits(text))).toEqual([]);
  expect(REWRITTEN.lv.map(([, sentence]) => sentence).filter(hits)).toEqual([]);
});
