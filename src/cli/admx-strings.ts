// The texts of the ADMX templates (`skaidri policy admx`): what Group Policy Management and
// Intune show next to each setting, in English (en-US) and Latvian (lv-LV). One entry per
// policy key; the form of each (text, list, choice, on/off, JSON) is in admx.ts.
import type { Language } from "../core/types.ts";

export interface AdmxText {
  title: string;
  explain: string;
  /** The label beside the input. */
  label: string;
}

type Texts = Record<Language, AdmxText>;

const JSON_NOTE = {
  en: "Enter the value as JSON, on one line, exactly as in the policy file (skaidri policy check validates it). Chrome and Edge drop the whole value silently when one entry has the wrong type.",
  lv: "Ievadiet vērtību JSON formātā vienā rindā, tieši kā politikas failā (to pārbauda skaidri policy check). Chrome un Edge bez brīdinājuma atmet visu vērtību, ja kaut vienam ierakstam ir nepareizs tips.",
};

export const ADMX_TEXTS: Record<string, Texts> = {
  institution: {
    en: { title: "Institution", explain: "The institution's name as it must appear in every signature, e.g. Valsts ieņēmumu dienests. Staff cannot change it.", label: "Institution name" },
    lv: { title: "Iestāde", explain: "Iestādes nosaukums, kāds tam jābūt katrā parakstā, piemēram, Valsts ieņēmumu dienests. Darbinieki to mainīt nevar.", label: "Iestādes nosaukums" },
  },
  institutionAliases: {
    en: { title: "Institution aliases", explain: "Other accepted spellings of the institution's name, e.g. its abbreviation. One per line.", label: "Aliases" },
    lv: { title: "Iestādes nosaukuma varianti", explain: "Citi pieņemami iestādes nosaukuma pieraksti, piemēram, saīsinājums. Katrs savā rindā.", label: "Varianti" },
  },
  feedbackUrl: {
    en: { title: "Feedback page", explain: "The page where clients rate the answer (https:// or http:// only).", label: "Address" },
    lv: { title: "Atsauksmju lapa", explain: "Lapa, kurā klienti novērtē atbildi (tikai https:// vai http://).", label: "Adrese" },
  },
  abbreviationAllowlist: {
    en: { title: "Allowed abbreviations", explain: "Abbreviations clients know, which need no explanation (e.g. PVN). One per line.", label: "Abbreviations" },
    lv: { title: "Atļautie saīsinājumi", explain: "Klientiem zināmi saīsinājumi, kurus nav jāatšifrē (piemēram, PVN). Katrs savā rindā.", label: "Saīsinājumi" },
  },
  sendCheck: {
    en: { title: "Check on Send", explain: "What happens when a reply still misses something required as the writer presses Send.", label: "On Send" },
    lv: { title: "Pārbaude pirms sūtīšanas", explain: "Kas notiek, ja atbildē vēl trūkst kā obligāta, kad rakstītājs nospiež „Sūtīt”.", label: "Nospiežot „Sūtīt”" },
  },
  lockRules: {
    en: { title: "Lock all rules", explain: "Enabled: every rule is locked at its severity from Rule severities or its default, so staff cannot switch any rule off. Disabled or not configured: only the rules listed in Rule severities are locked.", label: "" },
    lv: { title: "Bloķēt visus noteikumus", explain: "Ieslēgts: katrs noteikums ir bloķēts ar tā svarīgumu no „Noteikumu svarīgums” vai noklusējuma, tāpēc darbinieki nevar izslēgt nevienu noteikumu. Izslēgts vai nekonfigurēts: bloķēti tikai „Noteikumu svarīgums” norādītie noteikumi.", label: "" },
  },
  rules: {
    en: { title: "Rule severities", explain: `Rule id → "off", "info", "warning" or "error", e.g. {"jargon": "error"}. A rule set here is locked for staff. ${JSON_NOTE.en}`, label: "Rules (JSON object)" },
    lv: { title: "Noteikumu svarīgums", explain: `Noteikuma identifikators → "off", "info", "warning" vai "error", piemēram, {"jargon": "error"}. Šeit norādīts noteikums darbiniekiem ir bloķēts. ${JSON_NOTE.lv}`, label: "Noteikumi (JSON objekts)" },
  },
  glossary: {
    en: { title: "Jargon glossary", explain: `Words staff should not use with clients: [{"term": "eskalēt", "suggestion": "nodot"}, …]. Build it from a spreadsheet with skaidri glossary import. ${JSON_NOTE.en}`, label: "Glossary (JSON list)" },
    lv: { title: "Žargona vārdnīca", explain: `Vārdi, kurus ar klientiem nelietot: [{"term": "eskalēt", "suggestion": "nodot"}, …]. No izklājlapas to izveido ar skaidri glossary import. ${JSON_NOTE.lv}`, label: "Vārdnīca (JSON saraksts)" },
  },
  templates: {
    en: { title: "Reply templates", explain: `Approved templates: [{"id": …, "title": …, "body": …, "language": "lv"}, …]; line breaks in a body as \\n. ${JSON_NOTE.en}`, label: "Templates (JSON list)" },
    lv: { title: "Atbilžu veidnes", explain: `Apstiprinātas veidnes: [{"id": …, "title": …, "body": …, "language": "lv"}, …]; rindu pārnesumi tekstā kā \\n. ${JSON_NOTE.lv}`, label: "Veidnes (JSON saraksts)" },
  },
  calendar: {
    en: { title: "Working-day calendar", explain: `The Cabinet's one-off holidays and moved working days: {"holidays": ["2026-05-04"], "workdays": []}. ${JSON_NOTE.en}`, label: "Calendar (JSON object)" },
    lv: { title: "Darba dienu kalendārs", explain: `Ministru kabineta noteiktās vienreizējās brīvdienas un pārceltās darba dienas: {"holidays": ["2026-05-04"], "workdays": []}. ${JSON_NOTE.lv}`, label: "Kalendārs (JSON objekts)" },
  },
  webmailHosts: {
    en: { title: "Institution webmail hosts", explain: `The institution's own webmail hosts: [{"host": "pasts.iestade.gov.lv", "kind": "outlook"}]; kind "outlook", "gmail" or "generic". Exact host names only. ${JSON_NOTE.en}`, label: "Hosts (JSON list)" },
    lv: { title: "Iestādes tīmekļa pasta resursdatori", explain: `Iestādes pašas tīmekļa pasta resursdatori: [{"host": "pasts.iestade.gov.lv", "kind": "outlook"}]; kind "outlook", "gmail" vai "generic". Tikai precīzi resursdatoru nosaukumi. ${JSON_NOTE.lv}`, label: "Resursdatori (JSON saraksts)" },
  },
  sentenceWords: {
    en: { title: "Words per sentence", explain: "The long-sentence check (information only) reports a sentence of the writer's own with more words than this. A whole number from 5 to 200; 25 when not set.", label: "Words" },
    lv: { title: "Vārdu skaits teikumā", explain: "Garo teikumu pārbaude (tikai informācijai) ziņo par paša rakstītu teikumu, kurā ir vairāk vārdu par šo skaitu. Vesels skaitlis no 5 līdz 200; ja nav iestatīts, 25.", label: "Vārdi" },
  },
  deadlines: {
    en: { title: "Reply deadlines", explain: `Working days to confirm receipt and to answer, counted after the day the client's message arrived: {"receipt": 1, "answer": 2} (the handbook's numbers when not set). ${JSON_NOTE.en}`, label: "Deadlines (JSON object)" },
    lv: { title: "Atbildes termiņi", explain: `Darba dienas saņemšanas apliecinājumam un atbildei, skaitot no dienas pēc klienta vēstules saņemšanas: {"receipt": 1, "answer": 2} (ja nav iestatīts, rokasgrāmatas termiņi). ${JSON_NOTE.lv}`, label: "Termiņi (JSON objekts)" },
  },
};

export const SEND_CHECK_ITEMS: Record<Language, Record<"off" | "warn" | "block", string>> = {
  en: { off: "Off: send at once", warn: "Warn: ask before sending (the default)", block: "Block: send only when complete" },
  lv: { off: "Izslēgta: sūtīt uzreiz", warn: "Brīdināt: jautāt pirms sūtīšanas (noklusējums)", block: "Bloķēt: sūtīt tikai pilnīgu atbildi" },
};

export const ADMX_CATEGORY: Record<Language, { name: string; supported: string; description: string }> = {
  en: { name: "Skaidri", supported: "{browser} with the Skaidri extension", description: "Skaidri extension policy for {browser} (skaidri policy admx)" },
  lv: { name: "Skaidri", supported: "{browser} ar paplašinājumu Skaidri", description: "Paplašinājuma Skaidri politika pārlūkam {browser} (skaidri policy admx)" },
};
