// The receipt template's date counts from the day the client's message arrived (issue 15):
// "Atbildi Jums sniegsim ne vēlāk kā līdz {{date +2}}" then names the handbook's answer date.
import { describe, expect, test } from "vitest";
import { builtinTemplates } from "../../src/core/data/builtin-templates.ts";
import { computeDeadlines } from "../../src/core/deadlines.ts";
import { renderTemplate } from "../../src/core/templates.ts";

const receipt = builtinTemplates("lv").find((t) => t.id === "receipt")!;

describe("{{date +N}} with a received date", () => {
  test.each([
    // [received, today, expected date in the receipt template, why]
    ["2026-11-23", "2026-11-23", "2026. gada 25. novembrim", "confirmed the same day: the answer date"],
    ["2026-11-20", "2026-11-23", "2026. gada 24. novembrim", "received Friday, confirmed Monday: still Tuesday"],
    ["2026-11-21", "2026-11-23", "2026. gada 24. novembrim", "received on Saturday counts from Monday"],
    ["2026-11-16", "2026-11-17", "2026. gada 19. novembrim", "over 18 November"],
    ["2026-11-16", "2026-11-26", "2026. gada 30. novembrim", "a late confirmation counts from today, never a past day"],
    ["2026-11-30", "2026-11-26", "2026. gada 30. novembrim", "a received date after today is ignored"],
  ])("received %s, today %s → līdz %s (%s)", (received, today, expected) => {
    const { text } = renderTemplate(receipt.body, { language: "lv", today, received });
    expect(text).toContain(`līdz ${expected}.`);
  });

  test("the receipt template's date is the answer's due date from computeDeadlines", () => {
    const d = computeDeadlines("2026-12-23T15:00");
    const { text } = renderTemplate("{{date +2 | short}}", { language: "lv", today: "2026-12-23", received: "2026-12-23" });
    expect(text).toBe(`${d.answerDue.slice(8, 10)}.${d.answerDue.slice(5, 7)}.${d.answerDue.slice(0, 4)}.`);
  });

  test("{{date}} stays today; without a received date nothing changes", () => {
    expect(renderTemplate("{{date | short}}", { language: "lv", today: "2026-11-26", received: "2026-11-23" }).text).toBe("26.11.2026.");
    expect(renderTemplate("{{date +2 | short}}", { language: "lv", today: "2026-11-23" }).text).toBe("25.11.2026.");
    expect(renderTemplate("{{date +2 | short}}", { language: "lv", today: "2026-11-23", received: "nonsense" }).text).toBe("25.11.2026.");
  });
});
