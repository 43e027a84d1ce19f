// "Did you mean …?" for a misspelled policy key or field: the known name nearest by edit
// distance, compared case-insensitively (feedbackURL → feedbackUrl). Bounded cost: names are
// short (≤ 64 characters are compared) and the known lists are a few dozen entries.

/** Levenshtein distance with an early exit once every cell of a row passes `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      row.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * The known name closest to `name`, when it is close enough to be a slip: the same letters in
 * another case, or within a third of the name's length in edits (at least 1, at most 3).
 */
export function closestName(name: string, known: readonly string[]): string | undefined {
  const wanted = name.slice(0, 64).toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(wanted.length / 3)));
  let best: { name: string; d: number } | undefined;
  for (const candidate of known) {
    const d = distance(wanted, candidate.toLowerCase(), limit);
    if (d <= limit && (!best || d < best.d)) best = { name: candidate, d };
  }
  return best?.name;
}
