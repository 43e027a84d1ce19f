import { describe, expect, test } from "vitest";
import { effectiveConfig } from "../../../src/core/config.ts";
import { INVITATION_SUGGESTION } from "../../../src/core/data/feedback-invitations.ts";
import { lint } from "../../../src/core/lint.ts";
import { BILINGUAL_REPLIES, enMail, findingsOf, lvMail, VZD } from "./helpers.ts";

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
    expect(f!.suggestions[0]).toBe(`Aicinām Jūs izteikt viedokli, uzdot jautājumus vai sniegt priekšlikumus mūsu tīmekļvietnē: ${URL}\n\n`);
  });

  test("an invitation in the first paragraph of a long reply counts (issue 12)", () => {
    const body = `Aicinām Jūs sniegt atsauksmi ${URL}.\n\nInformējam, ka iesniegums ir izskatīts.\n\nAtbilde nosūtīta pa pastu.\n\nDokumenti pievienoti pielikumā.`;
    const text = lvMail({ body, closing: "Veiksmīgu dienu!\n\nAr cieņu," });
    expect(findingsOf("feedback-invitation", text, { policy: VZD })).toEqual([]);
    expect(findingsOf("feedback-link", text, { policy: VZD })).toEqual([]);
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

describe("feedback-invitation: the ways staff ask for an opinion (issue 12)", () => {
  test.each([
    "Lūdzu, novērtējiet mūsu darbu: https://www.vzd.gov.lv/atsauksmes",
    "Būsim pateicīgi par Jūsu viedokli par saņemto pakalpojumu https://www.vzd.gov.lv/atsauksmes.",
    "Dalieties savā pieredzē ar mums https://www.vzd.gov.lv/atsauksmes!",
    "Pastāstiet, kā mums veicās, mūsu tīmekļvietnē https://www.vzd.gov.lv/atsauksmes.",
    "Jūsu ieteikumi mums ir svarīgi — rakstiet https://www.vzd.gov.lv/atsauksmes.",
    "Ja Jums radušies jautājumi vai priekšlikumi, lūdzu, vērsieties pie mums: https://www.vzd.gov.lv/atsauksmes.",
    "Priecāsimies par Jūsu atsauksmi pašvaldības tīmekļvietnē https://www.vzd.gov.lv/atsauksmes.",
  ])("accepts the Latvian %j", (invitation) => {
    expect(findingsOf("feedback-invitation", lvMail({ closing: `${invitation}\n\nVeiksmīgu dienu!\n\nAr cieņu,` }), { policy: VZD })).toEqual([]);
  });

  test.each([
    "Let us know how we did: https://www.vzd.gov.lv/atsauksmes",
    "Please rate our service at https://www.vzd.gov.lv/atsauksmes.",
    "We would like to hear about your experience: https://www.vzd.gov.lv/atsauksmes.",
    "Tell us what you think at https://www.vzd.gov.lv/atsauksmes.",
  ])("accepts the English %j", (invitation) => {
    expect(findingsOf("feedback-invitation", enMail({ closing: `${invitation}\n\nHave a nice day!\n\nKind regards,` }), { policy: VZD })).toEqual([]);
  });

  test.each([
    "Ar šo jautājumu lūdzu vērsties Valsts ieņēmumu dienestā.",
    "Ja Jums ir jautājumi par deklarāciju, lūdzu, vērsieties Valsts ieņēmumu dienestā pa tālruni 67 120 000.",
    "Par būvniecības jautājumiem Jums jāvēršas Būvniecības valsts kontroles birojā.",
    "Šajā jautājumā kompetentā iestāde ir Nodarbinātības valsts aģentūra, varat rakstīt uz tās e-pastu.",
    "For questions about your tax return please contact the State Revenue Service.",
  ])("a redirect to another institution is not an invitation: %j", (redirect) => {
    const text = /^[A-Z][a-z]+ q/.test(redirect) || redirect.startsWith("For")
      ? enMail({ closing: `${redirect}\n\nHave a nice day!\n\nKind regards,` })
      : lvMail({ closing: `${redirect}\n\nVeiksmīgu dienu!\n\nAr cieņu,` });
    expect(findingsOf("feedback-invitation", text, { policy: VZD })).toHaveLength(1);
  });
});

describe("feedback-invitation in a bilingual reply: the invitation is in the language of the part it goes into (issue 12)", () => {
  const WISH = { lv: "Veiksmīgu dienu!", en: "Have a nice day!" } as const;
  // The data's own phrases, spelled out: the test fails if either language's phrase changes.
  const INVITATION = {
    lv: `Aicinām Jūs izteikt viedokli, uzdot jautājumus vai sniegt priekšlikumus mūsu tīmekļvietnē: ${URL}`,
    en: `We welcome your opinion, questions or suggestions on our website: ${URL}`,
  } as const;
  const cases = BILINGUAL_REPLIES.flatMap((reply) => [
    { ...reply, how: "after the part's wish, before the valediction", closing: WISH[reply.part], valediction: true },
    { ...reply, how: "with no valediction, before the signature", closing: WISH[reply.part], valediction: false },
    { ...reply, how: "with no wish yet, before the valediction", closing: "", valediction: true },
  ]);

  test("the spelled-out phrases are the data's", () => {
    for (const language of ["lv", "en"] as const) expect(INVITATION_SUGGESTION[language].withUrl.replace("{url}", URL)).toBe(INVITATION[language]);
  });

  test.each(cases)("$name, $how", ({ mail, part, partParagraph, text: make, closing, valediction }) => {
    const text = make(closing, valediction);
    expect(lint(text, { config: effectiveConfig({}, VZD, {}) }).language).toBe(mail);
    const [f, ...more] = findingsOf("feedback-invitation", text, { policy: VZD });
    expect(more).toEqual([]);
    expect(f!.suggestions).toEqual([`${INVITATION[part]}\n\n`]);
    // Inside the part, before the valediction or the signature (after the part's wish, if any).
    const lastOfPart = closing || partParagraph;
    expect(f!.start).toBe(text.indexOf(lastOfPart) + lastOfPart.length + 2);
    const fixed = text.slice(0, f!.start) + f!.suggestions[0] + text.slice(f!.end);
    expect(findingsOf("feedback-invitation", fixed, { policy: VZD })).toEqual([]);
  });
});
