// The last check at Send: a modal <dialog> (top layer, so no webmail z-index hides it; the
// page behind is inert while it is open) in a closed shadow root on a host appended to <body>.
// Lists the error-level findings, each with "Show" (closes the dialog and opens its card) and,
// where the engine has one, its fix (closes the dialog and applies it: the user sends again); "Go back" always, "Send anyway" only in warn mode and
// only for a trusted click. If the page removes the host while it is open, that counts as
// "Go back": the Send guard is never left waiting for an answer that cannot come.
import type { SendCheck } from "../core/types.ts";
import { t } from "../platform/i18n.ts";
import type { KeyedFinding } from "./ignore.ts";
import { ruleLabel } from "./labels.ts";
import { h, shadowHost, trusted } from "./ui.ts";

export type SendChoice = "back" | "send";

export interface SendDialogActions {
  /** Opens the finding's card (after the dialog closed). */
  show?(finding: KeyedFinding): void;
  /** Applies the finding's fix; false when it could not. */
  fix?(finding: KeyedFinding): Promise<boolean>;
}

const DIALOG_CSS = `
dialog { max-width: min(460px, calc(100vw - 32px)); padding: 16px 18px; }
dialog::backdrop { background: rgba(0,0,0,.35); }
h2 { margin: 0 0 8px; font-size: 16px; }
li { margin: 6px 0; }
.problem { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 3px; }
.problem button { padding: 1px 8px; }
.actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 12px; }
`;

/** Shows the dialog and resolves with the user's choice (Escape, closing or a removed host = "back"). */
export function askBeforeSend(
  doc: Document,
  errors: readonly KeyedFinding[],
  mode: Exclude<SendCheck, "off">,
  actions: SendDialogActions = {},
): Promise<SendChoice> {
  return new Promise((resolve) => {
    const { host, root } = shadowHost(doc, DIALOG_CSS, { "data-skaidri-send-dialog": "" });
    let choice: SendChoice = "back";
    let settled = false;
    let after: (() => void) | null = null;
    const settle = () => {
      if (settled) return;
      settled = true;
      watch.disconnect();
      host.remove();
      resolve(choice);
      // "Show" and "fix" act once the dialog is gone, in a task of their own: Chromium gives the
      // focus back to what had it before the modal dialog (the editor) after the close event, and
      // would take it away from the card that "show" has just focused.
      if (after) setTimeout(after, 0);
    };
    const finish = (value: SendChoice) => {
      choice = value;
      if (dialog.open) dialog.close();
      else settle();
    };
    const problem = (f: KeyedFinding) => {
      const buttons: HTMLElement[] = [];
      if (actions.show) {
        buttons.push(h(doc, "button", { type: "button", "data-show": "", onclick: trusted(() => {
          after = () => actions.show?.(f);
          finish("back");
        }) }, t("sendShow")));
      }
      if (actions.fix && f.suggestions.length > 0) {
        // The page behind a modal dialog is inert: the fix goes in once the dialog has closed.
        buttons.push(h(doc, "button", { type: "button", "data-fix": "", onclick: trusted(() => {
          after = () => void actions.fix?.(f);
          finish("back");
        }) }, t("sendFix", f.suggestions[0]!.trim())));
      }
      const item = h(doc, "li", {}, h(doc, "strong", {}, `${ruleLabel(f.rule)}: `), f.message, buttons.length ? h(doc, "div", { class: "problem" }, ...buttons) : null);
      return item;
    };
    const back = h(doc, "button", { type: "button", onclick: () => finish("back") }, t("sendBack"));
    const anyway = mode === "warn" && h(doc, "button", { type: "button", class: "primary", onclick: trusted(() => finish("send")) }, t("sendAnyway"));
    const dialog = h(
      doc,
      "dialog",
      { class: "panel sk", "aria-labelledby": "skaidri-send-title", "aria-describedby": "skaidri-send-intro" },
      h(doc, "h2", { id: "skaidri-send-title" }, t("sendTitle")),
      h(doc, "p", { id: "skaidri-send-intro" }, t(mode === "block" ? "sendBlocked" : "sendIntro")),
      h(doc, "ul", {}, ...errors.map(problem)),
      h(doc, "div", { class: "actions" }, back, anyway),
    );
    dialog.addEventListener("close", settle);
    root.append(dialog);
    const parent = doc.body ?? doc.documentElement;
    parent.append(host);
    // The page may remove the host (or re-render <body>): then there is no answer to wait for.
    const watch = new MutationObserver(() => {
      if (!host.isConnected) settle();
    });
    watch.observe(doc.documentElement, { childList: true, subtree: true });
    try {
      dialog.showModal();
    } catch {
      dialog.setAttribute("open", "");
    }
    back.focus();
  });
}
