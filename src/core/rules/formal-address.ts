// formal-address — in a Latvian reply to one person the pronouns addressing the client are
// capitalised: Jūs, Jums, Jūsu, Jūsējais, and Tu, Tev, Tavs where the writer uses them
// (valodaskonsultacijas.lv, answers on „Jūs” in letters, citing Skujiņa, „Latviešu valoda
// lietišķajos rakstos”, 2014). Whether a "jūs" is plural — and so rightly lowercase — is
// decided per use: a plural greeting, a plural participle agreeing with it ("jūs esat
// iesnieguši") or a plural phrase ("jūs abi", "katrs no jums").
import { proseMask } from "../prose.ts";
import { initialsOf, startsLikeAny } from "../text/initials.ts";
import type { Words } from "../text/words.ts";
import type { Language } from "../types.ts";
import { checkProseByParagraph, keptFindings, type Paragraph } from "./by-paragraph.ts";
import type { Rule, RuleFinding } from "./rule.ts";

/** Every case form of the polite pronouns (lower case); the fix is the same word capitalised. */
const PRONOUNS = new Set([
  "jūs", "jums", "jūsu",
  ..."jūsējais jūsējā jūsējam jūsējo jūsējie jūsējās jūsējiem jūsējām jūsējos jūsējajam jūsējajai jūsējajā jūsējajiem jūsējajām jūsējajos jūsējajās".split(" "),
  "tu", "tev", "tevi", "tevis", "tevī",
  ..."tavs tava tavam tavu tavā tavi tavas tavai tavus tavos tavām taviem tavējais tavējā tavējo tavējam tavējai".split(" "),
]);
const PRONOUN_INITIALS = initialsOf(PRONOUNS);
/** The "jūs" forms (jūs, jums, jūsu, jūsējais …): only they can be plural. */
const PLURAL_CAPABLE = /^j/;

// A plural address in the greeting: definite plural adjectives (Godātie, Cienījamās), plural
// nouns of address. "Labdien!" or "kolēģi!" (also a singular vocative) prove nothing.
const PLURAL_GREETING = /(?<![\p{L}])(?:(?:godāt|godājam|cienījam|cienīt|dārg|mīļ|augsti godāt)(?:ie|ās)|kungi|kundzes|dāmas|visi|visiem|vecāki|kolēģes)(?![\p{L}])/iu;
/** Words that make the pronoun next to them plural: "jūs abi", "jums visiem", "jūsu abu". */
const PLURAL_NEIGHBOUR = new Set(["abi", "abas", "abiem", "abām", "abus", "abu", "visi", "visas", "visiem", "visām", "visus", "visu", "vairāki", "vairākas"]);
/** "katrs no jums", "kāds no jums", "neviens no jums": a part of a group. */
const PART_OF = /^(?:katr|kād|nevien|ikvien|vien|daž|dažs|abi)\p{L}*$/u;
/** A plural past active participle agreeing with "jūs": iesnieguši, saņēmušas, griezušies. */
const PLURAL_PARTICIPLE = /(?:uši|ušas|ušies|ušās)$/;
const CLAUSE_BREAK = /[.!?;:,()\n„“”"]/;

const messages: Record<Language, (found: string, fix: string) => string> = {
  lv: (found, fix) =>
    `Uzrunājot vienu klientu, pieklājības vietniekvārdu raksta ar lielo burtu: „${fix}”, nevis „${found}”. Mazo burtu lieto, ja uzrunā vairākus („jūs abi”, „jūs esat iesnieguši”).`,
  en: (found, fix) =>
    `When addressing one client in Latvian, the polite pronoun is capitalised: “${fix}”, not “${found}”. Lowercase is right only when several people are addressed (“jūs abi”, “jūs esat iesnieguši”).`,
};

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Is the sentence start (after spaces) right before `at`? A capital there proves nothing either way. A paragraph starts a sentence. */
function atSentenceStart(text: string, from: number, at: number): boolean {
  let i = at - 1;
  while (i >= from && /[\s„“"(–—-]/.test(text[i]!)) {
    if (text[i] === "\n" && i > from && text[i - 1] === "\n") return true;
    i--;
  }
  return i < from || /[.!?\n]/.test(text[i]!);
}

/** The words after index k up to the clause's end (at most `max`). */
function clauseAfter(text: string, words: Words, k: number, max: number): string[] {
  const out: string[] = [];
  for (let j = k + 1; j < words.norm.length && out.length < max; j++) {
    if (CLAUSE_BREAK.test(text.slice(words.end[j - 1]!, words.start[j]!))) break;
    out.push(words.norm[j]!);
  }
  return out;
}

function pluralUse(text: string, words: Words, k: number): boolean {
  const next = clauseAfter(text, words, k, 5);
  if (next[0] && PLURAL_NEIGHBOUR.has(next[0])) return true;
  const prev = k > 0 && !CLAUSE_BREAK.test(text.slice(words.end[k - 1]!, words.start[k]!)) ? words.norm[k - 1]! : "";
  if (PLURAL_NEIGHBOUR.has(prev)) return true;
  if (prev === "no" && k > 1 && !CLAUSE_BREAK.test(text.slice(words.end[k - 2]!, words.start[k - 1]!)) && PART_OF.test(words.norm[k - 2]!)) return true;
  return next.some((w) => PLURAL_PARTICIPLE.test(w));
}

/** The lowercase polite pronouns of one Latvian paragraph's prose that address one client. */
function pronounsIn({ text, from, to, words }: Paragraph, locale: Language, pluralMail: boolean): RuleFinding[] {
  const out: RuleFinding[] = [];
  const prose = proseMask(text, from, to, words);
  for (let k = 0; k < words.norm.length; k++) {
    if (!prose[k]) continue;
    const raw = words.raw[k]!;
    const norm = words.norm[k]!;
    if (raw !== norm || !startsLikeAny(PRONOUN_INITIALS, norm) || !PRONOUNS.has(norm)) continue; // capitalised (or shouted): never a finding
    if (atSentenceStart(text, from, words.start[k]!)) continue;
    if (PLURAL_CAPABLE.test(norm) && (pluralMail || pluralUse(text, words, k))) continue;
    const fix = capitalise(raw);
    out.push({ start: words.start[k]!, end: words.end[k]!, message: messages[locale](raw, fix), suggestions: [fix] });
  }
  return out;
}

const kept = keptFindings();

export const formalAddress: Rule = {
  id: "formal-address",
  messages,
  meta: {
    defaultSeverity: "warning",
    fixable: true,
    description: {
      lv: "Uzrunājot vienu klientu, Jūs, Jums, Jūsu (arī Tu, Tev, Tavs) raksta ar lielo burtu",
      en: "Addressing one client in Latvian, Jūs, Jums, Jūsu (and Tu, Tev, Tavs) are capitalised",
    },
    handbook: "IZTURĒŠANĀS; CIEŅA",
    skipsAddresses: true,
  },
  check(context): RuleFinding[] {
    const { text, locale, segments } = context;
    const g = segments.greeting;
    const pluralMail = g !== null && PLURAL_GREETING.test(text.slice(g.start, g.end));
    return checkProseByParagraph(context, kept, `${locale}\u0000${pluralMail}`, (p) => (p.language === "lv" ? pronounsIn(p, locale, pluralMail) : []));
  },
};
