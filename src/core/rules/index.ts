// The rule list: adding a rule is one file in this folder and one line here.
import { abbreviation } from "./abbreviation.ts";
import { deadline } from "./deadline.ts";
import { feedbackInvitation } from "./feedback-invitation.ts";
import { feedbackLink } from "./feedback-link.ts";
import { formalAddress } from "./formal-address.ts";
import { greeting } from "./greeting.ts";
import { greetingPunctuation } from "./greeting-punctuation.ts";
import { greetingVocative } from "./greeting-vocative.ts";
import { jargon } from "./jargon.ts";
import { longSentence } from "./long-sentence.ts";
import { passiveVoice } from "./passive-voice.ts";
import { personalData } from "./personal-data.ts";
import { plainLanguage } from "./plain-language.ts";
import type { Rule } from "./rule.ts";
import { signOff } from "./sign-off.ts";
import { signatureContacts } from "./signature-contacts.ts";
import { signatureInstitution } from "./signature-institution.ts";
import { signatureName } from "./signature-name.ts";
import { signaturePosition } from "./signature-position.ts";

export const rules: readonly Rule[] = [
  jargon,
  abbreviation,
  greeting,
  signatureName,
  signaturePosition,
  signatureInstitution,
  signatureContacts,
  feedbackInvitation,
  feedbackLink,
  signOff,
  personalData,
  formalAddress,
  greetingPunctuation,
  greetingVocative,
  plainLanguage,
  longSentence,
  passiveVoice,
  deadline,
];
