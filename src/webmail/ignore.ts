// "Ignore" for one mail: a finding is keyed by rule + the text it matched + which occurrence
// of that pair it is, never by offsets — so an ignored finding stays hidden while the user
// edits the text around it (offsets shift on every keystroke).
import type { Finding } from "../core/types.ts";

export interface KeyedFinding extends Finding {
  /** Stable identity of this finding within the mail (see ignoreKeys). */
  key: string;
}

// toLowerCase, not toLocaleLowerCase: the same keys for Latvian and English text (only Turkish,
// Azeri and Lithuanian lower-case differently), at a fraction of the cost — this runs for every
// finding at every keystroke. The whitespace pass only where there is whitespace.
function normalise(text: string): string {
  return (/\s/.test(text) ? text.replace(/\s+/g, " ").trim() : text).toLowerCase();
}

/** Gives every finding its key: `rule␟matched text␟occurrence` (occurrence counts earlier findings with the same rule and text). */
export function keyFindings(findings: readonly Finding[], text: string): KeyedFinding[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const base = `${finding.rule}\u241f${normalise(text.slice(finding.start, finding.end))}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return { ...finding, key: `${base}\u241f${occurrence}` };
  });
}

/** The findings the user has not ignored. */
export function visibleFindings(findings: readonly KeyedFinding[], ignored: ReadonlySet<string>): KeyedFinding[] {
  return findings.filter((finding) => !ignored.has(finding.key));
}
