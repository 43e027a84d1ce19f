import { describe, expect, test } from "vitest";
import { effectiveConfig } from "../../../src/core/config.ts";
import { lint } from "../../../src/core/lint.ts";
import { BILINGUAL_REPLIES, enMail, findingsOf, lvMail, VZD } from "./helpers.ts";

const INVITATION = "Ja Jums ir vēl kādi jautājumi, aicinām rakstīt https://www.vzd.gov.lv/atsauksmes.";

describe("sign-off", () => {
  test.each([
    "Veiksmīgu dienu!",
    "Jauku dienu!",
    "Lai Jums izdodas!",
    "Paldies par sadarbību!",
    "Paldies par sapratni.",
    "Novēlam veiksmi!",
    "Jauku nedēļas nogali!",
    "Lai veicas!",
    "Visu labu!",
  ])("accepts %j", (wish) => {
    expect(findingsOf("sign-off", lvMail({ closing: `${INVITATION}\n\n${wish}\n\nAr cieņu,` }))).toEqual([]);
  });

  test.each(["Have a nice day!", "Thank you for your patience.", "Thanks again for getting in touch.", "All the best with your application!", "Good luck!"])(
    "accepts the English %j",
    (wish) => {
      expect(findingsOf("sign-off", enMail({ closing: `We welcome your feedback at https://www.vzd.gov.lv/atsauksmes.\n\n${wish}\n\nKind regards,` }))).toEqual([]);
    },
  );

  test("accepts a wish on the same line as the invitation", () => {
    expect(findingsOf("sign-off", lvMail({ closing: `${INVITATION} Veiksmīgu dienu!\n\nAr cieņu,` }))).toEqual([]);
  });

  test.each([
    ["a bare Ar cieņu", `${INVITATION}\n\nAr cieņu,`],
    ["a bare Ar labiem vēlējumiem", `${INVITATION}\n\nAr labiem vēlējumiem,`],
  ])("flags %s, before the valediction", (_, closing) => {
    const text = lvMail({ closing });
    const at = text.indexOf("Ar ", text.indexOf("atsauksmes"));
    expect(findingsOf("sign-off", text)).toMatchObject([{ severity: "warning", start: at, end: at, suggestions: ["Veiksmīgu dienu!\n\n"] }]);
  });

  test("flags a bare Kind regards with an English wish", () => {
    const text = enMail({ closing: "We welcome your feedback at https://www.vzd.gov.lv/atsauksmes.\n\nKind regards," });
    expect(findingsOf("sign-off", text)[0]?.suggestions).toEqual(["Have a nice day!\n\n"]);
  });

  test("thanks that open the reply are not a sign-off", () => {
    const text = "Labdien!\n\nPaldies par Jūsu vēstuli. Iesniegums ir izskatīts.\n\nAr cieņu,\nAnna Kalniņa";
    expect(findingsOf("sign-off", text)).toHaveLength(1);
  });

  test("a wish only in the quoted history does not count", () => {
    const text = "Labdien!\n\nIesniegums ir izskatīts.\n\nAr cieņu,\nAnna Kalniņa\n\nOn Mon, 16 Nov 2026 at 10:15, Jane <jane@example.com> wrote:\n> Have a nice day!";
    expect(findingsOf("sign-off", text)).toHaveLength(1);
  });
});

describe("sign-off: wishes as staff write them (issue 12)", () => {
  test.each([
    "Ražīgu darba nedēļu!",
    "Jauku atpūtu!",
    "Patīkamu vakaru!",
    "Priecīgus svētkus!",
    "Priecīgas Lieldienas!",
    "Priecīgus Ziemassvētkus un laimīgu Jauno gadu!",
    "Laimīgu Jauno gadu!",
    "Gaišus Ziemassvētkus!",
    "Priecīgus Līgo svētkus!",
    "Saulainu vasaru!",
    "Mierīgu nedēļas nogali!",
    "Veiksmīgu mācību gadu!",
    "Lai Jums jauka nedēļas nogale!",
    "Lai svētki izdodas!",
    "Paldies par sapratni!",
    "Pateicamies par sadarbību.",
  ])("accepts %j", (wish) => {
    expect(findingsOf("sign-off", lvMail({ closing: `${INVITATION}\n\n${wish}\n\nAr cieņu,` }))).toEqual([]);
  });

  test.each(["Enjoy your weekend!", "Have a lovely day!", "Have a wonderful weekend!", "Enjoy the rest of your week!", "Happy holidays!", "Thank you for your understanding."])(
    "accepts the English %j",
    (wish) => {
      expect(findingsOf("sign-off", enMail({ closing: `We welcome your feedback at https://www.vzd.gov.lv/atsauksmes.\n\n${wish}\n\nKind regards,` }))).toEqual([]);
    },
  );

  test.each([
    ["Kind regards alone", "en", "We welcome your feedback at https://www.vzd.gov.lv/atsauksmes.\n\nKind regards,"],
    ["Ar cieņu alone", "lv", `${INVITATION}\n\nAr cieņu,`],
    ["a purpose clause opening with Lai", "lv", `Lai saņemtu izziņu, aizpildiet veidlapu.\n\n${INVITATION}\n\nAr cieņu,`],
    ["thanks for the letter in the opening only", "lv", `${INVITATION}\n\nAr cieņu,`],
  ])("flags %s", (_, language, closing) => {
    const text = language === "en" ? enMail({ closing }) : lvMail({ closing });
    expect(findingsOf("sign-off", text)).toHaveLength(1);
  });

  test("thanks for the client's letter in a later paragraph of the body are not the closing", () => {
    const text = lvMail({
      body: "Informējam, ka Jūsu iesniegums ir izskatīts.\n\nPaldies, ka vērsāties pie mums ar šo jautājumu.\n\nAtbilde nosūtīta uz Jūsu deklarēto adresi.",
      closing: `${INVITATION}\n\nAr cieņu,`,
    });
    expect(findingsOf("sign-off", text)).toHaveLength(1);
  });

  test("…but thanks for the letter right before the valediction close it", () => {
    expect(findingsOf("sign-off", lvMail({ closing: `${INVITATION}\n\nVēlreiz paldies par Jūsu vēstuli!\n\nAr cieņu,` }))).toEqual([]);
  });
});

describe("sign-off in a bilingual reply: the wish is in the language of the part it goes into (issue 12)", () => {
  const INVITE = { lv: `Aicinām izteikt viedokli par mūsu darbu ${VZD.feedbackUrl}.`, en: `We welcome your feedback at ${VZD.feedbackUrl}.` } as const;
  const WISH = { lv: "Veiksmīgu dienu!", en: "Have a nice day!" } as const;
  const cases = BILINGUAL_REPLIES.flatMap((reply) => [
    { ...reply, how: "before the valediction", closing: INVITE[reply.part], valediction: true },
    { ...reply, how: "with no valediction, before the signature", closing: INVITE[reply.part], valediction: false },
    { ...reply, how: "after the part, its invitation still to come", closing: "", valediction: true },
  ]);

  test.each(cases)("$name, $how", ({ mail, part, partParagraph, text: make, closing, valediction }) => {
    const text = make(closing, valediction);
    expect(lint(text, { config: effectiveConfig({}, VZD, {}) }).language).toBe(mail);
    const [f, ...more] = findingsOf("sign-off", text, { policy: VZD });
    expect(more).toEqual([]);
    expect(f!.suggestions).toEqual([`${WISH[part]}\n\n`]);
    // It goes after the part's own paragraphs, not into the body.
    const lastOfPart = closing || partParagraph;
    expect(f!.start).toBe(text.indexOf(lastOfPart) + lastOfPart.length + 2);
    const fixed = text.slice(0, f!.start) + f!.suggestions[0] + text.slice(f!.end);
    expect(findingsOf("sign-off", fixed, { policy: VZD })).toEqual([]);
  });
});
