// The received time from the topmost quoted header (issue 15). The headers are the forms the
// webmails write: Outlook's English and Latvian blocks, "-----Original Message-----" blocks,
// Gmail's English attribution (UK and US forms, with the narrow no-break space Gmail puts before
// AM/PM since 2023) and Gmail's Latvian attribution as seen in public mailing-list messages
// (see src/core/received.ts for the sources).
import { describe, expect, test } from "vitest";
import { findReceived, isReceivedTime, parseMailDate } from "../../src/core/received.ts";

const REPLY = "Labdien!\n\nAtbildam uz Jūsu jautājumu.\n\nAr cieņu,\nAnna\n\n";

describe("parseMailDate: dates as mail headers print them, local time as written", () => {
  test.each([
    // Outlook, English (US and UK settings)
    ["Monday, November 23, 2026 10:14 AM", "2026-11-23T10:14"],
    ["Monday, November 23, 2026 10:14 PM", "2026-11-23T22:14"],
    ["Monday, November 23, 2026 12:05 AM", "2026-11-23T00:05"],
    ["Monday, November 23, 2026 12:05 PM", "2026-11-23T12:05"],
    ["Monday, 23 November 2026 10:14", "2026-11-23T10:14"],
    ["23 November 2026 10:14", "2026-11-23T10:14"],
    ["11/23/2026 10:14 AM", "2026-11-23T10:14"],
    ["23/11/2026 22:14", "2026-11-23T22:14"],
    // Outlook, Latvian
    ["pirmdiena, 2026. gada 23. novembris 10:14", "2026-11-23T10:14"],
    ["otrdiena, 2026. gada 24. novembris 10:12", "2026-11-24T10:12"],
    ["ceturtdiena, 2027. gada 7. janvāris 8:05", "2027-01-07T08:05"],
    ["2026. gada 23. novembrī plkst. 10.14", "2026-11-23T10:14"],
    ["23.11.2026 10:14", "2026-11-23T10:14"],
    ["23.11.2026. 10:14", "2026-11-23T10:14"],
    ["2026-11-23 10:14", "2026-11-23T10:14"],
    // RFC 5322 (Date: in -----Original Message----- and forwarded blocks): zone and seconds dropped
    ["Mon, 23 Nov 2026 10:14:37 +0200", "2026-11-23T10:14"],
    ["Mon, 23 Nov 2026 10:14:37 -0500 (EST)", "2026-11-23T10:14"],
    // Gmail, English
    ["On Mon, 23 Nov 2026 at 10:14, Jane Smith <jane@example.com> wrote:", "2026-11-23T10:14"],
    ["On Mon, Nov 23, 2026 at 10:14\u202fAM Jane Smith <jane@example.com> wrote:", "2026-11-23T10:14"],
    ["On Mon, Nov 23, 2026 at 9:03 PM Jane Smith <jane@example.com> wrote:", "2026-11-23T21:03"],
    ["Mon, 23 Nov 2026 at 10:14", "2026-11-23T10:14"],
    // Gmail, Latvian (real forms: weekday and month abbreviated, "plkst.")
    ["otrd., 2022. g. 22. febr., plkst. 03:59 — lietotājs Dāvis Mosāns (<davispuh@gmail.com>) rakstīja:", "2022-02-22T03:59"],
    ["trešd., 2021. g. 17. marts, plkst. 12:28", "2021-03-17T12:28"],
    ["ceturtd., 2021. g. 2. sept., plkst. 00:31", "2021-09-02T00:31"],
    ["pirmd., 2020. g. 13. janv., plkst. 11:51", "2020-01-13T11:51"],
    ["svētd., 2022. g. 6. febr., plkst. 13:01", "2022-02-06T13:01"],
    ["trešd., 2019. g. 29. maijs, plkst. 21:39", "2019-05-29T21:39"],
    ["pirmd., 2021. g. 30. aug., plkst. 16:08", "2021-08-30T16:08"],
    ["sestd., 2026. g. 21. nov., plkst. 23:59", "2026-11-21T23:59"],
    // A date without a time keeps the date
    ["16 Nov 2026", "2026-11-16"],
  ])("%j → %s", (input, expected) => {
    expect(parseMailDate(input)).toBe(expected);
    expect(isReceivedTime(expected)).toBe(true);
  });

  test.each([
    ["no date at all", "Jane Smith <jane@example.com>"],
    ["an impossible day", "Monday, February 30, 2026 10:14 AM"],
    ["an impossible Latvian day", "2026. gada 31. novembris 10:14"],
    ["a month word that is none", "23 Novak 2026"],
  ])("no date: %s", (_, input) => {
    expect(parseMailDate(input)).toBeNull();
  });

  test("an impossible time keeps the date alone", () => {
    expect(parseMailDate("23.11.2026 25:14")).toBe("2026-11-23");
    expect(parseMailDate("Monday, November 23, 2026 13:14 PM")).toBe("2026-11-23");
  });
});

describe("findReceived: the topmost quoted header of a reply", () => {
  test.each([
    ["Outlook, English", "________________________________\nFrom: Jane Smith <jane@example.com>\nSent: Monday, November 23, 2026 10:14 AM\nTo: info@vzd.gov.lv\nSubject: Question\n\nHello", "2026-11-23T10:14"],
    ["Outlook, English, bold labels in plain text", "*From:* Jane Smith <jane@example.com>\n*Sent:* Monday, November 23, 2026 2:14 PM\n*To:* info@vzd.gov.lv\n\nHello", "2026-11-23T14:14"],
    ["Outlook, Latvian", "________________________________\nNo: Jānis Bērziņš <janis@example.lv>\nNosūtīts: pirmdiena, 2026. gada 23. novembris 10:14\nKam: info@vzd.gov.lv\nTēma: Jautājums\n\nLabdien!", "2026-11-23T10:14"],
    ["-----Original Message----- with Sent:", "-----Original Message-----\nFrom: jane@example.com\nSent: 23 November 2026 10:14\nTo: info@vzd.gov.lv\n\nHello", "2026-11-23T10:14"],
    ["-----Original Message----- with Date:", "-----Original Message-----\nFrom: jane@example.com\nDate: Mon, 23 Nov 2026 10:14:00 +0200\nTo: info@vzd.gov.lv\n\nHello", "2026-11-23T10:14"],
    ["Thunderbird, Latvian, Datums: before No:", "-------- Pārsūtīts ziņojums --------\nTemats: Jautājums\nDatums: 23.11.2026 10:14\nNo: Jānis <janis@example.lv>\n\nLabdien!", "2026-11-23T10:14"],
    ["Gmail, English", "On Mon, 23 Nov 2026 at 10:14, Jane Smith <jane@example.com> wrote:\n> Hello", "2026-11-23T10:14"],
    ["Gmail, English, wrapped", "On Mon, 23 Nov 2026 at 10:14, Jane Smith <jane@example.com>\nwrote:\n\n> Hello", "2026-11-23T10:14"],
    ["Gmail, English, US, 12-hour", "On Mon, Nov 23, 2026 at 3:14\u202fPM Jane Smith <jane@example.com> wrote:\n> Hello", "2026-11-23T15:14"],
    ["Gmail, Latvian", "pirmd., 2026. g. 23. nov., plkst. 10:14 — lietotājs Jānis Bērziņš (<janis@example.lv>) rakstīja:\n> Labdien", "2026-11-23T10:14"],
    ["Gmail, Latvian, wrapped as in list archives", "otrd., 2022. g. 22. febr., plkst. 03:59 — lietotājs Dāvis Mosāns\n(<davispuh@gmail.com>) rakstīja:\n>\n> Labdien", "2022-02-22T03:59"],
    ["Gmail, Latvian, as the compose shows it", "otrd., 2026. g. 24. nov., plkst. 10:12 Jānis Bērziņš <janis@example.lv> rakstīja:\nLabdien!", "2026-11-24T10:12"],
    ["Gmail forward banner with Date:", "---------- Forwarded message ---------\nFrom: Jane Smith <jane@example.com>\nDate: Mon, 23 Nov 2026 at 10:14\nSubject: Question\nTo: <info@vzd.gov.lv>\n\nHello", "2026-11-23T10:14"],
    ["an address with digits does not confuse the date", "On Mon, 23 Nov 2026 at 10:14, J <j.2025-01-02@example.com> wrote:\n> Hello", "2026-11-23T10:14"],
  ])("%s", (_, quote, expected) => {
    expect(findReceived(REPLY + quote)).toBe(expected);
    expect(findReceived((REPLY + quote).replace(/\n/g, "\r\n")), "with CRLF").toBe(expected);
  });

  test.each([
    [
      "Outlook thread: only the top message counts",
      "From: Jānis <janis@example.lv>\nSent: Wednesday, November 25, 2026 9:30 AM\nTo: info@vzd.gov.lv\n\nVēl viens jautājums.\n\nFrom: Info <info@vzd.gov.lv>\nSent: Monday, November 23, 2026 4:00 PM\nTo: Jānis\n\nAtbilde.",
      "2026-11-25T09:30",
    ],
    [
      "Gmail thread with older attributions further down",
      "On Wed, 25 Nov 2026 at 09:30, Jane <jane@example.com> wrote:\n> Another question.\n>\n> On Mon, 23 Nov 2026 at 16:00, Info <info@vzd.gov.lv> wrote:\n>> An answer.",
      "2026-11-25T09:30",
    ],
    [
      "a forwarded message inside the quote does not count",
      "No: Jānis <janis@example.lv>\nNosūtīts: trešdiena, 2026. gada 25. novembris 9:30\nKam: info@vzd.gov.lv\n\n---------- Forwarded message ---------\nFrom: Anna <anna@example.lv>\nDate: Fri, 20 Nov 2026 at 12:00\n",
      "2026-11-25T09:30",
    ],
  ])("%s", (_, quote, expected) => {
    expect(findReceived(REPLY + quote)).toBe(expected);
  });

  test.each([
    ["no quote at all", "Labdien!\n\nAtbildam.\n"],
    ["a quote of > lines without a header", `${REPLY}> Labdien!\n> Jautājums.`],
    ["a top header without a date, even when an older one has one", `${REPLY}From: Jane <jane@example.com>\nTo: info@vzd.gov.lv\nSubject: Q\n\nHello\n\nFrom: Jane\nSent: Monday, November 23, 2026 10:14 AM\nTo: x`],
    ["a date the writer mentions is no header", "Labdien!\n\nSaņēmām Jūsu vēstuli 2026. gada 23. novembrī 10:14.\n"],
  ])("none: %s", (_, text) => {
    expect(findReceived(text)).toBeNull();
  });

  test("the DOM's quote boundary decides where the header is", () => {
    const text = `${REPLY}pirmd., 2026. g. 23. nov., plkst. 10:14 Jānis <janis@example.lv> rakstīja:\nLabdien!`;
    expect(findReceived(text, REPLY.length)).toBe("2026-11-23T10:14");
    expect(findReceived(text, text.length)).toBeNull();
  });

  test("cost is bounded: a huge quote after the header is never read", () => {
    const quote = `From: Jane <jane@example.com>\nSent: Monday, November 23, 2026 10:14 AM\n${"x".repeat(5_000_000)}`;
    const started = performance.now();
    expect(findReceived(REPLY + quote)).toBe("2026-11-23T10:14");
    expect(findReceived(`${REPLY}From: Jane\nTo: x\n${"y".repeat(5_000_000)}`)).toBeNull();
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  test.each(["2026-11-23T10:14", "2026-11-23"])("isReceivedTime(%s)", (value) => {
    expect(isReceivedTime(value)).toBe(true);
  });

  test.each(["2026-11-31", "2026-11-23T24:00", "2026-11-23 10:14", "", 12])("not a received time: %j", (value) => {
    expect(isReceivedTime(value)).toBe(false);
  });
});
