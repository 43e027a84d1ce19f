// feedback-link — the invitation links to the institution's feedback page (policy
// `feedbackUrl`). HANDBOOK.md "E-PASTS, paragraph 4": "… norādot konkrētu vietu, kur tas
// izdarāms (iestādes mājaslapā internetā), un pievienojot saiti uz konkrēto vietni."
// With no feedbackUrl set, any link satisfies the rule and an info finding tells the writer
// the organisation has not named its feedback page.
import { citeHandbook } from "../handbook-cite.ts";
import { findLinks, isFeedbackPage } from "../links.ts";
import { ownInvitations } from "../invitations.ts";
import { closingAnchor, closingRegion } from "../message.ts";
import type { Rule, RuleFinding } from "./rule.ts";

const messages = {
  lv: {
    missing: `Aicinājumā nav saites uz iestādes atsauksmju lapu. ${citeHandbook("lv", "E-PASTS")}: pievienojam saiti uz konkrēto lapu.`,
    missingUrl: `Aicinājumā nav saites uz atsauksmju lapu ({url}). ${citeHandbook("lv", "E-PASTS")}: pievienojam saiti uz konkrēto lapu.`,
    different: "Saite ved uz citu lapu, nevis uz iestādes atsauksmju lapu ({url}).",
    notConfigured: "Skaidri iestatījumos nav norādīta atsauksmju lapas adrese, tāpēc der jebkura saite — pārliecinieties, ka tā ved uz pareizo lapu.",
  },
  en: {
    missing: `The invitation has no link to the institution's feedback page. ${citeHandbook("en", "E-PASTS")}: we link to the exact page.`,
    missingUrl: `The invitation has no link to the feedback page ({url}). ${citeHandbook("en", "E-PASTS")}: we link to the exact page.`,
    different: "This link leads elsewhere, not to the institution's feedback page ({url}).",
    notConfigured: "Skaidri's settings give no feedback page address, so any link passes — make sure this one leads to the right page.",
  },
} as const;

export const feedbackLink: Rule = {
  id: "feedback-link",
  messages,
  meta: {
    defaultSeverity: "error",
    fixable: true,
    description: { lv: "Aicinājumā ir saite uz iestādes atsauksmju lapu.", en: "The invitation links to the institution's feedback page." },
    handbook: "E-PASTS, paragraph 4",
  },
  check({ text, segments, config, locale, remember }): RuleFinding[] {
    const m = messages[locale];
    const url = config.feedbackUrl?.trim() ?? "";
    const region = closingRegion(text, segments);
    // The links of the closing, and of an invitation wherever it stands (the first paragraph too).
    const invitations = ownInvitations(text, segments, remember);
    const links = findLinks(text, region.start, region.end);
    for (const s of invitations) if (s.end <= region.start) links.push(...findLinks(text, s.start, s.end));
    if (!url) {
      const first = links[0];
      if (first) return [{ start: first.start, end: first.end, message: m.notConfigured, severity: "info" }];
      return [{ start: missingAt(text, segments), end: missingAt(text, segments), message: m.missing }];
    }
    if (links.some((l) => isFeedbackPage(l.url, url))) return [];
    // A wrong link is one the invitation (or else the closing) gives; a link elsewhere in the
    // last paragraphs ("the form is at …") is not offered as the feedback page.
    const closing = segments.closing;
    const wrong =
      links.find((l) => invitations.some((s) => l.start >= s.start && l.end <= s.end)) ??
      (closing ? links.find((l) => l.start >= closing.start && l.end <= closing.end) : undefined);
    if (wrong) return [{ start: wrong.start, end: wrong.end, message: m.different.replace("{url}", url), suggestions: [url] }];
    const invitation = invitations[0];
    if (invitation) {
      // Before the sentence's closing punctuation: "… mūsu tīmekļvietnē https://…/atsauksmes."
      let at = invitation.end;
      while (at > invitation.start && /[.!?…]/.test(text[at - 1]!)) at--;
      return [{ start: at, end: at, message: m.missingUrl.replace("{url}", url), suggestions: [` ${url}`] }];
    }
    // No invitation either: feedback-invitation's fix brings the link with it.
    const at = missingAt(text, segments);
    return [{ start: at, end: at, message: m.missingUrl.replace("{url}", url) }];
  },
};

function missingAt(text: string, segments: Parameters<typeof closingAnchor>[1]): number {
  const invitation = ownInvitations(text, segments)[0];
  return invitation ? invitation.end : closingAnchor(text, segments);
}
