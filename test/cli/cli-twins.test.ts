// Issue 13, "Keep it right", for the CLI: every Latvian text of src/cli/messages.ts has its
// English twin of the same shape, and, built from the same arguments, shows the same values —
// an option, a file, a count the English names the Latvian names too. (The UI table's twins:
// test/unit/locales.test.ts; the engine's: test/unit/engine-twins.test.ts.)
import { expect, test } from "vitest";
import { cliText } from "../../src/cli/messages.ts";

/**
 * Arguments for the texts that take more than plain strings, by path. Any other text built from
 * arguments gets a distinct string for each, so the test sees which of them a text shows.
 */
const SAMPLES: Record<string, unknown[][]> = {
  n: [
    ["error", 9137],
    ["entries", 21],
  ],
  "args.badChoice": [["⟦option⟧", ["⟦a⟧", "⟦b⟧"], "⟦value⟧"]],
  "args.seeHelp": [["⟦command⟧"], [""]],
  "files.cannotRead": [
    ["⟦what⟧", "⟦file⟧", "⟦code⟧"],
    ["⟦what⟧", "-", "⟦code⟧"],
  ],
  "policy.checking": [
    ["chrome", "⟦id⟧"],
    ["firefox", "⟦id⟧"],
  ],
  "policy.withErrors": [[9137, 9253]],
  "policy.valid": [[0], [9253]],
  "policy.noEntry": [
    ["⟦where⟧", "⟦known⟧", "⟦found⟧"],
    ["⟦where⟧", "⟦known⟧", ""],
  ],
  "glossary.tooMany": [[9137, 9253]],
  // Under 1,000: each language groups the digits of larger numbers its own way.
  "glossary.tooLong": [[937]],
  "glossary.deployedForm": [
    ["chrome", "⟦id⟧"],
    ["firefox", "⟦id⟧"],
  ],
  "glossary.row": [
    [9137, "error", "⟦message⟧"],
    [9137, "warning", "⟦message⟧"],
  ],
  "glossary.imported": [[9137]],
  "glossary.merged": [[9137, 9253, 9371]],
  "template.missing": [[["⟦one⟧"]], [["⟦one⟧", "⟦two⟧"]]],
  "template.unreadable": [[["⟦one⟧", "⟦two⟧"]]],
  "lint.total": [[9137, 9253, 9371, 9473]],
};

/** The values a text shows of its arguments: not a key like "error" or "chrome", which each language names in its words. */
function leaves(value: unknown): string[] {
  if (typeof value === "string") return value && !/^[a-z]+$/.test(value) ? [value] : [];
  if (typeof value === "number") return [String(value)];
  if (Array.isArray(value)) return value.flatMap(leaves);
  return [];
}

type Text = string | ((...args: unknown[]) => string) | { [key: string]: Text };

/** Every text of the table with its path ("glossary.row"), lv and en side by side. */
function pairs(lv: Text, en: Text, path: string): { path: string; lv: Text; en: Text }[] {
  expect(typeof lv, `${path}: the same kind of text in lv and en`).toBe(typeof en);
  if (typeof lv !== "object" || typeof en !== "object") return [{ path, lv, en }];
  expect(Object.keys(lv).sort(), `${path}: the same keys in lv and en`).toEqual(Object.keys(en).sort());
  return Object.keys(lv).flatMap((key) => pairs(lv[key]!, en[key]!, path ? `${path}.${key}` : key));
}

const all = pairs(cliText("lv") as unknown as Text, cliText("en") as unknown as Text, "");

test("the walk finds the CLI's texts", () => {
  expect(all.length).toBeGreaterThan(80);
});

function checkTwin(path: string, lv: Text, en: Text): void {
  const samples = typeof lv === "function" ? (SAMPLES[path] ?? [Array.from({ length: lv.length }, (_, i) => `⟦${path}#${i}⟧`)]) : [[]];
  for (const args of samples) {
    const build = (text: Text) => (typeof text === "function" ? text(...args) : (text as string));
    const [lvText, enText] = [build(lv), build(en)];
    expect(lvText.trim(), `${path}: lv`).not.toBe("");
    expect(enText.trim(), `${path}: en`).not.toBe("");
    const shown = (text: string) => leaves(args).filter((v) => text.includes(v));
    expect(shown(lvText), `${path}(${JSON.stringify(args)}):\n  lv: ${lvText}\n  en: ${enText}`).toEqual(shown(enText));
  }
}

test.each(all.map((p) => [p.path, p] as const))("%s", (path, { lv, en }) => checkTwin(path, lv, en));

test("the check sees a key or a shown value missing from one language", () => {
  const fails = (run: () => void) => {
    try {
      run();
      return false;
    } catch {
      return true;
    }
  };
  expect(fails(() => pairs({ a: "x", b: "y" }, { a: "x" }, ""))).toBe(true);
  expect(fails(() => checkTwin("probe", (f: unknown) => `nevar nolasīt ${f}`, () => "cannot read the file"))).toBe(true);
  expect(fails(() => checkTwin("probe", (f: unknown) => `nevar nolasīt ${f}`, (f: unknown) => `cannot read ${f}`))).toBe(false);
});
