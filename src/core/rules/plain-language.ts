// plain-language — wordy bureaucratic phrases (kancelejismi) in the writer's own Latvian text,
// with the plain alternative in the writer's form or as advice (HANDBOOK.md → VIENKĀRŠĪBA UN
// SAPRATNE). The list and its sources: src/core/data/plain-language.ts. Also the nominal chain
// "veikt … -šanu" ("veikt dokumentu iesniegšanu" → "iesniegt"), which no list can enumerate.
import { PLAIN_LANGUAGE, type PlainEntry, SECOND_CONJUGATION_ET, SOURCES, THIS_BY_ENDING } from "../data/plain-language.ts";
import { type CompiledGlossary, compileGlossary } from "../glossary.ts";
import { insideRanges, type ProseWords, proseOf } from "../prose.ts";
import { initialsOf, startsLikeAny } from "../text/initials.ts";
import { inflectLatvianPhrase, inflectLatvianWord } from "../text/latvian.ts";
import { ruleParts } from "../text/latvian-verbs.ts";
import type { GlossaryEntry, Language } from "../types.ts";
import { checkProseByParagraph, keptFindings, type Paragraph } from "./by-paragraph.ts";
import type { Rule, RuleFinding } from "./rule.ts";

/** The verb forms a fix can be put into (the regular conjugations' tags of src/core/text/). */
const VERB_TAGS = [
  "inf", "pres.1sg", "pres.2sg", "pres.3", "pres.1pl", "pres.2pl", "imp.2pl",
  "past.1sg", "past.2sg", "past.3", "past.1pl", "past.2pl",
  "fut.1sg", "fut.2sg", "fut.3", "fut.1pl", "fut.2pl", "cond",
  "pap.nom.sg.m", "pap.nom.sg.f", "pap.nom.pl.m", "pap.nom.pl.f",
];

const FORMS = new Map<string, ReadonlyMap<string, string>>();
/**
 * Every form of `infinitive` a fix can be put into → its tag, with the debitive (jāveic → "deb"),
 * from the shared verb data (src/core/data/lv-verbs.json via src/core/text/): the present wins
 * where it equals the past (veicu).
 */
function verbForms(infinitive: string): ReadonlyMap<string, string> {
  let forms = FORMS.get(infinitive);
  if (!forms) {
    const out = new Map<string, string>();
    for (const tag of VERB_TAGS) {
      const form = inflectLatvianWord(infinitive, tag);
      if (form !== undefined && !out.has(form)) out.set(form, tag);
    }
    const third = inflectLatvianWord(infinitive, "pres.3");
    if (third !== undefined) out.set(`jā${third}`, "deb");
    forms = out;
    FORMS.set(infinitive, forms);
  }
  return forms;
}

/** A head verb the 2nd/3rd-conjugation rule does not build (veikt, dot, izteikt): its parts come from the verb data. */
const fromData = (verb: string): boolean => verb.endsWith("t") && ruleParts(verb) === undefined && verbForms(verb).size > 1;

interface Compiled {
  glossary: CompiledGlossary;
  entryOf: Map<GlossaryEntry, PlainEntry>;
}
let compiled: Compiled | undefined;

/**
 * One glossary for the whole list, built on first use. A head verb whose parts come from the
 * verb data ("veikt") gets one term per form (veicām apmaksu, jāveic apmaksa, neveicām …).
 */
function compiledList(): Compiled {
  if (compiled) return compiled;
  const entryOf = new Map<GlossaryEntry, PlainEntry>();
  const terms: GlossaryEntry[] = [];
  const add = (term: string, entry: PlainEntry) => {
    const g: GlossaryEntry = { term, language: "lv" };
    entryOf.set(g, entry);
    terms.push(g);
  };
  for (const entry of PLAIN_LANGUAGE) {
    const [head, ...rest] = entry.term.split(" ");
    const objects = rest.length > 0 ? objectForms(rest) : [rest];
    const forms = rest.length > 0 && fromData(head!) ? [head!, ...verbForms(head!).keys()] : [head!];
    for (const form of new Set(forms)) {
      for (const object of objects) {
        add([form, ...object].join(" "), entry);
        if (form !== head && !form.startsWith("jā")) add([`ne${form}`, ...object].join(" "), entry);
      }
    }
  }
  compiled = { glossary: compileGlossary(terms), entryOf };
  return compiled;
}

/**
 * The object as written (accusative: "apmaksu", "pārbaudi") and its likely dictionary forms
 * (apmaksa, maksājums, pārbaude): the matcher declines a noun from its dictionary form only, and
 * with "jā-" the object is nominative ("jāveic apmaksa"). A wrong guess matches nothing.
 */
function objectForms(words: readonly string[]): string[][] {
  const last = words[words.length - 1]!;
  const init = words.slice(0, -1);
  const out = [words.slice()];
  const stem = last.slice(0, -1);
  if (last.endsWith("u")) out.push([...init, `${stem}a`], [...init, `${stem}s`]);
  else if (last.endsWith("i")) out.push([...init, `${stem}e`]);
  return out;
}

/** `plain` (a verb phrase) in the form of the writer's head verb, or undefined when not certain. */
function verbFix(entry: PlainEntry, headSurface: string): string | undefined {
  const infinitive = entry.term.split(" ")[0]!;
  let word = headSurface.toLowerCase();
  let prefix = "";
  const forms = verbForms(infinitive);
  if (!forms.has(word) && word.startsWith("ne")) {
    prefix = "ne";
    word = word.slice(2);
  }
  const tag = forms.get(word);
  if (!tag) return undefined;
  const words = entry.plain.split(" ");
  const verb = words[0]!;
  if (verb.endsWith("ēt") && !SECOND_CONJUGATION_ET.has(verb) && /^(?:pres|imp|deb)/.test(tag)) return undefined;
  if (tag === "inf") return `${prefix}${entry.plain}`;
  const out = inflectLatvianPhrase(words, tag); // "deb" gives jā- + the 3rd person, or būt's jābūt
  return out ? `${prefix}${out.join(" ")}` : undefined;
}

/** „šis” in the case of the writer's modifier, with the rest of the phrase (the noun) kept. */
function thisFix(entry: PlainEntry, surface: string): string | undefined {
  const words = surface.split(" ");
  const hasNoun = entry.term.split(" ").length > 1 && !entry.term.includes("minēt");
  const modifier = (hasNoun ? words[0] : words[words.length - 1])!.toLowerCase();
  const found = THIS_BY_ENDING.find(([ending]) => modifier.endsWith(ending));
  if (!found) return undefined;
  return hasNoun ? [found[1], ...words.slice(1)].join(" ") : found[1];
}

function capitaliseLike(surface: string, fix: string): string {
  return surface[0] !== surface[0]!.toLowerCase() && !fix.startsWith("(") ? fix.charAt(0).toUpperCase() + fix.slice(1) : fix;
}

const messages: Record<Language, (found: string, plain: string, source: string) => string> = {
  lv: (found, plain, source) =>
    plain.startsWith("(")
      ? `„${found}” ir lieks ievads; sāciet uzreiz ar pašu ziņu. Avots: ${source}.`
      : `„${found}” ir smagnējs kancelejas izteikums; klientam saprotamāk: „${plain}”. Avots: ${source}.`,
  en: (found, plain, source) =>
    plain.startsWith("(")
      ? `“${found}” is a needless opening; start with the news itself. Source: ${source}.`
      : `“${found}” is wordy officialese; plainer for the client: “${plain}”. Source: ${source}.`,
};

/** The head words of the nominal chain "veikt … -šanu": every form of "veikt", also "veikta" (tiks veikta … -šana). */
const CHAIN_HEADS = new Set([...verbForms("veikt").keys(), "veikts", "veikta", "veikti", "veiktas"]);
/** Their first letters, and "n" of the negated forms (neveicām). */
const CHAIN_INITIALS = initialsOf([...CHAIN_HEADS, "n"]);
const VERBAL_NOUN = /^(\p{L}{3,}?)(?:šanu|šana|šanas|šanai|šanā|šanos|šanās)$/u;

function chainFindings(text: string, { words, prose }: ProseWords, taken: (start: number) => boolean, locale: Language): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (let k = 0; k < words.norm.length; k++) {
    if (!prose[k]) continue;
    const head = words.norm[k]!;
    if (!startsLikeAny(CHAIN_INITIALS, head)) continue;
    if (!CHAIN_HEADS.has(head.startsWith("ne") ? head.slice(2) : head) || taken(words.start[k]!)) continue;
    for (let j = k + 1; j <= k + 4 && j < words.norm.length; j++) {
      if (/[.!?;:„“”"]/.test(text.slice(words.end[j - 1]!, words.start[j]!))) break;
      const m = VERBAL_NOUN.exec(words.norm[j]!);
      if (!m) continue;
      const reflexive = /šan[oā]s$/.test(words.norm[j]!);
      const verb = `${m[1]}${reflexive ? "ties" : "t"}`;
      const found = text.slice(words.start[k]!, words.end[j]!);
      out.push({ start: words.start[k]!, end: words.end[j]!, message: messages[locale](found, verb, SOURCES.VK2017.label), advice: [verb] });
      k = j;
      break;
    }
  }
  return out;
}

/** The wordy phrases and nominal chains of one Latvian paragraph's prose (quotations left out). */
function phrasesIn(paragraph: Paragraph, locale: Language): RuleFinding[] {
  const { text, from, to, words } = paragraph;
  const { glossary, entryOf } = compiledList();
  const { ranges: prose, mask } = proseOf(text, from, to, words);
  const out: RuleFinding[] = [];
  for (const m of glossary.find(text, "lv", from, to, words)) {
    if (!insideRanges(prose, m.start, m.end)) continue;
    const entry = entryOf.get(m.entry)!;
    const found = m.text;
    const fix = entry.fix === "fixed" ? entry.plain : entry.fix === "verb" ? verbFix(entry, found.split(/\s+/)[0]!) : entry.fix === "this" ? thisFix(entry, found) : undefined;
    const message = messages[locale](found, entry.plain, SOURCES[entry.source].label);
    if (fix !== undefined) out.push({ start: m.start, end: m.end, message, suggestions: [capitaliseLike(found, fix)] });
    else out.push({ start: m.start, end: m.end, message, advice: [entry.plain] });
  }
  let i = 0;
  const taken = (start: number) => {
    while (i < out.length && out[i]!.end <= start) i++;
    return i < out.length && out[i]!.start <= start;
  };
  out.push(...chainFindings(text, { words, prose: mask }, taken, locale));
  return out.sort((a, b) => a.start - b.start);
}

const kept = keptFindings();

export const plainLanguage: Rule = {
  id: "plain-language",
  messages,
  meta: {
    defaultSeverity: "info",
    fixable: true,
    description: {
      lv: "Smagnēji kancelejas izteikumi („veikt apmaksu”, „sakarā ar to, ka”) ar vienkāršāku variantu",
      en: "Wordy officialese (“veikt apmaksu”, “sakarā ar to, ka”) with a plainer alternative",
    },
    handbook: "VIENKĀRŠĪBA UN SAPRATNE",
    skipsAddresses: true,
  },
  check(context): RuleFinding[] {
    const locale = context.locale;
    return checkProseByParagraph(context, kept, locale, (p) => (p.language === "lv" ? phrasesIn(p, locale) : []));
  },
};
