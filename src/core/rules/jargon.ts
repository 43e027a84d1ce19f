// jargon: glossary terms (policy + personal) in the writer's own text, in any inflected
// form, with the plain-language suggestion as the fix in the writer's form, or as advice where
// it cannot be put into that form with certainty (HANDBOOK.md → VALODA).
import type { CompiledGlossary } from "../glossary.ts";
import { citeHandbook } from "../handbook-cite.ts";
import { unquotedRanges, unquotedWords } from "../text/ranges.ts";
import type { GlossaryEntry, Language } from "../types.ts";
import { checkByParagraph, type KeptSlot, keptFor, type Paragraph } from "./by-paragraph.ts";
import type { Rule, RuleFinding } from "./rule.ts";

const HANDBOOK_QUOTE = "„nelietojam žargonu un iestādes iekšējos saīsinājumus”";

const oneLine = (text: string) => text.replace(/\s+/g, " ");

function explanationOf(entry: GlossaryEntry): string {
  return typeof entry.explanation === "string" ? entry.explanation.trim() : "";
}

const messages: Record<Language, (found: string, entry: GlossaryEntry, suggestion: string | undefined) => string> = {
  lv: (found, entry, suggestion) =>
    [
      // A term found across a line break is quoted as one line: the newline is the editor's, not the word's.
      `„${oneLine(found)}” ir žargons vai iestādes iekšējs termins${suggestion ? `; rakstiet klientam saprotamāk: „${suggestion}”` : ""}.`,
      explanationOf(entry),
      `${citeHandbook("lv", "VALODA")}: ${HANDBOOK_QUOTE}.`,
    ]
      .filter(Boolean)
      .join(" "),
  en: (found, entry, suggestion) =>
    [
      `“${oneLine(found)}” is jargon or an internal term${suggestion ? `; write what the client understands: “${suggestion}”` : ""}.`,
      explanationOf(entry),
      `${citeHandbook("en", "VALODA")}: we do not use jargon or the institution's internal abbreviations (${HANDBOOK_QUOTE}).`,
    ]
      .filter(Boolean)
      .join(" "),
};

// Each keystroke's lint finds every term of the reply again: the same term, form and suggestion
// give the same words, so an entry keeps the texts of its last few forms.
const said = new WeakMap<GlossaryEntry, Map<string, string>>();

function messageFor(locale: Language, found: string, entry: GlossaryEntry, suggestion: string | undefined): string {
  let forEntry = said.get(entry);
  if (!forEntry) {
    forEntry = new Map();
    said.set(entry, forEntry);
  }
  const key = `${locale}\u0000${found}\u0000${suggestion ?? ""}`;
  let text = forEntry.get(key);
  if (text === undefined) {
    if (forEntry.size >= 32) forEntry.clear();
    text = messages[locale](found, entry, suggestion);
    forEntry.set(key, text);
  }
  return text;
}

/** The glossary terms of one paragraph, in its language. */
function termsIn({ text, from, to, language, words }: Paragraph, glossary: CompiledGlossary, locale: Language): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const m of glossary.find(text, language, from, to, words)) {
    const found = m.text; // a word broken at a line end reads whole, on one line
    const shown = m.suggestions[0] ?? m.advice[0];
    const finding: RuleFinding = { start: m.start, end: m.end, message: messageFor(locale, found, m.entry, shown), suggestions: m.suggestions };
    // A suggestion the engine could not put into the writer's form is advice: no replace button.
    if (m.advice.length > 0) finding.advice = m.advice;
    // A homograph of an unrelated word, read as the term from its neighbours: a lower-confidence note.
    if (m.homograph) finding.severity = "info";
    out.push(finding);
  }
  return out;
}

/** The kept findings of the compiled glossary in use (a new policy or personal glossary compiles anew). */
const slot: KeptSlot = {};

export const jargon: Rule = {
  id: "jargon",
  messages,
  meta: {
    defaultSeverity: "warning",
    fixable: true,
    description: {
      lv: "Žargons un iekšējie termini no iestādes vārdnīcas un jūsu vārdnīcas, ar vienkāršāku vārdu",
      en: "Jargon and internal terms from the organisation's and the personal glossary, with a plainer word",
    },
    handbook: "VALODA",
    skipsAddresses: true,
  },
  check(context) {
    const { glossary, locale } = context;
    const kept = keptFor(slot, [glossary]);
    // Bilingual replies (issue 12): each paragraph's terms are those of its own language.
    return checkByParagraph(
      context,
      kept,
      `${locale}\u0000${glossary.version}`,
      unquotedRanges(context.text.length, context.segments),
      () => unquotedWords(context).map((u) => u.words),
      (p) => termsIn(p, glossary, locale),
    );
  },
};
