// Latvian working days: Monday–Friday except public holidays, plus the policy `calendar`
// (the Cabinet's one-off holidays and moved working days). The holidays come from a table
// generated from the `date-holidays` data (scripts/generate-holidays.mjs; CC BY-SA 3.0, see
// NOTICE.md); outside the table's years the same rules are computed (law "Par svētku,
// atceres un atzīmējamām dienām", art. 1): New Year, Good Friday, Easter Sunday and Monday,
// 1 May, 4 May and 18 November (to the next Monday when on a weekend), Midsummer
// 23–24 June, 24–26 and 31 December.
// Dates are ISO strings (YYYY-MM-DD) handled as UTC calendar days: no time zones involved.
import table from "./data/holidays-lv.generated.json" with { type: "json" };
import type { Calendar } from "./types.ts";

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `iso` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(iso: string): boolean {
  const m = ISO.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function toDate(iso: string): Date {
  if (!isIsoDate(iso)) throw new RangeError(`Not a date (YYYY-MM-DD): ${iso}`);
  return new Date(`${iso}T00:00:00Z`);
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The ISO date `days` calendar days after `iso`. */
export function addDays(iso: string, days: number): string {
  const d = toDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
}

/** Easter Sunday (Gregorian), "MM-DD" — the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The public holidays of `year` by the law's rules alone (no one-off Cabinet days), ISO dates. */
export function ruleHolidays(year: number): string[] {
  const y = String(year).padStart(4, "0");
  const easter = easterSunday(year);
  const days = [`${y}-01-01`, addDays(easter, -2), easter, addDays(easter, 1), `${y}-05-01`];
  for (const md of ["05-04", "11-18"]) {
    const iso = `${y}-${md}`;
    days.push(iso);
    const weekday = toDate(iso).getUTCDay();
    if (weekday === 6) days.push(addDays(iso, 2));
    if (weekday === 0) days.push(addDays(iso, 1));
  }
  days.push(`${y}-06-23`, `${y}-06-24`, `${y}-12-24`, `${y}-12-25`, `${y}-12-26`, `${y}-12-31`);
  return [...new Set(days)].sort();
}

const tableYears = table.years as Record<string, string[]>;

/** Latvia's public holidays in `year` (ISO dates): the generated table, or the rules outside its years. */
export function publicHolidays(year: number): string[] {
  const days = tableYears[String(year)];
  return days ? days.map((md) => `${year}-${md}`) : ruleHolidays(year);
}

/** The years the generated table covers; other years are computed. */
export const HOLIDAY_TABLE_YEARS = { first: table.firstYear, last: table.lastYear } as const;

const yearCache = new Map<number, ReadonlySet<string>>();

function holidaySet(year: number): ReadonlySet<string> {
  let set = yearCache.get(year);
  if (!set) {
    set = new Set(publicHolidays(year));
    yearCache.set(year, set);
  }
  return set;
}

/** Whether `iso` is a public holiday (the law's, or one the policy calendar adds). */
export function isPublicHoliday(iso: string, calendar: Calendar = {}): boolean {
  if (calendar.holidays?.includes(iso)) return true;
  return holidaySet(toDate(iso).getUTCFullYear()).has(iso);
}

/** Whether `iso` is a working day: a moved working day from the policy, or a weekday that is no holiday. */
export function isWorkingDay(iso: string, calendar: Calendar = {}): boolean {
  if (calendar.workdays?.includes(iso)) return true;
  const weekday = toDate(iso).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !isPublicHoliday(iso, calendar);
}

/**
 * The date `n` working days after `iso` (n ≥ 0): each following day that is a working day
 * counts one. A letter received on Friday with "+2" is answered by Tuesday; n = 0 is `iso`
 * itself, whatever day it is.
 */
export function addWorkingDays(iso: string, n: number, calendar: Calendar = {}): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a whole number ≥ 0: ${n}`);
  let day = iso;
  toDate(day);
  for (let left = n; left > 0; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) left--;
  }
  return day;
}
