// The RoosterJS editor for the Outlook fixture pages (tests and the demo): the real
// content-model packages Outlook on the web's editor is built on (roosterjs-content-model-core,
// -dom, -plugins, 9.59 — the npm facade `roosterjs` stops at 9.7, whose DOM-to-model step drops
// div ids; WEBMAIL.md → RoosterJS versions), bundled once into one classic script that sets
// `window.roosterjs`, as the facade's dist bundle did. Kept under .tmp/ and rebuilt only when the
// installed versions change.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "vite";

const root = resolve(import.meta.dirname, "..");
const PACKAGES = ["roosterjs-content-model-core", "roosterjs-content-model-dom", "roosterjs-content-model-plugins"];

const ENTRY = `export { Editor, createModelFromHtml, exportContent, undo, redo } from "roosterjs-content-model-core";
export { PastePlugin, EditPlugin, ShortcutPlugin } from "roosterjs-content-model-plugins";
export { contentModelToDom, createDomToModelContext } from "roosterjs-content-model-dom";
`;

function versions() {
  return PACKAGES.map((name) => `${name}@${JSON.parse(readFileSync(join(root, "node_modules", name, "package.json"), "utf8")).version}`);
}

let pending;

/** The bundle's source (built on first use); `versions` names the packages in it. */
export function roosterBundle() {
  pending ??= (async () => {
    const tag = versions().join(" ");
    const dir = join(root, ".tmp", "rooster-bundle");
    const file = join(dir, "roosterjs.js");
    const stamp = join(dir, "versions.txt");
    if (existsSync(file) && existsSync(stamp) && readFileSync(stamp, "utf8") === tag) return readFileSync(file, "utf8");
    mkdirSync(dir, { recursive: true });
    const entry = join(dir, "entry.mjs");
    writeFileSync(entry, ENTRY);
    await build({
      root,
      configFile: false,
      logLevel: "warn",
      resolve: { alias: {} },
      build: {
        outDir: dir,
        emptyOutDir: false,
        minify: true,
        copyPublicDir: false,
        lib: { entry, formats: ["iife"], name: "roosterjs", fileName: () => "roosterjs.js" },
      },
    });
    writeFileSync(stamp, tag);
    return readFileSync(file, "utf8");
  })();
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}

export const ROOSTER_PACKAGES = PACKAGES;
