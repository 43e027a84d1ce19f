import type { Language } from "../core/types.ts";
import { cliText } from "./messages.ts";

export interface Command {
  /** One line for --help: usage and what it does, in the locale asked for. */
  summary(locale: Language): string;
  run(args: string[]): Promise<number>;
}

export function printHelp(commands: Record<string, Command>, locale: Language): void {
  const text = cliText(locale).main;
  const lines = [text.intro, "", text.usage, "", text.commands, ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary(locale)}`), "", text.more];
  process.stdout.write(`${lines.join("\n")}\n`);
}
