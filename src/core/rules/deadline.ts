// deadline — a late answer apologises or says when the answer will come. HANDBOOK.md "E-PASTS,
// paragraph 1": answer within two working days "vai, ja tas nav iespējams, informējam klientu,
// kad atbilde tiks sniegta". Quiet without a received time or without today's date (the CLI's
// --now, the browser's clock), and on time: later than answerDue compares calendar dates.
// Only the writer's own text counts: an apology in the client's quote is not ours.
import { citeHandbook } from "../handbook-cite.ts";
import { formatDate } from "../dates.ts";
import { isAnswerOverdue } from "../deadlines.ts";
import { ownTextEnd } from "../message.ts";
import { compilePhrases, occursIn, sentencesIn } from "../phrases.ts";
import { paragraphMemo, someParagraph } from "../text/paragraphs.ts";
import { addWorkingDays } from "../workdays.ts";
import type { Calendar } from "../types.ts";
import type { Rule, RuleFinding } from "./rule.ts";

// Apologies in any form: atvainojamies, atvainojos, atvainojiet, atvainošanos; sorry, apologise.
const APOLOGY = compilePhrases(["atvainoj*", "atvainošan*", "sorry", "apolog*"]);
// Words that make a sentence about the answer itself ("Atbildi sniegsim …", "We will reply …").
// Not "atbildīgs" (responsible), "informējam" (we inform — any reply's opening) or "responsible".
const ANSWER = compilePhrases([
  "atbilde*",
  "atbildi",
  "atbildes",
  "atbildei",
  "atbildē*",
  "sniegs*",
  "informēs*",
  "paziņos*",
  "izskatīs*",
  "answer*",
  "repl*",
  "respond*",
  "response*",
  "get back",
  "let you know",
  "inform you",
]);
const LV_MONTH = "(?:janvār|februār|mart|aprīļ|aprīl|maij|jūnij|jūlij|august|septembr|oktobr|novembr|decembr)\\p{L}*";
const EN_MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*";
const WEEKDAY = "(?:pirmdien|otrdien|trešdien|ceturtdien|piektdien|sestdien|svētdien|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\p{L}*";
// When the answer comes: a date, a weekday, a span of days, "līdz …" (but not "līdz ar", "together
// with") or "by …" followed by a date-like word (not "answered by our department").
const WHEN = new RegExp(
  [
    "\\d{4}-\\d{2}-\\d{2}",
    "\\d{1,2}\\.\\s?\\d{1,2}\\.",
    `\\d{1,2}\\.\\s*${LV_MONTH}`,
    `\\d{1,2}(?:st|nd|rd|th)?\\s+${EN_MONTH}`,
    `${EN_MONTH}\\s+\\d{1,2}(?!\\d)`,
    `(?<!\\p{L})${WEEKDAY}`,
    "(?<!\\p{L})(?:rīt|parīt|rītdien\\p{L}*|nākamnedēļ|šonedēļ|tomorrow|next week)(?!\\p{L})",
    "\\d+\\s+(?:darba\\s+|working\\s+|business\\s+)?(?:dien\\p{L}*|days?)(?!\\p{L})",
    "(?<!\\p{L})līdz\\s+(?!ar(?!\\p{L}))[\\p{L}\\d]",
    "(?<!\\p{L})by\\s+(?:the\\s+end|end\\s+of|next|tomorrow|\\d)",
  ].join("|"),
  "giu",
);

/** Whether text[from, to) apologises, or has a sentence that says when the answer comes. */
function excuses(text: string, from: number, to: number): boolean {
  if (occursIn(APOLOGY, text, from, to)) return true;
  for (const s of sentencesIn(text, from, to)) {
    if (occursIn(ANSWER, text, s.start, s.end) && occursIn(WHEN, text, s.start, s.end)) return true;
  }
  return false;
}

// While a late reply is typed the rule reads every keystroke's text: each paragraph's answer is
// kept (a sentence ends at a line break, and no phrase spans one, so paragraphs are independent),
// and so is the working day after today.
const excusedParagraphs = paragraphMemo<boolean>();
let nextDay: { today: string; calendar: Calendar | undefined; day: string } | undefined;

function workingDayAfter(today: string, calendar: Calendar | undefined): string {
  if (nextDay?.today !== today || nextDay.calendar !== calendar) nextDay = { today, calendar, day: addWorkingDays(today, 1, calendar) };
  return nextDay.day;
}

const messages = {
  lv: `Atbildes termiņš bija {date}, bet atbildē nav atvainošanās par kavēšanos un nav norādīts, kad atbilde tiks sniegta. ${citeHandbook("lv", "E-PASTS")}: ja laikā atbildēt nevaram, informējam klientu, kad atbilde tiks sniegta.`,
  en: `The answer was due on {date}, but the reply neither apologises for the delay nor says when the answer will come. ${citeHandbook("en", "E-PASTS")}: when we cannot answer in time, we tell the client when the answer will come.`,
} as const;

export const deadline: Rule = {
  id: "deadline",
  messages,
  meta: {
    defaultSeverity: "warning",
    fixable: true,
    description: {
      lv: "Nokavētā atbildē ir atvainošanās vai norādīts, kad atbilde būs.",
      en: "A late answer apologises or says when the answer will come.",
    },
    handbook: "E-PASTS, paragraph 1",
  },
  check({ text, segments, language, locale, config, deadlines, today, remember }): RuleFinding[] {
    if (!deadlines || !today || !isAnswerOverdue(deadlines, today)) return [];
    const end = ownTextEnd(text, segments);
    if (remember ? someParagraph(excusedParagraphs, text, 0, end, excuses) : excuses(text, 0, end)) return [];
    const next = workingDayAfter(today, config.calendar);
    const sentence =
      language === "en"
        ? `We apologise for the delay. We will answer by ${formatDate(next, "en")}.`
        : `Atvainojamies par kavēšanos. Atbildi sniegsim līdz ${formatDate(next, "lv", "dative")}.`;
    const at = segments.body.start;
    const bodyEmpty = segments.body.end <= at;
    const before = at > 0 && text[at - 1] !== "\n" ? "\n\n" : "";
    const suggestion = bodyEmpty ? `${before}${sentence}` : `${before}${sentence}\n\n`;
    const message = messages[locale].replace("{date}", formatDate(deadlines.answerDue, locale));
    return [{ start: at, end: at, message, suggestions: [suggestion] }];
  },
};
