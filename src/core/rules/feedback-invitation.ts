// feedback-invitation — the closing invites the client to share an opinion, questions or
// proposals. HANDBOOK.md "E-PASTS, paragraph 4": "Elektroniskās atbildes nobeigumā aicinām
// klientu izteikt savu viedokli, jautājumus vai priekšlikumus".
import { citeHandbook } from "../handbook-cite.ts";
import { INVITATION_SUGGESTION } from "../data/feedback-invitations.ts";
import { ownInvitations } from "../invitations.ts";
import { closingAnchor, ownTextEnd } from "../message.ts";
import type { Rule, RuleFinding } from "./rule.ts";

const messages = {
  lv: `Atbildes nobeigumā nav aicinājuma izteikt viedokli, uzdot jautājumus vai sniegt priekšlikumus. ${citeHandbook("lv", "E-PASTS")}: aicinām klientu un norādām vietu (iestādes tīmekļvietni), kur to izdarīt.`,
  en: `The closing does not invite the client to share an opinion, ask questions or make suggestions. ${citeHandbook("en", "E-PASTS")}: we invite the client and name the place (the institution's website) to do it.`,
} as const;

export const feedbackInvitation: Rule = {
  id: "feedback-invitation",
  messages,
  meta: {
    defaultSeverity: "error",
    fixable: true,
    description: { lv: "Nobeigumā klients aicināts izteikt viedokli.", en: "The closing invites the client's feedback." },
    handbook: "E-PASTS, paragraph 4",
  },
  check(context): RuleFinding[] {
    if (ownInvitations(context.text, context.segments, context.remember).length > 0) return [];
    const { text, segments, language, config } = context;
    const at = closingAnchor(text, segments);
    // In the language of the part it goes into (a bilingual reply closes in its last language).
    const phrases = INVITATION_SUGGESTION[context.languageAt?.(Math.max(0, at - 1)) ?? language];
    const url = config.feedbackUrl?.trim() ?? "";
    const invitation = url ? phrases.withUrl.replace("{url}", url) : phrases.withoutUrl;
    const atEnd = at >= ownTextEnd(text, segments);
    const suggestion = atEnd ? (at > 0 ? `\n\n${invitation}` : invitation) : `${invitation}\n\n`;
    return [{ start: at, end: at, message: messages[context.locale], suggestions: [suggestion] }];
  },
};
