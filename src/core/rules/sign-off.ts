// sign-off — a positive wish or thanks at the end. HANDBOOK.md "PATEICĪBA": "sarunas noslēgumā
// cenšamies novēlēt ko pozitīvu (veiksmīgu dienu, lai Jums izdodas u.tml.)". A bare "Ar cieņu"
// or "Kind regards" is a formula, not a wish.
import { citeHandbook } from "../handbook-cite.ts";
import { closingAnchor, ownTextEnd } from "../message.ts";
import { isOpeningThanks, isPositiveWish } from "../patterns.ts";
import { sentencesIn } from "../phrases.ts";
import type { Rule, RuleFinding } from "./rule.ts";

const messages = {
  lv: `Atbildes nobeigumā nav pateicības vai pozitīva novēlējuma. ${citeHandbook("lv", "PATEICĪBA")}: pateicamies klientam un novēlam ko pozitīvu („Veiksmīgu dienu!”, „Lai Jums izdodas!”). Ar frāzi „Ar cieņu” vien nepietiek.`,
  en: `The reply does not end with thanks or a positive wish. ${citeHandbook("en", "PATEICĪBA")}: we thank the client and wish them well (“Have a nice day!”). “Kind regards” alone is not enough.`,
} as const;

const WISH = { lv: "Veiksmīgu dienu!", en: "Have a nice day!" } as const;

export const signOff: Rule = {
  id: "sign-off",
  messages,
  meta: {
    defaultSeverity: "warning",
    fixable: true,
    description: { lv: "Nobeigumā ir pateicība vai pozitīvs novēlējums.", en: "The reply ends with thanks or a positive wish." },
    handbook: "PATEICĪBA",
  },
  check({ text, segments, language, locale, languageAt }): RuleFinding[] {
    const closing = segments.closing;
    if (closing && sentencesIn(text, closing.start, closing.end).some((s) => closes(text, s, closing.end))) return [];
    const at = closingAnchor(text, segments);
    const atEnd = at >= ownTextEnd(text, segments);
    // In the language of the part it goes into (a bilingual reply closes in its last language).
    const wish = WISH[languageAt?.(Math.max(0, at - 1)) ?? language];
    return [{ start: at, end: at, message: messages[locale], suggestions: [atEnd ? (at > 0 ? `\n\n${wish}` : wish) : `${wish}\n\n`] }];
  },
};

/**
 * Whether a sentence of the closing is its wish or thanks. Thanks for the client's own message
 * ("Paldies par Jūsu vēstuli.") open a reply: they close it only in its last paragraph.
 */
function closes(text: string, sentence: { start: number; end: number }, closingEnd: number): boolean {
  if (!isPositiveWish(text, sentence.start, sentence.end)) return false;
  if (!isOpeningThanks(text, sentence.start, sentence.end)) return true;
  const after = text.slice(sentence.end, closingEnd);
  return !/\n[ \t]*\r?\n/.test(after) || isLastBeforeValediction(after);
}

// "Paldies par Jūsu vēstuli!\n\nAr cieņu,": only the valediction follows.
function isLastBeforeValediction(after: string): boolean {
  const rest = after.trim();
  return rest.length < 40 && !/[.!?]/.test(rest.replace(/[,.!]$/, ""));
}
