// greeting/punctuation: valid and invalid real greetings (STYLE.md §2) in complete replies.
import { describe, expect, test } from "vitest";
import { greetingPunctuation } from "../../../src/core/rules/greeting-punctuation.ts";
import { enMail, findingsOf, lvMail } from "./helpers.ts";

const valid: string[] = [
  "Labdien!",
  "Labdien, Jāni!",
  "Labdien, Kalniņas kundze!",
  "Cienījamā Kalniņas kundze!",
  "Godātais Bērziņa kungs!",
  "Augsti godātais Juri Bērziņa kungs!",
  "Labrīt, Ilze!",
  "Labvakar!",
  "Sveiki, Andri!",
  "Sveicināti!",
  "Labdien, Pēter!",
  "Labu dienu!",
  "Godātie vecāki!",
  "Cienījamās kundzes un godātie kungi!",
  "Labdien, Anna Liepa!",
  "Labdien! Paldies par Jūsu vēstuli",
];

const invalid: string[] = [
  "Labdien,",
  "Labdien, Jāni,",
  "Labdien, Kalniņas kundze,",
  "Cienījamā Kalniņas kundze,",
  "Godātais Bērziņa kungs,",
  "Labrīt, Ilze,",
  "Labvakar,",
  "Sveiki, Andri,",
  "Sveicināti,",
  "Labdien, Pēter,",
  "Labu dienu,",
  "Godātie vecāki,",
  "Cienījamās kundzes un godātie kungi,",
  "Labdien, Anna Liepa,",
  "Augsti godātais Juri Bērziņa kungs,",
];

describe("valid", () => {
  test.each(valid)("%s", (greeting) => {
    expect(findingsOf("greeting/punctuation", lvMail({ greeting }))).toEqual([]);
  });
});

describe("invalid: the comma becomes an exclamation mark", () => {
  test.each(invalid)("%s", (greeting) => {
    const text = lvMail({ greeting });
    const [f, ...rest] = findingsOf("greeting/punctuation", text);
    expect(rest).toEqual([]);
    expect(text.slice(f!.start, f!.end)).toBe(",");
    expect(f!.start).toBe(greeting.length - 1);
    expect(f!.suggestions).toEqual(["!"]);
    expect(f!.severity).toBe("warning");
  });
});

test.each([
  ["Labdien,\nesam saņēmuši Jūsu iesniegumu un atbildēsim līdz piektdienai.", "Labdien!"],
  ["Labdien, Jāni,\npaldies par Jūsu jautājumu.", "Labdien, Jāni!"],
  ["Cienījamā Kalniņas kundze,\n  informējam, ka Jūsu iesniegums ir saņemts.", "Cienījamā Kalniņas kundze!"],
])("a comma greeting continued in lowercase on the next line is advice: %s", (opening, advice) => {
  const text = lvMail({ greeting: opening, body: "" });
  const [f] = findingsOf("greeting/punctuation", text);
  expect(text.slice(f!.start, f!.end)).toBe(",");
  expect(f!.suggestions).toEqual([]);
  expect(f!.advice).toEqual([advice]);
  expect(f!.message).toContain("lielo burtu");
});

test("English greetings keep their comma; a comma greeting in the quoted history is not the writer's", () => {
  expect(findingsOf("greeting/punctuation", enMail({ greeting: "Dear Ms Smith," }))).toEqual([]);
  expect(findingsOf("greeting/punctuation", lvMail({ greeting: "Dear Mr Bērziņš," }))).toEqual([]);
  const quoted = `${lvMail()}\n\nNo: Jānis Bērziņš <janis@example.lv>\nNosūtīts: pirmdiena\nTēma: Jautājums\n\nLabdien,\nvai varat palīdzēt?`;
  expect(findingsOf("greeting/punctuation", quoted)).toEqual([]);
});

test("message in the user's language; meta", () => {
  const text = lvMail({ greeting: "Labdien, Jāni," });
  expect(findingsOf("greeting/punctuation", text)[0]!.message).toContain("izsaukuma zīme");
  expect(findingsOf("greeting/punctuation", text, { locale: "en" })[0]!.message).toContain("exclamation mark");
  expect(greetingPunctuation.meta.defaultSeverity).toBe("warning");
});
