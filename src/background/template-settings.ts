// Answers the popup's request for the template settings (effective config and which templates
// are the organisation's). The popup asks here instead of reading the settings itself: the
// settings code pulls in the config merge and the rule list, which would put the popup over
// its size budget (bench/size.ts).
import { browser } from "../platform/browser.ts";
import type { Message, TemplateSettingsReply } from "../platform/messages.ts";
import { loadSettings } from "../platform/settings.ts";

browser.runtime.onMessage.addListener((message: unknown) => {
  if ((message as Message | undefined)?.type !== "popup→background:template-settings") return undefined;
  return loadSettings().then((settings): TemplateSettingsReply => ({ config: settings.config, organisationTemplateIds: settings.locks.templates }));
});
