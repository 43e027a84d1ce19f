// Property tests: lint() never throws, every offset lies inside the text, results are
// deterministic — over full-Unicode strings at fast-check's largest sizes, mail-shaped
// strings built from real fragments, and one ~1 MB mail.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { effectiveConfig } from "../../src/core/config.ts";
import { type LintOptions, lint } from "../../src/core/lint.ts";
import type { SegmentHints } from "../../src/core/types.ts";
import { makeLargeMail } from "./large-mail.ts";

const config = effectiveConfig(
  {},
  {
    institution: "Valsts zemes dienests",
    institutionAliases: ["VZD"],
    feedbackUrl: "https://www.vzd.gov.lv/atsauksmes",
    glossary: [{ term: "struktūrvienība", suggestion: "nodaļa" }, { term: "eskalēt" }, { term: "VZD" }],
  },
  { firstName: "Anna", lastName: "Kalniņa", position: "vecākā referente", phone: "67038600" },
);

function check(text: string, options: LintOptions = {}): void {
  const run = () =>
    lint(text, {
      config,
      ...options,
      onRuleError: (rule, error) => {
        throw new Error(`${rule} threw: ${String(error)}`);
      },
    });
  const first = run();
  for (const f of first.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThanOrEqual(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
  }
  for (let i = 1; i < first.findings.length; i++) expect(first.findings[i]!.start).toBeGreaterThanOrEqual(first.findings[i - 1]!.start);
  const { quoted, ...parts } = first.segments;
  for (const span of [...Object.values(parts), ...(quoted ?? [])]) {
    if (!span) continue;
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeGreaterThanOrEqual(span.start);
    expect(span.end).toBeLessThanOrEqual(text.length);
  }
  expect(run()).toEqual(first);
}

// size "max" draws lengths up to maxLength (fast-check's own default would be 2^31 − 1).
// UTF-16 code units of every kind, lone surrogates included: what a broken paste can hold.
const codeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 20_000, size: "max" }).map((units) => String.fromCharCode(...units));

const FRAGMENTS = [
  "Labdien, Jāni!",
  "Dear Ms Smith,",
  "Čau!",
  "\n",
  "\r\n",
  "\n\n",
  " ",
  "Paldies par Jūsu vēstuli.",
  "Aicinām Jūs sniegt atsauksmi https://www.vzd.gov.lv/atsauksmes.",
  "We welcome your feedback at www.example.com/x?y#z.",
  "Veiksmīgu dienu!",
  "Ar cieņu,",
  "Kind regards,",
  "-- ",
  "Anna Kalniņa",
  "Vecākā referente",
  "Valsts zemes dienests",
  "Tālr. +371 67 038 600",
  "anna@vzd.gov.lv",
  "161175-19997",
  "321234-56789",
  "LV80BANK0000435195001",
  "> citāts",
  "________________________________",
  "From: Jane <jane@example.com>",
  "Sent: Monday",
  "No: Jānis",
  "Nosūtīts: pirmdiena",
  "-----Original Message-----",
  "On Mon, 16 Nov 2026 at 10:15, Jane <j@x.com>",
  "wrote:",
  "rakstīja:",
  "struktūrvienībai",
  "VZD",
  "SVARĪGI",
  "🙂",
  "\u0301",
  "\ud800",
];
const mailLike = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: "grapheme", maxLength: 12 })), { maxLength: 2_000, size: "max" }).map((parts) => parts.join(""));

const hints = (length: number): fc.Arbitrary<SegmentHints> =>
  fc.record(
    {
      quoteStart: fc.integer({ min: -5, max: length + 5 }),
      signature: fc.record({ start: fc.integer({ min: -5, max: length + 5 }), end: fc.integer({ min: -5, max: length + 5 }) }),
    },
    { requiredKeys: [] },
  );

// Generating large full-Unicode strings is most of the cost here: allow a minute per property.
describe("lint() properties", { timeout: 60_000 }, () => {
  test("full-Unicode grapheme strings at the largest size", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 5_000, size: "max" }), fc.constantFrom<"lv" | "en">("lv", "en"), (text, locale) => check(text, { locale })),
      { numRuns: 40 },
    );
  });

  test("any code points (binary unit) at the largest size", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 5_000, size: "max" }), (text) => check(text)),
      { numRuns: 40 },
    );
  });

  test("raw UTF-16 code units, lone surrogates included", () => {
    fc.assert(
      fc.property(codeUnits, (text) => check(text)),
      { numRuns: 100 },
    );
  });

  test("mail-shaped strings built from real fragments, with and without browser hints", () => {
    fc.assert(
      fc.property(
        mailLike.chain((text) => fc.tuple(fc.constant(text), fc.option(hints(text.length), { nil: undefined }))),
        ([text, h]) => check(text, { hints: h }),
      ),
      { numRuns: 150 },
    );
  });

  test("a ~1 MB real mail: valid offsets, deterministic, fast", () => {
    const text = makeLargeMail(1_000_000);
    expect(text.length).toBeGreaterThanOrEqual(1_000_000);
    check(text);
    const started = performance.now();
    const result = lint(text, { config });
    const ms = performance.now() - started;
    expect(result.segments.quote).not.toBeNull();
    expect(ms).toBeLessThan(2000);
  });

  test("a ~1 MB reply without quoted history (all of it the writer's own)", () => {
    const text = makeLargeMail(1_000_000, { quote: false });
    check(text);
  });
});
