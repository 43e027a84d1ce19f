// @vitest-environment happy-dom
// Editor DOM → text, and back: offsets round-trip through DOM points and ranges.
import { describe, expect, test } from "vitest";
import { gmailReplyPage } from "../../bench/gmail-page.ts";
import { gmail } from "../../src/webmail/adapters/gmail.ts";
import { outlook } from "../../src/webmail/adapters/outlook.ts";
import { buildTextMap } from "../../src/webmail/text-map.ts";
import { loadFixture } from "./load-fixture.ts";

function editorWith(html: string): HTMLElement {
  const editor = document.createElement("div");
  editor.contentEditable = "true";
  editor.innerHTML = html;
  document.body.replaceChildren(editor);
  return editor;
}

test.each([
  ["plain text", "Labdien, Jāni!", "Labdien, Jāni!"],
  ["br breaks the line", "Labdien,<br>Jāni", "Labdien,\nJāni"],
  ["div per line, empty line as <div><br></div>", "<div>a</div><div><br></div><div>b</div>", "a\n\nb"],
  ["a trailing br inside a block adds nothing", "<div>a<br></div><div>b</div>", "a\nb"],
  ["text then a block", "a<div>b</div>c", "a\nb\nc"],
  ["nested blocks break once", "<div><div><p>a</p></div></div><div>b</div>", "a\nb"],
  ["inline markup is transparent", "<div>ļoti <b>svarīgs</b> <a href='#'>dokuments</a></div>", "ļoti svarīgs dokuments"],
  ["nbsp becomes a space (same length)", "a\u00a0\u00a0b", "a  b"],
  ["source formatting between blocks is not text", "<div>a</div>\n   <div>b</div>", "a\nb"],
  ["no trailing newline", "<div>a</div><div>b</div>", "a\nb"],
  ["lists and tables break lines", "<ul><li>x</li><li>y</li></ul><table><tr><td>1</td></tr></table>", "x\ny\n1"],
  ["script and style are not text", "a<style>p{}</style><script>1</script>b", "ab"],
  ["hr breaks the line", "a<hr>b", "a\nb"],
])("%s", (_name, html, text) => {
  expect(buildTextMap(editorWith(html)).text).toBe(text);
});

function visible(range: Range): string {
  return range.toString().replace(/\u00a0/g, " ");
}

/** Every offset maps to a DOM point and back; every range covers exactly its text (newlines aside). */
function expectRoundTrip(editor: HTMLElement, quoteStart: Node | null, signature: Node | null): void {
  for (const includeQuote of [false, true]) {
    const map = buildTextMap(editor, { quoteStart, signature, includeQuote });
    for (let i = 0; i <= map.text.length; i++) {
      const point = map.rangeFor(i, i);
      expect(map.offsetOf(point.startContainer, point.startOffset), `offset ${i}`).toBe(i);
    }
    const words = [...map.text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length] as const);
    for (const [start, end] of words) expect(visible(map.rangeFor(start, end))).toBe(map.text.slice(start, end));
    // Whole lines and spans across lines.
    for (let i = 0; i + 1 < words.length; i += 3) {
      const [start] = words[i]!;
      const [, end] = words[i + 1]!;
      expect(visible(map.rangeFor(start, end))).toBe(map.text.slice(start, end).replace(/\n/g, ""));
    }
  }
}

describe("round trip on the saved pages", () => {
  test.each([
    "gmail-new-message.html",
    "gmail-popout.html",
    "gmail-reply-collapsed.html",
    "gmail-reply-expanded.html",
    "gmail-forward.html",
  ])("%s", (name) => {
    for (const { editor } of gmail.findComposes(loadFixture(name))) {
      expectRoundTrip(editor, gmail.findQuoteStart(editor), gmail.findSignature(editor));
    }
  });

  test.each(["outlook-new-mail.html", "outlook-reply.html", "outlook-popout.html"])("%s", (name) => {
    for (const { editor } of outlook.findComposes(loadFixture(name))) {
      expectRoundTrip(editor, outlook.findQuoteStart(editor), outlook.findSignature(editor));
    }
  });

  test.each([
    ["br", "Labdien,<br>Jāni<br><br>x"],
    ["empty lines", "<div>a</div><div><br></div><div><br></div><div>b</div>"],
    ["empty inline between blocks", "<div>a</div><span></span>b"],
    ["nbsp", "<div>a&nbsp;b</div><div>c&nbsp;</div>"],
  ])("%s", (_name, html) => {
    expectRoundTrip(editorWith(html), null, null);
  });
});

describe("offsetOf", () => {
  test("a caret in a text node and between elements", () => {
    const editor = editorWith("<div>ab</div><div>cd</div>");
    const map = buildTextMap(editor);
    const second = editor.children[1]!.firstChild!;
    expect(map.offsetOf(second, 1)).toBe(4);
    expect(map.offsetOf(editor, 1)).toBe(3); // the second line starts after the break
    expect(map.offsetOf(editor, 2)).toBe(5);
  });

  test("outside the editor, or in the cut-off quote: null", () => {
    const editor = editorWith("<div>ab</div><blockquote>q</blockquote>");
    const quote = editor.querySelector("blockquote")!;
    const map = buildTextMap(editor, { quoteStart: quote });
    expect(map.offsetOf(document.body, 0)).toBeNull();
    expect(map.offsetOf(quote.firstChild!, 0)).toBeNull();
  });
});

describe("rangeFor", () => {
  test("clamps and orders its bounds", () => {
    const map = buildTextMap(editorWith("<div>ab</div><div>cd</div>"));
    expect(visible(map.rangeFor(10, 3))).toBe("cd");
    expect(map.rangeFor(-5, 0).collapsed).toBe(true);
  });

  test("a range that ends at a line end stays on that line", () => {
    const editor = editorWith("<div>ab</div><div>cd</div>");
    const range = buildTextMap(editor).rangeFor(0, 2);
    expect(range.endContainer).toBe(editor.firstChild!.firstChild);
    expect(range.endOffset).toBe(2);
  });

  test("an empty editor", () => {
    const editor = editorWith("");
    const range = buildTextMap(editor).rangeFor(0, 0);
    expect(range.startContainer).toBe(editor);
  });
});

describe("long quoted threads", () => {
  test("the walk stops at the quote: nothing of a 5000-message thread is visited", () => {
    const editor = editorWith("<div>Labdien!</div>");
    const quote = document.createElement("div");
    quote.className = "gmail_quote";
    for (let i = 0; i < 5000; i++) {
      const block = document.createElement("blockquote");
      block.textContent = `Ziņa ${i}: lūdzu eskalēt`;
      quote.append(block);
    }
    editor.append(quote);
    const map = buildTextMap(editor, { quoteStart: quote });
    expect(map.text).toBe("Labdien!\n");
    expect(map.offsetOf(quote.lastChild!.firstChild!, 0)).toBeNull();
  });

  // Timing is measured in real Chromium (test/e2e/webmail-insert.e2e.ts); happy-dom's DOM is slow.
  test("a 2000-line reply maps in one pass", () => {
    const editor = editorWith("");
    for (let i = 0; i < 2000; i++) {
      const line = document.createElement("div");
      line.textContent = `rinda ${i}`;
      editor.append(line);
    }
    const map = buildTextMap(editor);
    expect(map.text.split("\n")).toHaveLength(2000);
    const at = map.text.indexOf("rinda 1999");
    expect(visible(map.rangeFor(at, at + 10))).toBe("rinda 1999");
  });
});

describe("a long quoted thread costs nothing", () => {
  /** Makes any step into `node`'s children throw: the walk must stop at it. */
  const untouchable = (node: Node) => {
    for (const key of ["firstChild", "childNodes", "lastChild"] as const) {
      Object.defineProperty(node, key, {
        get() {
          throw new Error(`the text map read into the quote (${key})`);
        },
      });
    }
  };

  test.each([
    ["Gmail reply with the quote expanded in the editor", () => loadFixture("gmail-reply-expanded.html")],
    ["a 1,000-word reply above a 20,000-word quote (bench/gmail-page.ts)", () => {
      document.documentElement.innerHTML = gmailReplyPage(1_000, 20_000).html.replace(/^[\s\S]*?<html[^>]*>/i, "").replace(/<\/html>\s*$/i, "");
      return document;
    }],
  ])("%s: the walk stops at the quote", (_name, load) => {
    const doc = load();
    const [compose] = gmail.findComposes(doc);
    const quoteStart = gmail.findQuoteStart(compose!.editor)!;
    const signature = gmail.findSignature(compose!.editor);
    expect(quoteStart).not.toBeNull();
    const quoteText = quoteStart.textContent!;
    untouchable(quoteStart);
    const map = buildTextMap(compose!.editor, { quoteStart, signature });
    expect(map.hints.quoteStart).toBe(map.text.length);
    expect(map.text).not.toContain(quoteText.trim().slice(0, 40));
    if (signature) expect(map.hints.signature).toBeDefined();
  });
});
