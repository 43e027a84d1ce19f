// greeting — the reply opens with a polite greeting. HANDBOOK.md "SASVEICINĀŠANĀS": we greet
// first ("mēs sveicinām pirmie").
import { citeHandbook } from "../handbook-cite.ts";
import { GREETING_SUGGESTION } from "../data/greetings.ts";
import { greetingAnchor, ownTextEnd } from "../message.ts";
import { greetingPhrase, INFORMAL_GREETING_LINE } from "../patterns.ts";
import type { Rule, RuleFinding } from "./rule.ts";

const messages = {
  lv: {
    missing: `Atbilde nesākas ar sveicienu. ${citeHandbook("lv", "SASVEICINĀŠANĀS")}: mēs sveicinām pirmie. Sāciet ar „Labdien!” vai „Cienījamā … kundze!”.`,
    informal: "Sveiciens ir pārāk familiārs. Klientam pienākas pieklājīga uzruna, piemēram, „Labdien!”.",
  },
  en: {
    missing: `The reply does not open with a greeting. ${citeHandbook("en", "SASVEICINĀŠANĀS")}: we greet first. Start with “Hello,” or “Dear …,”.`,
    informal: "The greeting is too casual for a client. The handbook asks for polite, respectful address — e.g. “Hello,” or “Dear …,”.",
  },
} as const;

export const greeting: Rule = {
  id: "greeting",
  messages,
  meta: {
    defaultSeverity: "warning",
    fixable: true,
    description: { lv: "Atbilde sākas ar pieklājīgu sveicienu.", en: "The reply opens with a polite greeting." },
    handbook: "SASVEICINĀŠANĀS",
  },
  check({ text, segments, language, locale, languageAt }): RuleFinding[] {
    const m = messages[locale];
    const g = segments.greeting;
    if (!g) {
      // After a heading line, if there is one; in the language of the paragraph it opens.
      const at = greetingAnchor(text, segments);
      const hello = GREETING_SUGGESTION[languageAt?.(at) ?? language];
      return [{ start: at, end: at, message: m.missing, suggestions: [at < ownTextEnd(text, segments) ? `${hello}\n\n` : hello] }];
    }
    const hello = GREETING_SUGGESTION[languageAt?.(g.start) ?? language];
    const line = text.slice(g.start, g.end);
    if (greetingPhrase(line)) return [];
    const informal = INFORMAL_GREETING_LINE.exec(line);
    if (informal) {
      const word = informal[0].trimStart();
      const start = g.start + informal[0].length - word.length;
      // "Hi John,": "Labdien" alone would leave the English comma, which greeting/punctuation
      // then flags — the fix rewrites the line, "Labdien, John!" (or "Hello John,"). The finding
      // spans the line in either language, so a fix elsewhere that tips the mail's language
      // changes only the suggestion (test/core/fix-properties.test.ts).
      if (line.endsWith(",")) {
        const name = line.slice(informal[0].length, -1).replace(/^[\s,]+/, "").trimEnd();
        const lv = hello === GREETING_SUGGESTION.lv;
        const suggestion = name ? (lv ? `Labdien, ${name}!` : `Hello ${name},`) : hello;
        return [{ start, end: g.end, message: m.informal, suggestions: [suggestion] }];
      }
      return [{ start, end: start + word.length, message: m.informal, suggestions: [hello.replace(/[!,]$/, "")] }];
    }
    // A bare address ("Jāni!", "John,") lacks the greeting word: put it in front.
    return [{ start: g.start, end: g.start, message: m.missing, suggestions: [hello === GREETING_SUGGESTION.lv ? "Labdien, " : "Hello "] }];
  },
};
