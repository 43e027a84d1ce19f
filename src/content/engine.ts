// The engine file the background injects into a webmail page's isolated world when the first
// compose appears (src/webmail/engine.ts says why it is not in the content script). Built as one
// standalone IIFE (scripts/build.mjs); injected once per frame, so a second run changes nothing.
import { compileGlossary } from "../core/glossary.ts";
import { lint } from "../core/lint.ts";
import { segmentMessage } from "../core/message.ts";
import { findReceived, parseMailDate } from "../core/received.ts";
import { ENGINE_GLOBAL, type Engine } from "../webmail/engine.ts";

const scope = globalThis as Record<string, unknown>;
scope[ENGINE_GLOBAL] ??= { lint, compileGlossary, segmentMessage, findReceived, parseMailDate } satisfies Engine;
