// One Chromium with Skaidri for a test file that drives the benchmark's pages (bench/): opened
// before its tests, with a benchmark glossary of `terms` terms and the timing marks on, and
// closed after them.
import { afterAll, beforeAll } from "vitest";
import { configureGlossary } from "../../bench/browser.ts";
import { launch, type Session } from "./harness.ts";

/** The file's session (call inside a test or hook: it exists once beforeAll has run). */
export function benchSession(terms: number): () => Session {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await launch({ locale: "lv" });
    await configureGlossary(session, terms);
  }, 60_000);
  afterAll(async () => {
    await session?.close();
  });
  return () => session!;
}
