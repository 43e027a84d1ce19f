// The demo's screenshot folder: `--screenshots DIR` may name a folder that holds other files
// (the user's own, another tool's). The demo removes only the screenshots it wrote there on an
// earlier run — listed in DIR/.skaidri-demo-shots — and never anything else.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";

export const LIST_NAME = ".skaidri-demo-shots";

/** Prepares `dir`; `add(name)` gives the path of a new screenshot and records it as the demo's own. */
export function shotsFolder(dir) {
  mkdirSync(dir, { recursive: true });
  const list = join(dir, LIST_NAME);
  const earlier = existsSync(list) ? readFileSync(list, "utf8").split("\n").filter(Boolean) : [];
  for (const name of earlier) {
    // Only plain names the demo gave, inside this folder.
    if (name === basename(name) && /^\d{2}-[\w-]+\.png$/.test(name)) rmSync(join(dir, name), { force: true });
  }
  const written = [];
  writeFileSync(list, "");
  return {
    add(name) {
      written.push(name);
      writeFileSync(list, `${written.join("\n")}\n`);
      return join(dir, name);
    },
  };
}
