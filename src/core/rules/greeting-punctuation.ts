// greeting/punctuation — a Latvian greeting is a sentence of its own and ends with an
// exclamation mark ("Labdien, Jāni!"); a comma after it is English influence in a business
// letter. Source: valodaskonsultacijas.lv, question 935 (punctuation after a greeting), citing
// Skujiņa, „Latviešu valoda lietišķajos rakstos” (2014, p. 95) and the Valsts kanceleja's
// „Vēstuļu rakstīšanas vadlīnijas” (2017). English greetings ("Dear Ms Smith,") are right as they are.
import { GREETING_LINE } from "../patterns.ts";
import type { Language } from "../types.ts";
import { languageOf } from "./paragraph-language.ts";
import type { Rule, RuleFinding } from "./rule.ts";

/** Greetings of English mails (their comma is correct) — the rule judges Latvian ones only. */
const ENGLISH_GREETING = /^\s*(?:dear|hello|hi|hey|good (?:morning|afternoon|evening)|greetings)\b/i;

/** "Augsti godātais …", "Ļoti cienītā …": honorific openings the greeting list does not spell out. */
export const HONORIFIC = /^\s*(?:augsti|ļoti)\s+(?:godāt|godājam|cienīt|cienījam)\p{L}*/iu;

const messages: Record<Language, { comma: string; continued: string }> = {
  lv: {
    comma: "Latviešu vēstulē sveiciens ir atsevišķs teikums, ko beidz izsaukuma zīme: „Labdien, Jāni!”, nevis komats (angļu valodas ietekme).",
    continued:
      "Latviešu vēstulē sveiciens ir atsevišķs teikums, ko beidz izsaukuma zīme, un nākamais teikums sākas ar lielo burtu: „Labdien!” un jaunā rindā „Esam saņēmuši …”.",
  },
  en: {
    comma: "In a Latvian letter the greeting is a sentence of its own and ends with an exclamation mark (“Labdien, Jāni!”), not a comma (English influence).",
    continued:
      "In a Latvian letter the greeting is a sentence of its own, ending with an exclamation mark, and the next sentence starts with a capital letter (“Labdien!”, then “Esam saņēmuši …”).",
  },
};

export const greetingPunctuation: Rule = {
  id: "greeting/punctuation",
  messages,
  meta: {
    defaultSeverity: "warning",
    fixable: true,
    description: {
      lv: "Latviešu sveiciens beidzas ar izsaukuma zīmi („Labdien, Jāni!”), nevis komatu",
      en: "A Latvian greeting ends with an exclamation mark (“Labdien, Jāni!”), not a comma",
    },
    handbook: "SASVEICINĀŠANĀS",
  },
  check(context): RuleFinding[] {
    const { text, locale, segments } = context;
    const g = segments.greeting;
    if (!g || languageOf(context, g.start) !== "lv") return [];
    const line = text.slice(g.start, g.end);
    if (ENGLISH_GREETING.test(line) || !(GREETING_LINE.test(line) || HONORIFIC.test(line))) return [];
    // The greeting span ends at the comma ("Labdien, Jāni,") or, for a long first line, right
    // before it ("Labdien, paldies …" is one sentence, not a comma greeting).
    const comma = line.endsWith(",") ? g.end - 1 : -1;
    if (comma < 0) return [];
    const after = /^[ \t]*\r?\n\s*(\p{L})/u.exec(text.slice(g.end, g.end + 200));
    const continued = after !== null && after[1] !== after[1]!.toUpperCase();
    const m = messages[locale];
    if (continued) {
      // Two edits across a line break ("," → "!" and a capital on the next line): advice, not a one-click fix.
      return [{ start: comma, end: g.end, message: m.continued, advice: [`${line.slice(0, -1).trimEnd()}!`] }];
    }
    return [{ start: comma, end: g.end, message: m.comma, suggestions: ["!"] }];
  },
};
