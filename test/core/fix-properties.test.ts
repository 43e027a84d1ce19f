// Property (issue 12): the text a one-click fix puts in never raises a new finding. For mails
// built from real fragments, each suggestion of each finding is applied and the mail linted
// again: every finding of the fixed mail must already have been there (same rule, same text),
// or be the fixed finding's own rule at the same place.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { effectiveConfig } from "../../src/core/config.ts";
import { lint } from "../../src/core/lint.ts";
import type { Finding } from "../../src/core/types.ts";

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

const mail = fc.tuple(...PARTS.map((options) => fc.constantFrom(...options))).map(([greeting, body, invitation, wish, valediction, signature, quote]) =>
  [[greeting, body, invitation, wish].filter(Boolean).join("\n\n"), [valediction, signature].filter(Boolean).join("\n")].filter(Boolean).join("\n\n") + quote,
);

const key = (text: string, f: Finding) => `${f.rule}|${text.slice(f.start, f.end)}`;

describe("fix output never raises a new finding", () => {
  test("every suggestion of every finding, on mails from real fragments", () => {
    fc.assert(
      fc.property(mail, (text) => {
        const before = lint(text, { config }).findings;
        const known = new Set(before.map((f) => key(text, f)));
        for (const f of before) {
          for (const suggestion of f.suggestions) {
            const fixed = text.slice(0, f.start) + suggestion + text.slice(f.end);
            const inserted = { start: f.start, end: f.start + suggestion.length };
            for (const g of lint(fixed, { config }).findings) {
              // A finding inside (or at) the inserted text that the mail did not have is new.
              const touches = g.start < inserted.end && g.end > inserted.start;
              if (!touches) continue;
              expect(known.has(key(fixed, g)) || g.rule === f.rule, `${f.rule} fix ${JSON.stringify(suggestion)} raised ${g.rule} on ${JSON.stringify(fixed.slice(g.start, g.end))} in ${JSON.stringify(fixed)}`).toBe(true);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  test("the personal-code mask is not an abbreviation (it was flagged)", () => {
    const text = "Labdien!\n\nJūsu personas kods 161175-19997 ir norādīts iesniegumā.";
    const [f] = lint(text, { config }).findings.filter((x) => x.rule === "personal-data");
    const fixed = text.slice(0, f!.start) + f!.suggestions[0] + text.slice(f!.end);
    expect(lint(fixed, { config }).findings.filter((x) => x.rule === "abbreviation" || x.rule === "personal-data")).toEqual([]);
  });
});
