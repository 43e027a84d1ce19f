// Words that recognise signature fields when no profile says what to expect. Source:
// HANDBOOK.md "E-PASTS, paragraph 3" — handbook-lv.txt: "norādot savu vārdu, uzvārdu, iestādi,
// amatu un kontaktinformāciju (e-pasts, tālrunis, twitter konts u.c.)".
// Entries are dictionary forms; matching compares loose stems (case, diacritics and the
// inflectional ending ignored — src/core/signature.ts), so "referentei" finds "referente".

/** Position titles common in Latvian and English public administration. */
export const POSITION_TITLES: readonly string[] = [
  // Latvian (masculine and feminine forms)
  "referents", "referente", "speciālists", "speciāliste", "eksperts", "eksperte",
  "vadītājs", "vadītāja", "direktors", "direktore", "konsultants", "konsultante",
  "padomnieks", "padomniece", "inspektors", "inspektore", "juriskonsults", "juriskonsulte",
  "jurists", "juriste", "sekretārs", "sekretāre", "vietnieks", "vietniece",
  "priekšsēdētājs", "priekšsēdētāja", "loceklis", "locekle", "analītiķis", "analītiķe",
  "koordinators", "koordinatore", "asistents", "asistente", "lietvedis", "lietvede",
  "grāmatvedis", "grāmatvede", "inženieris", "inženiere", "administrators", "administratore",
  "darbinieks", "darbiniece", "ierēdnis", "ierēdne", "pārstāvis", "pārstāve",
  "ekonomists", "ekonomiste", "auditors", "auditore", "revidents", "revidente",
  "redaktors", "redaktore", "tulks", "tulce", "arhivārs", "arhivāre", "bibliotekārs", "bibliotekāre",
  "menedžeris", "menedžere", "metodiķis", "metodiķe", "virsnieks", "virsniece",
  "ministrs", "ministre", "operators", "operatore", "kasieris", "kasiere",
  "vecākais", "vecākā", "galvenais", "galvenā", "vadošais", "vadošā", "jaunākais", "jaunākā",
  // English
  "officer", "specialist", "adviser", "advisor", "consultant", "manager", "director", "head",
  "assistant", "secretary", "expert", "inspector", "analyst", "coordinator", "lawyer", "clerk",
  "chief", "deputy", "executive", "representative", "administrator", "agent", "counsel",
  "senior", "junior", "minister", "chairman", "chairwoman", "chairperson", "accountant",
];

/** Words that name an institution or a unit of one. */
export const INSTITUTION_WORDS: readonly string[] = [
  // Latvian
  "dienests", "ministrija", "pārvalde", "aģentūra", "dome", "birojs", "inspekcija", "centrs",
  "fonds", "komisija", "departaments", "nodaļa", "valde", "padome", "tiesa", "iestāde",
  "kanceleja", "universitāte", "skola", "slimnīca", "policija", "prokuratūra",
  "administrācija", "reģistrs", "muzejs", "bibliotēka", "kase", "sekretariāts",
  "kontrole", "uzraudzība", "palāta", "institūts", "valsts", "pašvaldība", "apvienība",
  // English
  "ministry", "service", "agency", "office", "council", "department", "authority",
  "inspectorate", "centre", "center", "board", "fund", "court", "police", "registry",
  "register", "administration", "institute", "commission", "municipality", "chancery",
  "government", "treasury", "university",
];

/**
 * Labels that introduce a contact line ("Tālr.: …", "E-pasts: …"); a line made only of a label
 * and a value is a contact, never a name.
 */
export const CONTACT_LABELS: readonly string[] = [
  "tālr", "tālrunis", "tel", "tālr.", "mob", "mobilais", "e-pasts", "epasts", "e-pasta", "fakss",
  "phone", "telephone", "mobile", "email", "e-mail", "fax", "twitter", "x", "adrese", "address",
  "www", "web",
];
