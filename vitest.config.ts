import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/**/*.test.{ts,tsx}"],
          exclude: ["test/e2e/**"],
          environment: "node",
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.e2e.ts"],
          environment: "node",
          // One Chromium at a time: the managed policy under /etc is machine-wide.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A real browser on a busy 2-core CI machine: expect.poll's 1 s default is too short.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
