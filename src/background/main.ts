// Background service worker: answers the content script's word look-ups (the large word
// lists stay out of the content script) and the template-picker keyboard shortcut.
import "./commands.ts";
import "./template-settings.ts";
import { listenForWordLookups } from "./lexicon.ts";

listenForWordLookups();
