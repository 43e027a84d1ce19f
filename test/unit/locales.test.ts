// Registry check (STYLE.md §11): every UI string the code asks for exists in both _locales,
// and the two locales hold the same keys with the same placeholders.
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

/** Keys passed to t() in files that import it from platform/i18n. */
function keysUsed(): Use[] {
  return sourceFiles(SRC).flatMap((path) => {
    const text = readFileSync(path, "utf8");
    if (!/import\s*\{[^}]*\bt\b[^}]*\}\s*from\s*["'][^"']*platform\/i18n(\.ts)?["']/.test(text) && !path.endsWith("i18n.ts")) return [];
    const file = relative(SRC, path);
    return [...text.matchAll(/(?<![\w.$])t\(/g)].flatMap((call) => {
      const argument = firstArgument(text, call.index + 2);
      // Literals compared against (mode === "block" ? …) are not keys; the branches are.
      const literals = [...argument.matchAll(/"([^"]+)"|'([^']+)'/g)]
        .filter((m) => !/[=!]=\s*$/.test(argument.slice(0, m.index)) && !/^\s*[=!]=/.test(argument.slice(m.index + m[0].length)))
        .map((m) => ({ file, key: m[1] ?? m[2]!, prefix: false }));
      const templates = [...argument.matchAll(/`([^`$]*)\$\{/g)].map((m) => ({ file, key: m[1]!, prefix: true }));
      return [...literals, ...templates];
    });
  });
}

const uses = [...new Map(keysUsed().map((u) => [`${u.file}:${u.key}:${u.prefix}`, u])).values()];

test("the scan finds the UI strings the entry points use", () => {
  expect(uses.map((u) => u.key)).toContain("popupTitle");
});

describe.each(["lv", "en"] as const)("_locales/%s", (lang) => {
  test.each(uses.filter((u) => !u.prefix))("has $key (used in $file)", ({ key }) => {
    expect(locales[lang][key]?.message, `${key} missing in _locales/${lang}`).toBeTruthy();
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

test("lv and en have the same keys", () => {
  const lv = Object.keys(locales.lv).sort();
  const en = Object.keys(locales.en).sort();
  expect(lv.filter((k) => !en.includes(k)), "only in lv").toEqual([]);
  expect(en.filter((k) => !lv.includes(k)), "only in en").toEqual([]);
});

test("lv and en use the same placeholders for each key", () => {
  const placeholders = (m: Messages[string] | undefined) => Object.keys(m?.placeholders ?? {}).map((p) => p.toLowerCase()).sort();
  const differ = Object.keys(locales.lv).filter(
    (k) => JSON.stringify(placeholders(locales.lv[k])) !== JSON.stringify(placeholders(locales.en[k])),
  );
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
