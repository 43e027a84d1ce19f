import { describe, expect, test } from "vitest";
import { detectLanguage } from "../../src/core/language.ts";
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
