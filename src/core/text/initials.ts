// A word list's first letters, for the rules that ask a list about every word of the reply: a
// word whose first code unit starts no word of the list is not in it, and one array read says so
// where the Set look-up hashes the word first (most words of a reply are in no such list).

export interface Initials {
  /** 1 at each first code unit below 0x180 (ASCII and Latin Extended-A: every Latvian letter). */
  low: Uint8Array;
  /** The first code units from 0x180 on. */
  high: Set<number>;
}

export function initialsOf(words: Iterable<string>): Initials {
  const low = new Uint8Array(0x180);
  const high = new Set<number>();
  for (const w of words) {
    if (w.length === 0) continue;
    const c = w.charCodeAt(0);
    if (c < 0x180) low[c] = 1;
    else high.add(c);
  }
  return { low, high };
}

/** Whether `word` starts with one of the initials (false for ""). */
export function startsLikeAny(initials: Initials, word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x180 ? initials.low[c] === 1 : initials.high.has(c);
}
