// `policy check`'s glossary section: terms that look like sentences (warnings) and the forms of
// one-word terms that are also another word's forms (a listing for administrators).
import { glossaryCollisions, looksLikeSentence } from "../core/glossary-collisions.ts";
import type { PolicyProblem } from "../core/policy.ts";
import type { GlossaryEntry, Language } from "../core/types.ts";
import { loadNodeWordList } from "./lexicon-node.ts";
import { cliText } from "./messages.ts";

const MAX_LISTED = 12;

export function glossaryReport(policy: unknown, locale: Language = "en"): { problems: PolicyProblem[]; lines: string[] } {
  const text = cliText(locale).policyGlossary;
  const glossary = (policy as { glossary?: unknown } | null)?.glossary;
  if (!Array.isArray(glossary)) return { problems: [], lines: [] };
  const entries = glossary.filter((e): e is GlossaryEntry => typeof (e as GlossaryEntry | null)?.term === "string");
  const problems: PolicyProblem[] = [];
  glossary.forEach((e, i) => {
    if (typeof e?.term === "string" && looksLikeSentence(e.term))
      problems.push({ path: `glossary[${i}].term`, level: "warning", message: text.sentence });
  });
  const lines: string[] = [];
  for (const c of glossaryCollisions(entries, loadNodeWordList("lv"))) {
    const list = (forms: string[]) => forms.slice(0, MAX_LISTED).join(", ") + (forms.length > MAX_LISTED ? ` … (+${forms.length - MAX_LISTED})` : "");
    if (c.shared.length) lines.push(text.shared(c.term, list(c.shared)));
    if (c.skipped.length) lines.push(text.skipped(c.term, list(c.skipped)));
  }
  return { problems, lines };
}
