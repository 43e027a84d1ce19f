import { render } from "preact";
import { t, uiLanguage } from "../platform/i18n.ts";

function Options() {
  return (
    <main>
      <h1>{t("optionsTitle")}</h1>
    </main>
  );
}

document.documentElement.lang = uiLanguage();
document.title = t("optionsTitle");
render(<Options />, document.getElementById("app")!);
