// Options entry: wires the page (app.tsx) to the browser through platform/.
import { render } from "preact";
import { localToday } from "../core/today.ts";
import { grantedHosts, requestHostAccess } from "../platform/host-access.ts";
import { loadUiLanguage, saveUiLanguage, t, uiLanguage, uiLanguageChoice } from "../platform/i18n.ts";
import { onSignatureHandedOver, takeHandedSignature } from "../platform/signature-handoff.ts";
import { updatePersonalGlossary, updatePersonalTemplates, updateProfile, updateUserSettings, watchSettings } from "../platform/settings.ts";
import { Options, type OptionsDeps } from "./app.tsx";
import "./options.css";

// The language chosen on this page (or the browser's) before the first paint.
await loadUiLanguage();

const deps: OptionsDeps = {
  watch: watchSettings,
  updateProfile,
  updateUserSettings,
  updateGlossary: updatePersonalGlossary,
  updateTemplates: updatePersonalTemplates,
  t,
  language: uiLanguage(),
  uiLanguage: {
    choice: uiLanguageChoice(),
    async save(choice) {
      const result = await saveUiLanguage(choice);
      // Every string on the page is drawn again in the new language.
      if (result.ok) location.reload();
      return result;
    },
  },
  today: () => localToday(),
  hostAccess: { granted: grantedHosts, request: requestHostAccess },
  signatureHandoff: { take: takeHandedSignature, watch: onSignatureHandedOver },
};

document.documentElement.lang = deps.language;
document.title = t("optionsTitle");
render(<Options deps={deps} />, document.getElementById("app")!);
