import { describe, expect, test } from "vitest";
import { enMail, findingsOf, lvMail, VZD } from "./helpers.ts";

const URL = "https://www.vzd.gov.lv/atsauksmes";
const close = (invitation: string, wish = "Veiksmīgu dienu!") => `${invitation}\n\n${wish}\n\nAr cieņu,`;

describe("feedback-invitation", () => {
  test.each([
    `Aicinām Jūs sniegt atsauksmi par mūsu darbu mūsu tīmekļvietnē ${URL}.`,
    `Būsim pateicīgi par Jūsu viedokli, ko varat izteikt ${URL}.`,
    `Ja Jums ir jautājumi vai ierosinājumi, lūdzu, rakstiet mums ${URL}.`,
    `Ja rodas papildu jautājumi, sazinieties ar mums: ${URL}.`,
    `Jūsu viedoklis mums ir svarīgs — novērtējiet mūsu atbildi ${URL}.`,
    `Priekšlikumus par pakalpojumu uzlabošanu varat atstāt ${URL}.`,
    `Aicinām dalīties ar savu vērtējumu: ${URL}`,
    `Jautājumu gadījumā aicinām sazināties ar mums ${URL}.`,
    `Savus ieteikumus pakalpojuma uzlabošanai varat iesniegt šeit: ${URL}`,
    `Ja Jums ir kādas neskaidrības, lūdzu, sazinieties ar mums ${URL}.`,
    `Labprāt uzklausīsim Jūsu viedokli ${URL}.`,
    `Lūgums sniegt atsauksmi par saņemto pakalpojumu ${URL}.`,
    `Atsauksmes var atstāt ${URL}.`,
  ])("accepts %j", (invitation) => {
    expect(findingsOf("feedback-invitation", lvMail({ closing: close(invitation) }), { policy: VZD })).toEqual([]);
  });

  test.each([
    `We welcome your feedback at ${URL}.`,
    `If you have any questions or suggestions, please let us know at ${URL}.`,
    `We would appreciate your opinion of our service: ${URL}`,
    `Please share your feedback on ${URL}.`,
    `Your opinion matters to us — leave a comment at ${URL}.`,
    `Let us know what you think at ${URL}.`,
    `Feel free to contact us with any questions: ${URL}`,
  ])("accepts the English %j", (invitation) => {
    expect(findingsOf("feedback-invitation", enMail({ closing: `${invitation}\n\nHave a nice day!\n\nKind regards,` }), { policy: VZD })).toEqual([]);
  });

  test.each([
    ["no invitation", close("Jūsu iesniegums ir izskatīts.")],
    ["thanks for the question is not an invitation", close("Paldies par Jūsu jautājumu.")],
    ["a request for documents is not an invitation", close("Lūdzam iesniegt trūkstošos dokumentus līdz mēneša beigām.")],
    ["only a link", close(URL)],
    ["a statement about the client's question", close("Jūsu jautājumu var izskatīt tikai pēc dokumentu saņemšanas.")],
    ["an English statement about questions", close("Your questions were forwarded to the ministry.")],
  ])("flags %s", (_, closing) => {
    const text = lvMail({ closing });
    const [f] = findingsOf("feedback-invitation", text, { policy: VZD });
    expect(f).toMatchObject({ severity: "error", start: text.indexOf("Ar cieņu,"), end: text.indexOf("Ar cieņu,") });
    expect(f!.suggestions[0]).toBe(`Aicinām Jūs izteikt savu viedokli, jautājumus vai priekšlikumus mūsu tīmekļvietnē: ${URL}\n\n`);
  });

  test("an invitation at the start of a long reply is not in the closing", () => {
    const body = `Aicinām Jūs sniegt atsauksmi ${URL}.\n\nInformējam, ka iesniegums ir izskatīts.\n\nAtbilde nosūtīta pa pastu.\n\nDokumenti pievienoti pielikumā.`;
    expect(findingsOf("feedback-invitation", lvMail({ body, closing: "Veiksmīgu dienu!\n\nAr cieņu," }), { policy: VZD })).toHaveLength(1);
  });

  test("an invitation only in the quoted history does not count", () => {
    const text = `Labdien!\n\nIesniegums ir izskatīts.\n\nAr cieņu,\nAnna Kalniņa\n\n> Ja Jums ir jautājumi, rakstiet ${URL}`;
    expect(findingsOf("feedback-invitation", text)).toHaveLength(1);
  });

  test("without a valediction or signature the fix goes at the end", () => {
    const text = "Labdien!\n\nIesniegums ir izskatīts.";
    const [f] = findingsOf("feedback-invitation", text, { locale: "en" });
    expect(f).toMatchObject({ start: text.length, end: text.length });
    expect(f!.suggestions[0]).toMatch(/^\n\nAicinām/);
    expect(f!.message).toMatch(/invite/);
  });
});
