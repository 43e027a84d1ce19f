// Small DOM helpers the adapters share.

/** The first of `candidates` that comes before `limit` in document order (all of them when there is no limit). */
export function firstBefore<T extends Node>(candidates: Iterable<T>, limit: Node | null): T | null {
  for (const candidate of candidates) {
    if (!limit) return candidate;
    if (candidate === limit || limit.contains(candidate)) return null;
    // DOCUMENT_POSITION_FOLLOWING: limit comes after the candidate.
    if (candidate.compareDocumentPosition(limit) & 4) return candidate;
    return null;
  }
  return null;
}
