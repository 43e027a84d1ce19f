// Background service worker: answers the content script's word look-ups (the large word
// lists stay out of the content script), the template-picker keyboard shortcut, and runs the
// content script on the institution's own webmail hosts (policy webmailHosts).
import "./commands.ts";
import "./template-settings.ts";
import { runOnInstitutionHosts } from "./institution-hosts.ts";
import { listenForWordLookups } from "./lexicon.ts";

listenForWordLookups();
runOnInstitutionHosts();
