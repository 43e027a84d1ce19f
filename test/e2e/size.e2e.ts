// Size budgets of the built extension (issue 7): content script ≤ 60 KB gzip, popup and
// options ≤ 30 KB gzip each (entry chunk + every chunk it imports). Language data shipped as
// files is reported, not budgeted here. Runs on the build under test (dist/ or SKAIDRI_DIST).
import { expect, test } from "vitest";
import { formatSizes, measureSizes, SIZE_BUDGETS } from "../../bench/size.ts";
import { DIST } from "./harness.ts";

const report = measureSizes(DIST);
console.log(`Sizes of ${DIST}:\n${formatSizes(report).join("\n")}`);

test("the content script is at most 60 KB gzip", () => {
  expect(report.content.gzip).toBeLessThanOrEqual(SIZE_BUDGETS.content);
});

test("the content script is one self-contained file (no chunk the page could probe)", () => {
  expect(report.content.files).toHaveLength(1);
  expect(report.content.lazy).toHaveLength(0);
});

test("the popup's JavaScript is at most 30 KB gzip", () => {
  expect(report.popup.files.length).toBeGreaterThan(0);
  expect(report.popup.gzip).toBeLessThanOrEqual(SIZE_BUDGETS.popup);
});

test("the options page's JavaScript is at most 30 KB gzip", () => {
  expect(report.options.files.length).toBeGreaterThan(0);
  expect(report.options.gzip).toBeLessThanOrEqual(SIZE_BUDGETS.options);
});
