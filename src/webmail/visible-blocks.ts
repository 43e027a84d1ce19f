// Which of an editor's blocks (its child elements: Gmail's and RoosterJS's paragraph divs) are
// on screen or near it, so that underlines are registered only there (highlights.ts).
//
// Why: at every DOM change (each keystroke) Chromium drops and rebuilds the document markers of
// every registered highlight range and repaints the nodes they cover (blink's
// HighlightRegistry::ValidateHighlightMarkers runs whenever the DOM tree version moved), so each
// registered range costs paint time at every keystroke, wherever it is — measured at CPU ×4 on a
// 1,000-word reply: about 9 ms a key for its 31 underlines, about 1 ms for 3 (bench/, issue 17).
// An IntersectionObserver tells which blocks are near the viewport, without asking the page for
// any geometry while the user types. A block not reported yet counts as visible, so nothing on
// screen is ever left undrawn; a margin of a quarter screen above and below draws what
// scrolling is about to show before it shows.

export interface BlockVisibility {
  /** Whether the block holding `node` is on or near the screen (true while not known yet). */
  visible(node: Node): boolean;
}

/** Calls `changed` after blocks came into or went out of view; stops with `signal`. */
export function watchVisibleBlocks(editor: HTMLElement, signal: AbortSignal, changed: () => void): BlockVisibility {
  // The script's own constructor (Firefox: not the page's, behind its Xray wrapper).
  const Observer = globalThis.IntersectionObserver ?? (editor.ownerDocument.defaultView as (Window & typeof globalThis) | null)?.IntersectionObserver;
  const everywhere: BlockVisibility = { visible: () => true };
  if (!Observer) return everywhere;
  const hidden = new WeakSet<Element>();
  const observed = new WeakSet<Element>();
  let observer: IntersectionObserver;
  try {
    observer = new Observer(
      (entries) => {
        let any = false;
        for (const entry of entries) {
          const was = hidden.has(entry.target);
          if (entry.isIntersecting) hidden.delete(entry.target);
          else hidden.add(entry.target);
          if (was === entry.isIntersecting) any = true;
        }
        if (any && !signal.aborted) changed();
      },
      { rootMargin: "25% 0px" },
    );
  } catch {
    // No observer here: every underline is registered, as before.
    return everywhere;
  }
  signal.addEventListener("abort", () => observer.disconnect(), { once: true });

  /** The editor's child element that holds `node`, or null (the editor itself, a bare text node, outside). */
  const blockOf = (node: Node): Element | null => {
    let n: Node | null = node;
    while (n && n.parentNode !== editor) n = n.parentNode;
    return n && n.nodeType === 1 ? (n as Element) : null;
  };

  return {
    visible(node) {
      const block = blockOf(node);
      if (!block) return true;
      if (!observed.has(block)) {
        observed.add(block);
        observer.observe(block);
      }
      return !hidden.has(block);
    },
  };
}
