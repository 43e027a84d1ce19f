// The background's word lists: loaded on the first lookup from the packaged files
// (public/lexicon/*.txt — a service worker may fetch its own extension files), kept while the
// worker lives, and used to answer the content script's content→background:lookup-words.
// The content script never carries these ~1 MB (src/core/lexicon.ts → createLexiconCache).
import { termHomographs } from "../core/homographs.ts";
import { type KnownWords, type Lexicon, lexiconFromWordLists, lookUpWords, parseWordList, type WordList } from "../core/lexicon.ts";
import { browser } from "../platform/browser.ts";
import type { ContentToBackground, HomographsReply, LookupWordsReply } from "../platform/messages.ts";

let loading: Promise<Lexicon> | undefined;
/** The Latvian list itself, for the homograph question (set once the lists are in). */
let latvian: WordList | undefined;

async function loadList(language: "lv" | "en") {
  const response = await fetch(browser.runtime.getURL(`lexicon/${language}.txt`));
  return parseWordList(await response.text());
}

export function loadLexicon(): Promise<Lexicon> {
  loading ??= Promise.all([loadList("lv"), loadList("en")]).then(([lv, en]) => {
    latvian = lv;
    return lexiconFromWordLists({ lv, en });
  });
  // A failed load is retried on the next lookup instead of being cached forever.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** At most this many words per lookup: the content script asks for the few all-caps words of one mail. */
const MAX_WORDS = 2_000;

export async function answerLookupWords(message: Extract<ContentToBackground, { type: "content→background:lookup-words" }>): Promise<LookupWordsReply> {
  const words = message.words.filter((w) => typeof w === "string" && w.length <= 64).slice(0, MAX_WORDS);
  try {
    const known: KnownWords = lookUpWords(await loadLexicon(), words);
    return { ok: true, known };
  } catch {
    return { ok: false };
  }
}

/** At most this many terms per homograph question (an organisation's glossary; ~0.15 ms a term). */
const MAX_TERMS = 20_000;

/** The forms of each one-word Latvian term that other dictionary words share: decided here, where the word list is. */
export async function answerHomographs(message: Extract<ContentToBackground, { type: "content→background:homographs" }>): Promise<HomographsReply> {
  const words = message.words.filter((w) => typeof w === "string" && w.length <= 64).slice(0, MAX_TERMS);
  try {
    await loadLexicon();
    const lv = latvian!;
    const forms: [string, string[]][] = [];
    for (const word of new Set(words)) {
      const shared = termHomographs(word, (form, lemmas) => lv.otherWord!(form, lemmas)).shared;
      if (shared.size > 0) forms.push([word, [...shared]]);
    }
    return { ok: true, forms };
  } catch {
    return { ok: false };
  }
}

/** Registers the listener; call once from the background entry point. */
export function listenForWordLookups(): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { type?: unknown; words?: unknown } | null;
    if (m?.type === "content→background:homographs" && Array.isArray(m.words))
      return answerHomographs(m as Extract<ContentToBackground, { type: "content→background:homographs" }>);
    if (m?.type !== "content→background:lookup-words" || !Array.isArray(m.words)) return undefined;
    return answerLookupWords(m as Extract<ContentToBackground, { type: "content→background:lookup-words" }>);
  });
}
