// The floor: one bare tokenising pass over the text — exactly one matchAll of
// /[\p{L}\p{N}]+/gu, collecting the tokens. No engine can check every word in less.
const WORD = /[\p{L}\p{N}]+/gu;

export function floor(text: string): string[] {
  const tokens: string[] = [];
  for (const m of text.matchAll(WORD)) tokens.push(m[0]);
  return tokens;
}
