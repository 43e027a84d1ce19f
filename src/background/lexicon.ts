// The background's word lists: loaded on the first lookup from the packaged files
// (public/lexicon/*.txt — a service worker may fetch its own extension files), kept while the
// worker lives, and used to answer the content script's content→background:lookup-words.
// The content script never carries these ~1 MB (src/core/lexicon.ts → createLexiconCache).
import { type KnownWords, type Lexicon, lexiconFromWordLists, lookUpWords, parseWordList } from "../core/lexicon.ts";
import { browser } from "../platform/browser.ts";
import type { ContentToBackground, LookupWordsReply } from "../platform/messages.ts";

let loading: Promise<Lexicon> | undefined;

async function loadList(language: "lv" | "en") {
  const response = await fetch(browser.runtime.getURL(`lexicon/${language}.txt`));
  return parseWordList(await response.text());
}

export function loadLexicon(): Promise<Lexicon> {
  loading ??= Promise.all([loadList("lv"), loadList("en")]).then(([lv, en]) => lexiconFromWordLists({ lv, en }));
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

/** Registers the listener; call once from the background entry point. */
export function listenForWordLookups(): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { type?: unknown; words?: unknown } | null;
    if (m?.type !== "content→background:lookup-words" || !Array.isArray(m.words)) return undefined;
    return answerLookupWords(m as Extract<ContentToBackground, { type: "content→background:lookup-words" }>);
  });
}
