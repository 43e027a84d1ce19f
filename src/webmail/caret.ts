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
    // Chromium answers it from the laid-out selection (a layout, when the page just changed).
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
    // A selection already kept (the live Range follows edits) is not cloned again: the page
    // keeps fewer live Ranges to update on every mutation.
    if (saved && saved.startContainer === range.startContainer && saved.startOffset === range.startOffset && saved.endContainer === range.endContainer && saved.endOffset === range.endOffset) return;
    if (!editor.contains(range.startContainer) || !editor.contains(range.endContainer)) return;
    saved = range.cloneRange();
  };

  /** The selection moved since it was last read: read it when asked (last()) or at the next key or click. */
  let stale = true;
  const read = (): void => {
    stale = false;
    remember();
  };

  const options = { capture: true, signal } as const;
  // Before a click or key moves the selection out of the editor, keep where it was…
  win?.addEventListener("mousedown", read, options);
  win?.addEventListener("keydown", read, options);
  // …and after the user clicked inside it, keep where it is now.
  win?.addEventListener("mouseup", read, options);
  win?.addEventListener("focusout", read, options);
  // A selection change (each keystroke fires one) is only noted, not read: Chromium answers
  // selection questions from the laid-out page, so reading right after an edit forced a layout
  // before the frame's own, and reading at once when a compose just appeared above a long thread
  // forced that whole layout (≈ 0.4 s at CPU ×4) before the first check.
  doc.addEventListener(
    "selectionchange",
    () => {
      stale = true;
    },
    { signal },
  );

  return {
    last() {
      if (stale) read();
      if (saved && (!editor.isConnected || !editor.contains(saved.startContainer))) saved = null;
      return saved;
    },
  };
}
