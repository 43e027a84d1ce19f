// Remembers the last caret (selection) inside a compose editor while the user types and
// clicks, so that a later action — the toolbar popup, a template, a fix — inserts where the
// user was even after focus moved away (InboxSDK monitor-selection-range.ts does the same on
// capture-phase mousedown/keydown). Capture phase on the window: RoosterJS stops key events
// at the editor, so bubbling listeners would never see them.

export interface CaretTracker {
  /** The last caret range inside the editor (live: it follows later edits), or null. */
  last(): Range | null;
}

export function trackCaret(editor: HTMLElement, signal: AbortSignal): CaretTracker {
  const doc = editor.ownerDocument;
  const win = doc.defaultView;
  let saved: Range | null = null;

  const remember = (): void => {
    const selection = doc.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const node = selection.anchorNode;
    const offset = selection.anchorOffset;
    // A caret (every keystroke's case): read from the selection's anchor and focus, no Range made,
    // and the kept Range moved in place rather than a new live Range cloned. Not isCollapsed:
    // Chromium answers it from the laid-out selection, so asking right after an edit (the
    // selection change each keystroke fires) forced a layout of the whole page before the
    // frame's own — half a second at CPU ×4 for a compose above a long thread.
    if (node === selection.focusNode && offset === selection.focusOffset) {
      if (!node || (saved?.collapsed && saved.startContainer === node && saved.startOffset === offset)) return;
      if (!editor.contains(node)) return;
      if (saved) {
        saved.setStart(node, offset);
        saved.collapse(true);
      } else {
        saved = doc.createRange();
        saved.setStart(node, offset);
      }
      return;
    }
    const range = selection.getRangeAt(0);
    // Key down and the selection change each ask once per keystroke: a caret already kept (the
    // live Range follows edits) is not cloned again, and the page keeps fewer live Ranges to
    // update on every mutation.
    if (saved && saved.startContainer === range.startContainer && saved.startOffset === range.startOffset && saved.endContainer === range.endContainer && saved.endOffset === range.endOffset) return;
    if (!editor.contains(range.startContainer) || !editor.contains(range.endContainer)) return;
    saved = range.cloneRange();
  };

  const options = { capture: true, signal } as const;
  // Before a click or key moves the selection out of the editor, keep where it was…
  win?.addEventListener("mousedown", remember, options);
  win?.addEventListener("keydown", remember, options);
  // …and after the user clicked inside it, keep where it is now (after typing, the selection
  // change that every keystroke fires does: a key-up listener would only ask again).
  win?.addEventListener("mouseup", remember, options);
  win?.addEventListener("focusout", remember, options);
  doc.addEventListener("selectionchange", remember, { signal });
  // Where the caret is now — asked after the next frame, not at once: Chromium answers selection
  // questions from the laid-out page, and a compose that just appeared above a long thread is not
  // laid out yet (asking at once forced that layout, ≈ 0.4 s at CPU ×4, before the first check).
  const later = () => {
    if (!signal.aborted) remember();
  };
  // The script's own timers (Firefox: not the page's, behind its Xray wrapper), as session-schedule.ts.
  if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => setTimeout(later, 0));
  else later();

  return {
    last() {
      if (saved && (!editor.isConnected || !editor.contains(saved.startContainer))) saved = null;
      return saved;
    },
  };
}
