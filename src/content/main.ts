// Content script: picks the webmail adapter for this page, starts one checking session per
// compose editor (found by one MutationObserver, adapters/index.ts watchComposes), guards
// Send and wires templates. Fail quiet: nothing here may throw into the page; when the
// adapter finds nothing Skaidri stays idle; after the extension is reloaded or updated this
// orphaned script sees its context invalidated and removes itself (listeners, chips,
// underlines) without errors, and Send goes straight through.
import { defaultConfig } from "../core/config.ts";
import type { CompiledGlossary } from "../core/glossary.ts";
import { createLexiconCache } from "../core/lexicon.ts";
import type { Config, Language } from "../core/types.ts";
import { isFirefox } from "../platform/engine.ts";
import { phraseWords } from "../core/text/words.ts";
import { browserLanguage, loadUiLanguage, uiLanguage, uiLanguageChoice } from "../platform/i18n.ts";
import type { HomographsReply, LookupWordsReply } from "../platform/messages.ts";
import { watchPerfMarks } from "../platform/perf-marks.ts";
import { extensionAlive, onRuntimeMessage, sendToBackground } from "../platform/runtime.ts";
import { loadSettings, watchSettings } from "../platform/settings.ts";
import type { Adapter, Compose } from "../webmail/adapter.ts";
import { adapterFor, isBuiltInWebmail, watchComposes } from "../webmail/adapters/index.ts";
import type { Engine } from "../webmail/engine.ts";
import { loadEngine } from "../webmail/load-engine.ts";
import { bridgePort } from "../webmail/bridge-channel.ts";
import { usePasteBridge } from "../webmail/insert.ts";
import { askBeforeSend } from "../webmail/send-dialog.ts";
import { installSendGuard } from "../webmail/send-guard.ts";
import { type Session, startSession } from "../webmail/session.ts";
import { handleTemplateMessages } from "../webmail/template-insert.ts";

function start(adapter: Adapter): void {
  // Firefox: Outlook pastes go through the MAIN-world bridge (insert.ts, paste-bridge-main.ts),
  // over the channel its document_start script opened (bridge-channel.ts).
  if (isFirefox()) usePasteBridge(bridgePort);
  const root = new AbortController();
  const sessions = new Set<Session>();

  /** The orphaned script after an extension reload: stop everything, quietly. */
  const alive = (): boolean => {
    if (root.signal.aborted) return false;
    if (extensionAlive()) return true;
    root.abort();
    return false;
  };

  // The effective config and its compiled glossary; null until watchSettings below answers and
  // the engine is in (src/webmail/engine.ts: injected when the first compose appears).
  let current: { config: Config; glossary: CompiledGlossary } | null = null;
  let config: Config | null = null;
  let engine: Engine | undefined;

  // Words the engine cannot judge alone are asked of the background once each; the answer
  // (or a failure, so nothing is asked twice) re-lints every open compose.
  const lexicon = createLexiconCache();
  const asked = new Set<string>();
  const lookupWords = (words: readonly string[]) => {
    const fresh = words.filter((word) => !asked.has(word));
    if (fresh.length === 0 || !alive()) return;
    for (const word of fresh) asked.add(word);
    void sendToBackground<LookupWordsReply>({ type: "content→background:lookup-words", words: fresh }).then((reply) => {
      if (!reply?.ok) return;
      lexicon.learn(fresh, reply.known);
      for (const session of sessions) session.refresh();
    });
  };

  // Timing marks only when a benchmark switches them on (session.ts header: privacy).
  let perfMarks = false;
  watchPerfMarks((on) => {
    perfMarks = on;
  }, root.signal);

  let browserLocale: Language | undefined;
  const context = {
    adapter,
    // Read at every check: the language chosen on the options page applies to open composes too.
    get locale() {
      // Read at every check. The browser's own language is fixed for the page's life: asked of
      // the browser once (a call through the extension API that cost 0.1 ms a keystroke).
      if (uiLanguageChoice() !== "auto") return uiLanguage();
      browserLocale ??= browserLanguage();
      return browserLocale;
    },
    settings() {
      if (!alive()) throw new Error("Skaidri: extension context invalidated");
      return current;
    },
    lintExtras: () => ({ lexicon }),
    lookupWords,
    perfMarks: () => perfMarks,
    fillProfile: (signature: string) => void sendToBackground<boolean>({ type: "content→background:fill-profile", signature }),
  };

  // Sessions start at once (the chip appears) but check only once the stored settings and
  // policy are known — watchSettings answers at once, or after its storage timeouts on a cold
  // start — so there is no flash of findings from defaults the policy may overrule.
  const waiting = new Set<() => void>();
  // A glossary term's homographs of other words are decided where the word list is (the
  // background, src/core/homographs.ts): until its answer, terms match as before.
  let homographs: { glossary: unknown; forms: ReadonlyMap<string, readonly string[]> } | null = null;
  let homographsAsked: unknown = null;
  const askHomographs = (glossary: Config["glossary"]) => {
    if (homographsAsked === glossary || !alive()) return;
    homographsAsked = glossary;
    const words = (Array.isArray(glossary) ? glossary : []).flatMap((e) => {
      if (typeof e?.term !== "string" || e.language === "en" || e.term === e.term.toUpperCase()) return [];
      const w = phraseWords(e.term);
      return w.length === 1 ? w : [];
    });
    if (words.length === 0) return;
    void sendToBackground<HomographsReply>({ type: "content→background:homographs", words }).then((reply) => {
      if (!reply?.ok || reply.forms.length === 0 || homographsAsked !== glossary) return;
      homographs = { glossary, forms: new Map(reply.forms) };
      // The compiled glossary takes them in place: no second compile while the user types.
      if (current && config?.glossary === glossary) {
        current.glossary.learnHomographs(homographs.forms);
        for (const session of sessions) session.refresh();
      } else update();
    });
  };
  const update = () => {
    if (!config || !engine) return;
    const sharedForms = homographs?.glossary === config.glossary ? homographs.forms : undefined;
    current = { config, glossary: engine.compileGlossary(config.glossary, sharedForms ? { sharedForms } : {}) };
    if (!sharedForms) askHomographs(config.glossary);
    for (const session of sessions) session.refresh();
    for (const done of waiting) done();
    waiting.clear();
  };
  watchSettings((snapshot) => {
    config = snapshot.config;
    update();
  }, root.signal);
  let engineAsked = false;
  const askForEngine = () => {
    if (engineAsked) return;
    engineAsked = true;
    void loadEngine().then((loaded) => {
      engineAsked = loaded !== undefined;
      if (!loaded || !alive()) return;
      engine = loaded;
      update();
    });
  };
  /** Resolves true once the settings are known, false after `ms` (the Send guard waits on a cold start). */
  const whenReady = (ms: number) =>
    new Promise<boolean>((resolve) => {
      if (current) return resolve(true);
      const timer = setTimeout(() => {
        waiting.delete(done);
        resolve(current !== null);
      }, ms);
      const done = () => {
        clearTimeout(timer);
        resolve(true);
      };
      waiting.add(done);
    });

  // One document observer serves the sessions and the templates (idle cost: one scan a batch).
  const composeHandlers: ((compose: Compose, signal: AbortSignal) => void)[] = [];
  composeHandlers.push((compose, signal) => {
    if (!alive()) return;
    askForEngine();
    const session = startSession(compose, context, signal);
    sessions.add(session);
    session.signal.addEventListener("abort", () => sessions.delete(session), { once: true });
  });
  // Before watchComposes: its first scan reports the composes already open to both.
  handleTemplateMessages(adapter, root.signal, () => current?.config ?? defaultConfig(), (onCompose) => composeHandlers.push(onCompose));
  watchComposes(adapter, document, root.signal, (compose, signal) => {
    for (const handler of composeHandlers) {
      try {
        handler(compose, signal);
      } catch {
        // One handler failing must not stop the other.
      }
    }
  });

  installSendGuard(
    {
      win: window,
      findSendControls: (compose) => adapter.findSendControls(compose),
      sendKind: (control) => adapter.sendKind(control),
      composes: () => sessions,
      // null: not known yet — the guard holds a Send until they are (cold start).
      mode: () => (!alive() ? "off" : current ? current.config.sendCheck : null),
      whenReady,
      ask: (guarded, errors, mode) =>
        askBeforeSend(document, errors, mode, {
          show: guarded.show ? (finding) => guarded.show?.(finding) : undefined,
          fix: guarded.fix ? (finding) => guarded.fix!(finding) : undefined,
        }),
    },
    root.signal,
  );

  // The popup asks whether this page is recognised (DESIGN.md: idle pages say so).
  onRuntimeMessage((message) => {
    if (message.type === "popup→content:status") {
      return { adapter: adapter.name, composes: sessions.size, recognised: sessions.size > 0 };
    }
    return undefined;
  }, root.signal);
}

// The chip, cards and messages speak the language chosen on the options page from the start.
// The chosen language's table comes from the background: a content script's fetch of the
// package would need the file web-accessible, readable by every page.
const askBackground = (language: "lv" | "en") => sendToBackground<unknown>({ type: "content→background:ui-messages", language });
void loadUiLanguage(askBackground).then(() => {
  try {
    if (isBuiltInWebmail(location.href)) start(adapterFor(location.href));
    // Elsewhere the script runs because the policy listed this host (background/institution-hosts.ts)
    // — or a test build's host: the policy's `kind` names the adapter. The policy is known by then
    // (the background registered us after reading it), from the browser or its last good copy.
    else
      void loadSettings()
        .then((snapshot) => start(adapterFor(location.href, snapshot.config.webmailHosts)))
        .catch(() => undefined);
  } catch {
    // Fail quiet: a page we do not understand leaves Skaidri idle, never broken.
  }
});
