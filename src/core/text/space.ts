// White space by char code: what /\s/ matches in a JavaScript regex (WhiteSpace and
// LineTerminator), without a one-character string and a regex test per character.

export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Pushes text[start, end) with its white space trimmed off, shifted by `offset`, unless empty. */
export function pushTrimmed(text: string, start: number, end: number, out: { start: number; end: number }[], offset = 0): void {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: offset + s, end: offset + e });
}
