import { describe, expect, test } from "vitest";
import { lint } from "../../../src/core/lint.ts";
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
    ["Čau, Jāni!", "Čau", "Labdien"],
    ["Sveiks!", "Sveiks", "Labdien"],
    // A greeting ending in a comma is rewritten whole: the comma is right in English only.
    ["Hi John,", "Hi John,", "Hello John,"],
    ["Hey,", "Hey,", "Hello,"],
  ])("flags the informal greeting in %j", (greeting, span, suggestion) => {
    const text = greeting.startsWith("H") ? enMail({ greeting }) : lvMail({ greeting });
    const [f] = findingsOf("greeting", text);
    expect(text.slice(f!.start, f!.end)).toBe(span);
    expect(f!.suggestions).toEqual([suggestion]);
  });

  test.each([
    ["Hi John,", "Labdien, John!"],
    ["Hey,", "Labdien!"],
    ["Čau,", "Labdien!"],
  ])("in a Latvian reply the fix for %j writes a Latvian greeting sentence, %j, that greeting/punctuation passes", (greeting, fixedLine) => {
    const text = lvMail({ greeting });
    const [f] = findingsOf("greeting", text);
    const fixed = text.slice(0, f!.start) + f!.suggestions[0] + text.slice(f!.end);
    expect(fixed.startsWith(`${fixedLine}\n`)).toBe(true);
    expect([...findingsOf("greeting", fixed), ...findingsOf("greeting/punctuation", fixed)]).toEqual([]);
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

describe("greeting: as staff really open (issue 12)", () => {
  test.each([
    "Anna, labdien!",
    "Jāni Bērziņ, labdien!",
    "Ļoti cienījamā Bērziņas kundze!",
    "Augsti godātais ministra kungs!",
    "Godātais ministra kungs!",
    "Cienījamā direktores kundze!",
    "Labvakar, Pēteri!",
  ])("accepts the Latvian %j", (greeting) => {
    expect(findingsOf("greeting", lvMail({ greeting }))).toEqual([]);
  });

  test.each(["Good day, Mr Oak,", "Good afternoon,", "Dear Madam or Sir,"])("accepts the English %j", (greeting) => {
    expect(findingsOf("greeting", enMail({ greeting }))).toEqual([]);
  });

  test.each([
    "Par nekustamā īpašuma nodokļa atvieglojumu",
    "Atbilde uz Jūsu 2026. gada 12. novembra iesniegumu",
    "Re: Jautājums par deklarēto dzīvesvietu",
  ])("accepts a greeting after the heading %j, and the segment is the greeting line", (heading) => {
    const text = `${heading}\n\n${lvMail()}`;
    expect(findingsOf("greeting", text)).toEqual([]);
    const { segments } = lint(text);
    expect(text.slice(segments.greeting!.start, segments.greeting!.end)).toBe("Labdien, Jāni!");
  });

  test.each([
    ["after a heading", "Par nekustamā īpašuma nodokli\n\nInformējam, ka iesniegums ir izskatīts."],
    ["after a name", "Anna, informējam, ka iesniegums ir izskatīts."],
    ["a bare address", "Jāni!\n\nInformējam, ka iesniegums ir izskatīts."],
  ])("the fix %s never makes a double greeting", (_, text) => {
    const [f] = findingsOf("greeting", text);
    const fixed = text.slice(0, f!.start) + f!.suggestions[0] + text.slice(f!.end);
    expect(findingsOf("greeting", fixed)).toEqual([]);
    expect(fixed.match(/labdien/gi)).toHaveLength(1);
  });

  test("a missing greeting goes after the heading line, not above it", () => {
    const text = "Par nekustamā īpašuma nodokli\n\nInformējam, ka iesniegums ir izskatīts.";
    expect(findingsOf("greeting", text)[0]).toMatchObject({ start: text.indexOf("Informējam"), suggestions: ["Labdien!\n\n"] });
  });

  test("in a reply opening in English to a Latvian client, the inserted greeting is English", () => {
    const text = "Your application has been registered and will be reviewed within ten days.\n\nJūsu iesniegums ir reģistrēts un tiks izskatīts desmit darba dienu laikā, par ko Jūs informēsim.";
    expect(findingsOf("greeting", text)[0]?.suggestions).toEqual(["Hello,\n\n"]);
  });
});
