// The handbook's two clocks for a client's e-mail (HANDBOOK.md "E-PASTS, paragraph 1"):
// confirm receipt within one working day, answer within two — counted in Latvian working days
// strictly after the day the message arrived (src/core/workdays.ts), so the hour of arrival
// never matters and a message that arrives on a weekend or holiday counts from the next days.
// An institution may set its own numbers (policy `deadlines`).
import type { ReceivedTime } from "./received.ts";
import type { Calendar, DeadlineDays } from "./types.ts";
import { addWorkingDays } from "./workdays.ts";

export const DEFAULT_DEADLINE_DAYS: Required<DeadlineDays> = { receipt: 1, answer: 2 };

export interface Deadlines {
  /** The local time as written in the header (see received.ts). */
  received: ReceivedTime;
  /** The last day to confirm receipt, YYYY-MM-DD. */
  receiptDue: string;
  /** The last day to answer (or say when the answer comes), YYYY-MM-DD. */
  answerDue: string;
}

export function computeDeadlines(received: ReceivedTime, calendar: Calendar = {}, days: DeadlineDays = {}): Deadlines {
  // Asked at every keystroke's lint with the same mail and settings: the last answer is kept.
  if (last && last.received === received && last.calendar === calendar && last.days === days) return { ...last.deadlines };
  const day = received.slice(0, 10);
  const deadlines = {
    received,
    receiptDue: addWorkingDays(day, days.receipt ?? DEFAULT_DEADLINE_DAYS.receipt, calendar),
    answerDue: addWorkingDays(day, days.answer ?? DEFAULT_DEADLINE_DAYS.answer, calendar),
  };
  last = { received, calendar, days, deadlines };
  return { ...deadlines };
}
let last: { received: ReceivedTime; calendar: Calendar; days: DeadlineDays; deadlines: Deadlines } | null = null;

/** Later than answerDue compares calendar dates: any hour on the answerDue day is on time. */
export function isAnswerOverdue(deadlines: Deadlines, today: string): boolean {
  return today > deadlines.answerDue;
}

// One formatter, built once: the Intl construction costs more than the call.
let rigaDate: Intl.DateTimeFormat | undefined;

/** The calendar date in Latvia (Europe/Riga) at `now`, YYYY-MM-DD. */
export function dateInRiga(now: Date = new Date()): string {
  // Asked at every keystroke's check: the answer of the same minute is kept (Riga's date changes
  // only on a whole minute: every time zone offset is a whole number of minutes).
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute === lastMinute && lastDate) return lastDate;
  rigaDate ??= new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Riga", year: "numeric", month: "2-digit", day: "2-digit" });
  const parts = Object.fromEntries(rigaDate.formatToParts(now).map((p) => [p.type, p.value]));
  lastMinute = minute;
  lastDate = `${parts.year}-${parts.month}-${parts.day}`;
  return lastDate;
}
let lastMinute = Number.NaN;
let lastDate = "";
