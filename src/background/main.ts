// Background service worker: nothing to do yet but exist; messaging lands with the features.
import { browser } from "../platform/browser.ts";
import "./commands.ts";

browser.runtime.onInstalled.addListener(() => {});
