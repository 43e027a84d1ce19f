// When the message being answered arrived, read from the topmost quoted header of a reply
// (issue 15). The most recent quoted message is the first header in the text; older headers
// further down a forwarded thread never count, and when the first header carries no date we
// give up rather than take an older one.
//
// The forms, all written by the webmails themselves (DESIGN.md → Message segmentation):
// - Outlook: "From:/Sent:" and Latvian "No:/Nosūtīts:" blocks ("Sent: Monday, November 23,
//   2026 10:14 AM", "Nosūtīts: pirmdiena, 2026. gada 23. novembris 10:14"), also inside
//   "-----Original Message-----" banners, where other clients write "Date:/Datums:".
// - Gmail: "On Mon, 23 Nov 2026 at 10:14, Name <a@b.lv> wrote:" (or the US "On Mon, Nov 23,
//   2026 at 10:14 AM"), and Gmail's Latvian "pirmd., 2026. g. 23. nov., plkst. 10:14 —
//   lietotājs Name (<a@b.lv>) rakstīja:" — the form seen in public mailing-list messages sent
//   from Gmail with the Latvian interface (linux-btrfs, dmaengine, linux-fsdevel and ceph lists
//   on vger.kernel.org, 2019–2022: "trešd., 2021. g. 17. marts, plkst. 12:28 — lietotājs
//   Qu Wenruo (<…>) rakstīja:", "ceturtd., 2021. g. 2. sept., plkst. 00:31 — …"). Month
//   names are abbreviated there as in CLDR's Latvian (janv., febr., marts, apr., maijs, jūn.,
//   jūl., aug., sept., okt., nov., dec.).
// The result is the local time as written: no time-zone conversion, 12-hour times become
// 24-hour, seconds and zone suffixes are dropped.
import { findQuoteStart } from "./message.ts";
import { isIsoDate } from "./workdays.ts";

/** A received time: "YYYY-MM-DDTHH:MM", or "YYYY-MM-DD" when the header gives no time. */
export type ReceivedTime = string;

// Header labels that carry the date in an Outlook/Thunderbird block (English and Latvian).
const DATE_LABEL = /^(?:sent|date|nosūtīts|nosūtīšanas datums|datums)\s*:\s*(.*)$/iu;
// Labels that may come before the date line in the same block.
const OTHER_LABEL = /^(?:from|no|to|cc|subject|kam|kopija|tēma|temats)\s*:/iu;
const BANNER = /^-{2,}.*-{2,}$|^(?:begin forwarded message|sākas pārsūtītais ziņojums)\s*:$|^_{5,}$/iu;
const ATTRIBUTION_END = /(?:wrote|rakstīja)\s*:$/iu;
/** A header block is short: give up after this many lines (bounded cost on any quote). */
const MAX_HEADER_LINES = 10;
const MAX_LINE = 1_000;

/**
 * The received time of the message a reply answers, from the first quoted header at or
 * after `quoteStart` (the DOM's quote boundary; without it the plain-text markers decide).
 * Null when there is no quoted header or its date cannot be read.
 */
export function findReceived(text: string, quoteStart?: number): ReceivedTime | null {
  const start = quoteStart ?? findQuoteStart(text);
  let pos = Math.max(0, start);
  const attribution: string[] = [];
  for (let k = 0; k < MAX_HEADER_LINES && pos < text.length; k++) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    const line = cleanLine(text.slice(pos, Math.min(nl, pos + MAX_LINE)));
    pos = nl + 1;
    if (!line) {
      if (attribution.length > 0) return null;
      continue;
    }
    const label = DATE_LABEL.exec(line);
    if (label) return parseMailDate(label[1]!);
    if (OTHER_LABEL.test(line) || BANNER.test(line)) continue;
    if (line.startsWith(">")) return null;
    // Gmail's attribution, possibly wrapped over a few lines, ends with "wrote:"/"rakstīja:".
    attribution.push(line);
    if (ATTRIBUTION_END.test(line)) return parseMailDate(withoutAddresses(attribution.join(" ")));
    if (attribution.length >= 3) return null;
  }
  return null;
}

/** Outlook's plain text bolds labels as "*From:*"; a non-breaking space is a space. */
function cleanLine(line: string): string {
  return line
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/^\s*\*([^*:]{1,30}:)\*/u, "$1")
    .trim();
}

/** Names and addresses carry digits that are no date: drop "<a@b.lv>" and bare addresses. */
function withoutAddresses(text: string): string {
  return text.replace(/\(?<[^>]*>\)?/g, " ").replace(/\S+@\S+/g, " ");
}

/** Whether `value` is a received time as findReceived returns it (a real date, a real time). */
export function isReceivedTime(value: unknown): value is ReceivedTime {
  if (typeof value !== "string") return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):[0-5]\d)?$/.exec(value);
  return m !== null && isoDate(Number(m[1]), Number(m[2]), Number(m[3])) !== null;
}

// ── Dates as mail clients print them ─────────────────────────────────────────────────────

// Month words in English and Latvian, full (any Latvian case: novembris, novembrī, novembrim)
// or abbreviated (Nov, nov., sept.); anything else is no month ("Novak").
const MONTHS: readonly RegExp[] = [
  /^(?:jan|january|janv|janvār\p{L}{0,2})$/u,
  /^(?:feb|february|febr|februār\p{L}{0,2})$/u,
  /^(?:mar|march|mart[sāau]?|martam)$/u,
  /^(?:apr|april|aprī[lļ]\p{L}{0,2})$/u,
  /^(?:may|maij[sāau]?|maijam)$/u,
  /^(?:jun|june|jūn|jūnij[sāau]?|jūnijam)$/u,
  /^(?:jul|july|jūl|jūlij[sāau]?|jūlijam)$/u,
  /^(?:aug|august|august[sāau]?|augustam)$/u,
  /^(?:sep|sept|september|septembr\p{L}{0,2})$/u,
  /^(?:oct|october|okt|oktobr\p{L}{0,2})$/u,
  /^(?:nov|november|novembr\p{L}{0,2})$/u,
  /^(?:dec|december|decembr\p{L}{0,2})$/u,
];

function monthOf(word: string): number | null {
  const w = word.toLocaleLowerCase("lv");
  const i = MONTHS.findIndex((pattern) => pattern.test(w));
  return i < 0 ? null : i + 1;
}

const L = "\\p{L}";
const DATE_FORMS: readonly { pattern: RegExp; read: (m: RegExpExecArray) => [number, number | null, number] }[] = [
  // 2026-11-23
  { pattern: /(\d{4})-(\d{1,2})-(\d{1,2})/u, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // 2026. gada 23. novembris · 2026. g. 23. nov.
  { pattern: new RegExp(`(\\d{4})\\.\\s*(?:gada|g\\.)\\s*(\\d{1,2})\\.\\s*(${L}+)`, "iu"), read: (m) => [Number(m[1]), monthOf(m[3]!), Number(m[2])] },
  // 23.11.2026
  { pattern: /(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})/u, read: (m) => [Number(m[3]), Number(m[2]), Number(m[1])] },
  // 23 November 2026 · 23 Nov 2026
  { pattern: new RegExp(`(\\d{1,2})\\.?\\s+(${L}+)\\.?,?\\s+(\\d{4})`, "iu"), read: (m) => [Number(m[3]), monthOf(m[2]!), Number(m[1])] },
  // November 23, 2026 · Nov 23, 2026
  { pattern: new RegExp(`(${L}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})`, "iu"), read: (m) => [Number(m[3]), monthOf(m[1]!), Number(m[2])] },
];
// 11/23/2026 (US, with AM/PM) or 23/11/2026 (day first everywhere else).
const SLASHED = /(\d{1,2})\/(\d{1,2})\/(\d{4})/u;
const TIME = /(?<![\d.:])(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?(?![\d])(?:\s*([ap])\.?\s?m\.?(?![\p{L}]))?/iu;

/**
 * Reads a date and time the way a mail header prints it ("Monday, November 23, 2026 10:14 AM",
 * "pirmd., 2026. g. 23. nov., plkst. 10:14", "23.11.2026 10:14", RFC 5322 "Mon, 23 Nov 2026
 * 10:14:00 +0200") as the local time written. Null when no real date is in it.
 */
export function parseMailDate(input: string): ReceivedTime | null {
  const text = input.replace(/[\u00a0\u202f]/g, " ").slice(0, MAX_LINE);
  const twelveHour = /\d\s*[ap]\.?\s?m\.?(?!\p{L})/iu.test(text);
  let date: [number, number | null, number] | null = null;
  let rest = text;
  for (const form of DATE_FORMS) {
    const m = form.pattern.exec(text);
    if (!m) continue;
    const read = form.read(m);
    if (read[1] === null) continue;
    date = read;
    rest = text.slice(0, m.index) + " ".repeat(m[0].length) + text.slice(m.index + m[0].length);
    break;
  }
  if (!date) {
    const m = SLASHED.exec(text);
    if (m) {
      date = twelveHour ? [Number(m[3]), Number(m[1]), Number(m[2])] : [Number(m[3]), Number(m[2]), Number(m[1])];
      rest = text.slice(0, m.index) + " ".repeat(m[0].length) + text.slice(m.index + m[0].length);
    }
  }
  if (!date) return null;
  const iso = isoDate(date[0], date[1]!, date[2]);
  if (!iso) return null;
  const t = TIME.exec(rest);
  if (!t) return iso;
  let hour = Number(t[1]);
  const minute = Number(t[2]);
  const half = t[3]?.toLowerCase();
  if (half) {
    if (hour < 1 || hour > 12) return iso;
    hour = (hour % 12) + (half === "p" ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return iso;
  return `${iso}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

function isoDate(year: number, month: number, day: number): string | null {
  const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : null;
}
