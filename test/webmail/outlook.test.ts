// @vitest-environment happy-dom
// Every Outlook selector checked against the saved pages (STYLE.md §4). The fixtures' editor
// markup is what RoosterJS shows; the e2e tests run the real RoosterJS on the same pages.
import { describe, expect, test } from "vitest";
import { adapterFor } from "../../src/webmail/adapters/index.ts";
import { OUTLOOK_SELECTORS, outlook } from "../../src/webmail/adapters/outlook.ts";
import { buildTextMap } from "../../src/webmail/text-map.ts";
import { loadFixture } from "./load-fixture.ts";

type Key = keyof typeof OUTLOOK_SELECTORS;
const SELECTOR_CASES: [Key, string, number][] = [
  ["editor", "outlook-new-mail.html", 1],
  ["editor", "outlook-reply.html", 1],
  ["editor", "outlook-popout.html", 1],
  ["editor", "outlook-drifted.html", 0],
  ["root", "outlook-reply.html", 1],
  ["root", "outlook-popout.html", 0],
  ["popoutRoot", "outlook-popout.html", 1],
  ["mainRoot", "outlook-reply.html", 1],
  ["quote", "outlook-reply.html", 2],
  ["quote", "outlook-new-mail.html", 0],
  ["replyHeader", "outlook-reply.html", 1],
  ["signature", "outlook-new-mail.html", 1],
  ["signature", "outlook-reply.html", 1],
  ["send", "outlook-reply.html", 1],
  ["send", "outlook-drifted.html", 0],
];

test.each(SELECTOR_CASES)("selector %s matches %s %i times", (key, name, count) => {
  expect(loadFixture(name).querySelectorAll(OUTLOOK_SELECTORS[key]).length).toBe(count);
});

test("every selector is checked against a fixture", () => {
  const checked = new Set(SELECTOR_CASES.filter(([, , n]) => n > 0).map(([key]) => key));
  expect([...checked].sort()).toEqual(Object.keys(OUTLOOK_SELECTORS).sort());
});

test.each([
  "https://outlook.office.com/mail/",
  "https://outlook.office365.com/mail/inbox",
  "https://outlook.live.com/mail/0/",
  "https://outlook.cloud.microsoft/mail/",
  "https://outlook.office.com/mail/deeplink/compose?mailtouri=mailto%3Ainfo%40example.lv",
])("Outlook serves %s", (url) => {
  expect(adapterFor(url)).toBe(outlook);
});

test("not other Microsoft hosts", () => {
  expect(outlook.matches(new URL("https://login.microsoftonline.com/"))).toBe(false);
});

describe("composes", () => {
  test.each([
    ["outlook-new-mail.html", "docking_InitVisiblePart_0"],
    ["outlook-reply.html", "docking_InitVisiblePart_0"],
  ])("%s: the body editor, not the To/Cc fields, in the docked compose", (name, rootId) => {
    const doc = loadFixture(name);
    const composes = outlook.findComposes(doc);
    expect(composes).toHaveLength(1);
    expect(composes[0]!.root.id).toBe(rootId);
    expect(composes[0]!.editor.getAttribute("aria-multiline")).toBe("true");
    // The To and Cc fields are contenteditable textboxes too.
    expect(doc.querySelectorAll('[contenteditable="true"][role="textbox"]').length).toBe(3);
  });

  test("pop-out: the [data-app-section] root", () => {
    const [compose] = outlook.findComposes(loadFixture("outlook-popout.html"));
    expect(compose!.root.getAttribute("data-app-section")).toBe("ComposeContainer");
  });

  test("the drifted page has none", () => {
    expect(outlook.findComposes(loadFixture("outlook-drifted.html"))).toEqual([]);
  });

  test("Send is the command bar's send button", () => {
    const [compose] = outlook.findComposes(loadFixture("outlook-reply.html"));
    const controls = outlook.findSendControls(compose!);
    expect(controls.map((c) => c.getAttribute("data-fixture-send"))).toEqual(["send"]);
    expect(outlook.sendKind(controls[0]!)).toBe("send");
  });
});

const SIGNATURE_TEXT = "Anna Ozola\nVecākā referente\nTālr. 67000000";

describe("quote and signature", () => {
  test("reply: the text ends at #appendonsend; the signature is found", () => {
    const [compose] = outlook.findComposes(loadFixture("outlook-reply.html"));
    const { editor } = compose!;
    const quote = outlook.findQuoteStart(editor) as Element;
    expect(quote.id).toBe("appendonsend");
    const map = buildTextMap(editor, { quoteStart: quote, signature: outlook.findSignature(editor) });
    expect(map.text).toBe(
      `Labdien, Jāni!\n\nJūsu iesniegums ir nodots atbildīgajai struktūrvienībai.\n\nAr cieņu\n\n${SIGNATURE_TEXT}\n`,
    );
    expect(map.hints.quoteStart).toBe(map.text.length);
    expect(map.text.slice(map.hints.signature!.start, map.hints.signature!.end)).toBe(SIGNATURE_TEXT);
    expect(map.text).not.toContain("eskalēt");
  });

  test("with the quote mapped, it begins before the Latvian reply header", () => {
    const [compose] = outlook.findComposes(loadFixture("outlook-reply.html"));
    const { editor } = compose!;
    const map = buildTextMap(editor, { quoteStart: outlook.findQuoteStart(editor), includeQuote: true });
    const quoted = map.text.slice(map.hints.quoteStart);
    expect(quoted).toMatch(/^\n?No: Jānis Bērziņš <janis@example.lv>\nNosūtīts: .*\nKam: .*\nTēma: Iesniegums/);
    expect(quoted).toContain("Lūdzu eskalēt");
  });

  test("without #appendonsend the rule before #divRplyFwdMsg starts the quote", () => {
    const [compose] = outlook.findComposes(loadFixture("outlook-reply.html"));
    compose!.editor.querySelector("#appendonsend")!.remove();
    expect((outlook.findQuoteStart(compose!.editor) as Element).tagName).toBe("HR");
  });

  test("received copies: x_-prefixed ids", () => {
    const [compose] = outlook.findComposes(loadFixture("outlook-reply.html"));
    const { editor } = compose!;
    for (const el of editor.querySelectorAll("[id]")) el.id = `x_${el.id}`;
    expect((outlook.findQuoteStart(editor) as Element).id).toBe("x_appendonsend");
    expect(outlook.findSignature(editor)?.id).toBe("x_Signature");
  });

  test("new mail: no quote, signature at the end", () => {
    const [compose] = outlook.findComposes(loadFixture("outlook-new-mail.html"));
    const { editor } = compose!;
    expect(outlook.findQuoteStart(editor)).toBeNull();
    const map = buildTextMap(editor, { signature: outlook.findSignature(editor) });
    expect(map.text).toBe(`Labdien!\n\nNosūtām Jums pieprasīto informāciju.\n\n${SIGNATURE_TEXT}`);
    expect(map.hints.signature).toEqual({ start: map.text.length - SIGNATURE_TEXT.length, end: map.text.length });
  });
});
