// Content script: finds compose editors on the webmail page and attaches a checking session.
// Skeleton: finds a contenteditable compose body and shows the status element.
import { t } from "../platform/i18n.ts";
import { createStatusHost } from "../webmail/status.ts";

const seen = new WeakSet<Element>();

function scan(): void {
  for (const editor of document.querySelectorAll('[contenteditable="true"][role="textbox"]')) {
    if (seen.has(editor)) continue;
    seen.add(editor);
    editor.parentElement?.after(createStatusHost(document, t("statusReady")));
  }
}

new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
scan();
