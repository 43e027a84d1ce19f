// The committed holiday table is what scripts/generate-holidays.mjs makes from the
// installed date-holidays data: regenerate in memory and compare byte for byte.
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
// @ts-expect-error — a plain .mjs script without types
import { generateHolidayTable, OUTPUT } from "../../scripts/generate-holidays.mjs";

test("src/core/data/holidays-lv.generated.json matches the date-holidays data (run node scripts/generate-holidays.mjs)", () => {
  expect(readFileSync(OUTPUT, "utf8")).toBe(generateHolidayTable());
});

test("the table credits its source and licence", () => {
  const table = JSON.parse(readFileSync(OUTPUT, "utf8"));
  expect(table.source).toMatch(/date-holidays/);
  expect(table.license).toMatch(/CC BY-SA 3\.0/);
});
