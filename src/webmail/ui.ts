// Small plain-DOM helpers for Skaidri's in-page UI (chip, card, Send dialog, picker). Plain DOM
// keeps the content script lean; every piece of UI lives in a CLOSED shadow root attached to a
// plain element (customElements is unavailable in the isolated world — WEBMAIL.md): the page
// sees the host element but cannot read or click what is inside it, and every action that
// changes the mail or lets it go out also checks `event.isTrusted` (trusted() below), so a
// page script that dispatches events cannot drive Skaidri either.

type Child = Node | string | null | undefined | false;

/** Creates `tag` in `doc` with attributes (`on*` functions become listeners) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string | number | boolean | ((event: Event) => void) | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === "function") el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) if (child || child === "") el.append(child);
  return el;
}

// Colours chosen for WCAG AA contrast in both schemes (axe runs over these shadow roots).
export const BASE_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.sk { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f1f1f; }
.panel { background: #fff; color: #1f1f1f; border: 1px solid #8e918f; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.22); padding: 10px 12px; }
button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #5f6368;
  background: #fff; color: #1f1f1f; padding: 3px 10px; }
button.primary { background: #0b57d0; border-color: #0b57d0; color: #fff; }
button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
.muted { color: #474747; }
.error { color: #b3261e; } .warning { color: #8a4b00; } .info { color: #0b57d0; }
ul { margin: 4px 0; padding-left: 18px; }
@media (prefers-color-scheme: dark) {
  .sk { color: #e3e3e3; }
  .panel { background: #2d2e30; color: #e3e3e3; border-color: #8e918f; }
  button { background: #3c4043; color: #e3e3e3; border-color: #9aa0a6; }
  button.primary { background: #a8c7fa; border-color: #a8c7fa; color: #062e6f; }
  button:focus-visible { outline-color: #a8c7fa; }
  .muted { color: #c4c7c5; }
  .error { color: #f2b8b5; } .warning { color: #ffb95c; } .info { color: #a8c7fa; }
}
`;

/** Applies `css` to a shadow root: a constructed sheet (no inline <style> a page CSP could block), else a <style>. */
export function applyCss(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    // Firefox content scripts may not adopt a sheet across the Xray wrapper: check it took.
    if (root.adoptedStyleSheets.length === 1) return;
  } catch {
    // Older engines and test DOMs: fall back to a style element.
  }
  const style = root.ownerDocument.createElement("style");
  style.textContent = css;
  root.append(style);
}

/** `handler`, run only for events the user made (not ones a page script dispatched). */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}

// The closed roots, for Skaidri's own code (and its unit tests) only: this module lives in the
// content script's isolated world, out of the page's reach.
const roots = new WeakMap<Element, ShadowRoot>();

/** The closed shadow root of one of Skaidri's hosts. */
export function shadowOf(host: Element | null | undefined): ShadowRoot | undefined {
  return host ? roots.get(host) : undefined;
}

/** A plain host element with a closed shadow root styled with BASE_CSS + `css`. */
export function shadowHost(doc: Document, css: string, attrs: Record<string, string> = {}): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement("div");
  for (const [name, value] of Object.entries(attrs)) host.setAttribute(name, value);
  const root = host.attachShadow({ mode: "closed" });
  roots.set(host, root);
  applyCss(root, BASE_CSS + css);
  return { host, root };
}
