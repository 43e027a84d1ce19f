// The background answers content→background:lookup-words from the packaged word lists.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test, vi } from "vitest";

const { listeners } = vi.hoisted(() => ({ listeners: [] as ((message: unknown) => unknown)[] }));
vi.mock("../../src/platform/browser.ts", () => ({
  browser: {
    runtime: {
      getURL: (path: string) => `chrome-extension://skaidri/${path}`,
      onMessage: { addListener: (fn: (message: unknown) => unknown) => listeners.push(fn) },
    },
  },
}));

const PUBLIC = resolve(import.meta.dirname, "../../public");
vi.stubGlobal("fetch", async (url: string) => {
  const path = url.replace("chrome-extension://skaidri/", "");
  return { text: async () => readFileSync(resolve(PUBLIC, path), "utf8") };
});

const { answerHomographs, answerLookupWords, listenForWordLookups } = await import("../../src/background/lexicon.ts");

test("answers which asked words each language knows", async () => {
  const reply = await answerLookupWords({ type: "content→background:lookup-words", words: ["svarīgi", "urgent", "vzd"] });
  expect(reply).toEqual({ ok: true, known: { lv: ["svarīgi"], en: ["urgent"] } });
});

test("the listener answers lookups and ignores other messages", async () => {
  listenForWordLookups();
  const listener = listeners[0]!;
  expect(listener({ type: "popup→content:status" })).toBeUndefined();
  await expect(listener({ type: "content→background:lookup-words", words: ["lūdzu"] })).resolves.toEqual({ ok: true, known: { lv: ["lūdzu"], en: [] } });
});

test("answers the glossary's homographs: the forms of one-word terms that other words share", async () => {
  const reply = await answerHomographs({ type: "content→background:homographs", words: ["kasīt", "struktūrvienība", "rēķins"] });
  if (!reply.ok) throw new Error("no answer");
  const forms = new Map(reply.forms);
  expect(forms.get("kasīt")).toContain("kasi");
  expect(forms.get("rēķins")).toContain("rēķinu");
  expect(forms.has("struktūrvienība")).toBe(false);
  // The content script compiles with the answer: "kasi" after "caur" is kase, not kasīt.
  const { compileGlossary } = await import("../../src/core/glossary.ts");
  const g = compileGlossary([{ term: "kasīt" }], { sharedForms: forms });
  expect(g.find("Samaksājiet caur kasi.", "lv")).toEqual([]);
  expect(g.find("Vai tu kasi ledu?", "lv")[0]?.homograph).toBe(true);
});

test("the listener answers the homograph question too", async () => {
  listenForWordLookups();
  const listener = listeners[listeners.length - 1]!;
  await expect(listener({ type: "content→background:homographs", words: ["struktūrvienība"] })).resolves.toEqual({ ok: true, forms: [] });
});
