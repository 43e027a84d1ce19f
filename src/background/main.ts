// Background service worker: answers the content script's word look-ups (the large word
// lists stay out of the content script), injects the checking engine when a compose appears, the template-picker keyboard shortcut, hands a compose's signature to the options page, and runs the
// content script on the institution's own webmail hosts (policy webmailHosts).
import "./commands.ts";
import "./signature-handoff.ts";
import "./template-settings.ts";
import "./ui-messages.ts";
import { listenForEngineRequests } from "./engine-injection.ts";
import { runOnInstitutionHosts } from "./institution-hosts.ts";
import { listenForWordLookups } from "./lexicon.ts";

listenForWordLookups();
listenForEngineRequests();
runOnInstitutionHosts();
