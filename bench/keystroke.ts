// A keystroke's lint (issue 17: the work per keystroke grows with the edit, not the reply):
// `npm run bench -- --keystroke`. The shipped engine lints a reply after each character typed
// into it — in the middle of the body and at the end of its last paragraph — once as a one-shot
// lint (the CLI's way: every paragraph read) and once as the content script does it
// (`incremental`: the paragraphs seen in the last lint keep their words, language votes,
// glossary matches and invitation sentences). Medians per keystroke, interleaved, for replies of
// 1,000, 3,000 and 10,000 words with a 2,000-term glossary (the browser benchmark's size).
import { effectiveConfig } from "../src/core/config.ts";
import { glossary, reply } from "./inputs.ts";
import { shippedEngine } from "./shipped-engine.ts";

const TYPED = "Lūdzu, iesniedziet dokumentus līdz piektdienai, un mēs Jums atbildēsim. ";

interface Row {
  words: number;
  where: "middle" | "end";
  oneShotMs: number;
  incrementalMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** The texts a user makes typing TYPED at `at`, one per keystroke (flat strings, as the text map's join makes them). */
function keystrokes(text: string, at: number, chars: number): string[] {
  const out: string[] = [];
  let typed = "";
  for (let i = 0; i < chars; i++) {
    typed += TYPED[i % TYPED.length];
    out.push(`${text.slice(0, at)}${typed}${text.slice(at)}`.split("").join(""));
  }
  return out;
}

export async function runKeystrokeBench(flags: { json: boolean; quick: boolean }): Promise<number> {
  const { compileGlossary, lint } = await shippedEngine();
  const entries = glossary(2_000);
  const config = effectiveConfig(
    {},
    { institution: "Valsts ieņēmumu dienests", feedbackUrl: "https://www.iestade.gov.lv/atsauksmes", glossary: entries },
    { firstName: "Anna", lastName: "Bērziņa", position: "Vecākā referente", phone: "67 120 001", email: "anna.berzina@vid.gov.lv" },
  );
  const compiled = compileGlossary(entries);
  const chars = flags.quick ? 40 : 150;
  const rows: Row[] = [];
  for (const words of [1_000, 3_000, 10_000]) {
    const text = reply(words);
    const closing = text.lastIndexOf("\n\n", text.lastIndexOf("\n\n") - 1);
    const places = { middle: text.indexOf("\n\n", text.length >> 1), end: text.lastIndexOf("\n\n", closing - 1) };
    for (const where of ["middle", "end"] as const) {
      const texts = keystrokes(text, places[where], chars);
      const oneShot: number[] = [];
      const incremental: number[] = [];
      // Warm-up, then each keystroke timed both ways, interleaved (the incremental run keeps
      // its memo from the previous keystroke, as in the browser).
      for (const t of texts.slice(0, 10)) lint(t, { config, glossary: compiled, incremental: true });
      for (const t of texts) {
        let s = performance.now();
        lint(t, { config, glossary: compiled });
        oneShot.push(performance.now() - s);
        s = performance.now();
        lint(t, { config, glossary: compiled, incremental: true });
        incremental.push(performance.now() - s);
      }
      rows.push({ words, where, oneShotMs: median(oneShot), incrementalMs: median(incremental) });
    }
  }
  if (flags.json) {
    console.log(JSON.stringify({ keystroke: rows }));
    return 0;
  }
  console.log(`A keystroke's lint — shipped engine, node ${process.version}, 2,000 terms, ${chars} keys per case, medians`);
  console.log("words  typed at  one-shot ms  incremental ms  one-shot/incremental");
  for (const r of rows) console.log(`${String(r.words).padStart(5)}  ${r.where.padEnd(8)}  ${r.oneShotMs.toFixed(3).padStart(11)}  ${r.incrementalMs.toFixed(3).padStart(14)}  ${(r.oneShotMs / r.incrementalMs).toFixed(2).padStart(19)}×`);
  const at = (words: number) => rows.filter((r) => r.words === words);
  const growth = (pick: (r: Row) => number) => median(at(10_000).map(pick)) / median(at(1_000).map(pick));
  console.log(`1,000 → 10,000 words: one-shot ${growth((r) => r.oneShotMs).toFixed(1)}×, incremental ${growth((r) => r.incrementalMs).toFixed(1)}×`);
  return 0;
}
