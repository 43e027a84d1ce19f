import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { findQuoteStart, segmentMessage } from "../../src/core/message.ts";
import type { Span } from "../../src/core/types.ts";

const REPLY = "Labdien!\n\nIesniegums ir izskatīts.\n\nVeiksmīgu dienu!\n\nAr cieņu,\nAnna Kalniņa\nVecākā referente\n";
const slice = (text: string, span: Span | null) => (span ? text.slice(span.start, span.end) : null);

describe("quoted history starts at", () => {
  test.each([
    ["a > line", "> Labdien!\n> Kur ir mans iesniegums?"],
    ["an indented > line", "  > quoted"],
    ["Outlook headers after underscores", "________________________________\nFrom: Jane Smith <jane@example.com>\nSent: Monday, 16 November 2026 10:15\nTo: info@vzd.gov.lv\nSubject: Question"],
    ["Outlook headers without underscores", "From: Jane Smith <jane@example.com>\nSent: Monday, 16 November 2026 10:15\nTo: info@vzd.gov.lv"],
    ["Latvian Outlook headers", "________________________________\nNo: Jānis Bērziņš <janis@example.lv>\nNosūtīts: pirmdiena, 2026. gada 16. novembris 10:15\nKam: info@vzd.gov.lv\nTēma: Jautājums"],
    ["bold Outlook headers (Markdown copy)", "*From:* Jane <jane@example.com>\n*Date:* 16 Nov 2026\n*Subject:* Question"],
    ["-----Original Message-----", "-----Original Message-----\nFrom: jane@example.com\nSent: 16 Nov 2026"],
    ["-----Sākotnējā ziņojuma-----", "-----Sākotnējā ziņojuma-----\nNo: janis@example.lv"],
    ["-----Oriģinālais ziņojums-----", "-----Oriģinālais ziņojums-----\nNo: janis@example.lv"],
    ["Gmail's forward banner", "---------- Forwarded message ---------\nFrom: Jane <jane@example.com>"],
    ["Gmail's Latvian forward banner", "---------- Pārsūtīts ziņojums ---------\nNo: Jānis <janis@example.lv>"],
    ["Gmail's attribution", "On Mon, 16 Nov 2026 at 10:15, Jane Smith <jane@example.com> wrote:\n> Hello"],
    ["Gmail's attribution wrapped over two lines", "On Mon, 16 Nov 2026 at 10:15, Jane Smith <jane@example.com>\nwrote:\n\n> Hello"],
    ["Gmail's Latvian attribution", "pirmd., 2026. g. 16. nov., plkst. 10:15 — lietotājs Jānis Bērziņš (<janis@example.lv>) rakstīja:\n> Labdien"],
    ["Gmail's Latvian attribution wrapped", "Pirmd., 2026. g. 16. nov., plkst. 10:15 Jānis Bērziņš <janis@example.lv>\nrakstīja:\n> Labdien"],
    ["Gmail's Latvian attribution wrapped before the address", "otrd., 2022. g. 22. febr., plkst. 03:59 — lietotājs Dāvis Mosāns\n(<davispuh@gmail.com>) rakstīja:\n>\n> Labdien"],
  ])("%s", (_, quote) => {
    const text = `${REPLY}\n${quote}\n`;
    const segments = segmentMessage(text);
    expect(segments.quote).toEqual({ start: REPLY.length + 1, end: text.length });
    expect(slice(text, segments.signature)).toBe("Anna Kalniņa\nVecākā referente");
  });

  test.each([
    ["a colon-ended sentence of the writer", "Jānis rakstīja:\nmēs atbildam šādi."],
    ["No: that is not a header block", "No: šodienas nekas nemainās.\nPaldies."],
    ["From: without another header", "From: the start of next month the office is open on Saturdays."],
    ["a > inside a line", "Summa > 100 EUR netiek atmaksāta."],
  ])("not at %s", (_, body) => {
    expect(findQuoteStart(`Labdien!\n\n${body}\n`)).toBe(`Labdien!\n\n${body}\n`.length);
  });

  test("the first marker wins, whatever follows", () => {
    const text = `${REPLY}\n> one\n\n-----Original Message-----\n> two`;
    expect(segmentMessage(text).quote?.start).toBe(REPLY.length + 1);
  });
});

describe("segments of a reply", () => {
  const fixture = readFileSync(resolve(import.meta.dirname, "../fixtures/mail/lv-complete.txt"), "utf8");

  test("greeting, body, closing, signature and quote of a complete Latvian reply", () => {
    const s = segmentMessage(fixture);
    expect(slice(fixture, s.greeting)).toBe("Labdien, Jāni!");
    expect(slice(fixture, s.body)).toMatch(/^Paldies par Jūsu vēstuli\. .*20\. novembrim\.$/s);
    expect(slice(fixture, s.closing)).toMatch(/^Ja Jums ir vēl kādi jautājumi.*Veiksmīgu dienu!\n\nAr cieņu,$/s);
    expect(slice(fixture, s.signature)).toBe("Anna Kalniņa\nKlientu apkalpošanas nodaļas vecākā referente\nValsts zemes dienests\nTālr. 67 038 600\nanna.kalnina@vzd.gov.lv");
    expect(slice(fixture, s.quote)).toMatch(/^_{32}\nNo: Jānis/);
  });

  test("a -- delimiter starts the signature block", () => {
    const text = "Hello,\n\nYour form was received.\n\nHave a nice day!\n-- \nPeter Oak\nSenior Officer";
    const s = segmentMessage(text);
    expect(slice(text, s.signature)).toBe("-- \nPeter Oak\nSenior Officer");
    expect(slice(text, s.closing)).toBe("Have a nice day!");
  });

  test("a name on the valediction line starts the signature", () => {
    const text = "Labdien!\n\nIesniegums ir izskatīts.\n\nAr cieņu, Anna Kalniņa\nVecākā referente";
    expect(slice(text, segmentMessage(text).signature)).toBe("Anna Kalniņa\nVecākā referente");
  });

  test("without a valediction a trailing signature-shaped block is the signature", () => {
    const text = "Labdien!\n\nIesniegums ir izskatīts.\n\nVeiksmīgu dienu!\nAnna Kalniņa\nVecākā referente\nTālr. 67 038 600";
    const s = segmentMessage(text);
    expect(slice(text, s.signature)).toBe("Anna Kalniņa\nVecākā referente\nTālr. 67 038 600");
    expect(slice(text, s.closing)).toBe("Veiksmīgu dienu!");
  });

  test("a last paragraph of prose is not a signature", () => {
    const text = "Labdien!\n\nIesniegums ir izskatīts.\n\nAtbildi nosūtīsim pa pastu.";
    expect(segmentMessage(text).signature).toBeNull();
  });

  test("'Ar cieņu pret Jūsu laiku' is a sentence, not a valediction", () => {
    const text = "Labdien!\n\nAr cieņu pret Jūsu laiku, atbildam īsi: iesniegums ir izskatīts.";
    expect(segmentMessage(text).signature).toBeNull();
  });

  test("a greeting with text on the same line ends at its exclamation mark", () => {
    const text = "Labdien! Paldies par Jūsu vēstuli, kurā Jūs jautājat par nekustamā īpašuma nodokli un tā termiņiem.";
    expect(slice(text, segmentMessage(text).greeting)).toBe("Labdien!");
  });

  test("empty and blank texts have no parts but a body", () => {
    for (const text of ["", "   \n\n  "]) {
      const s = segmentMessage(text);
      expect(s).toMatchObject({ greeting: null, closing: null, signature: null, quote: null });
      expect(s.body.start).toBeLessThanOrEqual(s.body.end);
    }
  });
});

describe("hints from the browser win", () => {
  test("quoteStart replaces the plain-text markers", () => {
    const text = `${REPLY}\nOriginal text the DOM marked as quote`;
    expect(segmentMessage(text, { quoteStart: REPLY.length }).quote).toEqual({ start: REPLY.length, end: text.length });
  });

  test("a hinted quoteStart before a > line still cuts there, and no marker is needed", () => {
    const text = "Labdien!\n\nTeksts.\n\nCitēts teksts bez zīmes";
    expect(segmentMessage(text, { quoteStart: 18 }).quote?.start).toBe(18);
  });

  test("the signature hint replaces the plain-text signature", () => {
    const text = "Labdien!\n\nTeksts.\n\nVeiksmīgu dienu!\n\nAr cieņu,\nAnna Kalniņa\nVecākā referente";
    const start = text.indexOf("Vecākā");
    const s = segmentMessage(text, { signature: { start, end: text.length } });
    expect(slice(text, s.signature)).toBe("Vecākā referente");
    expect(slice(text, s.closing)).toMatch(/Veiksmīgu dienu!/);
  });

  test("hints outside the text are clamped, never thrown on", () => {
    const text = "Labdien!";
    expect(() => segmentMessage(text, { quoteStart: 1e9, signature: { start: -5, end: 1e9 } })).not.toThrow();
    expect(segmentMessage(text, { quoteStart: Number.NaN }).quote).toBeNull();
  });
});
