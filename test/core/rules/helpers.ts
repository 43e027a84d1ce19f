// Shared by the rule tables: lint a text with a config and keep one rule's findings.
import { effectiveConfig } from "../../../src/core/config.ts";
import { lint } from "../../../src/core/lint.ts";
import type { Finding, Language, Policy, Profile, RuleId, SegmentHints } from "../../../src/core/types.ts";

export interface Setup {
  policy?: Policy;
  profile?: Profile;
  locale?: Language;
  hints?: SegmentHints;
  /** Today's date for the deadline rule (YYYY-MM-DD). */
  today?: string;
  /** The received time the webmail's conversation view gives. */
  received?: string;
}

export function findingsOf(rule: RuleId, text: string, setup: Setup = {}): Finding[] {
  const config = effectiveConfig({}, setup.policy ?? {}, setup.profile ?? {});
  const result = lint(text, {
    config,
    locale: setup.locale,
    hints: setup.hints,
    today: setup.today,
    received: setup.received,
    onRuleError: (id, error) => {
      throw new Error(`rule ${id} threw: ${String(error)}`);
    },
  });
  return result.findings.filter((f) => f.rule === rule);
}

/** A complete, valid Latvian reply whose parts a test can replace. */
export function lvMail(parts: { greeting?: string; body?: string; closing?: string; signature?: string } = {}): string {
  return [
    parts.greeting ?? "Labdien, Jāni!",
    parts.body ?? "Paldies par Jūsu vēstuli. Informējam, ka Jūsu iesniegums ir izskatīts un atbilde nosūtīta uz Jūsu deklarēto adresi.",
    parts.closing ?? "Ja Jums ir vēl kādi jautājumi vai ierosinājumi, aicinām tos izteikt mūsu tīmekļvietnē https://www.vzd.gov.lv/atsauksmes.\n\nVeiksmīgu dienu!\n\nAr cieņu,",
    parts.signature ?? "Anna Kalniņa\nKlientu apkalpošanas nodaļas vecākā referente\nValsts zemes dienests\nTālr. 67 038 600\nanna.kalnina@vzd.gov.lv",
  ]
    .filter((p) => p !== "")
    .join("\n\n")
    .replace("\n\nAr cieņu,\n\n", "\n\nAr cieņu,\n");
}

/** A complete, valid English reply. */
export function enMail(parts: { greeting?: string; body?: string; closing?: string; signature?: string } = {}): string {
  return [
    parts.greeting ?? "Dear Ms Smith,",
    parts.body ?? "Thank you for your message. Your application has been registered and will be reviewed within ten working days.",
    parts.closing ?? "We welcome your feedback and suggestions at https://www.vzd.gov.lv/atsauksmes.\n\nHave a nice day!\n\nKind regards,",
    parts.signature ?? "Peter Oak\nSenior Officer\nState Land Service\nPhone: +371 67 038 600",
  ]
    .filter((p) => p !== "")
    .join("\n\n")
    .replace("\n\nKind regards,\n\n", "\n\nKind regards,\n");
}

export const VZD: Policy = { institution: "Valsts zemes dienests", institutionAliases: ["VZD", "State Land Service"], feedbackUrl: "https://www.vzd.gov.lv/atsauksmes" };

/**
 * A reply in two languages (issue 12): a long body in one language, then a closing part in the
 * other — a Latvian answer with an English part for a foreign client, or the reverse. The mail
 * as a whole is in the body's language; whatever goes into the closing, in the part's.
 */
export interface BilingualReply {
  name: string;
  /** The mail's language (the body's). */
  mail: Language;
  /** The closing part's language. */
  part: Language;
  /** The mail; `closing` (paragraphs, may be "") follows the part's first paragraph, then the valediction if asked and the signature. */
  text(closing: string, valediction: boolean): string;
  /** The closing part's first paragraph: what is inserted after it goes into the part. */
  partParagraph: string;
}

const LV_BODY =
  "Paldies par Jūsu vēstuli. Informējam, ka Jūsu iesniegums par nekustamā īpašuma kadastrālo vērtību ir izskatīts un lēmums nosūtīts uz Jūsu deklarēto adresi. Ja lēmums Jūs neapmierina, to var apstrīdēt viena mēneša laikā, iesniedzot iesniegumu Valsts zemes dienestā.";
const EN_PART = "As you asked, we also reply in English: your application has been reviewed and the decision has been sent to your registered address.";
const EN_BODY =
  "Thank you for your message. Your application for the property tax relief has been reviewed, and the decision has been sent to your declared address. If you disagree with the decision, you may appeal it within one month at the State Land Service.";
const LV_PART = "Pēc Jūsu lūguma informējam arī latviski: Jūsu iesniegums ir izskatīts, un lēmums nosūtīts uz Jūsu deklarēto adresi.";

const reply = (greeting: string, body: string, part: string, valediction: string, signature: string) => (closing: string, withValediction: boolean) =>
  [greeting, body, part, closing, `${withValediction ? `${valediction}\n` : ""}${signature}`].filter((p) => p !== "").join("\n\n");

export const BILINGUAL_REPLIES: BilingualReply[] = [
  {
    name: "a Latvian body, then an English part",
    mail: "lv",
    part: "en",
    partParagraph: EN_PART,
    text: reply("Labdien, Jāni!", LV_BODY, EN_PART, "Kind regards,", "Anna Kalniņa\nKlientu apkalpošanas nodaļas vecākā referente\nValsts zemes dienests\nTālr. 67 038 600"),
  },
  {
    name: "an English body, then a Latvian part",
    mail: "en",
    part: "lv",
    partParagraph: LV_PART,
    text: reply("Dear Mr Bērziņš,", EN_BODY, LV_PART, "Ar cieņu,", "Peter Oak\nSenior Officer\nState Land Service\nPhone: +371 67 038 600"),
  },
];
