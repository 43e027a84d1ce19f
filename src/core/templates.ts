// Template rendering (DESIGN.md → Templates). A body is plain text with placeholders:
//   {{firstName}} {{lastName}} {{position}} {{department}} {{phone}} {{email}}   profile
//   {{institution}} {{feedbackUrl}}                                            config/policy
//   {{date}} {{date +N}}                       today, today + N Latvian working days
//   {{ask:Label}}                              a fill-in the writer types when inserting
//   {{ask:Label | date}}                       a fill-in date: "2026-11-20", "20.11.2026" or "+N" working days
// A date may name its form after "|": locative, dative, genitive, accusative, nominative, short
// ({{date +2 | short}} → "24.11.2026."). Without one, a Latvian date takes the case the
// preceding word governs ("līdz {{date +2}}" → "līdz 2026. gada 24. novembrim").
// The output is plain text: the caller inserts it as text, never as HTML.
import { type DateForm, dateCaseAfter, DATE_FORMS, formatDate, parseDate } from "./dates.ts";
import type { Calendar, Language, Profile, TemplateDef } from "./types.ts";
import { addWorkingDays, isIsoDate } from "./workdays.ts";

export const PROFILE_FIELDS = ["firstName", "lastName", "position", "department", "phone", "email"] as const;
export const CONFIG_FIELDS = ["institution", "feedbackUrl"] as const;
export type FieldName = (typeof PROFILE_FIELDS)[number] | (typeof CONFIG_FIELDS)[number];

const FIELDS: ReadonlySet<string> = new Set([...PROFILE_FIELDS, ...CONFIG_FIELDS]);
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

export type Placeholder =
  | { kind: "field"; name: FieldName }
  | { kind: "date"; offset: number; form?: DateForm }
  | { kind: "ask"; label: string; date: boolean; form?: DateForm }
  | { kind: "unknown"; problem: Record<Language, string> };

/** What templateProblems() says, in the UI language. */
export const PROBLEMS = {
  en: {
    modifier: (word: string, inner: string) => `unknown modifier "${word}" in {{${inner}}}`,
    label: (inner: string) => `a fill-in needs a label: {{${inner}}}`,
    placeholder: (inner: string) => `unknown placeholder {{${inner}}}`,
    unbalanced: "unbalanced {{ or }}",
  },
  lv: {
    modifier: (word: string, inner: string) => `nezināms papildinājums „${word}” vietturī {{${inner}}}`,
    label: (inner: string) => `aizpildāmajam laukam vajag nosaukumu: {{${inner}}}`,
    placeholder: (inner: string) => `nezināms vietturis {{${inner}}}`,
    unbalanced: "iekavas {{ un }} nav pa pāriem",
  },
} as const;

function unknown(say: (messages: (typeof PROBLEMS)["en" | "lv"]) => string): Placeholder {
  return { kind: "unknown", problem: { lv: say(PROBLEMS.lv), en: say(PROBLEMS.en) } };
}

/** Reads the inside of one `{{…}}`. */
export function parsePlaceholder(inner: string): Placeholder {
  const [head = "", ...mods] = inner.split("|");
  const name = head.trim();
  const words = mods.join(" ").trim().split(/\s+/).filter(Boolean);
  let form: DateForm | undefined;
  let date = false;
  for (const word of words) {
    if (word === "date") date = true;
    else if ((DATE_FORMS as readonly string[]).includes(word)) form = word as DateForm;
    else return unknown((m) => m.modifier(word, inner));
  }
  if (name.startsWith("ask:")) {
    const label = name.slice(4).trim();
    if (!label) return unknown((m) => m.label(inner));
    return { kind: "ask", label, date: date || form !== undefined, ...(form ? { form } : {}) };
  }
  const dateMatch = /^date(?:\s*\+\s*(\d{1,3}))?$/.exec(name);
  if (dateMatch) return { kind: "date", offset: Number(dateMatch[1] ?? 0), ...(form ? { form } : {}) };
  if (FIELDS.has(name) && words.length === 0) return { kind: "field", name: name as FieldName };
  return unknown((m) => m.placeholder(inner));
}

export interface FillIn {
  label: string;
  /** Whether the answer is a date ("2026-11-20", "20.11.2026", or "+N" working days). */
  date: boolean;
}

/** The fill-ins a template asks for, in order of first appearance (each label once). */
export function fillInsOf(body: string): FillIn[] {
  const out = new Map<string, FillIn>();
  for (const m of body.matchAll(PLACEHOLDER)) {
    const p = parsePlaceholder(m[1] ?? "");
    if (p.kind !== "ask") continue;
    const seen = out.get(p.label);
    if (!seen) out.set(p.label, { label: p.label, date: p.date });
    else if (p.date) seen.date = true;
  }
  return [...out.values()];
}

/** Problems an administrator or user should fix in a template body (unknown placeholders, unclosed braces). */
export function templateProblems(body: string, locale: Language = "en"): string[] {
  const problems: string[] = [];
  for (const m of body.matchAll(PLACEHOLDER)) {
    const p = parsePlaceholder(m[1] ?? "");
    if (p.kind === "unknown") problems.push(p.problem[locale]);
  }
  const stripped = body.replace(PLACEHOLDER, "");
  if (stripped.includes("{{") || stripped.includes("}}")) problems.push(PROBLEMS[locale].unbalanced);
  return problems;
}

export interface RenderContext {
  language: Language;
  /** "Today", ISO YYYY-MM-DD. */
  today: string;
  /**
   * The day the message being answered arrived (YYYY-MM-DD), when the page shows it: then
   * {{date +N}} counts from it, as the handbook's deadlines do — but never gives a day before
   * today (a late confirmation then counts from today).
   */
  received?: string;
  profile?: Profile;
  institution?: string;
  feedbackUrl?: string;
  calendar?: Calendar;
  /** Answers to {{ask:Label}} fill-ins, by label. */
  answers?: Record<string, string>;
  /** Preview: an unanswered fill-in shows as "[Label]" instead of failing. */
  preview?: boolean;
}

export interface RenderResult {
  text: string;
  /** Profile and config fields the template uses that are empty (their lines were left out). */
  emptyFields: FieldName[];
}

export class TemplateError extends Error {
  constructor(
    message: string,
    /** The fill-in labels that are missing or wrong. */
    readonly labels: string[],
    /** Of those, the ones left empty and the dates that could not be read. */
    readonly missing: string[] = labels,
    readonly unreadable: string[] = [],
  ) {
    super(message);
    this.name = "TemplateError";
  }
}

/** A fill-in date answer as an ISO date: a date, or "+N" working days after today. */
export function resolveDateAnswer(answer: string, today: string, calendar: Calendar = {}): string | null {
  const offset = /^\+\s*(\d{1,3})$/.exec(answer.trim());
  if (offset) return addWorkingDays(today, Number(offset[1]), calendar);
  return parseDate(answer, today);
}

/**
 * Renders `body`. Lines whose placeholders all came out empty (a profile without a phone:
 * "Tālr. {{phone}}") are left out. Throws TemplateError naming every missing fill-in (or a
 * fill-in date it cannot read) unless `preview` is set.
 */
export function renderTemplate(body: string, context: RenderContext): RenderResult {
  if (!isIsoDate(context.today)) throw new RangeError(`"today" is not a date (YYYY-MM-DD): ${context.today}`);
  const answers = context.answers ?? {};
  const calendar = context.calendar ?? {};
  const missing: string[] = [];
  const unreadable: string[] = [];
  const empty = new Set<FieldName>();
  const fieldValue = (name: FieldName): string => {
    const value =
      name === "institution" ? context.institution : name === "feedbackUrl" ? context.feedbackUrl : context.profile?.[name];
    return (value ?? "").trim();
  };
  const date = (iso: string, form: DateForm | undefined, before: string): string =>
    formatDate(iso, context.language, form ?? (context.language === "lv" ? dateCaseAfter(before) : "locative"));

  const received = context.received && isIsoDate(context.received) && context.received <= context.today ? context.received : undefined;
  const dateAfter = (offset: number): string => {
    const fromReceived = received && offset > 0 ? addWorkingDays(received, offset, calendar) : undefined;
    return fromReceived && fromReceived >= context.today ? fromReceived : addWorkingDays(context.today, offset, calendar);
  };
  const lines = body.replace(/\r\n?/g, "\n").split("\n");
  const out: string[] = [];
  let dropped = false;
  for (const line of lines) {
    let placeholders = 0;
    let filled = 0;
    let rendered = "";
    let last = 0;
    for (const m of line.matchAll(PLACEHOLDER)) {
      const index = m.index ?? 0;
      rendered += line.slice(last, index);
      last = index + m[0].length;
      const p = parsePlaceholder(m[1] ?? "");
      let value: string;
      if (p.kind === "field") {
        value = fieldValue(p.name);
        if (!value) empty.add(p.name);
      } else if (p.kind === "date") {
        value = date(dateAfter(p.offset), p.form, rendered);
      } else if (p.kind === "ask") {
        const answer = answers[p.label]?.trim() ?? "";
        if (!answer) {
          if (!missing.includes(p.label)) missing.push(p.label);
          value = `[${p.label}]`;
        } else if (p.date) {
          const iso = resolveDateAnswer(answer, context.today, calendar);
          if (iso) value = date(iso, p.form, rendered);
          else {
            if (!unreadable.includes(p.label)) unreadable.push(p.label);
            value = `[${p.label}]`;
          }
        } else value = answer;
      } else value = m[0];
      placeholders++;
      if (value) filled++;
      rendered += value;
    }
    rendered += line.slice(last);
    if (placeholders > 0 && filled === 0) {
      dropped = true;
      continue;
    }
    // A loop, not /[ \t]+$/ (re-tried from every position of a long run of spaces).
    let cut = rendered.length;
    while (cut > 0 && (rendered[cut - 1] === " " || rendered[cut - 1] === "\t")) cut--;
    const text = rendered.slice(0, cut);
    // A left-out line must not leave two blank lines where the template had one.
    if (text === "" && dropped && (out.length === 0 || out[out.length - 1] === "")) continue;
    if (text !== "") dropped = false;
    out.push(text);
  }
  if (!context.preview && (missing.length || unreadable.length)) {
    const parts: string[] = [];
    if (missing.length) parts.push(`missing fill-in${missing.length > 1 ? "s" : ""}: ${missing.map((l) => `"${l}"`).join(", ")}`);
    if (unreadable.length) parts.push(`not a date (YYYY-MM-DD, DD.MM.YYYY or +N working days): ${unreadable.map((l) => `"${l}"`).join(", ")}`);
    throw new TemplateError(parts.join("; "), [...missing, ...unreadable], missing, unreadable);
  }
  return { text: out.join("\n"), emptyFields: [...empty] };
}

/** Where a template comes from; the popup groups them so. */
export type TemplateSource = "builtin" | "organisation" | "personal";

export interface TemplateEntry extends TemplateDef {
  source: TemplateSource;
  /** Built-in: whether the template is a whole reply or a fragment placed into one (closing). */
  fragment?: boolean;
  /** Built-in: also meant for copying into the webmail's own settings (out-of-office). */
  copy?: boolean;
}

/** Finds templates whose title or body contains every word of `query` (case- and diacritic-insensitive). */
export function searchTemplates<T extends TemplateDef>(templates: readonly T[], query: string): T[] {
  const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [...templates];
  return templates.filter((t) => {
    const hay = fold(`${t.title}\n${t.body}`);
    return words.every((w) => hay.includes(w));
  });
}
