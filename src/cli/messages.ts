// Everything the CLI says, in Latvian and English (`--locale lv|en`, Latvian by default as in
// the extension). Counted phrases take their forms from Intl.PluralRules (core/plural.ts).
import { counted, type PluralForms } from "../core/plural.ts";
import type { Language, Severity } from "../core/types.ts";

type Forms = Record<Language, PluralForms>;

/** Counted nouns of the CLI's messages, by language; `{n}` is the number. */
export const CLI_COUNTED = {
  error: { lv: { zero: "{n} kļūdas", one: "{n} kļūda", other: "{n} kļūdas" }, en: { one: "{n} error", other: "{n} errors" } },
  warning: { lv: { zero: "{n} brīdinājumi", one: "{n} brīdinājums", other: "{n} brīdinājumi" }, en: { one: "{n} warning", other: "{n} warnings" } },
  info: { lv: { zero: "{n} padomi", one: "{n} padoms", other: "{n} padomi" }, en: { one: "{n} hint", other: "{n} hints" } },
  inFiles: { lv: { zero: "{n} failos", one: "{n} failā", other: "{n} failos" }, en: { one: "in {n} file", other: "in {n} files" } },
  entries: { lv: { zero: "{n} ieraksti", one: "{n} ieraksts", other: "{n} ieraksti" }, en: { one: "{n} entry", other: "{n} entries" } },
  added: { lv: { zero: "{n} pievienoti", one: "{n} pievienots", other: "{n} pievienoti" }, en: { one: "{n} added", other: "{n} added" } },
  replaced: { lv: { zero: "{n} aizstāti", one: "{n} aizstāts", other: "{n} aizstāti" }, en: { one: "{n} replaced", other: "{n} replaced" } },
} as const satisfies Record<string, Forms>;

export type CountedNoun = keyof typeof CLI_COUNTED;

const q = { lv: (s: string) => `„${s}”`, en: (s: string) => `“${s}”` };

/** The severity names the options page uses too (optSeverity_* in _locales). */
export const SEVERITY_LABEL: Record<Language, Record<Severity, string>> = {
  lv: { error: "kļūda", warning: "brīdinājums", info: "padoms" },
  en: { error: "error", warning: "warning", info: "hint" },
};

/** chrome-schema.ts's reasons (Chrome's own schema terms: string, integer, dictionary) in Latvian words. */
function latvianSchemaReason(reason: string): string {
  return reason
    .replace(/^expected (\S+), found (\S+)$/, "jābūt tipam $1, bet ir $2")
    .replace(/^missing required property "(.*)"$/, "trūkst obligātā lauka „$1”")
    .replace(/^not one of (.*)$/, "nav neviena no vērtībām $1")
    .replace(/^does not match the pattern (.*)$/, "neatbilst paraugam $1")
    .replace(/^out of the allowed range$/, "ārpus atļautā diapazona");
}

function texts(lang: Language) {
  const quote = q[lang];
  const n = (noun: CountedNoun, count: number) => counted(lang, count, CLI_COUNTED[noun][lang]);
  const lv = lang === "lv";
  return {
    n,
    quote,
    severity: SEVERITY_LABEL[lang],
    args: {
      unknownOption: (o: string) => (lv ? `nezināma opcija ${quote(o)}` : `unknown option ${quote(o)}`),
      flagTakesNoValue: (o: string) => (lv ? `opcijai --${o} vērtību nenorāda` : `option --${o} takes no value`),
      needsValue: (o: string) => (lv ? `opcijai --${o} jānorāda vērtība` : `option --${o} needs a value`),
      badChoice: (o: string, choices: readonly string[], v: string) =>
        lv ? `opcijas --${o} vērtība var būt ${choices.join(" vai ")}, nevis ${quote(v)}` : `--${o} must be ${choices.join(" or ")}, not ${quote(v)}`,
      unexpected: (a: string) => (lv ? `lieks arguments ${quote(a)}` : `unexpected argument ${quote(a)}`),
      seeHelp: (command: string) => (lv ? `Palīdzība: skaidri ${command ? `${command} ` : ""}--help` : `Help: skaidri ${command ? `${command} ` : ""}--help`),
    },
    main: {
      intro: lv
        ? "Skaidri — pārbauda valsts pārvaldes e-pasta atbildes pēc klientu apkalpošanas rokasgrāmatas."
        : "Skaidri — checks public-service e-mail replies against the customer-service handbook.",
      usage: lv ? "Lietošana: skaidri <komanda> [opcijas]" : "Usage: skaidri <command> [options]",
      commands: lv ? "Komandas:" : "Commands:",
      more: lv ? "Komandas opcijas: skaidri <komanda> --help. Visas komandas pieņem --locale lv|en." : "A command's options: skaidri <command> --help. Every command takes --locale lv|en.",
      unknownCommand: (c: string) => (lv ? `nezināma komanda ${quote(c)}. Palīdzība: skaidri --help` : `unknown command ${quote(c)}. Run "skaidri --help".`),
      unknownSubcommand: (c: string) => (lv ? `nezināma apakškomanda ${quote(c)}` : `unknown subcommand ${quote(c)}`),
    },
    files: {
      cannotRead: (what: string, file: string, code: string) =>
        lv ? `nevar nolasīt ${what} ${file === "-" ? "no standartievades" : file} (${code})` : `cannot read ${what} ${file === "-" ? "from standard input" : file} (${code})`,
      notJson: (what: string, message: string) => (lv ? `${what} nav derīgs JSON — ${message}` : `the ${what} is not valid JSON — ${message}`),
      notObject: (what: string, kind: string) => (lv ? `${what} jābūt JSON objektam, nevis ${kind}` : `the ${what} must be a JSON object, not ${kind}`),
      what: lv ? { file: "failu", policy: "politiku", profile: "profilu", policyName: "politikai", profileName: "profilam", policyNom: "politika", profileNom: "profils" } : { file: "file", policy: "policy", profile: "profile", policyName: "policy", profileName: "profile", policyNom: "policy", profileNom: "profile" },
      kinds: lv ? { array: "masīvam", null: "null", string: "teksta virknei", number: "skaitlim", boolean: "būla vērtībai" } : { array: "an array", null: "null", string: "a string", number: "a number", boolean: "a boolean" },
      unknownProfileKey: (k: string) => (lv ? `${k}: nezināms profila lauks; ignorēts` : `${k}: unknown profile key; ignored`),
      profileNotString: (k: string) => (lv ? `${k}: jābūt teksta virknei; ignorēts` : `${k}: expected a string; ignored`),
      wholePolicy: lv ? "(visa politika)" : "(policy)",
    },
    policy: {
      summary: lv ? "policy check FAILS | policy export FAILS --format …   pārbauda vai sagatavo izvietošanai iestādes politiku" : "policy check FILE | policy export FILE --format …   validate or package a managed policy",
      usage: (formats: string) => (lv ? `Lietošana:\n  skaidri policy check FAILS [--locale lv|en]\n  skaidri policy export POLITIKA.json --format ${formats} [--id ID] [--locale lv|en]\n` : `Usage:\n  skaidri policy check FILE [--locale lv|en]\n  skaidri policy export POLICY.json --format ${formats} [--id ID] [--locale lv|en]\n`),
      checkHelp: lv
        ? "Lietošana: skaidri policy check FAILS [--locale lv|en]\n\nPārbauda politiku: tīru politikas JSON objektu, Chrome/Edge pārvaldītās politikas failu ({\"3rdparty\": …})\nvai Firefox policies.json. Katrai problēmai izdrukā vienu rindu; izejas kods 0, ja politika derīga (brīdinājumi atļauti), 2, ja ir kļūdas.\n"
        : "Usage: skaidri policy check FILE [--locale lv|en]\n\nChecks a policy: a bare policy JSON object, a Chrome/Edge managed policy file ({\"3rdparty\": …})\nor Firefox policies.json. Prints one line per problem; exit 0 when valid (warnings allowed), 2 on any error.\n",
      exportHelp: (formats: string, gecko: string) =>
        lv
          ? `Lietošana: skaidri policy export POLITIKA.json --format ${formats} [--id ID]\n\nIzdrukā izvietojamo failu. --id: paplašinājuma identifikators (pēc noklusējuma — šī būvējuma identifikators vai ${gecko} formātam firefox).\n`
          : `Usage: skaidri policy export POLICY.json --format ${formats} [--id ID]\n\nPrints the file to deploy. --id: the extension id (default: this build's id, or ${gecko} for firefox).\n`,
      wholeFile: lv ? "(fails)" : "(file)",
      notJson: (message: string) => (lv ? `nav derīgs JSON — ${message}` : `not valid JSON — ${message}`),
      checking: (form: "chrome" | "firefox", id: string) => (lv ? `Pārbauda ${form === "chrome" ? "Chrome/Edge" : "Firefox"} politiku paplašinājumam ${id}.` : `Checking the ${form === "chrome" ? "Chrome/Edge" : "Firefox"} policy for ${id}.`),
      // Hints (a template's info findings) are named only when there are some.
      withErrors: (e: number, w: number, h = 0) =>
        lv
          ? `${n("error", e)}, ${n("warning", w)}${h ? `, ${n("info", h)}` : ""}: ieraksti ar kļūdām tiks izlaisti.`
          : `${n("error", e)}, ${n("warning", w)}${h ? `, ${n("info", h)}` : ""}: the entries with errors will be skipped.`,
      valid: (w: number, h = 0) => {
        const counts = [w && n("warning", w), h && n("info", h)].filter(Boolean).join(", ");
        return lv ? `Politika derīga${counts ? ` (${counts})` : ""}.` : `Valid${counts ? ` (${counts})` : ""}.`;
      },
      chromeDrop: (key: string, path: string, reason: string) =>
        lv
          ? `Chrome un Edge bez brīdinājuma atmestu visu atslēgu ${quote(key)}, ne tikai kļūdaino ierakstu (${path}: ${latvianSchemaReason(reason)}). Firefox pārējo saglabā.`
          : `Chrome and Edge would silently drop the whole ${quote(key)} key, not only the bad entry (${path}: ${reason}). Firefox keeps the rest.`,
      notObjectAt: (where: string) => (lv ? `${where} nav objekts` : `${where} is not an object`),
      noEntry: (where: string, known: string, found: string) => (lv ? `${where} nav Skaidri ieraksta (${known}); atrasts: ${found || "nekas"}` : `${where} has no entry for Skaidri (${known}); found: ${found || "none"}`),
      or: lv ? " vai " : " or ",
      no3rdparty: lv ? "policies.json nav sadaļas \"3rdparty\"" : 'policies.json has no "3rdparty" section',
      unknownFormat: (f: string) => (lv ? `nezināms formāts --format ${quote(f)}` : `unknown --format ${quote(f)}`),
      notExported: lv ? "Nav eksportēts: vispirms izlabojiet kļūdas (skaidri policy check)." : "Not exported: fix the errors first (skaidri policy check).",
      noKey: lv ? "manifest.json nav atslēgas \"key\"; norādiet paplašinājuma identifikatoru ar --id." : 'manifest.json has no "key"; pass --id with the extension\'s id.',
    },
    policyGlossary: {
      sentence: lv
        ? "Šis termins izskatās pēc teikuma (varbūt sajauktas kolonnas?): tas gandrīz nekad neatbildīs tekstam. Termins ir vārds vai īsa frāze."
        : "This term looks like a sentence (a column slip?): it will hardly ever match. A term is a word or a short phrase.",
      shared: (term: string, forms: string) =>
        lv ? `homogrāfi: ${quote(term)}: ${forms} — arī citu vārdu formas; tās tiek atrastas tikai tur, kur tām atbilst blakus vārdi, un bez labojuma pogas.` : `homographs: ${quote(term)}: ${forms} — also forms of other words; these match only where the neighbouring words agree, without a one-click fix.`,
      skipped: (term: string, forms: string) =>
        lv ? `homogrāfi: ${quote(term)}: ${forms} — vietniekvārdu, saikļu vai skaitļa vārdu formas; tās netiek meklētas.` : `homographs: ${quote(term)}: ${forms} — pronoun/conjunction/numeral forms; never matched.`,
    },
    admx: {
      usage: lv
        ? `Lietošana: skaidri policy admx --out MAPE [--id ID] [--locale lv|en]

Saglabā Chrome un Edge grupas politikas veidnes: MAPE/skaidri-chrome.admx,
MAPE/skaidri-edge.admx un to MAPE/en-US/*.adml un MAPE/lv-LV/*.adml. Iekopējiet tās mapē
PolicyDefinitions (centrālajā krātuvē) vai importējiet ADMX failu Intune. --id: paplašinājuma
identifikators, kuram iestatījumi tiek rakstīti (pēc noklusējuma — šī būvējuma identifikators).
`
        : `Usage: skaidri policy admx --out DIR [--id ID] [--locale lv|en]

Writes Group Policy templates for Chrome and Edge: DIR/skaidri-chrome.admx,
DIR/skaidri-edge.admx and their DIR/en-US/*.adml and DIR/lv-LV/*.adml. Copy them into
PolicyDefinitions (the central store), or import the ADMX in Intune. --id: the extension id
the settings write to (default: this build's id).
`,
      wrote: (path: string) => (lv ? `saglabāts ${path}` : `wrote ${path}`),
    },
    glossary: {
      summary: lv ? "glossary import FAILS.csv [--into POLITIKA.json]   izklājlapu pārvērš politikas JSON" : "glossary import FILE.csv [--into POLICY.json]   turn a spreadsheet into policy JSON",
      usage: lv
        ? `Lietošana: skaidri glossary import FAILS.csv [--into POLITIKA.json] [--locale lv|en]

Nolasa CSV failu ar virsrakstu rindu: termins, ieteikums, skaidrojums, valoda ("lv", "en" vai tukšs).
Atdalītājs — komats vai semikols; kodējums — UTF-8 (ar BOM vai bez tā) vai Windows-1257.
Bez --into izdrukā {"glossary": [...]}. Ar --into apvieno ar šo failu (ierakstu ar to pašu
terminu un valodu aizstāj) un to saglabā: tīru politiku vai izvietojamo failu — Chrome/Edge
{"3rdparty": …} vai Firefox policies.json —, kura Skaidri ierakstā ieliek vārdnīcu (pārējais
fails paliek, kā bija). Brīdina, ja vārdnīca pārsniedz kādu ierobežojumu.
Lielus failus nolasa pa daļām.
Kļūdainas rindas tiek parādītas standartkļūdu izvadē un izlaistas; izejas kods 2 tikai tad, ja nav importēts nekas.
`
        : `Usage: skaidri glossary import FILE.csv [--into POLICY.json] [--locale lv|en]

Reads a CSV with a header row: term, suggestion, explanation, language ("lv", "en" or empty).
Comma or semicolon separated; UTF-8 (with or without BOM) or Windows-1257.
Without --into, prints {"glossary": [...]}. With --into, merges into that file (an entry
with the same term and language is replaced) and writes it back: a bare policy, or a deployed
file — Chrome/Edge {"3rdparty": …} or Firefox policies.json — whose Skaidri entry gets the
glossary (the rest of the file is kept). Warns when the glossary passes a limit.
Large files are read as a stream.
Bad rows are reported on standard error and skipped; exit 2 only when nothing could be imported.
`,
      tooMany: (count: number, limit: number) =>
        lv
          ? `vārdnīcā ir ${n("entries", count)}; Skaidri lieto pirmos ${limit} un pārējos izlaiž (sadaliet to vai atstājiet terminus, ar kuriem darbinieki tiešām saskaras).`
          : `the glossary has ${n("entries", count)}; Skaidri applies the first ${limit} and skips the rest (split it, or keep the terms staff really meet).`,
      tooLong: (chars: number) =>
        lv
          ? `vārdnīcas JSON ir garāks par ${chars.toLocaleString("lv")} rakstzīmēm: grupas politikas teksta laukam (skaidri policy admx) tas ir par garu; izvietojiet to politikas failā vai .reg vērtībā.`
          : `the glossary is over ${chars.toLocaleString("en")} characters of JSON: too long for the Group Policy text box (skaidri policy admx); deploy it in a policy file or a .reg value instead.`,
      entryNotObject: lv ? "paplašinājuma ieraksts nav objekts" : "the extension's entry is not an object",
      nothingWritten: lv ? "Nekas netika saglabāts." : "Nothing written.",
      deployedForm: (form: "chrome" | "firefox" | "bare", id: string) =>
        lv ? `${form === "chrome" ? "Chrome/Edge" : "Firefox"} politika paplašinājumam ${id}` : `${form === "chrome" ? "Chrome/Edge" : "Firefox"} policy for ${id}`,
      cannotRead: (code: string) => (lv ? `nevar nolasīt (${code})` : `cannot read (${code})`),
      win1257: lv ? "nav derīgs UTF-8; nolasīts kā Windows-1257 (Baltijas valodu kodējums), kādā CSV saglabā latviešu Excel." : "not valid UTF-8; read as Windows-1257 (Baltic), as Latvian Excel saves CSV.",
      row: (row: number, level: Severity, message: string) => (lv ? `${row}. rinda: ${SEVERITY_LABEL.lv[level]}: ${message}` : `row ${row}: ${level}: ${message}`),
      nothing: lv ? "nekas netika importēts." : "nothing imported.",
      imported: (count: number) => (lv ? `importēti ieraksti: ${count}.` : `${n("entries", count)} imported.`),
      notJson: (message: string) => (lv ? `nav derīgs JSON — ${message}. Nekas netika saglabāts.` : `not valid JSON — ${message}. Nothing written.`),
      notPolicy: lv ? "nav politikas objekts. Nekas netika saglabāts." : "not a policy object. Nothing written.",
      tooDeep: (max: number) =>
        lv
          ? `ligzdots dziļāk par ${max} līmeņiem (saraksti vai objekti cits citā). Nekas netika saglabāts.`
          : `nested more than ${max} levels deep (lists or objects inside each other). Nothing written.`,
      merged: (added: number, replaced: number, total: number) =>
        lv ? `${n("added", added)}, ${n("replaced", replaced)}; vārdnīcā tagad ir ${n("entries", total)}.` : `${n("added", added)}, ${n("replaced", replaced)}; the glossary now has ${n("entries", total)}.`,
    },
    template: {
      summary: lv ? "template list|render ID   parāda veidnes vai izdrukā vienu aizpildītu" : "template list|render ID   list the templates, or print one filled in",
      usage: lv
        ? `Lietošana:
  skaidri template list [--policy FAILS] [--profile FAILS] [--language lv|en] [--locale lv|en]
  skaidri template render ID [--date GGGG-MM-DD] [--policy FAILS] [--profile FAILS]
                             [--set NOSAUKUMS=VĒRTĪBA ...] [--language lv|en] [--locale lv|en]

render izdrukā veidni ar aizpildītiem vietturiem: profils (--profile — JSON objekts ar laukiem
firstName, lastName, position, department, phone, email), politikas iestāde un atsauksmju
lapas adrese, {{date}} = --date (pēc noklusējuma — šodiena) un {{date +N}} = pēc N Latvijas
darba dienām (ievērojot politikas kalendāru). --set atbild uz {{ask:NOSAUKUMS}}; datumu var
norādīt formā GGGG-MM-DD, DD.MM.GGGG vai +N (darba dienas).
list pārbauda arī iestādes veidnes pēc rokasgrāmatas (ar --profile — arī parakstu).
Iestādes veidne (politikas "templates") ar tādu pašu ID kā iebūvētajai aizstāj iebūvēto.
--language — veidnes valoda; --locale — valoda, kurā runā Skaidri.
Izejas kodi: 0 — izdevās, 2 — lietošanas kļūda, nezināms veidnes ID vai neaizpildīts lauks.`
        : `Usage:
  skaidri template list [--policy FILE] [--profile FILE] [--language lv|en] [--locale lv|en]
  skaidri template render ID [--date YYYY-MM-DD] [--policy FILE] [--profile FILE]
                             [--set LABEL=VALUE ...] [--language lv|en] [--locale lv|en]

render prints the template with placeholders filled in: the profile (--profile, a JSON
object with firstName, lastName, position, department, phone, email), the policy's
institution and feedbackUrl, {{date}} = --date (default: today) and {{date +N}} = N Latvian
working days later (policy calendar included). --set answers a {{ask:LABEL}} fill-in; a
date fill-in takes YYYY-MM-DD, DD.MM.YYYY or +N (working days).
list also checks the organisation's templates against the handbook rules (with --profile,
the signature rules too). An organisation template (policy "templates") with the same id as
a built-in one wins. --language is the template's language; --locale the one Skaidri speaks.
Exit codes: 0 done, 2 usage error, unknown template id or missing fill-in.`,
      needsId: lv ? "komandai template render jānorāda veidnes ID (sk. skaidri template list)" : "template render needs a template ID (see `skaidri template list`)",
      badDate: (d: string) => (lv ? `--date jābūt datumam formā GGGG-MM-DD, nevis ${quote(d)}` : `--date must be a date YYYY-MM-DD, not ${quote(d)}`),
      badSet: (pair: string) => (lv ? `--set vērtība jānorāda formā NOSAUKUMS=VĒRTĪBA, nevis ${quote(pair)}` : `--set takes LABEL=VALUE, not ${quote(pair)}`),
      unknownId: (id: string, known: string) => (lv ? `nezināms veidnes ID ${quote(id)}. Zināmie ID: ${known}.` : `unknown template id ${quote(id)}. Known ids: ${known}.`),
      emptyFields: (names: string) => (lv ? `profilā vai politikā nav aizpildīts: ${names}; šīs rindas izlaistas` : `empty in the profile or policy, their lines left out: ${names}`),
      missing: (labels: string[]) => (lv ? `neaizpildīts: ${labels.map(quote).join(", ")}` : `missing fill-in${labels.length > 1 ? "s" : ""}: ${labels.map(quote).join(", ")}`),
      unreadable: (labels: string[]) => (lv ? `nav datums (GGGG-MM-DD, DD.MM.GGGG vai +N darba dienas): ${labels.map(quote).join(", ")}` : `not a date (YYYY-MM-DD, DD.MM.YYYY or +N working days): ${labels.map(quote).join(", ")}`),
      answerWith: lv ? "Atbildiet ar" : "Answer with",
      source: lv ? { builtin: "iebūvēta", organisation: "iestādes", personal: "mana" } : { builtin: "builtin", organisation: "organisation", personal: "personal" },
      anyLanguage: lv ? "jebkura" : "any",
      asks: lv ? "jautā" : "asks",
      dateAsk: lv ? " (datums)" : " (date)",
      problem: lv ? "problēma" : "problem",
      readLiterally: (problem: string) => (lv ? `${problem}: klienti to redzētu tieši tā, kā uzrakstīts.` : `${problem}: clients would read it as it stands.`),
      replyFails: (id: string, rule: string, quoted: string, message: string) =>
        lv ? `atbilde no veidnes ${quote(id)} neiztur rokasgrāmatas pārbaudi ${rule}${quoted}: ${message}` : `a reply from template ${quote(id)} fails the handbook check ${rule}${quoted}: ${message}`,
      replyHint: (id: string, rule: string, quoted: string, message: string) =>
        lv ? `atbildei no veidnes ${quote(id)} ir padoms no pārbaudes ${rule}${quoted}: ${message}` : `a reply from template ${quote(id)} gets a hint from the check ${rule}${quoted}: ${message}`,
      failsChecks: (rules: string) => (lv ? `neiztur rokasgrāmatas pārbaudes: ${rules}` : `fails the handbook checks: ${rules}`),
    },
    lint: {
      usage: lv
        ? "Lietošana: skaidri lint [--policy FAILS] [--profile FAILS] [--format json|text] [--locale lv|en] [--now ISO-DATUMS-LAIKS] FAILS... (- nolasa standartievadi; --now pēc noklusējuma ir pašreizējais laiks, datumi pēc Latvijas laika)"
        : "Usage: skaidri lint [--policy FILE] [--profile FILE] [--format json|text] [--locale lv|en] [--now ISO-DATE-TIME] FILE... (- reads standard input; --now defaults to the current time, dates in Latvia)",
      summary: lv ? "lint [--policy FAILS] [--profile FAILS] [--format json|text] [--now ISO] FAILS...   pārbauda vēstules pēc rokasgrāmatas" : "lint [--policy FILE] [--profile FILE] [--format json|text] [--now ISO] FILE...   check mails against the handbook",
      badNow: (v: string) => (lv ? `--now jābūt ISO datumam vai datumam ar laiku, piemēram, 2026-11-26T09:00, nevis ${quote(v)}` : `--now must be an ISO date or date-time like 2026-11-26T09:00, not ${quote(v)}`),
      noFiles: lv ? "nav norādīts neviens fails (standartievadei lietojiet -)" : "no input files (use - for standard input)",
      total: (e: number, w: number, i: number, files: number) => (lv ? `${n("error", e)}, ${n("warning", w)}, ${n("info", i)} (${n("inFiles", files)})` : `${n("error", e)}, ${n("warning", w)}, ${n("info", i)} ${n("inFiles", files)}`),
    },
  };
}

export type CliText = ReturnType<typeof texts>;
const cache = new Map<Language, CliText>();

export function cliText(locale: Language): CliText {
  let text = cache.get(locale);
  if (!text) {
    text = texts(locale);
    cache.set(locale, text);
  }
  return text;
}
