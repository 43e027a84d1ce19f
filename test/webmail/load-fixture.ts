// Loads a saved webmail page from test/fixtures/ into the test's document (happy-dom), its
// scripts left out: the adapters see the DOM as the site serves it. (The page goes into the
// live document because happy-dom's Range does not work in DOMParser documents.)
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

const FIXTURES = resolve(import.meta.dirname, "../fixtures");

export function loadFixture(name: string): Document {
  const html = readFileSync(resolve(FIXTURES, name), "utf8");
  const inner = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "")
    .replace(/^[\s\S]*?<html[^>]*>/i, "")
    .replace(/<\/html>\s*$/i, "");
  document.documentElement.innerHTML = inner;
  return document;
}
