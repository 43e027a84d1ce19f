// Placeholder until the glossary matcher lands (issue 3): same exported API.
import type { GlossaryEntry, Language } from "./types.ts";

export interface GlossaryMatch {
  start: number;
  end: number;
  entry: GlossaryEntry;
}

export interface CompiledGlossary {
  size: number;
  /** All glossary terms found in text[from, to), in text order, for a mail in `language`. */
  find(text: string, language: Language, from?: number, to?: number): GlossaryMatch[];
}

export function compileGlossary(entries: readonly GlossaryEntry[]): CompiledGlossary {
  return { size: entries.length, find: () => [] };
}
