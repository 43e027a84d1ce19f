// signature/name — the signature block gives the writer's name and surname.
import { analyseSignature, signatureInsertion } from "../signature.ts";
import type { Rule, RuleFinding } from "./rule.ts";
import { SIGNATURE_HANDBOOK, signatureMessages } from "../signature-messages.ts";

export const signatureName: Rule = {
  id: "signature/name",
  messages: signatureMessages,
  meta: {
    defaultSeverity: "error",
    fixable: true,
    description: { lv: "Parakstā ir vārds un uzvārds.", en: "The signature gives name and surname." },
    handbook: SIGNATURE_HANDBOOK,
  },
  check(context): RuleFinding[] {
    const sig = analyseSignature(context);
    if (sig.name === "full") return [];
    const { firstName, lastName } = context.config.profile ?? {};
    const full = [firstName, lastName].map((s) => s?.trim() ?? "").filter(Boolean).join(" ");
    const m = signatureMessages[context.locale];
    return [
      {
        start: sig.anchor,
        end: sig.anchor,
        message: sig.name === "partial" ? m.namePartial : m.name,
        suggestions: full && sig.name === "missing" ? [signatureInsertion(context, full)] : [],
      },
    ];
  },
};
