// Any other page: rich-text editors marked contenteditable and multi-line. Used where no
// webmail adapter matches; it knows no quote or signature markup (the engine's plain-text
// heuristics find those) and no Send control.
import type { Adapter, Compose } from "../adapter.ts";
import { insertByExecCommand } from "../insert.ts";

export const GENERIC_SELECTORS = {
  // A top-level rich-text editor: contenteditable, and either a multi-line textbox or no role.
  editor: '[contenteditable=""], [contenteditable="true"]',
} as const;

function isBodyEditor(el: HTMLElement): boolean {
  if (el.parentElement?.closest('[contenteditable=""], [contenteditable="true"]')) return false;
  const role = el.getAttribute("role");
  return role === null || (role === "textbox" && el.getAttribute("aria-multiline") !== "false");
}

export const generic: Adapter = {
  name: "generic",
  matches: () => true,
  findComposes(doc: Document): Compose[] {
    return [...doc.querySelectorAll<HTMLElement>(GENERIC_SELECTORS.editor)]
      .filter(isBodyEditor)
      .map((editor) => ({ root: editor.closest<HTMLElement>('[role="dialog"], form') ?? editor.parentElement ?? editor, editor }));
  },
  findQuoteStart: () => null,
  findSignature: () => null,
  findSendControls: () => [],
  sendKind: () => "send",
  insertText: (compose, range, text) => insertByExecCommand(compose.editor, range, text),
};
