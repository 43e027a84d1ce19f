// The built-in reply templates, lv and en (ids fixed: documentation, CLI and tests use them).
// Each cites the handbook section it serves (shared/HANDBOOK.md, handbook-lv.txt → E-PASTS).
// Whole replies carry the closing block so that, rendered with a complete profile and
// policy, they pass the engine with no findings (test/unit/builtin-templates.test.ts).
import type { TemplateEntry } from "../templates.ts";
import type { Language } from "../types.ts";

export const BUILTIN_TEMPLATE_IDS = ["receipt", "answer-later", "out-of-office", "redirect", "closing"] as const;
export type BuiltinTemplateId = (typeof BUILTIN_TEMPLATE_IDS)[number];

export interface BuiltinTemplate extends TemplateEntry {
  id: BuiltinTemplateId;
  language: Language;
  source: "builtin";
  /** The handbook section it serves. */
  handbook: string;
}

// E-PASTS ¶3–4 and PATEICĪBA: feedback invitation naming the place and linking to it
// ("aicinām klientu izteikt savu viedokli, jautājumus vai priekšlikumus, norādot konkrētu
// vietu … un pievienojot saiti"), thanks and a positive wish, the corporate signature.
const CLOSING_LV = `Aicinām Jūs izteikt viedokli, uzdot jautājumus vai sniegt priekšlikumus mūsu iestādes tīmekļvietnē: {{feedbackUrl}}

Paldies, ka vērsāties pie mums! Veiksmīgu dienu!

Ar cieņu
{{firstName}} {{lastName}}
{{position}}
{{department}}
{{institution}}
Tālr. {{phone}}
E-pasts: {{email}}`;

const CLOSING_EN = `We invite you to share your views, ask questions or make suggestions on our website: {{feedbackUrl}}

Thank you for contacting us. Have a good day!

Kind regards,
{{firstName}} {{lastName}}
{{position}}
{{department}}
{{institution}}
Phone: {{phone}}
E-mail: {{email}}`;

export const BUILTIN_TEMPLATES: readonly BuiltinTemplate[] = [
  {
    id: "receipt",
    language: "lv",
    source: "builtin",
    title: "Saņemšanas apliecinājums",
    handbook: "E-PASTS ¶1: apliecinājums vienas darba dienas laikā, atbilde divu darba dienu laikā",
    body: `Labdien!

Apliecinām, ka Jūsu e-pasta vēstule ir saņemta. Atbildi Jums sniegsim līdz {{date +2}}.

${CLOSING_LV}`,
  },
  {
    id: "answer-later",
    language: "lv",
    source: "builtin",
    title: "Atbilde prasīs vairāk laika",
    handbook: "E-PASTS ¶1: ja objektīvu iemeslu dēļ atbildi nevar sniegt divu darba dienu laikā, informējam, kad tiks sniegta atbilde",
    body: `Labdien!

Paldies par Jūsu vēstuli. Lai atbildētu pilnīgi un precīzi, mums vajadzīgs nedaudz vairāk laika. Atbildi Jums sniegsim līdz {{ask:Atbildes datums | date}}.

${CLOSING_LV}`,
  },
  {
    id: "out-of-office",
    language: "lv",
    source: "builtin",
    copy: true,
    title: "Prombūtne (automātiskā atbilde)",
    handbook: "E-PASTS ¶2: prombūtnes laiks un kolēģa – aizvietotāja – kontaktinformācija",
    body: `Labdien!

Paldies par Jūsu vēstuli. No {{ask:Prombūtnes sākums | date}} līdz {{ask:Prombūtnes beigas | date}} esmu prombūtnē.
Šajā laikā, lūdzu, sazinieties ar manu aizvietotāju: {{ask:Aizvietotāja vārds, uzvārds}}, e-pasts {{ask:Aizvietotāja e-pasts}}, tālrunis {{ask:Aizvietotāja tālrunis}}.

${CLOSING_LV}`,
  },
  {
    id: "redirect",
    language: "lv",
    source: "builtin",
    title: "Jautājums pārsūtīts citai iestādei",
    handbook: "ZINĀŠANAS UN PROFESIONALITĀTE; IESTĀDES PAMATVĒRTĪBAS: noskaidrojam kompetento iestādi un informējam klientu, „nesūtot klientu no iestādes uz iestādi” — vēstuli pārsūtām paši",
    body: `Labdien!

Paldies par Jūsu vēstuli. Jūsu jautājums ir citas iestādes kompetencē: to risina {{ask:Iestāde}}.
Lai Jums nebūtu jāraksta vēlreiz, esam Jūsu vēstuli pārsūtījuši šai iestādei, un atbildi Jums sniegs tā. Ja vēlaties sazināties ar iestādi arī tieši, tās kontaktinformācija: {{ask:Iestādes kontakti}}.

${CLOSING_LV}`,
  },
  {
    id: "closing",
    language: "lv",
    source: "builtin",
    fragment: true,
    title: "Nobeigums ar parakstu",
    handbook: "E-PASTS ¶3–4, PATEICĪBA: aicinājums izteikt viedokli ar saiti, pozitīvs novēlējums, paraksts",
    body: CLOSING_LV,
  },
  {
    id: "receipt",
    language: "en",
    source: "builtin",
    title: "Confirmation of receipt",
    handbook: "E-PASTS ¶1: confirm receipt within one working day, answer within two",
    body: `Hello,

We confirm that we have received your e-mail. We will reply by {{date +2}}.

${CLOSING_EN}`,
  },
  {
    id: "answer-later",
    language: "en",
    source: "builtin",
    title: "The answer needs more time",
    handbook: "E-PASTS ¶1: when the answer cannot come within two working days, say when it will",
    body: `Hello,

Thank you for your e-mail. To give you a full and accurate answer, we need a little more time. We will reply by {{ask:Answer date | date}}.

${CLOSING_EN}`,
  },
  {
    id: "out-of-office",
    language: "en",
    source: "builtin",
    copy: true,
    title: "Out of office (automatic reply)",
    handbook: "E-PASTS ¶2: the absence period and a substitute colleague's contacts",
    body: `Hello,

Thank you for your e-mail. I am out of the office from {{ask:First day away | date}} to {{ask:Last day away | date}}.
While I am away, please contact my colleague {{ask:Substitute's name}}: e-mail {{ask:Substitute's e-mail}}, phone {{ask:Substitute's phone}}.

${CLOSING_EN}`,
  },
  {
    id: "redirect",
    language: "en",
    source: "builtin",
    title: "Question forwarded to another institution",
    handbook: "ZINĀŠANAS UN PROFESIONALITĀTE; IESTĀDES PAMATVĒRTĪBAS: find the competent institution and tell the client, not sending the client from office to office — we forward the mail ourselves",
    body: `Hello,

Thank you for your e-mail. Your question falls within the remit of another institution, {{ask:Institution}}.
So that you need not write again, we have forwarded your e-mail to them, and they will reply to you. If you would like to contact them directly, their details are: {{ask:Institution's contacts}}.

${CLOSING_EN}`,
  },
  {
    id: "closing",
    language: "en",
    source: "builtin",
    fragment: true,
    title: "Closing with signature",
    handbook: "E-PASTS ¶3–4, PATEICĪBA: feedback invitation with a link, a positive wish, the signature",
    body: CLOSING_EN,
  },
];

/** The built-in templates in `language`. */
export function builtinTemplates(language: Language): BuiltinTemplate[] {
  return BUILTIN_TEMPLATES.filter((t) => t.language === language);
}
