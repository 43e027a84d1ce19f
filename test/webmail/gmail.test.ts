// @vitest-environment happy-dom
// Every Gmail selector checked against the saved pages (STYLE.md §4).
import { describe, expect, test } from "vitest";
import { adapterFor } from "../../src/webmail/adapters/index.ts";
import { GMAIL_SELECTORS, gmail, hasCollapsedQuote } from "../../src/webmail/adapters/gmail.ts";
import { buildTextMap } from "../../src/webmail/text-map.ts";
import { loadFixture } from "./load-fixture.ts";

type Key = keyof typeof GMAIL_SELECTORS;
// [selector, fixture, how many elements it must match there]
const SELECTOR_CASES: [Key, string, number][] = [
  ["editor", "gmail-new-message.html", 2],
  ["editor", "gmail-popout.html", 1],
  ["editor", "gmail-reply-collapsed.html", 1],
  ["editor", "gmail-reply-expanded.html", 1],
  ["editor", "gmail-forward.html", 1],
  ["editor", "gmail-drifted.html", 0],
  ["root", "gmail-new-message.html", 2],
  ["rootFallback", "gmail-new-message.html", 2],
  ["inlineRoot", "gmail-reply-expanded.html", 1],
  ["quote", "gmail-reply-expanded.html", 2],
  ["quote", "gmail-reply-collapsed.html", 0],
  ["quote", "gmail-forward.html", 1],
  ["collapsedQuote", "gmail-reply-collapsed.html", 1],
  ["collapsedQuote", "gmail-reply-expanded.html", 0],
  ["signature", "gmail-new-message.html", 1],
  ["signature", "gmail-reply-expanded.html", 1],
  ["send", "gmail-new-message.html", 2],
  ["send", "gmail-reply-expanded.html", 1],
  ["send", "gmail-drifted.html", 0],
  ["sendArchive", "gmail-reply-collapsed.html", 1],
  ["schedule", "gmail-schedule-menu.html", 1],
  ["schedule", "gmail-popout.html", 0],
  ["menuOpener", "gmail-schedule-menu.html", 1],
  ["menuOpener", "gmail-popout.html", 0],
  ["signaturePrefix", "gmail-new-message.html", 1],
  ["trimmed", "gmail-reply-trimmed.html", 1],
  ["foreign", "gmail-reply-signature-below.html", 1],
  ["subject", "gmail-new-message.html", 2],
];

test.each(SELECTOR_CASES)("selector %s matches %s %i times", (key, name, count) => {
  expect(loadFixture(name).querySelectorAll(GMAIL_SELECTORS[key]).length).toBe(count);
});

test("every selector is checked against a fixture", () => {
  const checked = new Set(SELECTOR_CASES.filter(([, , n]) => n > 0).map(([key]) => key));
  expect([...checked].sort()).toEqual(Object.keys(GMAIL_SELECTORS).sort());
});

test.each([
  ["https://mail.google.com/mail/u/0/#inbox", "gmail"],
  ["https://mail.google.com/mail/u/1/?view=cm&fs=1&tf=1", "gmail"],
  ["https://outlook.office.com/mail/", "outlook"],
  ["https://example.org/compose", "generic"],
])("adapterFor(%s) is %s", (url, name) => {
  expect(adapterFor(url).name).toBe(name);
});

describe("composes", () => {
  test("two new-message windows at once, body editors only (not the hidden textarea or To fields)", () => {
    const composes = gmail.findComposes(loadFixture("gmail-new-message.html"));
    expect(composes).toHaveLength(2);
    for (const { root, editor } of composes) {
      expect(root.classList.contains("M9")).toBe(true);
      expect(editor.getAttribute("g_editable")).toBe("true");
      expect(root.contains(editor)).toBe(true);
    }
  });

  test.each(["gmail-popout.html", "gmail-reply-collapsed.html", "gmail-reply-expanded.html", "gmail-forward.html"])(
    "one compose in %s",
    (name) => {
      const [compose, ...rest] = gmail.findComposes(loadFixture(name));
      expect(rest).toHaveLength(0);
      expect(compose?.root.classList.contains("M9")).toBe(true);
    },
  );

  test("the drifted page has none", () => {
    expect(gmail.findComposes(loadFixture("gmail-drifted.html"))).toEqual([]);
  });
});

describe("send controls", () => {
  test("new message: Send only — the .hG chevron opens a menu, it does not send", () => {
    const [compose] = gmail.findComposes(loadFixture("gmail-new-message.html"));
    const controls = gmail.findSendControls(compose!);
    expect(controls.map((c) => gmail.sendKind(c))).toEqual(["send"]);
    expect(controls.some((c) => c.classList.contains("hG"))).toBe(false);
  });

  test("inline reply: Send, Send & Archive", () => {
    const [compose] = gmail.findComposes(loadFixture("gmail-reply-collapsed.html"));
    const controls = gmail.findSendControls(compose!);
    expect(controls.map((c) => gmail.sendKind(c))).toEqual(["send", "send-archive"]);
    expect(controls.map((c) => c.getAttribute("data-fixture-send"))).toEqual(["send", "send-archive"]);
  });

  test("the menu's scheduledSend entry while this compose's menu is open", () => {
    const [compose] = gmail.findComposes(loadFixture("gmail-schedule-menu.html"));
    const controls = gmail.findSendControls(compose!);
    expect(controls.map((c) => gmail.sendKind(c))).toEqual(["send", "schedule"]);
    expect(controls[1]!.getAttribute("selector")).toBe("scheduledSend");
  });

  test("another extension's Gmail-styled button and a Send look-alike in the quote are not Send", () => {
    const [compose] = gmail.findComposes(loadFixture("gmail-reply-signature-below.html"));
    const controls = gmail.findSendControls(compose!);
    expect(controls.map((c) => c.getAttribute("data-fixture-send"))).toEqual(["send", "send-archive"]);
  });

  test("the signature editor of Gmail's settings is not a compose", () => {
    expect(gmail.findComposes(loadFixture("gmail-settings-signature.html"))).toEqual([]);
  });

  test("each window has its own controls", () => {
    const [a, b] = gmail.findComposes(loadFixture("gmail-new-message.html"));
    expect(gmail.findSendControls(a!)[0]).not.toBe(gmail.findSendControls(b!)[0]);
  });
});

const USER_TEXT = "Labdien, Jāni!\n\nJūsu iesniegums ir nodots atbildīgajai struktūrvienībai.\n\nAr cieņu\n\n";
const SIGNATURE_TEXT = "Anna Ozola\nVecākā referente\nTālr. 67000000";

describe("quote and signature", () => {
  test("collapsed quote: not in the editor, the whole editor is the user's", () => {
    const [compose] = gmail.findComposes(loadFixture("gmail-reply-collapsed.html"));
    expect(hasCollapsedQuote(compose!)).toBe(true);
    expect(gmail.findQuoteStart(compose!.editor)).toBeNull();
    const map = buildTextMap(compose!.editor, { signature: gmail.findSignature(compose!.editor) });
    expect(map.text).toBe(`${USER_TEXT}-- \n${SIGNATURE_TEXT}`);
    expect(map.hints.quoteStart).toBeUndefined();
    const { start, end } = map.hints.signature!;
    expect(map.text.slice(start, end)).toBe(SIGNATURE_TEXT);
    expect(map.text).not.toContain("eskalēt");
  });

  test("expanded quote: the text ends where gmail_quote starts", () => {
    const [compose] = gmail.findComposes(loadFixture("gmail-reply-expanded.html"));
    const { editor } = compose!;
    expect(hasCollapsedQuote(compose!)).toBe(false);
    const quote = gmail.findQuoteStart(editor) as Element;
    expect(quote.classList.contains("gmail_quote_container")).toBe(true);
    const map = buildTextMap(editor, { quoteStart: quote, signature: gmail.findSignature(editor) });
    expect(map.text).toBe(`${USER_TEXT}-- \n${SIGNATURE_TEXT}\n\n`);
    expect(map.hints.quoteStart).toBe(map.text.length);
    expect(map.text.slice(map.hints.signature!.start, map.hints.signature!.end)).toBe(SIGNATURE_TEXT);
    expect(map.text).not.toContain("eskalēt");
  });

  test("expanded quote mapped too when asked: it starts at the attribution line", () => {
    const [compose] = gmail.findComposes(loadFixture("gmail-reply-expanded.html"));
    const { editor } = compose!;
    const map = buildTextMap(editor, { quoteStart: gmail.findQuoteStart(editor), includeQuote: true });
    const quoted = map.text.slice(map.hints.quoteStart);
    expect(quoted.startsWith("otrd., 2026. g. 24. nov., plkst. 10:12 Jānis Bērziņš <janis@example.lv> rakstīja:\n")).toBe(true);
    expect(quoted).toContain("Lūdzu eskalēt manu iesniegumu");
  });

  test("forward: the forwarded message is quoted history", () => {
    const [compose] = gmail.findComposes(loadFixture("gmail-forward.html"));
    const { editor } = compose!;
    const map = buildTextMap(editor, { quoteStart: gmail.findQuoteStart(editor), signature: gmail.findSignature(editor) });
    expect(map.text).toBe("Labdien, Ilze!\n\nPārsūtu Jāņa iesniegumu izskatīšanai.\n\n");
    expect(map.hints.signature).toBeUndefined();
  });

  test("signature below the quote (Gmail's default): found, and mapped after the skipped quote", () => {
    const [compose] = gmail.findComposes(loadFixture("gmail-reply-signature-below.html"));
    const { editor } = compose!;
    const quoteStart = gmail.findQuoteStart(editor);
    const signature = gmail.findSignature(editor);
    expect(signature?.textContent).toContain("Anna Ozola");
    const map = buildTextMap(editor, { quoteStart, signature });
    expect(map.text.slice(map.hints.signature!.start, map.hints.signature!.end)).toBe(SIGNATURE_TEXT);
    expect(map.text).not.toContain("eskalēt");
    expect(map.hints.quoteStart).toBe(map.text.length);
  });

  test("collapsed trimmed content: the signature is read from input[name=uet], not the quoted sender's", () => {
    const [compose] = gmail.findComposes(loadFixture("gmail-reply-trimmed.html"));
    expect(gmail.findSignature(compose!.editor)).toBeNull();
    expect(gmail.findTrimmedSignature!(compose!)).toBe(SIGNATURE_TEXT);
    const map = buildTextMap(compose!.editor, { trailingSignature: gmail.findTrimmedSignature!(compose!) });
    expect(map.text.slice(map.hints.signature!.start)).toBe(SIGNATURE_TEXT);
    expect(map.mappedEnd).toBeLessThan(map.hints.signature!.start);
  });

  test("a signature inside the quote is not the user's", () => {
    const doc = loadFixture("gmail-reply-expanded.html");
    const [compose] = gmail.findComposes(doc);
    compose!.editor.querySelector(".gmail_signature")!.remove();
    const quoted = doc.createElement("div");
    quoted.className = "gmail_signature";
    compose!.editor.querySelector("blockquote")!.append(quoted);
    expect(gmail.findSignature(compose!.editor)).toBeNull();
  });
});
