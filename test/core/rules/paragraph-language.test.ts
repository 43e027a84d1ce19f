// The Latvian-only rules of issue 14 read the language of each paragraph (issue 14 → mixed
// mails): in a Latvian reply with an English paragraph they stay quiet in the English one and
// check the Latvian one; in an English reply with a Latvian paragraph they check that paragraph.
// And their findings never fall inside an e-mail address, a URL or a domain (skipsAddresses).
import { describe, expect, test } from "vitest";
import { lint } from "../../../src/core/lint.ts";
import { rules } from "../../../src/core/rules/index.ts";
import type { RuleId } from "../../../src/core/types.ts";
import { findingsOf } from "./helpers.ts";

const SIGN = "\n\nAr cieņu,\nAnna Kalniņa\nValsts zemes dienests";
const EN_SIGN = "\n\nKind regards,\nAnna Kalnina\nState Land Service";
const LV_OPENING = "Informējam, ka Jūsu iesniegums ir saņemts un mēs to izskatīsim desmit darba dienu laikā. ";
const flagged = (rule: RuleId, text: string) => findingsOf(rule, text).map((f) => text.slice(f.start, f.end));

// [rule, mail, flagged texts]: a Latvian reply with an English paragraph for a colleague or a
// relative who reads no Latvian — the English paragraph names Latvian labels as they stand.
const latvianWithEnglish: [RuleId, string, string[]][] = [
  ["formal-address", `Labdien, Jāni!\n\n${LV_OPENING}Nosūtām jums izziņu par īpašumu.\n\nFor your English-speaking relative: the form field jūsu adrese means your address, and we will send you the documents by post.${SIGN}`, ["jums"]],
  ["formal-address", `Labdien, Jāni!\n\n${LV_OPENING}Paldies par Jūsu vēstuli.\n\nIn English: the status jums nosūtīts means that the documents have been sent to you, and they will arrive this week.${SIGN}`, []],
  ["passive-voice", `Labdien, Jāni!\n\n${LV_OPENING}Jūsu iesniegums tiek izskatīts.\n\nIn English: the status tiek izskatīts in the portal means that your application is being reviewed by our staff.${SIGN}`, ["tiek izskatīts"]],
  ["passive-voice", `Labdien, Jāni!\n\n${LV_OPENING}Paldies par Jūsu vēstuli.\n\nPlease note that the portal shows tika pieņemts when the decision has been made, and then you can download it.${SIGN}`, []],
  ["plain-language", `Labdien, Jāni!\n\n${LV_OPENING}Lūdzam veikt apmaksu līdz piektdienai.\n\nIn English: the button veikt apmaksu in the portal is the one you need to press to pay the fee for the document.${SIGN}`, ["veikt apmaksu"]],
  ["plain-language", `Labdien, Jāni!\n\n${LV_OPENING}Paldies par Jūsu vēstuli.\n\nIn English: the page uz doto brīdi shows the state of your application at this moment, and it is updated every day.${SIGN}`, []],
];

// An English reply (to a foreign owner) with a Latvian paragraph for the Latvian co-owner.
const englishWithLatvian: [RuleId, string, string[]][] = [
  ["formal-address", `Dear Mr Smith,\n\nThank you for your letter. We have received the application and we will answer it within ten days.\n\nLatviešu valodā: nosūtām jums izziņu, un tā būs pieejama arī mūsu portālā.${EN_SIGN}`, ["jums"]],
  ["passive-voice", `Dear Mr Smith,\n\nThank you for your letter. We have received the application and we will answer it within ten days.\n\nLatviešu valodā: Jūsu iesniegums tiek izskatīts, un atbildi saņemsiet desmit dienu laikā.${EN_SIGN}`, ["tiek izskatīts"]],
  ["plain-language", `Dear Mr Smith,\n\nThank you for your letter. We have received the application and we will answer it within ten days.\n\nLatviešu valodā: lūdzam veikt apmaksu līdz piektdienai, un tad izsniegsim izziņu.${EN_SIGN}`, ["veikt apmaksu"]],
  ["plain-language", `Dear Mr Smith,\n\nThank you for your letter. We have received the application and we will answer it within ten days.\n\nLatviešu valodā: lūdzam veikt dokumentu iesniegšanu līdz piektdienai, un tad izsniegsim izziņu.${EN_SIGN}`, ["veikt dokumentu iesniegšanu"]],
  ["greeting/vocative", `Labdien, Jānis!\n\nThank you for your letter. We have received the application and we will answer it within ten days.${EN_SIGN}`, ["Jānis"]],
  ["greeting/punctuation", `Labdien, Jāni,\n\nThank you for your letter. We have received the application and we will answer it within ten days.${EN_SIGN}`, [","]],
  ["greeting/vocative", `Dear John,\n\nThank you for your letter. We have received the application and we will answer it within ten days.${EN_SIGN}`, []],
  ["greeting/punctuation", `Dear Mr Smith,\n\nThank you for your letter. We have received the application and we will answer it within ten days.${EN_SIGN}`, []],
];

describe("a Latvian reply with an English paragraph", () => {
  test.each(latvianWithEnglish)("%s: %j", (rule, text, expected) => {
    expect(lint(text).language).toBe("lv");
    expect(flagged(rule, text)).toEqual(expected);
  });
});

describe("an English reply with a Latvian paragraph", () => {
  test.each(englishWithLatvian)("%s: %j", (rule, text, expected) => {
    expect(lint(text).language).toBe("en");
    expect(flagged(rule, text)).toEqual(expected);
  });
});

// [rule, mail with the rule's words inside an address, the finding outside it]
const addresses: [RuleId, string, string[]][] = [
  ["plain-language", `Labdien, Jāni!\n\nMaksājumu var veikt https://www.latvija.lv/veikt-apmaksu/pakalpojumi vai rakstot uz pie-tam@vzd.gov.lv. Lūdzam veikt apmaksu.${SIGN}`, ["veikt apmaksu"]],
  ["plain-language", `Labdien, Jāni!\n\nSkatiet https://example.lv/sakara-ar-to-ka un www.uz-doto-brīdi.lv, un uz doto brīdi rindā ir 12 pieteikumi.${SIGN}`, ["uz doto brīdi"]],
  ["formal-address", `Labdien, Jāni!\n\nRakstiet uz jums@vzd.gov.lv vai skatiet https://www.jusu.lv/jums/jūs, un mēs nosūtīsim jums atbildi.${SIGN}`, ["jums"]],
  ["passive-voice", `Labdien, Jāni!\n\nStatuss ir redzams https://portals.lv/tiek/izskatīts/12 un, kad iesniegums tiek izskatīts, jūs saņemsiet ziņu.${SIGN}`, ["tiek izskatīts"]],
];

describe("words inside addresses are not findings", () => {
  test.each(addresses)("%s: %j", (rule, text, expected) => {
    expect(flagged(rule, text)).toEqual(expected);
  });

  test("every word rule of the plain-language family drops findings in addresses; long-sentence counts sentences, not address words", () => {
    const family: RuleId[] = ["plain-language", "passive-voice", "formal-address", "greeting/vocative"];
    for (const id of family) expect(rules.find((r) => r.id === id)?.meta.skipsAddresses, id).toBe(true);
    // A sentence that holds an address is still a long sentence: its span covers the address.
    expect(rules.find((r) => r.id === "long-sentence")?.meta.skipsAddresses).toBeFalsy();
  });
});
