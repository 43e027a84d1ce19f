// A RuleContext for testing one rule on its own: the whole text is the writer's, except
// from `quoteStart` on (the quoted history the segmenter would find).
import { defaultConfig } from "../../../src/core/config.ts";
import { compileGlossary } from "../../../src/core/glossary.ts";
import type { Lexicon } from "../../../src/core/lexicon.ts";
import type { Rule, RuleContext } from "../../../src/core/rules/rule.ts";
import type { GlossaryEntry, Language } from "../../../src/core/types.ts";

export interface ContextOptions {
  language?: Language;
  locale?: Language;
  glossary?: GlossaryEntry[];
  abbreviationAllowlist?: string[];
  quoteStart?: number;
  lexicon?: Lexicon;
}

export function ruleContext(text: string, options: ContextOptions = {}): RuleContext {
  const config = { ...defaultConfig(), glossary: options.glossary ?? [], abbreviationAllowlist: options.abbreviationAllowlist ?? [] };
  const end = options.quoteStart ?? text.length;
  return {
    text,
    language: options.language ?? "lv",
    locale: options.locale ?? "lv",
    segments: { greeting: null, body: { start: 0, end }, closing: null, signature: null, quote: end < text.length ? { start: end, end: text.length } : null },
    config,
    glossary: compileGlossary(config.glossary),
    lexicon: options.lexicon,
    pendingWords: new Set(),
  };
}

/** The flagged text of each finding. */
export function flagged(rule: Rule, text: string, options?: ContextOptions): string[] {
  return rule.check(ruleContext(text, options)).map((f) => text.slice(f.start, f.end));
}
