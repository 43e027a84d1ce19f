// Messages of the signature/* rules (one table, four rules). HANDBOOK.md "E-PASTS, paragraph 3":
// "norādot savu vārdu, uzvārdu, iestādi, amatu un kontaktinformāciju".
import { citeHandbook } from "./handbook-cite.ts";

export const signatureMessages = {
  lv: {
    name: `Parakstā nav jūsu vārda un uzvārda. ${citeHandbook("lv", "E-PASTS")}: sarakstē ar klientu norādām savu vārdu, uzvārdu, iestādi, amatu un kontaktinformāciju.`,
    namePartial: "Parakstā ir tikai vārds vai tikai uzvārds — norādiet gan vārdu, gan uzvārdu.",
    position: "Parakstā nav norādīts amats. Klientam jāzina, ar ko notiek sarakste.",
    institution: "Parakstā nav norādīta iestāde.",
    institutionNamed: "Parakstā nav norādīta iestāde „{name}”.",
    contacts: "Parakstā nav kontaktinformācijas (tālrunis vai e-pasts), lai klients varētu ar jums sazināties.",
  },
  en: {
    name: `The signature does not give your name and surname. ${citeHandbook("en", "E-PASTS")}: in writing to clients we give our name and surname, institution, position and contact details.`,
    namePartial: "The signature gives only a first name or only a surname — give both.",
    position: "The signature does not give your position. The client should know who they are writing to.",
    institution: "The signature does not name the institution.",
    institutionNamed: "The signature does not name the institution: “{name}”.",
    contacts: "The signature has no contact details (phone or e-mail) for the client to reach you.",
  },
} as const;

export const SIGNATURE_HANDBOOK = "E-PASTS, paragraph 3";
