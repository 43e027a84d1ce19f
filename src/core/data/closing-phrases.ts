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
  // Latvian wishes that are not adjective + noun (those are composed below)
  "lai jums izdodas",
  "lai izdodas",
  "lai jums veicas",
  "lai veicas",
  "lai jums jauka diena",
  "lai jauka diena",
  "lai jums laba diena",
  "lai jauka nedēļas nogale",
  "lai jums jauki svētki",
  "veiksmi",
  "visu labu",
  "visu to labāko",
  "novēlam*",
  "novēlu",
  "stipru veselību",
  "veselību",
  "uz tikšanos",
  "uz sadarbību",
  // Latvian thanks (thanks for the client's own letter are told apart in sign-off)
  "paldies",
  "pateicamies",
  "pateicos",
  "liels paldies",
  "sirsnīgs paldies",
  // English wishes and thanks
  "all the best",
  "good luck",
  "best of luck",
  "we wish you",
  "i wish you",
  "wishing you",
  "take care",
  "stay safe",
  "thank you",
  "thanks",
  "many thanks",
  "we appreciate",
  "we are grateful",
  "merry christmas",
  "happy new year",
  "happy easter",
  "happy holidays",
  "season's greetings",
];

/**
 * Latvian wishes are composed, not fixed: an adjective, an optional genitive modifier and a noun
 * in the accusative — "Ražīgu darba nedēļu!", "Jauku atpūtu!", "Priecīgas Lieldienas!",
 * "Laimīgu Jauno gadu!". Source: HANDBOOK.md "PATEICĪBA" (handbook-lv.txt: "novēlēt ko
 * pozitīvu (veiksmīgu dienu …)"); the forms are the accusative of Latvian grammar (Latviešu
 * valodas gramatika, 2013: the object of an implied "novēlu"). Adjectives are stems (`*`: any
 * ending of the accusative, singular or plural); nouns are listed in their accusative forms.
 */
export const WISH_ADJECTIVES: readonly string[] = [
  "veiksmīg*", "jauk*", "patīkam*", "saulain*", "skaist*", "ražīg*", "priecīg*", "laimīg*", "mierīg*",
  "brīnišķīg*", "gaiš*", "sekmīg*", "produktīv*", "raženu", "rāmu", "rāmas", "labu", "labas", "labus",
  "silt*", "omulīg*", "lustīg*", "baltus", "svētīg*", "izdevušos", "izdevušās", "atpūtas pilnu",
];

/** Genitive modifiers between the adjective and the noun: "darba nedēļu", "nedēļas nogali". */
export const WISH_MODIFIERS: readonly string[] = ["darba", "nedēļas", "brīvdienu", "atvaļinājuma", "svētku", "Līgo", "Jāņu", "vasaras", "ziemas", "Ziemassvētku"];

/** Nouns in the accusative (what is wished): singular and plural. */
export const WISH_NOUNS: readonly string[] = [
  "dienu", "dienas", "nedēļu", "nedēļas", "vakaru", "vakarus", "rītu", "nogali", "nogales", "atpūtu", "brīvdienas",
  "svētkus", "ziemassvētkus", "lieldienas", "jāņus", "līgo", "jauno gadu", "gadu", "pavasari", "vasaru", "rudeni",
  "ziemu", "sadarbību", "turpinājumu", "darbu", "atvaļinājumu", "ceļu", "braucienu", "mācību gadu",
  "sezonu", "pusdienas", "garo nedēļas nogali",
];

/** English wishes composed the same way: "Have a lovely day!", "Enjoy your weekend!". */
export const ENGLISH_WISH_VERBS: readonly string[] = ["have a", "have a very", "enjoy your", "enjoy the", "enjoy the rest of your", "wish you a", "wishing you a"];
export const ENGLISH_WISH_ADJECTIVES: readonly string[] = ["nice", "good", "great", "lovely", "wonderful", "pleasant", "productive", "happy", "relaxing", "restful", "safe", "sunny", "merry", "peaceful"];
export const ENGLISH_WISH_NOUNS: readonly string[] = ["day", "week", "weekend", "evening", "morning", "afternoon", "holiday", "holidays", "summer", "break", "time", "rest of the day", "rest of the week", "christmas", "new year", "easter", "trip", "journey"];

/**
 * Thanks for the client's own message open a reply ("Paldies par Jūsu vēstuli."); only in the
 * last paragraph before the valediction do they close it. Source: HANDBOOK.md "PATEICĪBA" —
 * the closing thanks for the cooperation ("pateikties par sadarbību").
 */
export const OPENING_THANKS: readonly string[] = [
  "par jūsu vēstul*", "par vēstul*", "par jūsu e-pasta vēstul*", "par jūsu e-past*", "par e-past*", "par jūsu jautājum*",
  "par jautājum*", "par jūsu iesniegum*", "par iesniegum*", "par jūsu ziņ*", "par jūsu pieprasījum*", "par jūsu pieteikum*",
  "ka vērsāties", "ka vērsies", "ka sazinājāties", "ka rakstījāt", "par jūsu interes*", "par interes*",
  "for your email", "for your e-mail", "for your message", "for your letter", "for your question*", "for your enquiry",
  "for your inquiry", "for your request", "for contacting us", "for getting in touch", "for writing to us", "for reaching out",
];
