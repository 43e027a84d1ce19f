import { expect, test } from "vitest";
import { isSpaceCode, pushTrimmed } from "../../../src/core/text/space.ts";

test("isSpaceCode is /\\s/ for every code unit of the BMP", () => {
  const differ: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
  expect(differ).toEqual([]);
});

test("pushTrimmed trims white space of every kind and drops what is left empty", () => {
  const out: { start: number; end: number }[] = [];
  pushTrimmed("\u00a0 ab \t\n", 0, 7, out, 10);
  pushTrimmed(" \u2003 ", 0, 3, out);
  expect(out).toEqual([{ start: 12, end: 14 }]);
});
