// The card's side of a session (session.ts): opening it on hover (highlights get no pointer
// events, so the mouse is hit-tested against cached rects), by Alt+Shift+S — which cycles
// through every finding in text order, missing parts included — and from the chip or the
// Send dialog; and its actions. Only trusted events open or drive it: a page script that
// dispatches mouse moves or keys cannot.
//
// Apply acts on the finding the card was shown for: the text there must still be what it was
// (the range is live and follows edits); otherwise the mail is re-checked and nothing is
// replaced — never another occurrence that now has the same key.
import type { Adapter, Compose } from "./adapter.ts";
import { type Card, getCard, type HitTarget, hitTest, isCardShortcut } from "./card.ts";
import type { KeyedFinding } from "./ignore.ts";
import { placeFix } from "./placement.ts";
import type { CheckState } from "./session-check.ts";

const HIDE_DELAY_MS = 300;

export interface CardWiring {
  /** Opens `finding`'s card; `focus` moves the keyboard into it. */
  open(finding: KeyedFinding, focus: boolean): void;
  /** The editor changed: a card the mouse opened closes (one opened from the keyboard stays). */
  typed(): void;
  /** A new state was drawn: cached hit rects go, a card whose finding went away closes. */
  drawn(): void;
  hide(): void;
  /** Focus back to the editor, at the caret it had. */
  returnFocus(): void;
  /** Applies `finding`'s first suggestion now (the Send dialog's fix); false when it has none or no place. */
  fix(finding: KeyedFinding): Promise<boolean>;
}

export interface CardContext {
  compose: Compose;
  adapter: Adapter;
  owner: object;
  signal: AbortSignal;
  state(): CheckState | null;
  /** Brings a pending check forward. */
  flush(): void;
  /** Re-check on the next frame. */
  refresh(): void;
  ignore(finding: KeyedFinding): void;
  /** Whether Ignore is allowed for `finding` (not for errors in block mode). */
  canIgnore(finding: KeyedFinding): boolean;
}

/** What the card was shown for: the live range and its text then. */
interface Shown {
  key: string;
  start: number;
  range: Range | null;
  text: string;
}

export function wireCard(ctx: CardContext): CardWiring {
  const { compose, signal, owner } = ctx;
  const { editor } = compose;
  const doc = editor.ownerDocument;
  const win = doc.defaultView ?? window;
  const card: Card = getCard(doc);
  let targets: HitTarget<KeyedFinding>[] | null = null;
  let hideTimer = 0;
  let savedSelection: Range | null = null;
  let shown: Shown | null = null;

  const currentTargets = (): HitTarget<KeyedFinding>[] => {
    targets ??= (ctx.state()?.marks ?? []).map(({ finding, mark }) => ({ item: finding, rects: Array.from(mark.range.getClientRects()) }));
    return targets;
  };

  const markOf = (finding: KeyedFinding) => ctx.state()?.marks.find((m) => m.finding.key === finding.key);

  function anchorOf(finding: KeyedFinding): DOMRect {
    const range = markOf(finding)?.mark.range ?? placed(finding)?.range;
    const rect = range ? (range.getClientRects()[0] ?? range.getBoundingClientRect()) : null;
    return rect && (rect.width > 0 || rect.height > 0) ? rect : editor.getBoundingClientRect();
  }

  function placed(finding: KeyedFinding) {
    const state = ctx.state();
    if (!state) return null;
    try {
      return placeFix(state.map, finding.start, finding.end, finding.suggestions[0] ?? "", state.structure, ctx.adapter);
    } catch {
      return null;
    }
  }

  function show(finding: KeyedFinding, anchor: DOMRect, focus: boolean): void {
    const range = markOf(finding)?.mark.range ?? null;
    const state = ctx.state();
    shown = { key: finding.key, start: finding.start, range, text: state?.map.text.slice(finding.start, finding.end) ?? "" };
    const canApply = state ? placed(finding) !== null : false;
    card.show(finding, anchor, handlers, { focus, owner, canIgnore: ctx.canIgnore(finding), canApply });
  }

  function open(finding: KeyedFinding, focus: boolean): void {
    if (focus && !card.hasFocus()) {
      const selection = doc.getSelection();
      const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
      savedSelection = range && editor.contains(range.startContainer) ? range.cloneRange() : savedSelection;
    }
    show(finding, anchorOf(finding), focus);
  }

  function returnFocus(): void {
    editor.focus();
    if (savedSelection) {
      const selection = doc.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(savedSelection);
    }
  }

  /** The finding as it is now, if the text it was shown for is still there; else null (re-check). */
  function stillThere(finding: KeyedFinding): KeyedFinding | null {
    ctx.flush();
    const current = ctx.state()?.shown.find((f) => f.key === finding.key);
    if (!current || !shown || shown.key !== finding.key) return null;
    if (current.start === current.end) return current.start === shown.start ? current : null;
    const map = ctx.state()?.map;
    if (!map || map.text.slice(current.start, current.end) !== shown.text) return null;
    // The same place: unmoved, or moved with the live range (text typed before it).
    if (current.start === shown.start) return current;
    const live = shown.range;
    const intact = live !== null && !live.collapsed && live.toString() === shown.text;
    return intact && map.offsetOf(live.startContainer, live.startOffset) === current.start ? current : null;
  }

  const handlers = {
    apply(finding: KeyedFinding, suggestion: string) {
      try {
        const current = stillThere(finding);
        const state = ctx.state();
        if (!current || !state) {
          ctx.refresh();
          return;
        }
        const place = placeFix(state.map, current.start, current.end, suggestion, state.structure, ctx.adapter);
        if (place) ctx.adapter.insertText(compose, place.range, place.text).catch(() => false);
      } catch {
        // Never throw into the page.
      }
    },
    ignore(finding: KeyedFinding) {
      if (!ctx.canIgnore(finding)) return;
      ctx.ignore(finding);
      returnFocus();
    },
    returnFocus,
  };

  // Hover: highlights get no pointer events, so hit-test the mouse against cached rects.
  let pointer: { x: number; y: number } | null = null;
  let hoverFrame = 0;
  const onHover = () => {
    hoverFrame = 0;
    if (!pointer || signal.aborted) return;
    try {
      const { x, y } = pointer;
      if (card.contains(x, y)) {
        win.clearTimeout(hideTimer);
        return;
      }
      const box = editor.getBoundingClientRect();
      const inside = x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
      const hit = inside ? hitTest(currentTargets(), x, y) : null;
      const current = card.current();
      if (hit) {
        win.clearTimeout(hideTimer);
        if (current?.finding.key !== hit.item.key || current.owner !== owner) {
          const rect = hit.rects.find((r) => x >= r.left - 2 && x <= r.right + 2) ?? hit.rects[0];
          show(hit.item, (rect as DOMRect) ?? box, false);
        }
      } else if (current?.owner === owner && !card.hasFocus()) {
        win.clearTimeout(hideTimer);
        hideTimer = win.setTimeout(() => {
          if (!card.hasFocus()) card.hide(owner);
        }, HIDE_DELAY_MS);
      }
    } catch {
      // Never throw into the page.
    }
  };
  doc.addEventListener(
    "mousemove",
    (event) => {
      if (!event.isTrusted) return;
      pointer = { x: event.clientX, y: event.clientY };
      if (!hoverFrame) hoverFrame = requestAnimationFrame(onHover);
    },
    { capture: true, passive: true, signal },
  );
  const invalidate = () => {
    targets = null;
  };
  win.addEventListener("scroll", invalidate, { capture: true, passive: true, signal });
  win.addEventListener("resize", invalidate, { passive: true, signal });
  signal.addEventListener("abort", () => win.clearTimeout(hideTimer), { once: true });

  /** The finding at or after the caret (missing parts included, in text order). */
  function atCaret(list: readonly KeyedFinding[]): number {
    const selection = doc.getSelection();
    const map = ctx.state()?.map;
    if (!map || !selection || selection.rangeCount === 0 || !selection.focusNode) return 0;
    const caret = map.offsetOf(selection.focusNode, selection.focusOffset);
    if (caret === null) return 0;
    const at = list.findIndex((f) => f.end >= caret);
    return Math.max(at, 0);
  }

  // Keyboard: Alt+Shift+S opens the finding at or after the caret; again: the next one.
  win.addEventListener(
    "keydown",
    (event) => {
      try {
        if (!event.isTrusted || !isCardShortcut(event)) return;
        const current = card.current();
        const inCard = current?.owner === owner && card.hasFocus();
        const active = doc.activeElement;
        if (!inCard && !(active && (active === editor || editor.contains(active)))) return;
        ctx.flush();
        const list = [...(ctx.state()?.shown ?? [])].sort((a, b) => a.start - b.start || a.end - b.end);
        if (list.length === 0) return;
        event.preventDefault();
        event.stopImmediatePropagation();
        let index = atCaret(list);
        if (inCard && current) index = (list.findIndex((f) => f.key === current.finding.key) + 1) % list.length;
        open(list[index]!, true);
      } catch {
        // Never throw into the page.
      }
    },
    { capture: true, signal },
  );

  return {
    open,
    typed() {
      const current = card.current();
      if (current?.owner === owner && !card.hasFocus()) card.hide(owner);
    },
    drawn() {
      targets = null;
      const current = card.current();
      if (current?.owner === owner && !ctx.state()?.shown.some((f) => f.key === current.finding.key)) card.hide(owner);
    },
    hide: () => card.hide(owner),
    returnFocus,
    async fix(finding) {
      try {
        ctx.flush();
        const state = ctx.state();
        const current = state?.shown.find((f) => f.key === finding.key);
        const suggestion = current?.suggestions[0];
        if (!state || !current || suggestion === undefined) return false;
        const place = placeFix(state.map, current.start, current.end, suggestion, state.structure, ctx.adapter);
        return place ? await ctx.adapter.insertText(compose, place.range, place.text) : false;
      } catch {
        return false;
      }
    },
  };
}
