import { describe, expect, test } from "vitest";
import { detectLanguage, paragraphLanguages } from "../../src/core/language.ts";
import { lint } from "../../src/core/lint.ts";

describe("detectLanguage", () => {
  test.each([
    ["Labdien! Informējam, ka Jūsu iesniegums ir izskatīts.", "lv"],
    ["Paldies par Jusu vestuli, iesniegums ir sanemts un tiks izskatits.", "lv"],
    ["Dear Ms Smith, thank you for your message. Your application has been registered.", "en"],
    ["Hello, the office is closed on Monday.", "en"],
    ["", "lv"],
    ["https://www.vzd.gov.lv", "lv"],
    ["Anna Kalniņa", "lv"],
  ])("%j → %s", (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  test("lint detects the language of the writer's own text, not the quote", () => {
    const text = "Labdien!\n\nJūsu iesniegums ir saņemts un tiks izskatīts.\n\n> Hello, I would like to know where my application is. Thank you for the help and the information.";
    expect(lint(text).language).toBe("lv");
    expect(lint("Hello,\n\nYour application has been registered and is being processed.\n\n> Labdien, kur ir mans iesniegums? Paldies.").language).toBe("en");
  });

  test("options.language forces the language", () => {
    expect(lint("Labdien! Iesniegums ir izskatīts.", { language: "en" }).language).toBe("en");
  });
});

describe("paragraphLanguages: a paragraph without a clear lead (a name, a short wish, a link)", () => {
  const EN = "Your application has been reviewed and the decision has been sent to your address.";
  const LV = "Jūsu iesniegums ir izskatīts, un lēmums nosūtīts uz Jūsu deklarēto adresi.";
  test.each([
    ["in the mail's own language, stays in it", "lv", [LV, "Anna Kalniņa"], ["lv", "lv"]],
    ["at the start, takes the mail's", "en", ["Veiksmīgu dienu!", EN], ["en", "en"]],
    ["in the Latvian part of an English mail, the wish is Latvian (issue 12)", "en", [EN, LV, "Veiksmīgu dienu!"], ["en", "lv", "lv"]],
    ["after an English sentence of a Latvian mail, the wish still leans Latvian", "lv", [LV, EN, "Veiksmīgu dienu!"], ["lv", "en", "lv"]],
    ["in the English part of a Latvian mail, a link stays in the part", "lv", [LV, EN, "https://www.vzd.gov.lv/atsauksmes"], ["lv", "en", "en"]],
    ["a name in the English part of a Latvian mail leans Latvian", "lv", [LV, EN, "Jānis Bērziņš"], ["lv", "en", "lv"]],
  ] as const)("%s", (_, mail, paragraphs, expected) => {
    const text = paragraphs.join("\n\n");
    const runs = paragraphLanguages(text, [{ start: 0, end: text.length }], mail);
    let at = 0;
    const each = paragraphs.map((p) => {
      const offset = text.indexOf(p, at);
      at = offset + p.length;
      return runs.find((r) => r.start <= offset && offset <= r.end)?.language;
    });
    expect(each).toEqual(expected);
  });
});
