// Which language a mail is written in (lv or en), per message: cheap enough to run on every
// keystroke. Latvian letters with diacritics and common function words vote for lv, English
// function words for en; a tie (an empty reply, a name, a URL) is lv, the product's default.
import type { Language } from "./types.ts";

// Function words that are frequent in one language and rare in the other. Latvian words
// without diacritics are listed too, since some writers type without them.
const LATVIAN_WORDS = new Set(
  "un ir par lai ka uz no ar jūs jums jūsu mēs mums mūsu vai kā arī tas tā šo šī kas kur kad ja jo bet vēl pie pēc līdz tikai var ne nav būs esam tiek tika labdien paldies cieņu lūdzu informējam aicinām sveiki jus jums jusu mes musu ari sis kapec ludzu".split(" "),
);
const ENGLISH_WORDS = new Set(
  "the and is are of you your we our for with that this it be on as at by from have has will would can please dear hello regards thank thanks kind sincerely an or not if which".split(" "),
);
const LATVIAN_LETTERS = new Set([..."āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ"].map((c) => c.charCodeAt(0)));
const WORD = /[\p{L}]+/gu;

// The opening of a reply tells its language; a long reply need not be read to the end.
const WINDOW = 4000;

export function detectLanguage(text: string, from = 0, to = text.length): Language {
  const end = Math.min(to, from + WINDOW);
  if (end <= from) return "lv";
  const sample = text.slice(from, end);
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x100 && c < 0x180 && LATVIAN_LETTERS.has(c)) letters++;
  }
  let lv = letters * 0.5;
  let en = 0;
  // Lower-casing the sample once is the same as lower-casing each word (a letter's lower case is
  // a letter of the same length), except for İ, which becomes i + a combining dot.
  const whole = !sample.includes("İ");
  const lower = whole ? sample.toLowerCase() : sample;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    const w = whole ? m[0] : m[0].toLowerCase();
    if (LATVIAN_WORDS.has(w)) lv += 2;
    else if (ENGLISH_WORDS.has(w)) en += 2;
  }
  return en > lv ? "en" : "lv";
}
