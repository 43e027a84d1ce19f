// Issue 13, "one word per concept": the words the Latvian UI gave up stay given up — in the UI
// table, the rules' descriptions and findings, the policy check, the glossary import and the
// CLI's texts. Each pattern names the word that replaced it.
import { expect, test } from "vitest";
import { defaultConfig } from "../../src/core/config.ts";
import { RULE_IDS } from "../../src/core/types.ts";
import { fixtureFindings, latvianTables } from "../support/latvian-sources.ts";

const RETIRED: [RegExp, string][] = [
  [/atradum/iu, "piezīme"],
  [/glosārij/iu, "vārdnīca"],
  [/nozīmīgum/iu, "līmenis"],
  [/nepaskaidrot/iu, "neatšifrēts saīsinājums"],
  [/atsauksmju (?:vietn|viet[aāu](?!\p{L}))/iu, "atsauksmju lapa"],
  [/personīg\p{L}* veidn|jūsu pašu/iu, "Manas veidnes"],
  [/organizācij/iu, "iestāde"],
  // The checks, not Cabinet regulations ("MK noteikumi" may still be quoted).
  [/(?<!MK )\bNoteikum/u, "Pārbaudes"],
];

/** The fixture mails with every rule on (an "off" rule as info) and one glossary term. */
function findings(): string[] {
  const config = defaultConfig();
  for (const id of RULE_IDS) config.rules[id] = config.rules[id] === "off" ? "info" : config.rules[id];
  return fixtureFindings({ ...config, glossary: [{ term: "struktūrvienība", suggestion: "nodaļa" }] });
}

const SOURCES: [string, string[]][] = [...latvianTables(), ["the engine's findings on the fixture mails", findings()]];

test.each(SOURCES)("%s keeps to one word per concept", (_name, texts) => {
  expect(texts.length).toBeGreaterThan(3);
  const retired = texts.flatMap((text) => RETIRED.filter(([pattern]) => pattern.test(text)).map(([, instead]) => `${text}  →  ${instead}`));
  expect(retired).toEqual([]);
});

test("the patterns catch the retired words", () => {
  const hits = (text: string) => RETIRED.some(([pattern]) => pattern.test(text));
  expect(["3 atradumi", "Glosārijs", "Nozīmīgums", "Nepaskaidrots saīsinājums", "atsauksmju vietne", "Jūsu pašu veidnes", "organizācijas politika", "Noteikumi"].every(hits)).toBe(true);
  expect(["3 piezīmes", "Mana vārdnīca", "Līmenis", "atsauksmju lapa", "MK noteikumi Nr. 1000", "Manas veidnes"].some(hits)).toBe(false);
});
