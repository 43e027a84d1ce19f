// A deterministic ~1 MB mail from realistic Latvian and English text: a reply whose body
// answers at length, then a long quoted thread (Outlook headers, > lines). Seeded, so every run
// lints the same bytes.

const PARAGRAPHS = [
  "Informējam, ka Jūsu iesniegums par nekustamā īpašuma kadastrālās vērtības precizēšanu ir saņemts un reģistrēts. Iesniegumu izskatīs Klientu apkalpošanas nodaļa, un atbildi nosūtīsim uz Jūsu norādīto e-pasta adresi.",
  "Saskaņā ar Nekustamā īpašuma valsts kadastra likumu kadastrālo vērtību aprēķina katru gadu uz 1. janvāri. Ja uzskatāt, ka vērtība noteikta nepareizi, varat iesniegt iesniegumu par tās precizēšanu.",
  "Lūdzam pievienot dokumentus, kas apliecina ēkas tehnisko stāvokli, piemēram, būvniecības dokumentus vai fotofiksāciju. Dokumentus var iesniegt elektroniski, parakstītus ar drošu elektronisko parakstu.",
  "Vēršam uzmanību, ka nekustamā īpašuma nodokli administrē pašvaldība, tāpēc jautājumos par nodokļa apmēru un maksāšanas termiņiem aicinām sazināties ar savu pašvaldību.",
  "Your application for the extension of the residence permit has been registered and will be reviewed within ten working days. We will inform you of the decision by e-mail.",
  "Please note that the documents must be signed with a secure electronic signature or submitted in person at any of our customer service centres.",
  "Papildu informācija par pakalpojumiem pieejama portālā www.latvija.lv, kur varat arī pieteikties e-pakalpojumiem un sekot līdzi sava iesnieguma statusam.",
  "Atgādinām, ka struktūrvienība, kas izskata iesniegumus, strādā darba dienās no plkst. 8.30 līdz 17.00, bet piektdienās līdz 15.00.",
];

const QUOTED = [
  "> Labdien! Vēlos uzzināt, kāpēc mana īpašuma kadastrālā vērtība ir tik augsta.",
  "> Ēka ir sliktā tehniskā stāvoklī, jumts tek, un logi ir jāmaina.",
  "> Lūdzu, atbildiet pēc iespējas ātrāk. Paldies!",
  "> Hello, I would like to know the status of my application. Thank you.",
  ">> Iepriekšējā vēstulē rakstīju par to pašu jautājumu, bet atbildi nesaņēmu.",
];

/** mulberry32: a tiny seeded PRNG. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeLargeMail(size: number, options: { quote?: boolean } = {}): string {
  const next = random(20261124);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const withQuote = options.quote ?? true;
  const bodyTarget = withQuote ? size * 0.4 : size;
  const parts = ["Labdien, Jāni!", ""];
  let length = 0;
  while (length < bodyTarget) {
    const p = pick(PARAGRAPHS);
    parts.push(p, "");
    length += p.length + 2;
  }
  parts.push(
    "Ja Jums ir vēl kādi jautājumi vai ierosinājumi, aicinām tos izteikt mūsu tīmekļvietnē https://www.vzd.gov.lv/atsauksmes.",
    "",
    "Veiksmīgu dienu!",
    "",
    "Ar cieņu,",
    "Anna Kalniņa",
    "Klientu apkalpošanas nodaļas vecākā referente",
    "Valsts zemes dienests",
    "Tālr. 67 038 600",
    "",
  );
  let text = parts.join("\n");
  let n = 1;
  while (withQuote && text.length < size) {
    const block = [
      "________________________________",
      `No: Jānis Bērziņš <janis${n}@example.lv>`,
      `Nosūtīts: pirmdiena, 2026. gada ${1 + (n % 28)}. novembris 10:${String(n % 60).padStart(2, "0")}`,
      "Kam: info@vzd.gov.lv",
      "Tēma: Kadastrālā vērtība",
      "",
    ];
    for (let k = 0; k < 20; k++) block.push(pick(QUOTED));
    text += `${block.join("\n")}\n`;
    n++;
  }
  while (text.length < size) text += `${pick(PARAGRAPHS)}\n`;
  return text;
}
