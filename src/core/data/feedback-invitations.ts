// What makes a sentence an invitation to give feedback. Source: HANDBOOK.md "E-PASTS,
// paragraph 4" — handbook-lv.txt: "Elektroniskās atbildes nobeigumā aicinām klientu izteikt
// savu viedokli, jautājumus vai priekšlikumus, norādot konkrētu vietu, kur tas izdarāms
// (iestādes mājaslapā internetā), un pievienojot saiti uz konkrēto vietni."
//
// Phrasings vary too much for a phrase list ("Aicinām Jūs sniegt atsauksmi", "Būsim pateicīgi
// par Jūsu viedokli", "Ja Jums ir jautājumi vai ierosinājumi, lūdzu, rakstiet", "We welcome
// your feedback"), so a sentence counts when it holds a TOPIC (what the client may share) and
// a CUE (an invitation, a request addressed to the client, or a condition "if you have").
// "Paldies par Jūsu jautājumu" has a topic but no cue; "Lūdzam iesniegt dokumentus" has a
// cue-like word but no topic — neither is an invitation.
// Phrase syntax (src/core/phrases.ts): words separated by spaces, `*` = any further letters.

/** What the client is invited to share. */
export const INVITATION_TOPICS: readonly string[] = [
  "atsauksm*",
  "viedokl*",
  "jautājum*",
  "ierosinājum*",
  "priekšlikum*",
  "ieteikum*",
  "komentār*",
  "novērtē*",
  "vērtējum*",
  "idej*",
  "neskaidrīb*",
  "pieredz*",
  "iespaid*",
  "apmierināt*",
  "experience",
  "how we did",
  "how we are doing",
  "how we're doing",
  "how satisfied",
  "feedback",
  "opinion*",
  "question*",
  "suggestion*",
  "proposal*",
  "comment*",
  "views",
  "idea*",
  "review*",
  "rate",
  "rating",
  "thoughts",
  "what you think",
];

/** Words and constructions that invite, ask or offer. */
export const INVITATION_CUES: readonly string[] = [
  // Latvian: invitation, gratitude in advance, the "if you have …" condition, imperatives
  "aicin*",
  "būsim pateicīg*",
  "būšu pateicīg*",
  "pateicīg* būsim",
  "priecāsimies",
  "priecāšos",
  "ja jums ir",
  "ja jums rodas",
  "ja jums radušies",
  "ja jums radīsies",
  "ja rodas",
  "ja radušies",
  "ja radīsies",
  "ja jums ir radušies",
  "ja vēlaties",
  "ja jūs vēlaties",
  "varat",
  "variet",
  "rakstiet",
  "sazinieties",
  "dalieties",
  "sniedziet",
  "izsakiet",
  "sūtiet",
  "atstājiet",
  "aizpildiet",
  "novērtējiet",
  "iesakiet",
  "zvaniet",
  "mums ir svarīg*",
  "ir mums svarīg*",
  "gaidām",
  "gaidīsim",
  "laipni lūdzam",
  "lūgum*",
  "labprāt",
  "uzklausīsim",
  "var atstāt",
  "var sniegt",
  "var izteikt",
  "var uzdot",
  "var nosūtīt",
  "lūdzu novērtē*",
  "novērtējiet",
  "pastāstiet",
  "informējiet mūs",
  "dodiet ziņu",
  "būsim priecīg*",
  "būsim gandarīt*",
  // English
  "we welcome",
  "we would appreciate",
  "we'd appreciate",
  "we would be grateful",
  "we'd be grateful",
  "we would love",
  "we'd love",
  "we value",
  "please share",
  "please send",
  "please let us know",
  "please contact",
  "please write",
  "please leave",
  "please give",
  "please tell",
  "please rate",
  "please fill",
  "please take",
  "please visit",
  "please use",
  "do not hesitate",
  "don't hesitate",
  "feel free",
  "you can",
  "you may",
  "you are welcome",
  "if you have",
  "should you have",
  "let us know",
  "matters to us",
  "is important to us",
  "are important to us",
  "invite*",
  "rate us",
  "tell us",
  "share your",
  "we would like to hear",
  "we'd like to hear",
  "we'd love to hear",
];

/**
 * A redirect to another institution ("ar šo jautājumu lūdzu vērsties Valsts ieņēmumu dienestā",
 * "Ja Jums ir jautājumi par deklarāciju, vērsieties VID") is not an invitation to give feedback
 * on us, though it names questions and asks something: HANDBOOK.md "ZINĀŠANAS UN
 * PROFESIONALITĀTE" — the competent institution is named, the client is not sent away.
 */
export const REDIRECT_CUES: readonly string[] = [
  "vērsties", "vērsieties", "vērsīsieties", "jāvēršas", "griezties", "griezieties", "jāgriežas", "kompetent*",
  "please contact the", "please refer", "please direct", "refer your", "direct your", "should be addressed to",
  "is the competent", "competent authority",
];

/** …unless the redirect is to us: "vērsieties pie mums", "sazinieties ar mums", "contact us". */
export const TO_US: readonly string[] = ["pie mums", "ar mums", "mūsu", "mums", "us", "our"];

/** The invitation inserted when it is missing, per mail language; {url} is the feedback page. */
export const INVITATION_SUGGESTION = {
  lv: { withUrl: "Aicinām Jūs izteikt viedokli, uzdot jautājumus vai sniegt priekšlikumus mūsu tīmekļvietnē: {url}", withoutUrl: "Aicinām Jūs izteikt viedokli, uzdot jautājumus vai sniegt priekšlikumus mūsu tīmekļvietnē." },
  en: { withUrl: "We welcome your opinion, questions or suggestions on our website: {url}", withoutUrl: "We welcome your opinion, questions or suggestions on our website." },
} as const;
