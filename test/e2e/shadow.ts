// Reaching into Skaidri's CLOSED shadow roots from a test, as no page script can: Chromium's
// DevTools protocol pierces closed roots (DOM.getDocument with pierce), so the test reads what
// the user sees there and acts as the user does — clicks with the real mouse at the element's
// place and keys with the real keyboard (trusted events). `untrustedClick` is the page's
// attempt: an element.click() from the page's world, which Skaidri must ignore.
import type { CDPSession, Page } from "playwright-core";

interface CdpNode {
  nodeId: number;
  localName?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

export interface ShadowItem {
  text: string;
  visible: boolean;
  /** Centre, viewport coordinates. */
  x: number;
  y: number;
  attributes: Record<string, string>;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

function findNode(node: CdpNode, id: number): CdpNode | null {
  if (node.nodeId === id) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(child, id);
    if (found) return found;
  }
  return null;
}

/** Object ids (main world) of the elements matching `selector` inside the closed roots of `host` elements. */
async function objects(page: Page, host: string, selector: string | null): Promise<string[]> {
  const session = await cdp(page);
  const { root } = (await session.send("DOM.getDocument", { depth: -1, pierce: true })) as { root: CdpNode };
  const { nodeIds } = (await session.send("DOM.querySelectorAll", { nodeId: root.nodeId, selector: host })) as { nodeIds: number[] };
  const ids: string[] = [];
  for (const hostId of nodeIds) {
    const shadow = findNode(root, hostId)?.shadowRoots?.[0];
    if (!shadow) continue;
    const inner = selector
      ? ((await session.send("DOM.querySelectorAll", { nodeId: shadow.nodeId, selector })) as { nodeIds: number[] }).nodeIds
      : [shadow.nodeId];
    for (const nodeId of inner) {
      const { object } = (await session.send("DOM.resolveNode", { nodeId })) as { object: { objectId: string } };
      ids.push(object.objectId);
    }
  }
  return ids;
}

async function call<T>(page: Page, objectId: string, fn: string): Promise<T> {
  const session = await cdp(page);
  const { result } = (await session.send("Runtime.callFunctionOn", { objectId, functionDeclaration: fn, returnByValue: true, awaitPromise: true })) as {
    result: { value: T };
  };
  return result.value;
}

const DESCRIBE = `function () {
  const r = this.getBoundingClientRect();
  const style = getComputedStyle(this);
  let hidden = false;
  for (let el = this; el; el = el.parentElement) if (el.hidden) hidden = true;
  const attributes = {};
  for (const a of this.attributes) attributes[a.name] = a.value;
  return { text: this.textContent, visible: !hidden && r.width > 0 && r.height > 0 && style.visibility !== "hidden" && style.display !== "none",
    x: r.x + r.width / 2, y: r.y + r.height / 2, attributes };
}`;

/** What the user sees of the elements matching `selector` in Skaidri's `host` (e.g. "[data-skaidri-card]"). */
export async function shadowItems(page: Page, host: string, selector: string): Promise<ShadowItem[]> {
  const out: ShadowItem[] = [];
  for (const id of await objects(page, host, selector)) out.push(await call<ShadowItem>(page, id, DESCRIBE));
  return out;
}

/** The visible items' texts. */
export async function shadowTexts(page: Page, host: string, selector: string): Promise<string[]> {
  return (await shadowItems(page, host, selector)).filter((i) => i.visible).map((i) => i.text);
}

/** Whether some element matching `selector` is visible. */
export async function shadowVisible(page: Page, host: string, selector: string): Promise<boolean> {
  return (await shadowItems(page, host, selector)).some((i) => i.visible);
}

/** Clicks, with the real mouse, the first visible match (whose text contains `text`, if given); throws when none. */
export async function shadowClick(page: Page, host: string, selector: string, text?: string): Promise<void> {
  const item = (await shadowItems(page, host, selector)).find((i) => i.visible && (text === undefined || i.text.includes(text)));
  if (!item) throw new Error(`nothing visible to click: ${host} ${selector}${text ? ` “${text}”` : ""}`);
  await page.mouse.click(item.x, item.y);
}

/** The page's own attempt: element.click() from the page's world on every match (untrusted). */
export async function untrustedClick(page: Page, host: string, selector: string): Promise<number> {
  const ids = await objects(page, host, selector);
  for (const id of ids) await call(page, id, "function () { this.click(); }");
  return ids.length;
}

/** Text of the focused element inside `host`'s closed root, or null. */
export async function shadowFocus(page: Page, host: string): Promise<string | null> {
  const [root] = await objects(page, host, null);
  return root ? call<string | null>(page, root, "function () { return this.activeElement ? this.activeElement.textContent : null; }") : null;
}

/**
 * An open copy of `host`'s closed root (same nodes, same adopted sheets) under
 * [data-axe-copy], so axe-core — which sees open roots only — checks exactly what is shown.
 */
export async function openCopyForAxe(page: Page, host: string): Promise<number> {
  const roots = await objects(page, host, null);
  for (const root of roots) {
    await call(
      page,
      root,
      `function () {
        const copy = document.createElement("div");
        copy.setAttribute("data-axe-copy", "");
        const open = copy.attachShadow({ mode: "open" });
        open.adoptedStyleSheets = this.adoptedStyleSheets;
        for (const node of this.childNodes) open.append(node.cloneNode(true));
        this.host.after(copy);
      }`,
    );
  }
  return roots.length;
}

export async function removeAxeCopies(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll("[data-axe-copy]")) el.remove();
  });
}
