#!/usr/bin/env node
// Regenerates src/core/data/holidays-lv.generated.json from the installed `date-holidays`
// package (its LV data, CC BY-SA 3.0 — see NOTICE.md), so the engine ships a small table
// instead of the whole library: `node scripts/generate-holidays.mjs [--check]`.
// --check compares with the committed file and exits 1 when it differs (CI, and the unit
// test test/unit/holidays-data.test.ts does the same in memory).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

export const FIRST_YEAR = 2020;
export const LAST_YEAR = 2040;
export const OUTPUT = resolve(import.meta.dirname, "../src/core/data/holidays-lv.generated.json");

/** The table as a JSON string: public holidays only (no observances), "MM-DD" per year. */
export function generateHolidayTable() {
  const require = createRequire(import.meta.url);
  const Holidays = require("date-holidays");
  const { version } = require("date-holidays/package.json");
  const hd = new Holidays("LV", { types: ["public"] });
  const years = {};
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const days = hd
      .getHolidays(year)
      .filter((h) => h.type === "public")
      .map((h) => h.date.slice(5, 10));
    years[year] = [...new Set(days)].sort();
  }
  const table = {
    source: `date-holidays ${version}, data/countries/LV.yaml (https://github.com/commenthol/date-holidays)`,
    license: "CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0/); derived from https://en.wikipedia.org/wiki/Public_holidays_in_Latvia",
    generatedBy: "scripts/generate-holidays.mjs",
    firstYear: FIRST_YEAR,
    lastYear: LAST_YEAR,
    years,
  };
  // One year per line: small diffs when the source changes.
  const lines = Object.entries(years).map(([year, days]) => `    "${year}": ${JSON.stringify(days)}`);
  const head = JSON.stringify({ ...table, years: undefined }, null, 2).replace(/\n}$/, "");
  return `${head},\n  "years": {\n${lines.join(",\n")}\n  }\n}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const text = generateHolidayTable();
  if (process.argv.includes("--check")) {
    const committed = readFileSync(OUTPUT, "utf8");
    if (committed !== text) {
      console.error(`${OUTPUT} is out of date: run node scripts/generate-holidays.mjs`);
      process.exit(1);
    }
    console.log("holidays-lv.generated.json matches date-holidays.");
  } else {
    writeFileSync(OUTPUT, text);
    console.log(`Wrote ${OUTPUT}`);
  }
}
