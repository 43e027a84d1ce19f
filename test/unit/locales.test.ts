// Registry check (STYLE.md §11): every UI string the code asks for exists in both _locales,
// and the two locales hold the same keys with the same placeholders. The options page gets t and tn
// through its deps, so its files are scanned whether or not they import them.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, test } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const SRC = join(ROOT, "src");

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const locales: Record<"lv" | "en", Messages> = {
  lv: JSON.parse(readFileSync(join(ROOT, "public/_locales/lv/messages.json"), "utf8")),
  en: JSON.parse(readFileSync(join(ROOT, "public/_locales/en/messages.json"), "utf8")),
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The text of a call's first argument, starting just after its opening parenthesis. */
function firstArgument(text: string, from: number): string {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      if (depth === 0) return text.slice(from, i);
      depth--;
    } else if (c === "," && depth === 0) return text.slice(from, i);
  }
  return text.slice(from);
}

interface Use {
  file: string;
  /** A literal key, or for a template literal like `rule_${id}` its fixed prefix. */
  key: string;
  prefix: boolean;
}

/** Keys passed to t() (and counted keys passed to tn()) in files that import them from platform/i18n. */
function keysUsed(fn: "t" | "tn"): Use[] {
  return sourceFiles(SRC).flatMap((path) => {
    const text = readFileSync(path, "utf8");
    const imported = new RegExp(`import\\s*\\{[^}]*\\b${fn}\\b[^}]*\\}\\s*from\\s*["'][^"']*platform\\/i18n(\\.ts)?["']`);
    if (!imported.test(text) && !path.endsWith("i18n.ts") && !path.includes("/options/")) return [];
    const file = relative(SRC, path);
    return [...text.matchAll(new RegExp(`(?<![\\w.$])${fn}\\(`, "g"))].flatMap((call) => {
      const argument = firstArgument(text, call.index + fn.length + 1);
      // Literals compared against (mode === "block" ? …) are not keys; the branches are.
      const literals = [...argument.matchAll(/"([^"]+)"|'([^']+)'/g)]
        .filter((m) => !/[=!]=\s*$/.test(argument.slice(0, m.index)) && !/^\s*[=!]=/.test(argument.slice(m.index + m[0].length)))
        .map((m) => ({ file, key: m[1] ?? m[2]!, prefix: false }));
      const templates = [...argument.matchAll(/`([^`$]*)\$\{/g)].map((m) => ({ file, key: m[1]!, prefix: true }));
      return [...literals, ...templates];
    });
  });
}

const dedupe = (list: Use[]) => [...new Map(list.map((u) => [`${u.file}:${u.key}:${u.prefix}`, u])).values()];
const uses = dedupe(keysUsed("t"));
const countedUses = dedupe(keysUsed("tn"));
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
/** The counted message families of a table: base key → the plural categories it gives. */
function families(messages: Messages): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const key of Object.keys(messages)) {
    const m = PLURAL_SUFFIX.exec(key);
    if (!m) continue;
    const base = key.slice(0, m.index);
    out.set(base, [...(out.get(base) ?? []), m[1]!].sort());
  }
  return out;
}
/** Keys with the plural suffix folded: `chipCount_one` → `chipCount#`. */
const folded = (messages: Messages) => [...new Set(Object.keys(messages).map((k) => k.replace(PLURAL_SUFFIX, "#")))].sort();

test("the scan finds the UI strings the entry points use", () => {
  expect(uses.map((u) => u.key)).toContain("popupTitle");
});

describe.each(["lv", "en"] as const)("_locales/%s", (lang) => {
  test.each(uses.filter((u) => !u.prefix))("has $key (used in $file)", ({ key }) => {
    expect(locales[lang][key]?.message, `${key} missing in _locales/${lang}`).toBeTruthy();
  });

  test.each(countedUses.filter((u) => !u.prefix))("has the counted family $key (used in $file)", ({ key }) => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.slice().sort();
    expect(families(locales[lang]).get(key), `${key}_* in _locales/${lang}`).toEqual(categories);
  });

  test("every counted family gives exactly the language's plural categories (Intl.PluralRules)", () => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.slice().sort();
    const wrong = [...families(locales[lang])].filter(([, cats]) => JSON.stringify(cats) !== JSON.stringify(categories));
    expect(wrong).toEqual([]);
  });

  test.each(uses.filter((u) => u.prefix))("has keys starting $key (used in $file)", ({ key }) => {
    expect(Object.keys(locales[lang]).some((k) => k.startsWith(key))).toBe(true);
  });

  test("has the manifest's __MSG_ strings", () => {
    const manifest = readFileSync(join(ROOT, "manifest.json"), "utf8");
    for (const [, key] of manifest.matchAll(/__MSG_(\w+)__/g)) expect(locales[lang][key!]?.message, key).toBeTruthy();
  });

  test("every message is a non-empty string", () => {
    const bad = Object.entries(locales[lang]).filter(([, m]) => typeof m.message !== "string" || m.message.trim() === "");
    expect(bad.map(([k]) => k)).toEqual([]);
  });
});

test("lv and en have the same keys (a counted family counts once: its categories differ by language)", () => {
  const lv = folded(locales.lv);
  const en = folded(locales.en);
  expect(lv.filter((k) => !en.includes(k)), "only in lv").toEqual([]);
  expect(en.filter((k) => !lv.includes(k)), "only in en").toEqual([]);
});

test("lv and en use the same placeholders for each key", () => {
  const placeholders = (m: Messages[string] | undefined) => Object.keys(m?.placeholders ?? {}).map((p) => p.toLowerCase()).sort();
  const twin = (k: string) => locales.en[k] ?? locales.en[k.replace(PLURAL_SUFFIX, "_other")];
  const differ = Object.keys(locales.lv).filter((k) => JSON.stringify(placeholders(locales.lv[k])) !== JSON.stringify(placeholders(twin(k))));
  expect(differ).toEqual([]);
});

test("every $PLACEHOLDER$ in a message is declared", () => {
  const undeclared = (["lv", "en"] as const).flatMap((lang) =>
    Object.entries(locales[lang]).flatMap(([key, m]) =>
      [...m.message.matchAll(/\$(\w+)\$/g)]
        .map(([, name]) => name!.toLowerCase())
        .filter((name) => !Object.keys(m.placeholders ?? {}).some((p) => p.toLowerCase() === name))
        .map((name) => `${lang}:${key}:${name}`),
    ),
  );
  expect(undeclared).toEqual([]);
});
