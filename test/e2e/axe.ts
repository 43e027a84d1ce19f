// axe-core in the real browser: fails on serious or critical violations. Works on extension
// pages and on webmail pages with Skaidri's in-page UI (axe walks open shadow roots; a
// context like { include: [["[data-skaidri-status]", ".chip"]] } reaches into one).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ElementContext, Result, RunOptions } from "axe-core";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { ROOT } from "./harness.ts";

const AXE_SOURCE = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

/** Runs axe on `page` (or part of it) and returns the serious and critical violations. */
export async function seriousViolations(page: Page, context?: ElementContext, options?: RunOptions): Promise<Result[]> {
  // Evaluated through the debugging protocol, not a <script> tag: extension pages' CSP
  // forbids inline scripts.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page at run time
    async ([ctx, opts]: [any, any]): Promise<unknown> => (await (window as any).axe.run(ctx ?? document, opts ?? {})).violations,
    [context ?? null, options ?? null] as [unknown, unknown],
  )) as Result[];
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** One readable line per violation and element, for assertion messages. */
export function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((node) => `${v.impact} ${v.id}: ${v.help} — ${JSON.stringify(node.target)} ${node.failureSummary ?? ""}`.trim()),
  );
}

/** Fails the test when axe finds a serious or critical violation on `page` (or in `context`). */
export async function expectNoSeriousViolations(page: Page, context?: ElementContext, options?: RunOptions): Promise<void> {
  const violations = await seriousViolations(page, context, options);
  expect(describeViolations(violations), `axe on ${page.url()}`).toEqual([]);
}
