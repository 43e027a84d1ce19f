// signature/contacts — the signature block holds at least one contact: a phone number
// (+371 67 123 456, 67123456, 2xxxxxxx) or an e-mail address.
import { analyseSignature, signatureInsertion } from "../signature.ts";
import type { Rule, RuleFinding } from "./rule.ts";
import { SIGNATURE_HANDBOOK, signatureMessages } from "../signature-messages.ts";

export const signatureContacts: Rule = {
  id: "signature/contacts",
  messages: signatureMessages,
  meta: {
    defaultSeverity: "error",
    fixable: true,
    description: { lv: "Parakstā ir tālrunis vai e-pasts.", en: "The signature gives a phone number or e-mail address." },
    handbook: SIGNATURE_HANDBOOK,
  },
  check(context): RuleFinding[] {
    const sig = analyseSignature(context);
    if (sig.contact) return [];
    const { phone, email } = context.config.profile ?? {};
    const contacts = [phone, email].map((s) => s?.trim() ?? "").filter(Boolean);
    return [
      {
        start: sig.anchor,
        end: sig.anchor,
        message: signatureMessages[context.locale].contacts,
        suggestions: contacts.length > 0 ? [signatureInsertion(context, contacts.join(", "))] : [],
      },
    ];
  },
};
