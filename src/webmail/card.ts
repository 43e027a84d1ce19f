// The finding card: what is wrong, why (the handbook's reason), suggestions to apply, advice
// (suggestions the engine could not fit to the writer's sentence: text only, no button),
// Ignore — which block mode withholds from errors (the card says so). Its buttons act only on
// trusted events (ui.ts).
// Opens on hover (highlights get no pointer events, so the session hit-tests the mouse
// against cached rects — hitTest below), from the chip's list, or by keyboard:
// Alt+Shift+S in the editor opens the finding at or after the caret and moves focus into
// the card; pressed again it moves to the next finding; Escape closes and returns to the
// editor. One card per page, in a shadow root on a host appended to <body> — never in the editor.
import { t } from "../platform/i18n.ts";
import type { KeyedFinding } from "./ignore.ts";
import { ruleLabel, ruleWhy } from "./labels.ts";
import { h, shadowHost, trusted } from "./ui.ts";

export const CARD_SHORTCUT = { key: "S", altKey: true, shiftKey: true } as const;

/** Whether `event` is the card shortcut (Alt+Shift+S; `code` so keyboard layouts do not matter). */
export function isCardShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && (event.code === "KeyS" || event.key.toUpperCase() === "S");
}

export interface HitTarget<T> {
  item: T;
  rects: readonly { left: number; top: number; right: number; bottom: number }[];
}

/** The first target whose rects contain (x, y), with a little slack below for the underline. */
export function hitTest<T>(targets: readonly HitTarget<T>[], x: number, y: number, slack = 2): HitTarget<T> | null {
  for (const target of targets) {
    for (const r of target.rects) {
      if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack) return target;
    }
  }
  return null;
}

export interface CardHandlers {
  apply(finding: KeyedFinding, suggestion: string): void;
  ignore(finding: KeyedFinding): void;
  /** Called when the card closes by keyboard (Escape) so focus returns to the editor. */
  returnFocus(): void;
}

export interface CardOptions {
  focus: boolean;
  owner: object;
  /** False when Ignore is withheld (block mode, an error): the card says why instead. */
  canIgnore?: boolean;
  /** False when the suggestions cannot be put in place (text outside the editor): shown as advice. */
  canApply?: boolean;
}

export interface Card {
  /** Shows `finding` next to `anchor` (viewport coordinates). */
  show(finding: KeyedFinding, anchor: DOMRect, handlers: CardHandlers, options: CardOptions): void;
  hide(owner?: object): void;
  /** The finding shown, if any, and who opened it. */
  current(): { finding: KeyedFinding; owner: object } | null;
  /** Whether (x, y) is over the card. */
  contains(x: number, y: number): boolean;
  /** Whether focus is inside the card. */
  hasFocus(): boolean;
}

const CARD_CSS = `
.card { position: fixed; z-index: 2147483646; width: 320px; max-width: calc(100vw - 16px); }
.card[hidden] { display: none; }
.head { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.head h2 { margin: 0; font-size: 14px; }
.close { border: none; background: transparent; font-size: 16px; line-height: 1; padding: 2px 6px; }
p { margin: 6px 0; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.advice { margin: 6px 0; padding-left: 8px; border-left: 3px solid #8e918f; }
`;

const cards = new WeakMap<Document, Card>();

/** The page's one card (created on first use). */
/** Whether an engine message already gives the handbook's reason (lv "Rokasgrāmata …", en "Handbook …"). */
export function citesHandbook(message: string): boolean {
  return /rokasgrāmat|handbook/i.test(message);
}

export function getCard(doc: Document): Card {
  let card = cards.get(doc);
  if (!card) {
    card = createCard(doc);
    cards.set(doc, card);
  }
  return card;
}

function createCard(doc: Document): Card {
  const { host, root } = shadowHost(doc, CARD_CSS, { "data-skaidri-card": "" });
  const box = h(doc, "div", { class: "card panel sk", role: "dialog", "aria-labelledby": "skaidri-card-title", hidden: true });
  root.append(box);
  let shown: { finding: KeyedFinding; owner: object; handlers: CardHandlers } | null = null;

  const hide = (owner?: object) => {
    if (owner && shown?.owner !== owner) return;
    shown = null;
    box.hidden = true;
    box.replaceChildren();
  };
  root.addEventListener("keydown", (event) => {
    const key = (event as KeyboardEvent).key;
    if (key === "Escape" && shown) {
      event.stopPropagation();
      const { handlers } = shown;
      hide();
      handlers.returnFocus();
    }
  });

  return {
    show(finding, anchor, handlers, { focus, owner, canIgnore = true, canApply = true }) {
      if (!host.isConnected) (doc.body ?? doc.documentElement).append(host);
      shown = { finding, owner, handlers };
      const title = h(doc, "h2", { id: "skaidri-card-title", class: finding.severity }, ruleLabel(finding.rule));
      const close = h(doc, "button", { type: "button", class: "close", "aria-label": t("cardClose"), onclick: () => hide() }, "×");
      const suggestions = (canApply ? finding.suggestions : []).map((suggestion) =>
        h(doc, "button", { type: "button", class: "primary", onclick: trusted(() => {
          hide();
          handlers.apply(finding, suggestion);
        }) }, t("cardApply", suggestion.trim())),
      );
      const advice = [...(canApply ? [] : finding.suggestions), ...(finding.advice ?? [])].map((text) =>
        h(doc, "p", { class: "advice", "data-advice": "" }, t("cardAdvice", text.trim())),
      );
      const ignore = canIgnore
        ? h(doc, "button", { type: "button", onclick: trusted(() => {
            hide();
            handlers.ignore(finding);
          }) }, t("cardIgnore"))
        : null;
      box.replaceChildren(
        h(doc, "div", { class: "head" }, title, close),
        h(doc, "p", {}, finding.message),
        // Most engine messages already quote the handbook (the CLI has no card): say it once.
        ...(citesHandbook(finding.message) ? [] : [h(doc, "p", { class: "muted" }, ruleWhy(finding.rule))]),
        ...advice,
        ...(canIgnore ? [] : [h(doc, "p", { class: "muted", "data-no-ignore": "" }, t("cardNoIgnoreBlock"))]),
        h(doc, "div", { class: "actions" }, ...suggestions, ignore),
      );
      box.hidden = false;
      // Below the finding, or above it when there is no room; kept inside the viewport.
      const view = doc.defaultView;
      const vw = view?.innerWidth ?? 1024;
      const vh = view?.innerHeight ?? 768;
      const height = box.offsetHeight || 140;
      const top = anchor.bottom + 6 + height > vh ? Math.max(4, anchor.top - 6 - height) : anchor.bottom + 6;
      box.style.top = `${top}px`;
      box.style.left = `${Math.max(4, Math.min(anchor.left, vw - 328))}px`;
      if (focus) (suggestions[0] ?? ignore ?? close).focus();
    },
    hide,
    current: () => (shown ? { finding: shown.finding, owner: shown.owner } : null),
    contains(x, y) {
      if (box.hidden) return false;
      const r = box.getBoundingClientRect();
      return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    },
    hasFocus: () => !box.hidden && root.activeElement !== null,
  };
}
