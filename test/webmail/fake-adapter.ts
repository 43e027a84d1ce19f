// A generic webmail adapter for unit tests of the session: composes are handed to it by the
// test, the quote is a <blockquote>, there is no signature; the parts a test needs are overridden.
import type { Adapter } from "../../src/webmail/adapter.ts";

export function fakeAdapter(parts: Partial<Adapter> = {}): Adapter {
  return {
    name: "generic",
    matches: () => true,
    findComposes: () => [],
    findQuoteStart: (editor) => editor.querySelector("blockquote"),
    findSignature: () => null,
    findSendControls: () => [],
    sendKind: () => "send",
    insertText: async () => false,
    ...parts,
  };
}
