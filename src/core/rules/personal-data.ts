// personal-data — Latvian personal codes in the reply. HANDBOOK.md "ATBILDĪBA": personal
// information must not reach people not entitled to it ("nenonāktu pie personām, kas nav
// pilnvarotas to saņemt"); a reply may be forwarded, so the code stays out of it.
import { citeHandbook } from "../handbook-cite.ts";
import { ownTextEnd } from "../message.ts";
import { findPersonalCodes } from "../personal-code.ts";
import { checkByParagraph, keptFindings, type Paragraph } from "./by-paragraph.ts";
import type { Rule, RuleFinding } from "./rule.ts";

const messages = {
  lv: `Atbildē ir personas kods. ${citeHandbook("lv", "ATBILDĪBA")}: personiska rakstura informācija nedrīkst nonākt pie personām, kas nav pilnvarotas to saņemt. Izņemiet vai aizklājiet to.`,
  en: `The reply contains a personal code. ${citeHandbook("en", "ATBILDĪBA")}: personal information must not reach people not authorised to receive it. Remove or mask it.`,
} as const;

/** The personal codes of one paragraph, each with its digits masked as the fix. */
function codesIn({ text, from, to }: Paragraph, locale: "lv" | "en"): RuleFinding[] {
  return findPersonalCodes(text, from, to).map(({ start, end }) => ({
    start,
    end,
    message: messages[locale],
    suggestions: [text.slice(start, end).replace(/\d/g, "X")],
  }));
}

const kept = keptFindings();

export const personalData: Rule = {
  id: "personal-data",
  messages,
  meta: {
    defaultSeverity: "error",
    fixable: true,
    description: { lv: "Atbildē nav personas kodu.", en: "The reply contains no personal codes." },
    handbook: "ATBILDĪBA",
  },
  check(context): RuleFinding[] {
    const { text, segments, locale } = context;
    // Codes are matched in the text, not in words: no tokenisation is handed on.
    return checkByParagraph(context, kept, locale, [{ start: 0, end: ownTextEnd(text, segments) }], null, (p) => codesIn(p, locale));
  },
};
