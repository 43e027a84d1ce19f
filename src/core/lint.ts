// lint(): segmentation, then every enabled rule, then severities from config.
import { defaultConfig } from "./config.ts";
import { type CompiledGlossary, compileGlossary } from "./glossary.ts";
import { segmentMessage } from "./message.ts";
import { rules } from "./rules/index.ts";
import type { Config, Finding, Language, SegmentHints, Segments } from "./types.ts";

export interface LintOptions {
  config?: Config;
  hints?: SegmentHints;
  /** Language of the messages; defaults to lv. */
  locale?: Language;
  /** A glossary compiled once for config.glossary (the content script keeps it across keystrokes). */
  glossary?: CompiledGlossary;
  /** Force the mail language instead of detecting it. */
  language?: Language;
}

export interface LintResult {
  language: Language;
  findings: Finding[];
  segments: Segments;
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  const config = options.config ?? defaultConfig();
  const segments = segmentMessage(text, options.hints);
  const language: Language = options.language ?? "lv";
  const context = {
    text,
    language,
    locale: options.locale ?? "lv",
    segments,
    config,
    glossary: options.glossary ?? compileGlossary(config.glossary),
  };
  const findings: Finding[] = [];
  for (const rule of rules) {
    const severity = config.rules[rule.id] ?? rule.meta.defaultSeverity;
    if (severity === "off") continue;
    for (const f of rule.check(context)) {
      findings.push({ rule: rule.id, severity, message: f.message, start: f.start, end: f.end, suggestions: f.suggestions ?? [] });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { language, findings, segments };
}
