// Stands in for webextension-polyfill in happy-dom tests: messages are their keys (with substitutions).
export const browserMock = {
  i18n: {
    getMessage: (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}(${([] as string[]).concat(subs).join(",")})`),
    getUILanguage: () => "en",
  },
  runtime: { id: "test", onMessage: { addListener() {}, removeListener() {} }, sendMessage: async () => undefined },
};
