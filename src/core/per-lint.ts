// Results several rules share, computed once per lint (the unquoted words, the prose words,
// the signature's fields, the invitations): kept in a Map on the lint's RuleContext, which dies
// with the lint.
//
// Not in module-level WeakMaps keyed by the context or the segments, as before: V8's young-
// generation collector (the scavenger) keeps a WeakMap's values alive whether or not their key
// still is, so each lint's shared results were copied by every scavenge and promoted to the old
// generation, where only a full collection freed them (Node 20: scavenges of ≈ 6 ms every ≈ 30
// lints of the 1,000-word benchmark reply; docs/performance.md).

/** The store: one entry per computing function. */
export type PerLint = Map<unknown, unknown>;

export interface PerLintHost {
  /** lint() sets it; a context made by hand (tests) gets one on first use. */
  shared?: PerLint;
}

/** compute(host), once per lint: the function itself is the key. */
export function perLint<H extends PerLintHost, T>(host: H, compute: (host: H) => T): T {
  host.shared ??= new Map();
  if (host.shared.has(compute)) return host.shared.get(compute) as T;
  const value = compute(host);
  host.shared.set(compute, value);
  return value;
}

/** compute's result for this lint if it was computed already, else undefined. */
export function peekPerLint<H extends PerLintHost, T>(host: H, compute: (host: H) => T): T | undefined {
  return host.shared?.get(compute) as T | undefined;
}

/** Stores a value computed elsewhere (lint()'s own tokenisation) as compute's result for this lint. */
export function providePerLint<H extends PerLintHost, T>(host: H, compute: (host: H) => T, value: T): void {
  host.shared ??= new Map();
  host.shared.set(compute, value);
}

/**
 * `compute` that keeps its last answer: called again with the same arguments (===: strings by
 * their characters, objects by identity), it gives that answer without computing. For what the
 * rules of one lint ask for one after another (the same paragraph's words, its prose). The
 * answer is shared: read it, never write it.
 */
export function lastAnswer<A extends readonly unknown[], T>(compute: (...args: A) => T): (...args: A) => T {
  let last: { args: A; answer: T } | undefined;
  return (...args: A): T => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i])) return last.answer;
    const answer = compute(...args);
    last = { args, answer };
    return answer;
  };
}
