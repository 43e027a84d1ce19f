// deadline — a late answer apologises or says when the answer will come (HANDBOOK.md "E-PASTS,
// paragraph 1"). The client wrote on Monday 16 November 2026 (answer due Thursday 19, after the
// 18 November holiday); today is Thursday 26 November unless a test says otherwise.
import { describe, expect, test } from "vitest";
import { lint } from "../../../src/core/lint.ts";
import { enMail, findingsOf, lvMail } from "./helpers.ts";

const LV_QUOTE = "\n\n________________________________\nNo: Jānis Bērziņš <janis@example.lv>\nNosūtīts: pirmdiena, 2026. gada 16. novembris 10:15\nKam: info@vzd.gov.lv\nTēma: Jautājums\n\nLabdien! Lūdzu, atbildiet.";
const EN_QUOTE = "\n\nOn Mon, 16 Nov 2026 at 10:15, Jane Smith <jane@example.com> wrote:\n> Hello, please answer.";
const TODAY = "2026-11-26";
const lv = (body: string) => lvMail({ body }) + LV_QUOTE;
const en = (body: string) => enMail({ body }) + EN_QUOTE;

describe("deadline", () => {
  test.each([
    "Atvainojamies par kavēšanos. Jūsu iesniegums ir izskatīts.",
    "Atvainojos, ka atbilde kavējas. Iesniegums ir izskatīts.",
    "Lūdzam pieņemt mūsu atvainošanos par novēlotu atbildi.",
    "Jūsu jautājums ir nodots izskatīšanai. Atbildi sniegsim līdz 2026. gada 4. decembrim.",
    "Atbildi sniegsim līdz 4. decembrim.",
    "Atbildēsim līdz 04.12.2026.",
    "Atbildi Jums nosūtīsim piektdien.",
    "Atbildi sniegsim līdz nākamās nedēļas beigām.",
    "Atbildi sniegsim 10 darba dienu laikā.",
    "Jūsu iesniegumu izskatīsim līdz mēneša beigām.",
  ])("accepts the Latvian %j", (body) => {
    expect(findingsOf("deadline", lv(body), { today: TODAY })).toEqual([]);
  });

  test.each([
    "Sorry for the late reply. Your application has been registered.",
    "We apologise for the delay. Your application has been registered.",
    "Please accept our apologies for the delay.",
    "We will answer by 4 December 2026.",
    "We will reply by Friday.",
    "You will receive our response by the end of next week.",
    "We will get back to you on December 4.",
  ])("accepts the English %j", (body) => {
    expect(findingsOf("deadline", en(body), { today: TODAY })).toEqual([]);
  });

  test.each([
    ["a plain late answer", "Jūsu iesniegums ir izskatīts."],
    ["a date about something else", "Dokumenti jāiesniedz līdz 30. novembrim. Atbildi sniegsim drīz."],
    ["an answer without a date", "Atbildi sniegsim, tiklīdz saņemsim informāciju."],
    ["līdz ar is no deadline", "Atbildi nosūtīsim līdz ar lēmumu."],
    ["a responsible department is no answer", "Iesniegums nodots atbildīgajai struktūrvienībai līdz 20. novembrim."],
    ["“informējam” opens any reply", "Informējam, ka vērtība būs redzama līdz 2026. gada 20. novembrim."],
  ])("flags %s, at the start of the body", (_, body) => {
    const text = lv(body);
    const at = text.indexOf(body);
    const found = findingsOf("deadline", text, { today: TODAY });
    expect(found).toMatchObject([
      {
        severity: "warning",
        start: at,
        end: at,
        suggestions: ["Atvainojamies par kavēšanos. Atbildi sniegsim līdz 2026. gada 27. novembrim.\n\n"],
      },
    ]);
    expect(found[0]!.message).toContain("2026. gada 19. novembrī");
  });

  test.each([
    ["“answered by” a department", "Your question will be answered by our legal department."],
    ["a plain late answer", "Your application has been registered."],
  ])("flags the English %s", (_, body) => {
    const found = findingsOf("deadline", en(body), { today: TODAY, locale: "en" });
    expect(found).toHaveLength(1);
    expect(found[0]!.suggestions).toEqual(["We apologise for the delay. We will answer by 27 November 2026.\n\n"]);
    expect(found[0]!.message).toContain("19 November 2026");
  });

  test("an apology in the client's quote does not count", () => {
    const text = `${lvMail()}\n\nNo: Jānis <janis@example.lv>\nNosūtīts: pirmdiena, 2026. gada 16. novembris 10:15\nKam: info@vzd.gov.lv\n\nAtvainojos, ka rakstu vēlreiz.`;
    expect(findingsOf("deadline", text, { today: TODAY })).toHaveLength(1);
  });

  test.each([
    ["on time, the day before", "2026-11-18"],
    ["on time, any hour of the due day", "2026-11-19"],
  ])("quiet %s", (_, today) => {
    expect(findingsOf("deadline", lv("Jūsu iesniegums ir izskatīts."), { today })).toEqual([]);
  });

  test("quiet without a received time, and without today's date", () => {
    expect(findingsOf("deadline", lvMail({ body: "Jūsu iesniegums ir izskatīts." }), { today: TODAY })).toEqual([]);
    expect(findingsOf("deadline", lv("Jūsu iesniegums ir izskatīts."))).toEqual([]);
  });

  test("the fix's date is the next working day: over a weekend and holidays", () => {
    const fix = (today: string) => findingsOf("deadline", lv("Iesniegums ir izskatīts."), { today })[0]?.suggestions[0];
    expect(fix("2026-11-27")).toContain("līdz 2026. gada 30. novembrim.");
    expect(fix("2026-12-23")).toContain("līdz 2026. gada 28. decembrim.");
  });

  test("the webmail's received time wins over the quoted header", () => {
    const text = lv("Jūsu iesniegums ir izskatīts.");
    expect(findingsOf("deadline", text, { today: TODAY, received: "2026-11-25T09:00" })).toEqual([]);
    expect(lint(text, { received: "2026-11-25T09:00" }).deadlines).toEqual({ received: "2026-11-25T09:00", receiptDue: "2026-11-26", answerDue: "2026-11-27" });
  });

  test("policy: switched off, or another severity and other numbers of days", () => {
    const text = lv("Jūsu iesniegums ir izskatīts.");
    expect(findingsOf("deadline", text, { today: TODAY, policy: { rules: { deadline: "off" } } })).toEqual([]);
    expect(findingsOf("deadline", text, { today: TODAY, policy: { rules: { deadline: "error" } } })[0]?.severity).toBe("error");
    expect(findingsOf("deadline", text, { today: TODAY, policy: { deadlines: { answer: 10 } } })).toEqual([]);
  });

  test("applying the fix makes the finding go away", () => {
    const text = lv("Jūsu iesniegums ir izskatīts.");
    const [f] = findingsOf("deadline", text, { today: TODAY });
    const fixed = text.slice(0, f!.start) + f!.suggestions[0] + text.slice(f!.end);
    expect(findingsOf("deadline", fixed, { today: TODAY })).toEqual([]);
  });

  test("a bad received time from the page is ignored, not thrown", () => {
    const result = lint(lvMail(), { received: "2026-02-30T10:00", today: TODAY });
    expect(result.deadlines).toBeUndefined();
  });
});

describe("lint() result: deadlines", () => {
  test("present with a received time, absent (no key) without", () => {
    expect(lint(lv("Iesniegums ir izskatīts.")).deadlines).toEqual({ received: "2026-11-16T10:15", receiptDue: "2026-11-17", answerDue: "2026-11-19" });
    expect("deadlines" in lint(lvMail())).toBe(false);
  });
});
