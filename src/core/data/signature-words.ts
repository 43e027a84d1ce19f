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
  "kontrole", "uzraudzība", "palāta", "institūts", "valsts", "pašvaldība", "apvienība", "banka", "daļa",
  "sektors", "centrāle",
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

/**
 * Academic degrees, forms of address and the acting-position mark that stand beside a name in a
 * signature ("Mg. iur. Anna Kalniņa", "Dr. oec.", "direktora p.i. Jānis Bērziņš") and are not
 * part of it. Source: the degree abbreviations of Latvian universities (Bc., Mg., Dr. with the
 * field: iur., oec., sc. soc., paed., med., phil., art., ing., admin., habil.) and "p.i." —
 * "pienākumu izpildītājs", the acting holder of a post. Compared without case and final dot.
 */
export const NAME_TITLES: readonly string[] = [
  "bc", "mg", "dr", "prof", "asoc", "doc", "habil", "iur", "oec", "sc", "soc", "paed", "med", "phil", "art", "ing",
  "admin", "math", "biol", "chem", "hist", "philol", "env", "comp", "mba", "phd", "msc", "ma", "ba", "llm",
  "mr", "mrs", "ms", "p.i", "p. i", "pi", "pien", "izp",
];

/**
 * Words of postal addresses and territories that are capitalised in a signature but name no
 * person ("Brīvības Iela", "Ogres Novads"). Source: Latvian address parts (iela, novads …).
 */
export const NOT_NAME_WORDS: readonly string[] = [
  "iela", "prospekts", "bulvāris", "laukums", "gatve", "šoseja", "novads", "pagasts", "pilsēta", "valstspilsēta",
  "street", "road", "avenue", "square", "county", "city", "latvija", "latvia", "rīga", "riga",
];
