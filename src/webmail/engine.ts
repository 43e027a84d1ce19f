// The checking engine (lint and the glossary compiler, with every rule, the inflection layer
// and its word data) is not part of the content script: it is the larger part of Skaidri, and
// every webmail page — an inbox with no compose open too — would parse it on each load
// (issue 17). The background injects it into this page's isolated world when the first compose
// appears (src/content/engine.ts, src/background/engine-injection.ts); the page cannot see it.
// Only types are imported here, so nothing of the engine is bundled with the content script.
import type { compileGlossary } from "../core/glossary.ts";
import type { lint } from "../core/lint.ts";
import type { segmentMessage } from "../core/message.ts";
import type { findReceived, parseMailDate } from "../core/received.ts";

export interface Engine {
  lint: typeof lint;
  compileGlossary: typeof compileGlossary;
  segmentMessage: typeof segmentMessage;
  findReceived: typeof findReceived;
  parseMailDate: typeof parseMailDate;
}

/** Where src/content/engine.ts leaves the engine: a global of the extension's isolated world. */
export const ENGINE_GLOBAL = "__skaidriEngine";

/** The engine once it has been injected, else undefined. */
export function installedEngine(): Engine | undefined {
  return (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] as Engine | undefined;
}
