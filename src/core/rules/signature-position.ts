// signature/position — the signature block gives the writer's position.
import { analyseSignature, signatureInsertion } from "../signature.ts";
import type { Rule, RuleFinding } from "./rule.ts";
import { SIGNATURE_HANDBOOK, signatureMessages } from "../signature-messages.ts";

export const signaturePosition: Rule = {
  id: "signature/position",
  messages: signatureMessages,
  meta: {
    defaultSeverity: "error",
    fixable: true,
    description: { lv: "Parakstā ir amats.", en: "The signature gives the position." },
    handbook: SIGNATURE_HANDBOOK,
  },
  check(context): RuleFinding[] {
    const sig = analyseSignature(context);
    if (sig.position) return [];
    const position = context.config.profile?.position?.trim();
    return [{ start: sig.anchor, end: sig.anchor, message: signatureMessages[context.locale].position, suggestions: position ? [signatureInsertion(context, position)] : [] }];
  },
};
