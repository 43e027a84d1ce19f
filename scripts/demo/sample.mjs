// The demo's sample institution (sample-institution.json), laid out as the options page stores
// settings: the storage keys are read from src/platform/settings.ts, so the demo follows it.
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The storage layout of src/platform/settings.ts (its SYNC_KEYS and LOCAL_KEYS), read from the source. */
function storageKeys(root) {
  const source = readFileSync(join(root, "src/platform/settings.ts"), "utf8");
  const table = (name) => {
    const body = source.match(new RegExp(`const ${name} = \\{([^}]*)\\}`))?.[1] ?? "";
    return Object.fromEntries([...body.matchAll(/(\w+):\s*"([^"]+)"/g)].map((m) => [m[1], m[2]]));
  };
  return {
    sync: { profile: "profile", settings: "settings", ...table("SYNC_KEYS") },
    local: { glossary: "glossary", templates: "templates", ...table("LOCAL_KEYS") },
  };
}

/** The sample institution as the options page would store it: small things in sync, lists in local. */
export function sampleStorage(root, demoDir) {
  const sample = JSON.parse(readFileSync(join(demoDir, "sample-institution.json"), "utf8"));
  const keys = storageKeys(root);
  return {
    sync: { [keys.sync.profile]: sample.profile, [keys.sync.settings]: sample.settings },
    local: { [keys.local.glossary]: sample.glossary, [keys.local.templates]: sample.templates },
    institution: sample.settings.institution,
  };
}
