import { describe, expect, test } from "vitest";
import { isFeedbackPage } from "../../../src/core/links.ts";
import { findingsOf, lvMail, VZD } from "./helpers.ts";

const URL = "https://www.vzd.gov.lv/atsauksmes";
const withLink = (link: string) => lvMail({ closing: `Aicinām Jūs sniegt atsauksmi mūsu tīmekļvietnē ${link}.\n\nVeiksmīgu dienu!\n\nAr cieņu,` });

describe("feedback-link", () => {
  test.each([
    URL,
    `${URL}/`,
    "http://www.vzd.gov.lv/atsauksmes",
    "https://vzd.gov.lv/atsauksmes",
    "https://WWW.VZD.GOV.LV/atsauksmes",
    `${URL}?utm_source=epasts`,
    `${URL}#forma`,
    `${URL}/forma`,
    "www.vzd.gov.lv/atsauksmes",
    "vzd.gov.lv/atsauksmes",
    `<${URL}>`,
  ])("accepts the configured page written as %j", (link) => {
    expect(findingsOf("feedback-link", withLink(link), { policy: VZD })).toEqual([]);
  });

  test.each([
    ["another page of the site", "https://www.vzd.gov.lv/kontakti"],
    ["another site", "https://www.latvija.lv/atsauksmes"],
    ["a page whose name only starts the same", "https://www.vzd.gov.lv/atsauksmes-vecas"],
    ["a different path case", "https://www.vzd.gov.lv/Atsauksmes"],
  ])("flags %s and suggests the right URL", (_, link) => {
    const text = withLink(link);
    const [f] = findingsOf("feedback-link", text, { policy: VZD });
    expect(f).toMatchObject({ severity: "error", start: text.indexOf(link), end: text.indexOf(link) + link.length, suggestions: [URL] });
  });

  test("flags a missing link at the end of the invitation, before its full stop", () => {
    const text = lvMail({ closing: "Aicinām Jūs sniegt atsauksmi mūsu tīmekļvietnē.\n\nVeiksmīgu dienu!\n\nAr cieņu," });
    const [f] = findingsOf("feedback-link", text, { policy: VZD });
    const at = text.indexOf("tīmekļvietnē.") + "tīmekļvietnē".length;
    expect(f).toMatchObject({ start: at, end: at, suggestions: [` ${URL}`] });
  });

  test("the link in the signature (the institution's home page) does not count", () => {
    const text = lvMail({
      closing: "Aicinām Jūs sniegt atsauksmi mūsu tīmekļvietnē.\n\nVeiksmīgu dienu!\n\nAr cieņu,",
      signature: "Anna Kalniņa\nVecākā referente\nValsts zemes dienests\nTālr. 67 038 600\nwww.vzd.gov.lv",
    });
    expect(findingsOf("feedback-link", text, { policy: VZD })).toHaveLength(1);
  });

  test("without feedbackUrl any link satisfies it, with an info note", () => {
    const text = withLink("https://www.example.lv/atsauksmes");
    expect(findingsOf("feedback-link", text)).toMatchObject([{ severity: "info", start: text.indexOf("https://www.example.lv") }]);
  });

  test("without feedbackUrl and without a link it is an error", () => {
    const text = lvMail({ closing: "Aicinām Jūs sniegt atsauksmi mūsu tīmekļvietnē.\n\nVeiksmīgu dienu!\n\nAr cieņu," });
    expect(findingsOf("feedback-link", text)).toMatchObject([{ severity: "error" }]);
  });

  test("a policy severity lower than info-note keeps the note at info, and off silences it", () => {
    const text = withLink("https://www.example.lv/atsauksmes");
    expect(findingsOf("feedback-link", text, { policy: { rules: { "feedback-link": "warning" } } })[0]?.severity).toBe("info");
    expect(findingsOf("feedback-link", text, { policy: { rules: { "feedback-link": "off" } } })).toEqual([]);
  });

  test.each([
    ["https://www.vzd.gov.lv:443/atsauksmes", true],
    ["https://www.vzd.gov.lv/atsauksmes/", true],
    ["https://www.vzd.gov.lv/atsauksmes%20", false],
    ["mailto:info@vzd.gov.lv", false],
    ["", false],
  ])("isFeedbackPage(%j)", (link, expected) => {
    expect(isFeedbackPage(link, URL)).toBe(expected);
  });
});

describe("feedback-link: where the link may stand", () => {
  test("a feedback link in the last paragraphs counts even when no invitation phrase is recognised", () => {
    const text = "Labdien!\n\nIesniegums ir izskatīts.\n\nMūsu atsauksmju lapa: https://www.vzd.gov.lv/atsauksmes\n\nAr cieņu,\nAnna Kalniņa";
    expect(findingsOf("feedback-link", text, { policy: VZD })).toEqual([]);
  });

  test("an unrelated link in the body is not called the wrong feedback page", () => {
    const text = lvMail({
      body: "Paldies par vēstuli. Veidlapa pieejama https://www.vzd.gov.lv/veidlapa.",
      closing: "Aicinām Jūs sniegt atsauksmi mūsu tīmekļvietnē.\n\nVeiksmīgu dienu!\n\nAr cieņu,",
    });
    const [f] = findingsOf("feedback-link", text, { policy: VZD });
    expect(f!.start).toBe(f!.end);
    expect(f!.suggestions).toEqual([` ${URL}`]);
  });
});

describe("feedback-link: hosts as a browser parses them (issue 12)", () => {
  test.each([
    ["https://evil.example\\@www.vzd.gov.lv/atsauksmes", false],
    ["https://www.vzd.gov.lv@evil.example/atsauksmes", false],
    ["https://evil.example/www.vzd.gov.lv/atsauksmes", false],
    ["https://www.vzd.gov.lv.evil.example/atsauksmes", false],
    ["https://WWW.VZD.GOV.LV/atsauksmes", true],
    ["http://vzd.gov.lv/atsauksmes?utm_source=mail#forma", true],
    ["www.vzd.gov.lv/atsauksmes", true],
    ["https://user@www.vzd.gov.lv/atsauksmes", true],
    ["https://www.vzd.gov.lv:8443/atsauksmes", false],
  ])("isFeedbackPage(%j) is %s", (link, expected) => {
    expect(isFeedbackPage(link, URL)).toBe(expected);
  });

  test("a link whose host is another behind a backslash is flagged as the wrong page", () => {
    const text = withLink("https://evil.example\\@www.vzd.gov.lv/atsauksmes");
    expect(findingsOf("feedback-link", text, { policy: VZD })).toHaveLength(1);
  });
});
