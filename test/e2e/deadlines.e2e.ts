// Issue 15 in real Chromium with the shipped build, on the real webmail URLs routed to the
// fixtures, the browser in Latvian: the chip shows when the client wrote and what is due — in
// Gmail from the conversation view's message date (the quote is collapsed, not in the editor),
// in Outlook on the web (real RoosterJS) from the reading pane's date — and turns to the
// warning colour when the answer is late. Nothing leaves the browser. Waits poll, no sleeps.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { computeDeadlines, dateInRiga, isAnswerOverdue } from "../../src/core/deadlines.ts";
import { fixture, launch, openWebmail, type Session } from "./harness.ts";

let session: Session;
beforeAll(async () => {
  session = await launch({ locale: "lv" });
}, 120_000);
afterAll(async () => {
  await session?.close();
});

interface DomNode {
  nodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

interface Line {
  text: string;
  visible: boolean;
  overdue: string | null;
  border: string;
}

/**
 * The chip's deadlines line as the user sees it. Skaidri's UI lives in closed shadow roots,
 * which page scripts and Playwright's selectors cannot enter; the DevTools DOM (pierce) can.
 */
async function deadlineLine(page: Page): Promise<Line | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send("DOM.getDocument", { depth: -1, pierce: true })) as { root: DomNode };
    const find = (node: DomNode): DomNode | null => {
      if (node.attributes?.includes("data-skaidri-deadline")) return node;
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
        const found = find(child);
        if (found) return found;
      }
      return null;
    };
    const node = find(root);
    if (!node) return null;
    const { object } = await cdp.send("DOM.resolveNode", { nodeId: node.nodeId });
    const { result } = await cdp.send("Runtime.callFunctionOn", {
      objectId: object.objectId!,
      functionDeclaration:
        "function () { return { text: this.textContent, visible: !this.hidden && this.getClientRects().length > 0, overdue: this.getAttribute('data-overdue'), border: getComputedStyle(this).borderTopColor }; }",
      returnByValue: true,
    });
    return result.value as Line;
  } finally {
    await cdp.detach();
  }
}

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 30_000, interval: 100 });

// Both fixtures: the client's message of Tuesday 24 November 2026, 10:12.
const LINE = /^Saņemts otrdien, (?:2026\. gada )?24\. novembrī 10\.12 · apliecinājums līdz (?:2026\. gada )?25\. novembrim · atbilde līdz (?:2026\. gada )?26\. novembrim$/;

describe.each([
  { name: "Gmail", url: "https://mail.google.com/mail/u/0/#inbox", file: "gmail-reply-collapsed.html" },
  { name: "Outlook", url: "https://outlook.office.com/mail/", file: "outlook-reply.html" },
])("$name", ({ url, file }) => {
  test("the chip's deadlines line, in the user's language, warning-coloured when the answer is late", { timeout: 120_000 }, async () => {
    const page = await openWebmail(session, url, fixture(file));
    await poll(async () => (await deadlineLine(page))?.text ?? "").toMatch(LINE);
    const line = (await deadlineLine(page))!;
    expect(line.visible).toBe(true);
    // The same clock as the page's: late from 27 November 2026 on.
    const overdue = isAnswerOverdue(computeDeadlines("2026-11-24T10:12"), dateInRiga());
    expect(line.overdue).toBe(String(overdue));
    if (overdue) expect(line.border).toBe("rgb(138, 75, 0)");
    else expect(line.border).not.toBe("rgb(138, 75, 0)");
    expect(session.externalRequests).toEqual([]);
    await page.close();
  });
});
