// Derives src/core/data/lv-verbs.json: the principal parts of the Latvian verbs whose forms the
// 2nd/3rd-conjugation rule (src/core/text/latvian-verbs.ts → ruleParts) does not give — the
// whole 1st conjugation (likt → lieku, liec, liek, liekam, liku, likšu, licis), the irregular
// verbs (būt, iet, dot) and the 3rd-conjugation verbs in -ēt/-āt or with an alternation (gribēt,
// mācīt). Source: the Hunspell dictionary dictionary-lv, whose affix rules carry morphology
// codes (is:1vtt0 = 1st person singular present). A compound (nodot) is stored only when
// prefix + its root's parts would be wrong.
//
// It also writes src/core/data/lv-function-words.json (see deriveFunctionWords).
//
//   node bin/run-ts.mjs scripts/derive-verbs.ts          writes the files
//   node bin/run-ts.mjs scripts/derive-verbs.ts --check  exits 1 if a committed file differs
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { encodeParts, NO_FORM, ruleParts, secondConjugationParts, VERB_PREFIXES, type VerbParts, verbPartsIn, withPrefix } from "../src/core/text/latvian-verbs.ts";
// @ts-expect-error — plain ESM script without types
import { compoundOnlyRoots, isErratum, verbCorrections } from "./hunspell-errata.mjs";
// @ts-expect-error — plain ESM script without types
import { expandDictionary } from "./hunspell.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const OUT = "src/core/data/lv-verbs.json";

/** The Hunspell codes of each principal part, active then reflexive ("0v": 2nd and 3rd person alike). */
const CODES: Record<Exclude<keyof VerbParts, "inf" | "pap">, [string[], string]> = {
  p1: [["1vtt0"], "1vta0"],
  p2: [["2vtt0", "0vtt0"], "2vta0"],
  p3: [["3xtt0", "3vtt0", "0vtt0"], "3xta0"],
  p1pl: [["1dtt0"], "1dta0"],
  past: [["1vpt0"], "1vpa0"],
  fut: [["1vnt0"], "1vna0"],
};

/** A reflexive form back to its active twin: rūpējos → rūpēju. */
const UNREFLEX: Record<string, (f: string) => string> = {
  p1: (f) => f.replace(/os$/, "u"),
  p2: (f) => f.replace(/ies$/, ""),
  p3: (f) => (f.endsWith("ās") ? f.replace(/ās$/, "a") : f.replace(/as$/, "")),
  p1pl: (f) => f.replace(/mies$/, "m"),
  past: (f) => f.replace(/os$/, "u"),
  fut: (f) => f.replace(/šos$/, "šu"),
};

interface Reading {
  inf: string;
  /** The conjugation the dictionary's part-of-speech tag gives (po:darbv24t → 2). */
  conjugation: string;
  /** The whole tag (po:darbv15t → darbv15t): a compound's line and its root's of one class. */
  tag: string;
  forms: Map<string, string[]>;
  untagged: string[];
  all: Set<string>;
}

function readings(): Reading[] {
  const dir = join(ROOT, "node_modules", "dictionary-lv");
  const aff = readFileSync(join(dir, "index.aff"), "utf8");
  const dic = readFileSync(join(dir, "index.dic"), "utf8");
  const lines = dic.split(/\r?\n/);
  // A verb the dictionary has only as a reflexive (mosties, censties) is a line of the active
  // infinitive with a reflexive tag and lower-case flags only (most/{e(b)+%*j- po:darbv14a).
  const reflexiveOnly = (l: string) => /^\p{Ll}+t\/\S+\s.*po:darbv?\d+a\b/u.test(l);
  const verbs = [lines[0], ...lines.slice(1).filter((l) => (/^\p{Ll}+t(?:ies)?\/\S*[A-Z]/u.test(l) && !/po:(?!darb)/.test(l)) || reflexiveOnly(l))].join("\n");
  const byLine = new Map<string, Reading>();
  expandDictionary(aff, verbs, (form: string, root: string, prefix: string, morph: string, line: string) => {
    if (prefix || isErratum(root, form, line)) return;
    let r = byLine.get(line);
    if (!r) {
      r = { inf: reflexiveOnly(line) ? `${root}ies` : root, conjugation: /po:darbv?(\d)/.exec(line)?.[1] ?? "", tag: /po:(\S+)/.exec(line)?.[1] ?? "", forms: new Map(), untagged: [], all: new Set() };
      byLine.set(line, r);
    }
    r.all.add(form);
    const code = /is:(\w+)/.exec(morph)?.[1];
    if (code) r.forms.set(code, [...(r.forms.get(code) ?? []), form]);
    else r.untagged.push(form);
  });
  const all = [...byLine.values()];
  fillFromCompounds(all);
  return all;
}

/**
 * A short root's affix condition can fail where its compounds' holds (SFX B "[^c][^lm]est" needs
 * five letters: atvest gets atvedīšu, vest no future at all). Where a reading yields no parts, a
 * principal part it has no code for is read off the first compound (in VERB_PREFIXES order) that
 * has it, minus the prefix. Readings that do yield parts are left alone: a compound may be of the
 * other sense (aust "to dawn": austu; pāraust "to weave over": pāraužu).
 */
function fillFromCompounds(all: Reading[]): void {
  const byInf = new Map<string, Reading>();
  for (const r of all) if (!byInf.has(r.inf)) byInf.set(r.inf, r);
  for (const r of all) {
    if (partsOf(r).length > 0) continue;
    for (const [active, refl] of Object.values(CODES)) {
      const codes = [...active, refl];
      if (codes.some((c) => r.forms.has(c))) continue;
      for (const prefix of VERB_PREFIXES) {
        const compound = byInf.get(prefix + r.inf);
        if (!compound || compound.conjugation !== r.conjugation || !codes.some((c) => compound.forms.has(c))) continue;
        for (const c of codes) {
          const forms = (compound.forms.get(c) ?? []).filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length));
          if (forms.length === 0) continue;
          r.forms.set(c, forms);
          for (const f of forms) r.all.add(f);
        }
        break;
      }
    }
  }
}

/** The readings' principal parts: from the coded forms (the k-th variant of each), and the rules whose forms the dictionary has. */
function partsOf(r: Reading): VerbParts[] {
  const reflexive = r.inf.endsWith("ties");
  const inf = reflexive ? r.inf.slice(0, -3) : r.inf;
  const rule = r.conjugation === "2" ? secondConjugationParts(inf) : ruleParts(inf);
  const variants = Math.max(1, ...["1vtt0", "1dtt0"].map((c) => r.forms.get(c)?.length ?? 0));
  const out: VerbParts[] = [];
  for (let k = 0; k < variants; k++) {
    // Some lines code the reflexive present as the active one (atzīt: 1vtt0 atzīstu, atzīstos): not a reading of its own.
    if (!reflexive && r.forms.get("1vtt0")?.[k]?.endsWith("os")) continue;
    const p = codedParts(r, inf, reflexive, rule, k) ?? (k === 0 && !reflexive ? guessedParts(r, inf) : undefined);
    if (p && !out.some((q) => same([q], [p]))) out.push(p);
  }
  const has = (f: string) => r.all.has(reflexive ? f.replace(/u$/, "os") : f);
  // A 1st-conjugation line is never also of the 2nd or 3rd (jāt: jāju, jāj, not a 2nd-conjugation „jā”).
  for (const alt of r.conjugation === "1" ? [] : [ruleParts(inf), secondConjugationParts(inf)]) {
    if (!alt || out.some((q) => same([q], [alt]))) continue;
    const probe = reflexive ? [`${alt.p1pl}ies`.replace(/mies$/, "mies"), alt.p1.replace(/u$/, "os")] : [alt.p1pl, alt.p1];
    if (probe.every((f) => r.all.has(f)) && has(alt.past)) out.push(alt);
  }
  return out;
}

/**
 * Some affix classes of dictionary-lv carry no codes (aizdiegt/8…): the parts are then read off
 * the forms themselves — a present whose -am and -ot forms exist, a past with -a and -ām, a future
 * with -sim, the imperative stem before -iet.
 */
function guessedParts(r: Reading, inf: string): VerbParts | undefined {
  const has = (f: string) => r.all.has(f);
  const ends = (suffix: string) => [...r.all].filter((f) => f.endsWith(suffix)).map((f) => f.slice(0, -suffix.length));
  const present = ends("ot").find((p) => has(`${p}u`) && (has(`${p}am`) || has(`${p}ām`)) && !ends("šot").includes(p.slice(0, -1)));
  const past = ends("āt").find((p) => has(`${p}u`) && has(`${p}a`) && has(`${p}ām`) && p !== present);
  const fut = ends("sim").find((p) => has(`${p}šu`));
  if (!present || !fut) return undefined;
  const pastStem = past ?? present;
  const imp = ends("iet").find((q) => q !== fut && !q.endsWith("s") && has(`${q}iet`)) ?? present;
  const aType = has(`${present}ām`) && !has(`${present}am`);
  const p2 = has(`${imp}i`) && aType ? `${imp}i` : has(imp) ? imp : present;
  const pap = [...r.all].find((f) => f.endsWith("is") && !f.endsWith("šis") && f.length <= pastStem.length + 3 && f.slice(0, 3) === pastStem.slice(0, 3) && !f.endsWith("ais") && !f.endsWith("ies")) ?? `${pastStem}is`;
  return { inf, p1: `${present}u`, p2, p3: aType ? `${present}a` : present, p1pl: `${present}${aType ? "ām" : "am"}`, past: `${pastStem}u`, fut: `${fut}šu`, pap };
}

function codedParts(r: Reading, inf: string, reflexive: boolean, rule: VerbParts | undefined, k: number): VerbParts | undefined {
  const out = { inf } as VerbParts;
  for (const [key, [active, refl]] of Object.entries(CODES) as [keyof typeof CODES, [string[], string]][]) {
    const all = active.flatMap((c) => r.forms.get(c) ?? []);
    // Not the reflexive twin of another form under the same code (atzīt: 3vtt0 atzīst, atzīstas).
    const found = reflexive ? all : all.filter((f) => !all.some((g) => g !== f && /(?:os|ies|as|ās)$/.test(f) && f.startsWith(g.replace(/[ui]$/, ""))));
    const conj1 = r.conjugation === "1";
    const coded = pick(key, found, out.p1, k, conj1);
    // A reflexive verb's line may code its reflexive forms as active ones (bīties: 1vtt0 bīstos).
    const a = coded !== undefined && conj1 && reflexive ? UNREFLEX[key]!(coded) : coded;
    const reflexiveForm = pick(key, r.forms.get(refl) ?? [], out.p1, k, conj1);
    const unreflexed = reflexiveForm === undefined ? undefined : UNREFLEX[key]!(reflexiveForm);
    let part: string | undefined;
    if (conj1) {
      // The 1st conjugation's present is one stem, the 1st person minus -u (LU MII morphology,
      // paradigm 15: 3rd person = the stem, 1st plural = stem + -am): aizmirstu → aizmirst, laužu →
      // lauž, tieku → tiek (not Hunspell's 2nd person aizmirsti, lauz, nor the other variant's tīk;
      // tezaurs.lv "-mirstu, -mirsti, -mirst"). A stem in -j is the 2nd person too (jāju, jāj, jāj;
      // spēju, spēj: tezaurs.lv), never a 2nd-conjugation „jā”, „spē”. A form the line codes only
      // as reflexive (aizrīties: aizrijos) comes before the rule.
      const stem = out.p1?.endsWith("u") ? out.p1.slice(0, -1) : undefined;
      const own = key === "p3" ? stem : key === "p1pl" && stem ? `${stem}am` : undefined;
      // … unless the line codes another form of its own (saīsināt, tagged po:darbv11t: saīsina, saīsinām).
      const others = (r.forms.get("1vtt0") ?? []).map((f) => f.replace(/u$/, key === "p1pl" ? "am" : ""));
      const trusted = found.filter((f) => f !== own && !others.includes(f));
      part = (trusted.length > 0 ? a : own) ?? a ?? unreflexed ?? (key === "p2" && stem?.endsWith("j") ? stem : undefined);
    } else {
      // Where the 3rd person has no code of its own, it is the 2nd (dod) unless the verb follows the rule.
      const fallback = key === "p3" && rule?.p1 !== out.p1 ? out.p2 : rule?.[key];
      part = a ?? fallback ?? unreflexed;
    }
    if (part === undefined) return undefined;
    out[key] = part;
  }
  // The past active participle carries no code: the untagged -is (-ies) form nearest the past stem.
  const pastStem = out.past.slice(0, -1);
  const wanted = reflexive ? "ies" : "is";
  const candidates = r.untagged.filter((f) => f.endsWith(wanted) && !f.endsWith(reflexive ? "ušies" : "ais") && f.length <= pastStem.length + 3);
  let best = `${pastStem}is`;
  let bestScore = -1;
  for (const c of candidates) {
    let k = 0;
    while (k < c.length && c[k] === pastStem[k]) k++;
    if (k > bestScore) {
      bestScore = k;
      best = reflexive ? `${c.slice(0, -3)}is` : c;
    }
  }
  out.pap = best;
  return out;
}

/**
 * The k-th variant's form of a principal part. "0vtt0" covers both persons; where a verb has two
 * such forms (būt: esi, ir) the 2nd person is first. In the 1st conjugation (`aligned`) Hunspell
 * lists the variants in no fixed order across its codes (tikt: 1vtt0 tieku, tīku; skriet: 1vtt0
 * skreju, skrienu, 2vtt0 skrien, 0vtt0 skrej), so a present form goes with the variant whose
 * present stem it shares most of (tieku → tiek, not tīk).
 */
function pick(key: keyof typeof CODES, found: string[], p1: string | undefined, k: number, aligned: boolean): string | undefined {
  if (found.length > 1 && key === "p3" && k === 0 && !aligned) return found[found.length - 1];
  if (found.length <= 1 || p1 === undefined || !aligned || key !== "p2") return found[Math.min(k, found.length - 1)];
  const stem = p1.replace(/(?:u|os)$/, "");
  const shared = (f: string) => ((i) => (i < 0 ? f.length : i))([...f].findIndex((c, i) => c !== stem[i]));
  const best = Math.max(...found.map(shared));
  const ties = found.filter((f) => shared(f) === best);
  return ties[Math.min(k, ties.length - 1)];
}

const same = (a: readonly VerbParts[], b: readonly VerbParts[]) => encodeParts(a) === encodeParts(b);

/**
 * First parts of compound verbs that are not prefixes (caur-, līdz-, pret-, prom-, pus-, jaun-:
 * cauršaut, līdzņemt, pretaizdzīt, prombūt, pussabrukt, jauniznākt): such a compound conjugates as
 * its last part, as dictionary-lv shows where it has their forms (cauršāvu, prombraucu,
 * pussabruku). The engine's VERB_PREFIXES leave them out, so these compounds are stored whole.
 */
const COMPOUND_HEADS = ["caur", "līdz", "pret", "prom", "jaun", "pus"];
const FIRST_PARTS = [...VERB_PREFIXES, ...COMPOUND_HEADS];

/** The root a compound is built on, with its prefix ("pasakām" → ["pa", "teikt"]), up to two prefixes deep. */
function rootOf(inf: string, roots: ReadonlySet<string>, depth = 0): [string, string] | undefined {
  if (roots.has(inf)) return ["", inf];
  if (depth >= 2) return undefined;
  for (const prefix of FIRST_PARTS) {
    if (!inf.startsWith(prefix)) continue;
    const inner = rootOf(inf.slice(prefix.length), roots, depth + 1);
    if (inner) return [prefix + inner[0], inner[1]];
  }
  return undefined;
}

/**
 * The sourced corrections of scripts/hunspell-lv-errata.json ("verbs"): a reading that replaces
 * the dictionary's (sēst: sēžu, sēd, sēž) or comes before it (teikt: saku, saki, saka), for the
 * root and every compound of it the dictionary has (apsēst, izteikt, pasēsties …), also those of
 * which the dictionary gives no reading at all (plūst, izplūst); a compound takes the
 * correction's "compounds" parts where it has them (pabūt: no present, "-").
 */
function applyCorrections(byInf: Map<string, VerbParts[]>, lemmas: ReadonlySet<string>): void {
  const corrections = verbCorrections() as Record<string, { parts: string; compounds?: string; mode: "replace" | "first" }>;
  const roots = new Set(Object.keys(corrections));
  for (const inf of new Set([...byInf.keys(), ...lemmas])) {
    const found = rootOf(inf, roots);
    if (!found) continue;
    const [prefix, root] = found;
    const { parts, compounds, mode } = corrections[root]!;
    const coded = prefix && compounds ? compounds : parts;
    const [p1, p2, p3, p1pl, past, fut, pap] = coded.split(" ").map((f) => (f === NO_FORM ? f : prefix + f)) as [string, string, string, string, string, string, string];
    const fixed: VerbParts = { inf, p1, p2, p3, p1pl, past, fut, pap };
    const list = byInf.get(inf) ?? [];
    byInf.set(inf, mode === "replace" ? [fixed] : [fixed, ...list.filter((q) => !same([q], [fixed]))]);
  }
}

/**
 * A verb the dictionary gives no reading (its affix class lacks a part: cauršaut has no 2nd
 * person) that is a compound with a first part of COMPOUND_HEADS takes its last part's parts
 * (cauršaut ← šaut, pussabrukt ← sabrukt ← brukt).
 */
function fillCompounds(byInf: Map<string, VerbParts[]>, lemmas: ReadonlySet<string>): void {
  const known: Record<string, string> = {};
  for (const [inf, list] of byInf) known[inf] = encodeParts(list);
  for (const inf of lemmas) {
    if (byInf.has(inf)) continue;
    const head = COMPOUND_HEADS.find((h) => inf.startsWith(h) && inf.length - h.length >= 3);
    if (!head) continue;
    const rest = verbPartsIn(known, inf.slice(head.length));
    if (rest.length === 0) continue;
    byInf.set(inf, rest.map((p) => withPrefix(head, p)));
  }
}

/**
 * A root dictionary-lv has only inside compounds (klust: apklust, noklust, pieklust; mirst:
 * aizmirst, piemirst) takes its compounds' parts minus the prefix, where all of them agree — the
 * inverse of a compound taking its root's. The roots are tezaurs.lv's (errata "roots").
 */
function fillRoots(byInf: Map<string, VerbParts[]>): void {
  for (const root of compoundOnlyRoots() as string[]) {
    if (byInf.has(root)) continue;
    const found = VERB_PREFIXES.filter((p) => byInf.has(p + root)).map((p) => byInf.get(p + root)!.map((q) => withoutPrefix(p, root, q)));
    if (found.length === 0 || found.some((list) => list.some((q) => q === undefined))) continue;
    if (new Set(found.map((list) => encodeParts(list as VerbParts[]))).size === 1) byInf.set(root, found[0] as VerbParts[]);
  }
}

function withoutPrefix(prefix: string, inf: string, p: VerbParts): VerbParts | undefined {
  const coded = encodeParts([p]).split(" ");
  if (coded.some((f) => f !== NO_FORM && !f.startsWith(prefix))) return undefined;
  return verbPartsIn({ [inf]: coded.map((f) => (f === NO_FORM ? f : f.slice(prefix.length))).join(" ") }, inf)[0];
}

export function deriveVerbs(): string {
  const byInf = new Map<string, VerbParts[]>();
  const lemmas = new Set<string>();
  const all = readings();
  const parts = new Map(all.map((r) => [r, partsOf(r)]));
  const add = (p: VerbParts) => {
    const list = byInf.get(p.inf) ?? [];
    if (!list.some((q) => same([q], [p]))) list.push(p);
    byInf.set(p.inf, list);
  };
  for (const r of all) {
    lemmas.add(r.inf.endsWith("ties") ? r.inf.slice(0, -3) : r.inf);
    for (const p of parts.get(r)!) add(p);
  }
  // A compound's line that yields no parts takes its root's line of the same class (iestrēgt/…
  // po:darbv15t ← strēgt's: iestrēgstu, iestrēgu beside the other line's iestrēdzu).
  for (const r of all) {
    if (parts.get(r)!.length > 0 || !r.tag) continue;
    const prefix = VERB_PREFIXES.find((p) => r.inf.startsWith(p) && all.some((q) => q.tag === r.tag && q.inf === r.inf.slice(p.length)));
    if (!prefix) continue;
    for (const q of all) if (q.tag === r.tag && q.inf === r.inf.slice(prefix.length)) for (const p of parts.get(q)!) add(withPrefix(prefix, p));
  }
  applyCorrections(byInf, lemmas);
  fillCompounds(byInf, lemmas);
  fillRoots(byInf);
  // A correction's compound parts ("-būt"), so that every compound, in the dictionary or not (atbūt), takes them.
  const data: Record<string, string> = {};
  for (const [root, c] of Object.entries(verbCorrections() as Record<string, { compounds?: string }>)) if (c.compounds) data[`-${root}`] = c.compounds;
  // Shorter infinitives first, so a compound is compared with its root's stored parts.
  for (const inf of [...byInf.keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))) {
    const parts = byInf.get(inf)!;
    const predicted = verbPartsIn(data, inf);
    const rule = ruleParts(inf);
    if (same(predicted, parts) || (predicted.length === 0 && rule && same([rule], parts))) continue;
    data[inf] = encodeParts(parts);
  }
  const sorted = Object.fromEntries(Object.entries(data).sort(([a], [b]) => (a < b ? -1 : 1)));
  const version = JSON.parse(readFileSync(join(ROOT, "node_modules/dictionary-lv/package.json"), "utf8")).version;
  return `${JSON.stringify(
    {
      source: `dictionary-lv@${version} (affix codes is:1vtt0 … of the verb entries); scripts/derive-verbs.ts`,
      format: "infinitive → pres.1sg pres.2sg pres.3 pres.1pl past.1sg fut.1sg pap.nom.sg.m (- where the verb has no such form), readings joined by |; -root → the parts a prefix + root takes instead of the root's (-būt: pabūt, atbūt)",
      verbs: sorted,
    },
    null,
    0,
  ).replace(/","/g, '",\n"')}\n`;
}

/**
 * Every form of the closed-class words (pronouns, conjunctions and prepositions, numerals:
 * po:vietnv, po:saiklis, po:skv): a glossary term's generated
 * form that is one of these (mani, manu for "manīt") is a homograph the matcher skips.
 */
export function deriveFunctionWords(): string {
  const dir = join(ROOT, "node_modules", "dictionary-lv");
  const aff = readFileSync(join(dir, "index.aff"), "utf8");
  const lines = readFileSync(join(dir, "index.dic"), "utf8").split(/\r?\n/);
  const closed = lines.slice(1).filter((l) => /po:(?:vietnv|saiklis|skv)\b/.test(l));
  const forms = new Set<string>();
  expandDictionary(aff, [lines[0], ...closed].join("\n"), (form: string, _root: string, prefix: string) => {
    if (!prefix && /^\p{Ll}{2,}$/u.test(form)) forms.add(form);
  });
  const version = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version;
  return `${JSON.stringify({ source: `dictionary-lv@${version} (po:vietnv, po:saiklis, po:skv); scripts/derive-verbs.ts`, forms: [...forms].sort() })}\n`;
}

export const OUTPUTS: Record<string, () => string> = {
  [OUT]: deriveVerbs,
  "src/core/data/lv-function-words.json": deriveFunctionWords,
};

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [path, derive] of Object.entries(OUTPUTS)) {
    const text = derive();
    const full = join(ROOT, path);
    if (process.argv.includes("--check")) {
      if (readFileSync(full, "utf8") !== text) {
        console.error(`stale: ${path}`);
        process.exitCode = 1;
      }
    } else {
      writeFileSync(full, text);
      console.log(`${path}: ${Buffer.byteLength(text)} bytes`);
    }
  }
}
