import { render } from "preact";
import { browser } from "../platform/browser.ts";
import { t, uiLanguage } from "../platform/i18n.ts";

function Popup() {
  return (
    <main>
      <h1>{t("popupTitle")}</h1>
      <p>{t("popupTagline")}</p>
      <button type="button" onClick={() => browser.runtime.openOptionsPage()}>
        {t("popupOpenOptions")}
      </button>
    </main>
  );
}

document.documentElement.lang = uiLanguage();
render(<Popup />, document.getElementById("app")!);
