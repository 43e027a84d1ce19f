// Content side of templates: answers the popup's insert (popup→content:insert) and opens the
// in-page picker on the keyboard shortcut (background→content:open-template-picker). Where
// and how the text goes in: template-target.ts.
import type { Config } from "../core/types.ts";
import type { Message, TemplateTargetReply } from "../platform/messages.ts";
import { onRuntimeMessage } from "../platform/runtime.ts";
import { loadSettings } from "../platform/settings.ts";
import type { Adapter } from "./adapter.ts";
import { receivedTimeFor } from "./received-time.ts";
import { openTemplatePicker } from "./template-picker.ts";
import { type ComposeFeed, type TemplateTarget, trackTemplateTarget } from "./template-target.ts";

export { asOwnLines, type ComposeFeed, type TemplateTarget, trackTemplateTarget } from "./template-target.ts";

/**
 * Wires templates into the content script until `signal` aborts. `settings` gives the
 * effective config (profile, policy templates, calendar) the content script already holds;
 * the picker reads the stored settings afresh to tell the organisation's templates from the
 * user's own, and falls back to `settings` when storage does not answer.
 */
export function handleTemplateMessages(adapter: Adapter, signal: AbortSignal, settings: () => Config, feed?: ComposeFeed): TemplateTarget {
  const target = trackTemplateTarget(adapter, document, signal, feed);
  const openPicker = async () => {
    let config = settings();
    let organisationIds = config.templates.map((t) => t.id);
    try {
      const snapshot = await loadSettings();
      config = snapshot.config;
      organisationIds = snapshot.locks.templates;
    } catch {
      // Keep what the content script has.
    }
    if (signal.aborted) return;
    // The receipt template's dates count from the day the client wrote (issue 15).
    const compose = target.current();
    const received = compose ? receivedTimeFor(adapter.name, compose, adapter.findQuoteStart(compose.editor))?.slice(0, 10) : undefined;
    openTemplatePicker(document, target, { config, organisationIds, ...(received ? { received } : {}) }, signal);
  };
  onRuntimeMessage((message: Message) => {
    if (message.type === "popup→content:insert") return target.insert(message.text);
    if (message.type === "popup→content:template-target") return { composes: target.count() } satisfies TemplateTargetReply;
    if (message.type === "background→content:open-template-picker") {
      void openPicker();
      return true;
    }
    return undefined;
  }, signal);
  return target;
}
