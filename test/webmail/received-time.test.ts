// @vitest-environment happy-dom
// The received time from the page (issue 15): the conversation view's date of the message
// above the compose, by stable attributes, else the quoted header inside the editor.
import { describe, expect, test } from "vitest";
import { adapterFor } from "../../src/webmail/adapters/index.ts";
import { conversationReceived, quotedReceived, receivedTimeFor } from "../../src/webmail/received-time.ts";
import { loadFixture } from "./load-fixture.ts";

function composeOf(name: string, url: string) {
  const doc = loadFixture(name);
  const adapter = adapterFor(new URL(url))!;
  const compose = adapter.findComposes(doc)[0]!;
  return { adapter, compose, quoteStart: adapter.findQuoteStart(compose.editor) };
}

describe("the conversation view", () => {
  test("Gmail: span.g3's title of the message above the reply (the quote is collapsed, not in the editor)", () => {
    const { adapter, compose, quoteStart } = composeOf("gmail-reply-collapsed.html", "https://mail.google.com/mail/u/0/");
    expect(quoteStart).toBeNull();
    expect(conversationReceived("gmail", compose)).toBe("2026-11-24T10:12");
    expect(receivedTimeFor(adapter.name, compose, quoteStart)).toBe("2026-11-24T10:12");
  });

  test("Outlook: SentReceivedSavedTime in the reading pane", () => {
    const { compose } = composeOf("outlook-reply.html", "https://outlook.office.com/mail/");
    expect(conversationReceived("outlook", compose)).toBe("2026-11-24T10:12");
  });

  test("the last message before the compose counts; dates after it or inside it do not", () => {
    const { compose } = composeOf("gmail-reply-collapsed.html", "https://mail.google.com/mail/u/0/");
    const header = document.querySelector(".gH")!;
    header.insertAdjacentHTML("beforebegin", '<span class="g3" title="Mon, Nov 23, 2026, 9:00 AM">23 Nov</span>');
    compose.root.insertAdjacentHTML("afterend", '<span class="g3" title="Fri, Nov 27, 2026, 9:00 AM">27 Nov</span>');
    compose.root.insertAdjacentHTML("afterbegin", '<span class="g3" title="Thu, Nov 26, 2026, 9:00 AM">26 Nov</span>');
    expect(conversationReceived("gmail", compose)).toBe("2026-11-24T10:12");
    document.querySelector('.gH .g3')!.remove();
    expect(conversationReceived("gmail", compose)).toBe("2026-11-23T09:00");
  });

  test("a pop-out compose (no conversation view) and the generic adapter find nothing there", () => {
    const { compose } = composeOf("gmail-popout.html", "https://mail.google.com/mail/u/0/");
    expect(conversationReceived("gmail", compose)).toBeNull();
    expect(conversationReceived("generic", compose)).toBeNull();
  });
});

describe("the quoted header in the editor", () => {
  test.each([
    ["Gmail's Latvian attribution", "gmail-reply-expanded.html", "https://mail.google.com/mail/u/0/", "2026-11-24T10:12"],
    ["Outlook's Latvian No:/Nosūtīts: block", "outlook-popout.html", "https://outlook.office.com/mail/", "2026-11-24T10:12"],
  ])("%s", (_, name, url, expected) => {
    const { compose, quoteStart } = composeOf(name, url);
    expect(conversationReceived(url.includes("google") ? "gmail" : "outlook", compose)).toBeNull();
    expect(quotedReceived(compose.editor, quoteStart)).toBe(expected);
  });

  test("no quote, no received time", () => {
    const { adapter, compose, quoteStart } = composeOf("gmail-new-message.html", "https://mail.google.com/mail/u/0/");
    expect(receivedTimeFor(adapter.name, compose, quoteStart)).toBeNull();
  });

  test("a long quoted thread is not read past its first lines", () => {
    const { compose, quoteStart } = composeOf("outlook-popout.html", "https://outlook.office.com/mail/");
    const body = compose.editor.querySelector('[id$="mail-body"]') ?? compose.editor;
    const short = performance.now();
    quotedReceived(compose.editor, quoteStart);
    const shortTime = performance.now() - short;
    body.insertAdjacentHTML("beforeend", "<div>vēl teksts</div>".repeat(3_000));
    const started = performance.now();
    expect(quotedReceived(compose.editor, quoteStart)).toBe("2026-11-24T10:12");
    // Relative: the long thread costs about what the short one did (the walk stops after the header).
    expect(performance.now() - started).toBeLessThan(shortTime * 20 + 50);
  }, 30_000);
});
