// Due dates (issue 15): receipt on the 1st and the answer on the 2nd Latvian working day
// strictly after the day received; the hour never matters. Calendar facts checked against the
// law "Par svētku, atceres un atzīmējamām dienām" and the date-holidays data (oracle below).
import Holidays from "date-holidays";
import { describe, expect, test } from "vitest";
import { describeDeadlines } from "../../src/core/deadline-words.ts";
import { computeDeadlines, dateInRiga, isAnswerOverdue } from "../../src/core/deadlines.ts";

describe("due dates", () => {
  test.each([
    // [received, receiptDue, answerDue, why]
    ["2026-11-23T10:14", "2026-11-24", "2026-11-25", "Monday: the issue's example"],
    ["2026-11-20T16:59", "2026-11-23", "2026-11-24", "Friday: over the weekend"],
    ["2026-11-21T09:00", "2026-11-23", "2026-11-24", "Saturday counts from Monday"],
    ["2026-11-22T23:59", "2026-11-23", "2026-11-24", "Sunday counts from Monday"],
    ["2026-11-16T10:15", "2026-11-17", "2026-11-19", "over 18 November (a Wednesday)"],
    ["2026-11-17T08:00", "2026-11-19", "2026-11-20", "18 November itself is skipped"],
    ["2026-11-18T12:00", "2026-11-19", "2026-11-20", "received on 18 November counts from the next day"],
    ["2023-11-17T12:00", "2023-11-21", "2023-11-22", "18 November 2023 (Saturday) moved to Monday 20"],
    ["2029-11-16T12:00", "2029-11-20", "2029-11-21", "18 November 2029 (Sunday) moved to Monday 19"],
    ["2026-12-23T10:00", "2026-12-28", "2026-12-29", "Christmas Eve to Second Christmas Day, then a weekend"],
    ["2026-12-29T10:00", "2026-12-30", "2027-01-04", "New Year's Eve, New Year and a weekend"],
    ["2026-12-30T10:00", "2027-01-04", "2027-01-05", "across the year"],
    ["2027-12-30T10:00", "2028-01-03", "2028-01-04", "31 December on a Friday, New Year on a Saturday"],
    ["2026-04-02T10:00", "2026-04-07", "2026-04-08", "Easter 2026: Good Friday to Easter Monday"],
    ["2027-03-25T10:00", "2027-03-30", "2027-03-31", "Easter 2027 (28 March)"],
    ["2025-04-30T10:00", "2025-05-02", "2025-05-06", "1 May, and 4 May 2025 (Sunday) moved to Monday 5"],
    ["2024-05-03T10:00", "2024-05-07", "2024-05-08", "4 May 2024 (Saturday) moved to Monday 6"],
    ["2026-06-22T10:00", "2026-06-25", "2026-06-26", "Līgo and Jāņi"],
    ["2023-05-26T10:00", "2023-05-30", "2023-05-31", "the Cabinet's one-off holiday of 29 May 2023"],
    ["2026-11-23", "2026-11-24", "2026-11-25", "a date without a time"],
  ])("received %s → receipt %s, answer %s (%s)", (received, receiptDue, answerDue) => {
    expect(computeDeadlines(received)).toEqual({ received, receiptDue, answerDue });
  });

  test("the hour of arrival never matters", () => {
    for (const time of ["00:00", "08:59", "17:30", "23:59"]) {
      expect(computeDeadlines(`2026-11-20T${time}`)).toMatchObject({ receiptDue: "2026-11-23", answerDue: "2026-11-24" });
    }
  });

  test("a policy calendar: a one-off holiday and a moved working Saturday", () => {
    const calendar = { holidays: ["2026-11-19"], workdays: ["2026-11-21"] };
    // Tuesday 17: 18 is the law's holiday, 19 the Cabinet's, Friday 20 is the first working
    // day and Saturday 21 is worked.
    expect(computeDeadlines("2026-11-17T10:00", calendar)).toMatchObject({ receiptDue: "2026-11-20", answerDue: "2026-11-21" });
    expect(computeDeadlines("2026-11-17T10:00")).toMatchObject({ receiptDue: "2026-11-19", answerDue: "2026-11-20" });
  });

  test("policy numbers of days", () => {
    expect(computeDeadlines("2026-11-20T10:00", {}, { receipt: 0, answer: 5 })).toMatchObject({ receiptDue: "2026-11-20", answerDue: "2026-11-27" });
    expect(computeDeadlines("2026-11-20T10:00", {}, { answer: 10 })).toMatchObject({ receiptDue: "2026-11-23", answerDue: "2026-12-04" });
  });

  test("agrees with an independent count over date-holidays' Latvian public holidays, 2024–2027", () => {
    const hd = new Holidays("LV");
    const holidays = new Set(
      [2024, 2025, 2026, 2027, 2028].flatMap((year) => hd.getHolidays(year).filter((h) => h.type === "public").map((h) => h.date.slice(0, 10))),
    );
    const working = (iso: string) => {
      const weekday = new Date(`${iso}T12:00:00Z`).getUTCDay();
      return weekday !== 0 && weekday !== 6 && !holidays.has(iso);
    };
    const nth = (from: string, n: number) => {
      let d = new Date(`${from}T00:00:00Z`);
      for (let left = n; left > 0; ) {
        d = new Date(d.getTime() + 86_400_000);
        if (working(d.toISOString().slice(0, 10))) left--;
      }
      return d.toISOString().slice(0, 10);
    };
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2028, 0, 1); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      const d = computeDeadlines(`${day}T10:00`);
      expect(d.receiptDue, day).toBe(nth(day, 1));
      expect(d.answerDue, day).toBe(nth(day, 2));
    }
  }, 60_000);
});

describe("overdue compares calendar dates", () => {
  const d = computeDeadlines("2026-11-23T10:14");
  test.each([
    ["2026-11-24", false],
    ["2026-11-25", false],
    ["2026-11-26", true],
    ["2027-01-01", true],
  ])("today %s → overdue %s", (today, overdue) => {
    expect(isAnswerOverdue(d, today)).toBe(overdue);
  });
});

describe("today in Latvia", () => {
  test.each([
    ["2026-11-25T21:59:59Z", "2026-11-25"],
    ["2026-11-25T22:00:00Z", "2026-11-26"],
    ["2026-07-15T20:59:59Z", "2026-07-15"],
    ["2026-07-15T21:00:00Z", "2026-07-16"],
  ])("%s is %s in Riga (EET/EEST)", (instant, date) => {
    expect(dateInRiga(new Date(instant))).toBe(date);
  });
});

describe("the deadlines in words", () => {
  const d = computeDeadlines("2026-11-23T10:14");
  test("Latvian, as the chip shows it", () => {
    expect(describeDeadlines(d, "lv", false)).toBe("Saņemts pirmdien, 23. novembrī 10.14 · apliecinājums līdz 24. novembrim · atbilde līdz 25. novembrim");
  });
  test("Latvian with the year (CLI)", () => {
    expect(describeDeadlines(d, "lv", true)).toBe(
      "Saņemts pirmdien, 2026. gada 23. novembrī 10.14 · apliecinājums līdz 2026. gada 24. novembrim · atbilde līdz 2026. gada 25. novembrim",
    );
  });
  test("English", () => {
    expect(describeDeadlines(d, "en", false)).toBe("Received Monday, 23 November 10:14 · receipt due 24 November · answer due 25 November");
  });
  test("months in their cases, weekdays as adverbs, no time without one", () => {
    expect(describeDeadlines(computeDeadlines("2026-03-06"), "lv", false)).toBe("Saņemts piektdien, 6. martā · apliecinājums līdz 9. martam · atbilde līdz 10. martam");
    expect(describeDeadlines(computeDeadlines("2026-08-29T07:05"), "lv", false)).toBe("Saņemts sestdien, 29. augustā 07.05 · apliecinājums līdz 31. augustam · atbilde līdz 1. septembrim");
  });
});
