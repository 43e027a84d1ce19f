// The streaming glossary import: any split of the text into chunks gives the result of the
// whole text (quotes, doubled quotes, CRLF, BOM and Excel's "sep=" line cut anywhere).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { glossaryFromCsv } from "../../src/core/csv.ts";
import { createGlossaryImporter } from "../../src/core/glossary-import.ts";

function inChunks(text: string, cuts: number[]) {
  const importer = createGlossaryImporter();
  let at = 0;
  for (const cut of [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b)) {
    importer.push(text.slice(at, cut));
    at = cut;
  }
  importer.push(text.slice(at));
  return importer.finish();
}

const SAMPLES = [
  "\uFEFFterm;suggestion;explanation;language\r\neskalēt;nodot;\"Žargons; \"\"iekšējs\"\"\r\nrindā\";LV\r\n;tukšs;;\r\nstruktūrvienība;nodaļa;;\r\n",
  "sep=;\nterm;suggestion\neskalēt;nodot\neskalēt;aizstāt\n",
  "term,suggestion,language\n\"a, b\",c,en\n\"unterminated,x\n",
  "valoda,termiņš\nlv,eskalēt",
  "nothing here\nx\n",
  "",
];

describe("createGlossaryImporter", () => {
  test.each(SAMPLES.map((s) => [s]))("every chunking of %j gives the whole text's result", (text) => {
    const whole = glossaryFromCsv(text);
    for (let i = 0; i <= text.length; i++) expect(inChunks(text, [i])).toEqual(whole);
    expect(inChunks(text, [...Array(text.length).keys()])).toEqual(whole); // one character at a time
  });

  test("random chunkings of random rows agree with one chunk", () => {
    const cell = fc.stringMatching(/^[a-zāēīčšž ;,"\r\n]{0,8}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 6 }), fc.boolean(), (rows, cuts, semicolon) => {
        const d = semicolon ? ";" : ",";
        const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
        const text = `term${d}suggestion\r\n${rows.map(([a, b]) => `${quote(a)}${d}${quote(b)}`).join("\r\n")}`;
        expect(inChunks(text, cuts)).toEqual(glossaryFromCsv(text));
      }),
      { numRuns: 200 },
    );
  });

  test("row numbers and results as before: the sep= line counts as a row", () => {
    const result = glossaryFromCsv(SAMPLES[1]!);
    expect(result.delimiter).toBe(";");
    expect(result.entries).toEqual([{ term: "eskalēt", suggestion: "aizstāt" }]);
    expect(result.problems).toEqual([expect.objectContaining({ row: 4, level: "warning" })]);
    expect(glossaryFromCsv(SAMPLES[0]!).entries[0]).toEqual({ term: "eskalēt", suggestion: "nodot", explanation: 'Žargons; "iekšējs"\r\nrindā', language: "lv" });
  });
});
