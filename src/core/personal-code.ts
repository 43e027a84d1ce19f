// Latvian personal codes (personas kods). Two formats:
// - old (until 30 June 2017): DDMMYY-CNNNN — birth date, century digit C (0 = 1800s, 1 = 1900s,
//   2 = 2000s), serial, and a check digit over the first ten digits;
// - new (from 1 July 2017): 32NNNN-NNNNN — "32" then random digits, no date.
//
// Check digit: weights 1,6,3,7,9,10,5,8,4,2 over the first ten digits, check = (1101 − sum)
// mod 11. Verified on the valid examples 161175-19997 (python-stdnum, stdnum/lv/pvn.py, whose
// formula (1 + Σ w'·d) mod 11 with w' = 10,5,8,4,2,1,6,3,7,9 is the same one: w' ≡ −w and
// 1101 ≡ 1 mod 11) and 111111-11111 (krauzand/id-lv README); 161375-19997 fails on its date.
// When the formula gives 10, python-stdnum expects the digit 0; we follow it, since missing a
// real code is worse than flagging an unusual number (the check is for data protection).

const WEIGHTS = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

export function personalCodeCheckDigit(first10: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += WEIGHTS[i]! * (first10.charCodeAt(i) - 48);
  return (((1101 - sum) % 11) + 11) % 11;
}

function validDate(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** Whether 11 digits (separator removed) form a valid old-format personal code. */
export function isOldPersonalCode(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const century = digits.charCodeAt(6) - 48;
  if (century > 2) return false;
  const year = 1800 + century * 100 + Number(digits.slice(4, 6));
  if (!validDate(Number(digits.slice(0, 2)), Number(digits.slice(2, 4)), year)) return false;
  const check = personalCodeCheckDigit(digits);
  return check % 10 === digits.charCodeAt(10) - 48;
}

// Six digits, an optional hyphen (or dash), five digits — standing alone: not inside a longer
// number, an IBAN (LV80BANK0000435195001), a date (2026-11-24) or a phone number (+371 …).
const CANDIDATE = /(?<![\p{L}\p{N}+\-–/.,])(\d{6})([-–]?)(\d{5})(?![\p{L}\p{N}]|[-–/.,]\d)/gu;

/** Personal codes in text[from, to). The new format needs its hyphen: 11 bare digits starting with 32 are too common. */
export function findPersonalCodes(text: string, from: number, to: number): { start: number; end: number }[] {
  const region = text.slice(from, to);
  const out: { start: number; end: number }[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(region); m; m = CANDIDATE.exec(region)) {
    const digits = m[1]! + m[3]!;
    const isNew = m[1]!.startsWith("32") && m[2] !== "";
    if (isNew || isOldPersonalCode(digits)) out.push({ start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}
