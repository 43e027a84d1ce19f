// The last check at Send: a modal <dialog> (top layer, so no webmail z-index hides it; the
// page behind is inert while it is open) in a shadow root on a host appended to <body>.
// Lists the error-level findings; "Go back" always, "Send anyway" only in warn mode.
import type { SendCheck } from "../core/types.ts";
import { t } from "../platform/i18n.ts";
import type { KeyedFinding } from "./ignore.ts";
import { ruleLabel } from "./labels.ts";
import { h, shadowHost } from "./ui.ts";

export type SendChoice = "back" | "send";

const DIALOG_CSS = `
dialog { max-width: min(460px, calc(100vw - 32px)); padding: 16px 18px; }
dialog::backdrop { background: rgba(0,0,0,.35); }
h2 { margin: 0 0 8px; font-size: 16px; }
li { margin: 3px 0; }
.actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 12px; }
`;

/** Shows the dialog and resolves with the user's choice (Escape or closing = "back"). */
export function askBeforeSend(doc: Document, errors: readonly KeyedFinding[], mode: Exclude<SendCheck, "off">): Promise<SendChoice> {
  return new Promise((resolve) => {
    const { host, root } = shadowHost(doc, DIALOG_CSS, { "data-skaidri-send-dialog": "" });
    let choice: SendChoice = "back";
    const finish = (value: SendChoice) => {
      choice = value;
      dialog.close();
    };
    const back = h(doc, "button", { type: "button", onclick: () => finish("back") }, t("sendBack"));
    const anyway = mode === "warn" && h(doc, "button", { type: "button", class: "primary", onclick: () => finish("send") }, t("sendAnyway"));
    const dialog = h(
      doc,
      "dialog",
      { class: "panel sk", "aria-labelledby": "skaidri-send-title", "aria-describedby": "skaidri-send-intro" },
      h(doc, "h2", { id: "skaidri-send-title" }, t("sendTitle")),
      h(doc, "p", { id: "skaidri-send-intro" }, t(mode === "block" ? "sendBlocked" : "sendIntro")),
      h(doc, "ul", {}, ...errors.map((f) => h(doc, "li", {}, h(doc, "strong", {}, `${ruleLabel(f.rule)}: `), f.message))),
      h(doc, "div", { class: "actions" }, back, anyway),
    );
    dialog.addEventListener("close", () => {
      host.remove();
      resolve(choice);
    });
    root.append(dialog);
    (doc.body ?? doc.documentElement).append(host);
    try {
      dialog.showModal();
    } catch {
      dialog.setAttribute("open", "");
    }
    back.focus();
  });
}
