// The deadlines in words, for the compose chip and the CLI's text output: "Saņemts pirmdien,
// 23. novembrī 10.14 · apliecinājums līdz 24. novembrim · atbilde līdz 25. novembrim". Latvian
// writes the time with a dot (10.14) and the weekday as the adverb "pirmdien" ("on Monday");
// dates after "līdz" take the dative (src/core/dates.ts).
import { formatDate } from "./dates.ts";
import type { Deadlines } from "./deadlines.ts";
import type { Language } from "./types.ts";

const WEEKDAYS: Record<Language, readonly string[]> = {
  lv: ["svētdien", "pirmdien", "otrdien", "trešdien", "ceturtdien", "piektdien", "sestdien"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
};

function weekday(iso: string, language: Language): string {
  return WEEKDAYS[language][new Date(`${iso.slice(0, 10)}T00:00:00Z`).getUTCDay()]!;
}

/**
 * The received time and both due dates as one line in `language`. The year is written only
 * when `withYear` (the CLI, or a message from another year than today's).
 */
export function describeDeadlines(d: Deadlines, language: Language, withYear: boolean): string {
  const day = d.received.slice(0, 10);
  const time = d.received.slice(11, 16);
  if (language === "en") {
    const at = time ? ` ${time}` : "";
    return [
      `Received ${weekday(day, "en")}, ${formatDate(day, "en", "locative", withYear)}${at}`,
      `receipt due ${formatDate(d.receiptDue, "en", "locative", withYear)}`,
      `answer due ${formatDate(d.answerDue, "en", "locative", withYear)}`,
    ].join(" · ");
  }
  const at = time ? ` ${time.replace(":", ".")}` : "";
  return [
    `Saņemts ${weekday(day, "lv")}, ${formatDate(day, "lv", "locative", withYear)}${at}`,
    `apliecinājums līdz ${formatDate(d.receiptDue, "lv", "dative", withYear)}`,
    `atbilde līdz ${formatDate(d.answerDue, "lv", "dative", withYear)}`,
  ].join(" · ");
}
