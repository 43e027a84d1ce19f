import { beforeEach, expect, test, vi } from "vitest";

const runtime = vi.hoisted(() => ({ getURL: (_path: string): string => "" }));
vi.mock("../../src/platform/browser.ts", () => ({ browser: { runtime } }));

import { isFirefox } from "../../src/platform/engine.ts";

beforeEach(() => {
  runtime.getURL = () => "";
});

test("Firefox: extension URLs are moz-extension://", () => {
  runtime.getURL = (path) => `moz-extension://0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0/${path}`;
  expect(isFirefox()).toBe(true);
});

test("Chromium: chrome-extension:// is not Firefox", () => {
  runtime.getURL = (path) => `chrome-extension://abcdefghijklmnopabcdefghijklmnop/${path}`;
  expect(isFirefox()).toBe(false);
});

test("a runtime that throws (context invalidated) is not Firefox", () => {
  runtime.getURL = () => {
    throw new Error("Extension context invalidated.");
  };
  expect(isFirefox()).toBe(false);
});
