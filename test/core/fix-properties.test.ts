// Property (issue 12): applying a fix settles its finding and raises no other. For every mail
// built from real fragments (all combinations, not a sample), each suggestion of each finding is
// applied and the mail linted again; the findings after must be the findings before, moved by
// the edit, minus the fixed one. No new finding of any rule at any place — the fixed finding's
// own rule included. The one exception, with its reason, is ALSO_SETTLES below.
import { describe, expect, test } from "vitest";
import { effectiveConfig } from "../../src/core/config.ts";
import { lint } from "../../src/core/lint.ts";
import type { Finding, RuleId } from "../../src/core/types.ts";

const config = effectiveConfig(
  {},
  {
    institution: "Valsts zemes dienests",
    institutionAliases: ["VZD"],
    feedbackUrl: "https://www.vzd.gov.lv/atsauksmes",
    glossary: [{ term: "struktūrvienība", suggestion: "nodaļa" }, { term: "eskalēt", suggestion: "nodot vadībai" }],
  },
  { firstName: "Anna", lastName: "Kalniņa", position: "vecākā referente", phone: "67 038 600", email: "anna.kalnina@vzd.gov.lv" },
);

const PARTS = [
  ["Labdien, Jāni!", "Čau!", "Jāni!", "", "Par nekustamā īpašuma nodokli\n\nLabdien!", "Dear Ms Smith,", "Hi John,"],
  [
    "Informējam, ka Jūsu iesniegums nodots atbildīgajai struktūrvienībai.",
    "Jūsu personas kods 161175-19997 ir norādīts iesniegumā.",
    "Iesniegumu nosūtījām VZD, un to izskatīs desmit dienās.",
    "Your application was passed to the unit responsible and will be reviewed.",
    "Paldies par Jūsu vēstuli. Lēmumu nosūtīsim pa pastu.",
  ],
  ["Aicinām Jūs izteikt viedokli https://www.vzd.gov.lv/atsauksmes.", "Aicinām Jūs izteikt viedokli https://example.lv/forma.", "Aicinām Jūs izteikt viedokli.", ""],
  ["Veiksmīgu dienu!", "Have a nice day!", ""],
  ["Ar cieņu,", "Kind regards,", ""],
  ["Anna Kalniņa\nVecākā referente\nValsts zemes dienests\nTālr. 67 038 600", "Anna\nVZD", "Vecākā referente", ""],
  ["", "\n\n> Labdien, kur ir mans iesniegums?\n> Jānis"],
] as const;

/** Every combination of the fragments: greeting, body, invitation, wish / valediction, signature / quote. */
function* mails(): Generator<string> {
  const pick = PARTS.map(() => 0);
  for (;;) {
    const [greeting, body, invitation, wish, valediction, signature, quote] = PARTS.map((options, i) => options[pick[i]!]!);
    yield [[greeting, body, invitation, wish].filter(Boolean).join("\n\n"), [valediction, signature].filter(Boolean).join("\n")].filter(Boolean).join("\n\n") + quote;
    let i = 0;
    while (i < PARTS.length && ++pick[i]! >= PARTS[i]!.length) pick[i++] = 0;
    if (i === PARTS.length) return;
  }
}

const SIGNATURE_RULES: RuleId[] = ["signature/name", "signature/position", "signature/institution", "signature/contacts"];

/**
 * The one documented exception to "the findings after are the findings before, minus the fixed
 * one": fixes that settle more than their own finding, and what else they may settle. The
 * invitation a fix inserts carries the feedback link (feedback-link). A signature fix in a mail
 * without a signature block inserts the whole block from the profile — one field alone is not a
 * block the segmenter recognises, so the finding stayed — and the block holds every field.
 * Nothing is ever excepted from "no new finding".
 */
const ALSO_SETTLES: Partial<Record<RuleId, RuleId[]>> = {
  "feedback-invitation": ["feedback-link"],
  "signature/name": SIGNATURE_RULES,
  "signature/position": SIGNATURE_RULES,
  "signature/institution": SIGNATURE_RULES,
  "signature/contacts": SIGNATURE_RULES,
};

/** Whether `at` is where a finding of the mail before an edit of [s, e) into `length` characters stands after it. */
function movedTo(h: Finding, s: number, e: number, length: number, at: number): boolean {
  if (h.end < s || (h.end === s && h.start < s)) return at === h.start;
  if (h.start > e || (h.start === e && h.end > e)) return at === h.start + length - (e - s);
  // A missing part at the edit: the inserted text may go before its place, after it, or around
  // it ("\n\n" + a signature block: the sign-off still belongs right before the block).
  if (h.start === h.end && (h.start === s || h.start === e)) return at >= s && at <= s + length;
  return false;
}

interface Violation {
  kind: string;
  text: string;
  suggestion: string;
  detail: string;
}

/** What is wrong with applying `suggestion` for `f` in `text`: new findings, the fixed one left, others lost. */
function violationsOf(text: string, before: Finding[], f: Finding, suggestion: string): Violation[] {
  const fixed = text.slice(0, f.start) + suggestion + text.slice(f.end);
  const after = lint(fixed, { config }).findings;
  const out: Violation[] = [];
  const matched = new Set<Finding>();
  const same = (h: Finding, g: Finding) => h.rule === g.rule && h.message === g.message;
  for (const g of after) {
    // The same rule and message on the same text, where the edit moved it.
    const h = before.find((h) => !matched.has(h) && same(h, g) && text.slice(h.start, h.end) === fixed.slice(g.start, g.end) && movedTo(h, f.start, f.end, suggestion.length, g.start));
    if (!h) {
      out.push({ kind: `${f.rule} fix raises ${g.rule}`, text, suggestion, detail: `${JSON.stringify(fixed.slice(g.start, g.end))} at ${g.start}: ${g.message}` });
      continue;
    }
    matched.add(h);
    if (h === f) out.push({ kind: `${f.rule} fix leaves its finding`, text, suggestion, detail: g.message });
  }
  for (const h of before) {
    if (h === f || matched.has(h) || ALSO_SETTLES[f.rule]?.includes(h.rule)) continue;
    out.push({ kind: `${f.rule} fix also settles ${h.rule}`, text, suggestion, detail: h.message });
  }
  return out;
}

describe("a fix settles its finding and raises no other", () => {
  test("every suggestion of every finding, on every mail the fragments make", () => {
    const first = new Map<string, Violation>();
    let fixes = 0;
    for (const text of mails()) {
      const before = lint(text, { config }).findings;
      for (const f of before) {
        for (const suggestion of f.suggestions) {
          fixes++;
          for (const v of violationsOf(text, before, f, suggestion)) if (!first.has(v.kind)) first.set(v.kind, v);
        }
      }
    }
    // The space is large enough to mean something: a fix of every fixable rule, thousands of times.
    expect(fixes).toBeGreaterThan(40_000);
    expect([...first.values()].map((v) => `${v.kind}: ${v.detail}\n  fix ${JSON.stringify(v.suggestion)} in ${JSON.stringify(v.text)}`)).toEqual([]);
  }, 120_000);

  test("the checker itself: a fix that raises a finding is caught", () => {
    const text = "Labdien!\n\nJūsu iesniegums ir izskatīts.";
    const before = lint(text, { config }).findings;
    const signOff = before.find((f) => f.rule === "sign-off")!;
    // A "fix" that writes jargon and an unexplained abbreviation instead of a wish.
    expect(violationsOf(text, before, signOff, "\n\nMēs to eskalēsim VZD.").map((v) => v.kind)).toEqual(
      expect.arrayContaining(["sign-off fix raises jargon", "sign-off fix leaves its finding"]),
    );
    // The real fix: the findings after it (moved by the insertion) are the ones before, minus it.
    expect(violationsOf(text, before, signOff, signOff.suggestions[0]!)).toEqual([]);
  });

  test("the personal-code mask is not an abbreviation (it was flagged)", () => {
    const text = "Labdien!\n\nJūsu personas kods 161175-19997 ir norādīts iesniegumā.";
    const [f] = lint(text, { config }).findings.filter((x) => x.rule === "personal-data");
    const fixed = text.slice(0, f!.start) + f!.suggestions[0] + text.slice(f!.end);
    expect(lint(fixed, { config }).findings.filter((x) => x.rule === "abbreviation" || x.rule === "personal-data")).toEqual([]);
  });
});
