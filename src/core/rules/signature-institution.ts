// signature/institution — the signature block names the institution (policy `institution` or
// one of `institutionAliases`, in any case form).
import { analyseSignature, signatureInsertion } from "../signature.ts";
import type { Rule, RuleFinding } from "./rule.ts";
import { SIGNATURE_HANDBOOK, signatureMessages } from "../signature-messages.ts";

export const signatureInstitution: Rule = {
  id: "signature/institution",
  messages: signatureMessages,
  meta: {
    defaultSeverity: "error",
    fixable: true,
    description: { lv: "Parakstā ir iestādes nosaukums.", en: "The signature names the institution." },
    handbook: SIGNATURE_HANDBOOK,
  },
  check(context): RuleFinding[] {
    const sig = analyseSignature(context);
    if (sig.institution) return [];
    const name = context.config.institution?.trim() ?? "";
    const m = signatureMessages[context.locale];
    return [
      {
        start: sig.anchor,
        end: sig.anchor,
        message: name ? m.institutionNamed.replace("{name}", name) : m.institution,
        suggestions: name ? [signatureInsertion(context, name)] : [],
      },
    ];
  },
};
