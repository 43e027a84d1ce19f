// passive-voice — "tikt + past passive participle" in the writer's own Latvian text ("Jūsu
// iesniegums tiek izskatīts", "tika pieņemts lēmums", "tiks Jums nosūtīta"): name who acts
// ("izskatām", "pieņēmām lēmumu"). Sources: Valsts kanceleja, „Vēstuļu rakstīšanas vadlīnijas”
// (2017) — active voice; the notes on passive constructions in business texts of the Latvian
// learner corpus (norma.korpuss.lv): the active voice names the actor. Not "ir + participle"
// states ("dokuments ir parakstīts"), nor "tikt" as a full verb ("netiekat galā", "tikt skaidrībā").
import { proseMask } from "../prose.ts";
import { initialsOf, startsLikeAny } from "../text/initials.ts";
import { inflectLatvianWord } from "../text/latvian.ts";
import type { Language } from "../types.ts";
import { checkProseByParagraph, keptFindings, type Paragraph } from "./by-paragraph.ts";
import type { Rule, RuleFinding } from "./rule.ts";

/** Every form of the auxiliary "tikt" (not the reflexive "tikties": tiksimies, tiekoties), with its tense. */
const TIKT = new Map<string, "pres" | "past" | "fut" | "other">([
  ...["tieku", "tiec", "tiek", "tiekam", "tiekat", "tiekot"].map((w) => [w, "pres"] as const),
  ...["tiku", "tiki", "tika", "tikām", "tikāt"].map((w) => [w, "past"] as const),
  ...["tikšu", "tiksi", "tiks", "tiksim", "tiksiet", "tiksit", "tikšot"].map((w) => [w, "fut"] as const),
  ...["tikt", "tiktu", "ticis", "tikusi", "tikuši", "tikušas"].map((w) => [w, "other"] as const),
]);
/** The first letters of TIKT's forms, and "n" of their negated forms (netiek, netika …). */
const TIKT_INITIALS = initialsOf([...TIKT.keys(), "n"]);
/** Past passive participles in the nominative (izskatīts, pieņemta, nosūtīti, pārbaudītas), as the passive takes them. */
const PARTICIPLE = /^\p{L}{3,}t(?:s|a|i|as)$/u;
/** Words ending like a participle that are not one. */
const NOT_PARTICIPLE = new Set(["tikai", "tieši", "vieta", "lapa", "puse", "summa", "kvota", "kopā", "ātri", "dati", "fakti", "akti", "punkti", "nākošais"]);
/** Words that may stand between "tikt" and the participle: adverbs, particles, the client's pronouns. */
const BETWEEN = /^(?:arī|jau|vēl|ne|tad|tūlīt|drīz|rūpīgi|atkārtoti|nekavējoties|pilnībā|daļēji|šodien|rīt|vakar|nekad|vienmēr|bieži|parasti|visdrīzāk|noteikti|droši|jums|jūsu|jūs|jums|tev|tavs|tava|viņam|viņai|mums|mūsu|tā|tas|šis|šī|šo|to|visi|visas)$/;
const IRREGULAR = /(?:zīt|zināt|stāt|klāt|krāt|dzīt|vīt|jāt)$/;
const PUNCTUATION = /[.!?;:,()„“”"\n]/;

const messages: Record<Language, (found: string) => string> = {
  lv: (found) => `„${found}” ir ciešamā kārta. Nosauciet, kas darbību veic — piemēram, „izskatām”, nevis „tiek izskatīts”; „pieņēmām lēmumu”, nevis „tika pieņemts lēmums”.`,
  en: (found) => `“${found}” is passive voice. Say who acts — e.g. “izskatām” rather than “tiek izskatīts”, “pieņēmām lēmumu” rather than “tika pieņemts lēmums”.`,
};

/** The active "we" form of the participle's verb in the tense of "tikt" (izskatīts + tiek → izskatām), if certain. */
function activeForm(participle: string, tense: "pres" | "past" | "fut" | "other", negated: boolean): string | undefined {
  const infinitive = participle.replace(/t(?:s|a|i|as)$/, "t");
  // -ēt may be 2nd or 3rd conjugation, and these 1st-conjugation look-alikes (atzīt: atzīstam) neither.
  if (tense === "other" || !/(?:ot|āt|īt)$/.test(infinitive) || IRREGULAR.test(infinitive)) return undefined;
  const form = inflectLatvianWord(infinitive, `${tense}.1pl`);
  return form ? `${negated ? "ne" : ""}${form}` : undefined;
}

/** The passive constructions of one Latvian paragraph's prose. */
function passivesIn({ text, from, to, words }: Paragraph, locale: Language): RuleFinding[] {
  const out: RuleFinding[] = [];
  const prose = proseMask(text, from, to, words);
  for (let k = 0; k < words.norm.length; k++) {
    if (!prose[k]) continue;
    const w = words.norm[k]!;
    if (!startsLikeAny(TIKT_INITIALS, w)) continue;
    const tense = TIKT.get(w) ?? (w.startsWith("ne") ? TIKT.get(w.slice(2)) : undefined);
    if (!tense) continue;
    for (let j = k + 1; j <= k + 4 && j < words.norm.length; j++) {
      if (PUNCTUATION.test(text.slice(words.end[j - 1]!, words.start[j]!))) break;
      const next = words.norm[j]!;
      if (PARTICIPLE.test(next) && !NOT_PARTICIPLE.has(next)) {
        const found = text.slice(words.start[k]!, words.end[j]!);
        const active = activeForm(next, tense, w.startsWith("ne"));
        out.push({ start: words.start[k]!, end: words.end[j]!, message: messages[locale](found), ...(active ? { advice: [active] } : {}) });
        k = j;
        break;
      }
      if (!BETWEEN.test(next)) break;
    }
  }
  return out;
}

const kept = keptFindings();

export const passiveVoice: Rule = {
  id: "passive-voice",
  messages,
  meta: {
    defaultSeverity: "info",
    fixable: false,
    description: {
      lv: "Ciešamā kārta („tiek izskatīts”, „tika pieņemts”): nosauciet, kas darbību veic",
      en: "Passive voice (“tiek izskatīts”, “tika pieņemts”): say who acts",
    },
    handbook: "VIENKĀRŠĪBA UN SAPRATNE",
    skipsAddresses: true,
  },
  check(context): RuleFinding[] {
    const locale = context.locale;
    return checkProseByParagraph(context, kept, locale, (p) => (p.language === "lv" ? passivesIn(p, locale) : []));
  },
};
