// Phrases of a reply's closing. Phrase syntax (src/core/phrases.ts): words separated by
// spaces (a comma may stand between them), `*` = any further letters, case-insensitive.

/**
 * Valedictions: the formal close before the signature. Source: HANDBOOK.md "PATEICĪBA" — a
 * bare valediction is NOT the positive wish the handbook asks for, so `sign-off` does not
 * accept these alone; segmentation uses them to find where the signature starts.
 */
export const VALEDICTIONS: readonly string[] = [
  "ar cieņu",
  "ar patiesu cieņu",
  "ar augstu cieņu",
  "cieņā",
  "ar sveicieniem",
  "ar labiem vēlējumiem",
  "ar labākajiem vēlējumiem",
  "ar vislabākajiem vēlējumiem",
  "kind regards",
  "best regards",
  "warm regards",
  "kindest regards",
  "regards",
  "yours sincerely",
  "sincerely",
  "sincerely yours",
  "yours faithfully",
  "respectfully",
  "with best regards",
  "with kind regards",
  "best wishes",
  "warm wishes",
];

/**
 * Positive wishes and thanks at the end of a reply. Source: HANDBOOK.md "PATEICĪBA" —
 * handbook-lv.txt: "nevajag aizmirst viņam pateikties par sadarbību, tāpēc sarunas noslēgumā
 * cenšamies novēlēt ko pozitīvu (veiksmīgu dienu, lai Jums izdodas u.tml.)".
 */
export const POSITIVE_WISHES: readonly string[] = [
  // Latvian wishes
  "veiksmīg* dien*",
  "veiksmīg* nedēļ*",
  "veiksmīg* vakar*",
  "jauk* dien*",
  "jauk* nedēļ*",
  "jauk* vakar*",
  "jauk* nedēļas nogal*",
  "patīkam* dien*",
  "patīkam* nedēļas nogal*",
  "saulain* dien*",
  "skaist* dien*",
  "ražīg* dien*",
  "labu dienu",
  "lai jums izdodas",
  "lai izdodas",
  "lai jums veicas",
  "lai veicas",
  "lai jums jauka diena",
  "lai jauka diena",
  "lai jums laba diena",
  "veiksmi",
  "visu labu",
  "novēlam*",
  "novēlu",
  "priecīgus svētkus",
  "priecīg* svētk*",
  "stipru veselību",
  "veselību",
  // Latvian thanks
  "paldies",
  "pateicamies",
  "pateicos",
  "liels paldies",
  "sirsnīgs paldies",
  // English wishes and thanks
  "have a nice day",
  "have a good day",
  "have a great day",
  "have a lovely day",
  "have a nice week*",
  "have a good week*",
  "have a great week*",
  "have a nice evening",
  "enjoy your day",
  "enjoy the rest of your day",
  "enjoy your week*",
  "all the best",
  "good luck",
  "we wish you",
  "i wish you",
  "wishing you",
  "take care",
  "thank you",
  "thanks",
  "many thanks",
  "we appreciate",
  "we are grateful",
];
