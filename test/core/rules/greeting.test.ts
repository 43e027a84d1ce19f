import { describe, expect, test } from "vitest";
import { enMail, findingsOf, lvMail } from "./helpers.ts";

describe("greeting", () => {
  test.each([
    "Labdien!",
    "Labdien, Jāni!",
    "Labdien Jāni,",
    "Labrīt!",
    "Labvakar, Anna!",
    "Sveiki!",
    "Sveicināti!",
    "Cienījamā Bērziņas kundze!",
    "Cienījamais Bērziņa kungs!",
    "Cienījamie klienti!",
    "Godātā kundze!",
    "LABDIEN!",
  ])("accepts the Latvian greeting %j", (greeting) => {
    expect(findingsOf("greeting", lvMail({ greeting }))).toEqual([]);
  });

  test.each(["Dear Ms Smith,", "Dear Sir or Madam,", "Hello,", "Hello John,", "Good morning,", "Good afternoon, Mr Brown,", "Greetings,"])(
    "accepts the English greeting %j",
    (greeting) => {
      expect(findingsOf("greeting", enMail({ greeting }))).toEqual([]);
    },
  );

  test("accepts a greeting after leading blank lines", () => {
    expect(findingsOf("greeting", `\n\n  ${lvMail()}`)).toEqual([]);
  });

  test.each([
    ["a reply that starts with the answer", "Paldies par Jūsu jautājumu. Informējam, ka iesniegums ir izskatīts."],
    ["a greeting in the second line only", "Informējam, ka iesniegums ir izskatīts.\nLabdien!"],
    ["an English reply without a greeting", "Your application has been registered."],
  ])("flags %s at the first character", (_, text) => {
    const [f] = findingsOf("greeting", text);
    expect(f).toMatchObject({ severity: "warning", start: 0, end: 0 });
  });

  test("the missing-greeting fix inserts a greeting in the mail's language", () => {
    expect(findingsOf("greeting", "Paldies par Jūsu jautājumu. Informējam, ka iesniegums ir izskatīts.")[0]?.suggestions).toEqual(["Labdien!\n\n"]);
    expect(findingsOf("greeting", "Thank you for your question. We have registered your application.")[0]?.suggestions).toEqual(["Hello,\n\n"]);
  });

  test.each([
    ["Čau, Jāni!", "Čau"],
    ["Sveiks!", "Sveiks"],
    ["Hi John,", "Hi"],
    ["Hey,", "Hey"],
  ])("flags the informal greeting in %j", (greeting, word) => {
    const text = greeting.startsWith("H") ? enMail({ greeting }) : lvMail({ greeting });
    const [f] = findingsOf("greeting", text);
    expect(text.slice(f!.start, f!.end)).toBe(word);
    expect(f!.suggestions[0]).toMatch(/^(Labdien|Hello)$/);
  });

  test("a bare address gets the greeting word put in front", () => {
    const text = lvMail({ greeting: "Jāni!" });
    const [f] = findingsOf("greeting", text);
    expect(f).toMatchObject({ start: 0, end: 0, suggestions: ["Labdien, "] });
  });

  test("messages follow the UI locale, not the mail's language", () => {
    const text = "Informējam, ka iesniegums ir izskatīts.";
    expect(findingsOf("greeting", text, { locale: "en" })[0]?.message).toMatch(/greet first/);
    expect(findingsOf("greeting", text, { locale: "lv" })[0]?.message).toMatch(/sveicinām pirmie/);
  });

  test("a greeting inside quoted history does not count, and the quote is never flagged", () => {
    const text = "Informējam, ka iesniegums ir izskatīts.\n\n> Labdien!\n> Kur ir mans iesniegums?";
    const found = findingsOf("greeting", text);
    expect(found).toHaveLength(1);
    expect(found[0]!.start).toBe(0);
  });
});
