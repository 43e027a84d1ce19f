// Popup entry: wires the template picker (app.tsx) to the browser. The target is the active
// tab of the last-focused normal window (the webmail tab the user clicked the toolbar button
// in); when this page is open in a tab of its own — tests — `?tab=ID` names the target.
import { render } from "preact";
import { defaultConfig } from "../core/default-config.ts";
import { localToday } from "../core/template-catalogue.ts";
import { loadUiLanguage, uiLanguage } from "../platform/i18n.ts";
import type { InsertReply, TemplateSettingsReply, TemplateTargetReply } from "../platform/messages.ts";
import { openOptionsPage, sendToBackgroundFromPopup, sendToTab, targetTabId } from "../platform/tabs.ts";
import { type ComposeStatus, Popup, type PopupDeps } from "./app.tsx";
import "./popup.css";

// The language chosen on the options page (or the browser's) before the first paint.
await loadUiLanguage();

const param = Number(new URLSearchParams(location.search).get("tab"));
const tabId = targetTabId(Number.isInteger(param) && param > 0 ? param : undefined);
const inTab = Number.isInteger(param) && param > 0;

const deps: PopupDeps = {
  async loadSettings() {
    // The background reads them (src/background/template-settings.ts); the defaults if it cannot.
    const reply = await sendToBackgroundFromPopup<TemplateSettingsReply>({ type: "popup→background:template-settings" });
    return reply ?? { config: defaultConfig(), organisationTemplateIds: [] };
  },
  async composeStatus() {
    const id = await tabId;
    if (id === undefined) return null;
    const reply = await sendToTab<TemplateTargetReply>(id, { type: "popup→content:template-target" });
    return reply ? ({ recognised: reply.composes > 0, composes: reply.composes } satisfies ComposeStatus) : null;
  },
  async insert(text) {
    const id = await tabId;
    if (id === undefined) return undefined;
    return sendToTab<InsertReply>(id, { type: "popup→content:insert", text });
  },
  async copy(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  },
  openOptions: openOptionsPage,
  done() {
    // A real popup closes so the user is back in the compose; a page in a tab stays.
    if (!inTab) setTimeout(() => window.close(), 400);
  },
  today: () => localToday(),
  language: uiLanguage(),
};

document.documentElement.lang = deps.language;
render(<Popup deps={deps} />, document.getElementById("app")!);
