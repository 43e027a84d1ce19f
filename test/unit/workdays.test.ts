import { describe, expect, test } from "vitest";
import {
  addWorkingDays,
  easterSunday,
  HOLIDAY_TABLE_YEARS,
  isPublicHoliday,
  isWorkingDay,
  publicHolidays,
  ruleHolidays,
} from "../../src/core/workdays.ts";

describe("public holidays", () => {
  test.each([
    // [date, holiday?, why]
    ["2026-01-01", true, "New Year"],
    ["2026-04-03", true, "Good Friday 2026"],
    ["2026-04-05", true, "Easter Sunday 2026"],
    ["2026-04-06", true, "Easter Monday 2026"],
    ["2025-04-18", true, "Good Friday 2025"],
    ["2025-04-21", true, "Easter Monday 2025"],
    ["2026-05-01", true, "Labour Day"],
    ["2026-05-04", true, "4 May 2026 is a Monday: no transfer"],
    ["2026-05-05", false, "nothing to transfer in 2026"],
    ["2025-05-04", true, "4 May 2025 is a Sunday"],
    ["2025-05-05", true, "… moved to Monday 5 May 2025"],
    ["2024-05-06", true, "4 May 2024 (Saturday) moved to Monday 6 May"],
    ["2024-05-05", false, "not to Sunday"],
    ["2030-05-06", true, "4 May 2030 (Saturday) moved to Monday"],
    ["2023-11-20", true, "18 November 2023 (Saturday) moved to Monday"],
    ["2029-11-19", true, "18 November 2029 (Sunday) moved to Monday"],
    ["2026-11-18", true, "18 November 2026 is a Wednesday"],
    ["2026-11-19", false, "no transfer in 2026"],
    ["2026-06-23", true, "Līgo"],
    ["2026-06-24", true, "Jāņi"],
    ["2026-12-24", true, "Christmas Eve"],
    ["2026-12-25", true, "Christmas"],
    ["2026-12-26", true, "Second Christmas Day"],
    ["2026-12-31", true, "New Year's Eve"],
    ["2026-12-30", false, "an ordinary day"],
    ["2023-05-29", true, "the Cabinet's one-off hockey holiday, in the date-holidays data"],
    ["2045-05-04", true, "outside the table: computed (Thursday)"],
    ["2045-04-07", true, "Good Friday 2045, computed"],
  ] as [string, boolean, string][])("%s → %s (%s)", (iso, holiday) => {
    expect(isPublicHoliday(iso)).toBe(holiday);
  });

  test.each([
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2038, "2038-04-25"],
    [2045, "2045-04-09"],
  ])("Easter %i is %s", (year, iso) => {
    expect(easterSunday(year)).toBe(iso);
  });

  test("the law's rules give the generated table's days in every table year, apart from one-off Cabinet holidays", () => {
    const oneOff = new Set(["2023-05-29"]);
    for (let year = HOLIDAY_TABLE_YEARS.first; year <= HOLIDAY_TABLE_YEARS.last; year++) {
      expect(publicHolidays(year).filter((d) => !oneOff.has(d)), String(year)).toEqual(ruleHolidays(year));
    }
  });
});

describe("working days", () => {
  test.each([
    ["2026-11-21", false, "Saturday"],
    ["2026-11-22", false, "Sunday"],
    ["2026-11-23", true, "Monday"],
    ["2026-11-18", false, "holiday on a Wednesday"],
    ["2025-05-05", false, "transferred holiday"],
  ] as [string, boolean, string][])("%s working: %s (%s)", (iso, working) => {
    expect(isWorkingDay(iso)).toBe(working);
  });

  test.each([
    // [from, n, expected, why]
    ["2026-11-20", 0, "2026-11-20", "+0 is the day itself"],
    ["2026-11-19", 2, "2026-11-23", "Thursday + 2 → Monday"],
    ["2026-11-20", 2, "2026-11-24", "Friday + 2 → Tuesday over the weekend"],
    ["2026-11-21", 1, "2026-11-23", "from a Saturday, the first working day is Monday"],
    ["2026-11-17", 1, "2026-11-19", "over 18 November"],
    ["2023-11-17", 1, "2023-11-21", "over the weekend and the transferred Monday"],
    ["2025-05-02", 1, "2025-05-06", "over the weekend and 5 May 2025"],
    ["2024-04-30", 2, "2024-05-03", "over 1 May"],
    ["2026-04-02", 1, "2026-04-07", "over Good Friday, Easter and Easter Monday"],
    ["2026-06-22", 1, "2026-06-25", "over Midsummer"],
    ["2026-12-23", 2, "2026-12-29", "over Christmas"],
    ["2026-12-30", 2, "2027-01-05", "over New Year's Eve, New Year and a weekend"],
    ["2027-12-30", 1, "2028-01-03", "year end on a Friday, New Year on a Saturday"],
    ["2030-12-23", 1, "2030-12-27", "Christmas on Tuesday–Thursday"],
  ] as [string, number, string, string][])("%s + %i working days = %s (%s)", (from, n, expected) => {
    expect(addWorkingDays(from, n)).toBe(expected);
  });

  test("policy calendar: one-off holidays and moved working days", () => {
    const calendar = { holidays: ["2026-11-23"], workdays: ["2026-11-21"] };
    expect(isWorkingDay("2026-11-23", calendar)).toBe(false);
    expect(isWorkingDay("2026-11-21", calendar)).toBe(true);
    expect(isPublicHoliday("2026-11-23", calendar)).toBe(true);
    expect(addWorkingDays("2026-11-20", 2, calendar)).toBe("2026-11-24");
    expect(addWorkingDays("2026-11-20", 2, { holidays: ["2026-11-23"] })).toBe("2026-11-25");
  });

  test("bad input is an error, not a wrong date", () => {
    expect(() => addWorkingDays("2026-02-30", 1)).toThrow(RangeError);
    expect(() => addWorkingDays("2026-11-20", -1)).toThrow(RangeError);
    expect(() => addWorkingDays("2026-11-20", 1.5)).toThrow(RangeError);
  });
});
