import { describe, expect, test } from "vitest";
import type { Finding } from "../../src/core/types.ts";
import { keyFindings, visibleFindings } from "../../src/webmail/ignore.ts";

function jargonAt(text: string, word: string, from = 0): Finding {
  const start = text.indexOf(word, from);
  return { rule: "jargon", severity: "warning", message: "", start, end: start + word.length, suggestions: [] };
}

describe("ignore keys: rule + matched text + occurrence, never offsets", () => {
  test("the same finding keeps its key when text before it changes", () => {
    const before = "Labdien! Jautājums par struktūrvienību.";
    const after = "Labdien, Jāni! Paldies. Jautājums par struktūrvienību.";
    const [a] = keyFindings([jargonAt(before, "struktūrvienību")], before);
    const [b] = keyFindings([jargonAt(after, "struktūrvienību")], after);
    expect(a!.start).not.toBe(b!.start);
    expect(a!.key).toBe(b!.key);
  });

  test("repeated matches get distinct keys by occurrence", () => {
    const text = "eskalēt un vēlreiz eskalēt";
    const keyed = keyFindings([jargonAt(text, "eskalēt"), jargonAt(text, "eskalēt", 5)], text);
    expect(keyed[0]!.key).not.toBe(keyed[1]!.key);
    expect(keyed[1]!.key.endsWith("1")).toBe(true);
  });

  test("keys ignore case and whitespace differences of the matched text, not the rule", () => {
    const text = "VZD  un vzd";
    const f = (start: number, end: number, rule: Finding["rule"] = "abbreviation"): Finding => ({ rule, severity: "warning", message: "", start, end, suggestions: [] });
    const [a, b, c] = keyFindings([f(0, 3), f(8, 11), f(0, 3, "jargon")], text);
    expect(a!.key).not.toBe(b!.key); // same text, second occurrence
    expect(b!.key.replace(/1$/, "0")).toBe(a!.key);
    expect(c!.key).not.toBe(a!.key);
  });

  test("an ignored finding stays hidden after edits around it; others stay visible", () => {
    const first = "Sveiki! Lūdzu eskalēt. Paldies.";
    const ignored = new Set([keyFindings([jargonAt(first, "eskalēt")], first)[0]!.key]);
    const second = "Labdien! Mēs lūdzam eskalēt jautājumu un pārbaudīt struktūrvienību.";
    const keyed = keyFindings([jargonAt(second, "eskalēt"), jargonAt(second, "struktūrvienību")], second);
    expect(visibleFindings(keyed, ignored).map((f) => second.slice(f.start, f.end))).toEqual(["struktūrvienību"]);
  });

  test("missing parts (start = end) are keyed by rule", () => {
    const text = "Teksts";
    const missing: Finding = { rule: "greeting", severity: "warning", message: "", start: 0, end: 0, suggestions: [] };
    const [a] = keyFindings([missing], text);
    const [b] = keyFindings([{ ...missing, start: 0, end: 0 }], `Cits ${text}`);
    expect(a!.key).toBe(b!.key);
  });
});
