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
