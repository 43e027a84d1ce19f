// Options entry: wires the page (app.tsx) to the browser through platform/.
import { render } from "preact";
import { localToday } from "../core/template-catalogue.ts";
import { loadUiLanguage, t, uiLanguage } from "../platform/i18n.ts";
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
  today: () => localToday(),
};

document.documentElement.lang = deps.language;
document.title = t("optionsTitle");
render(<Options deps={deps} />, document.getElementById("app")!);
