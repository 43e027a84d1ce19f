// `skaidri <command> …`: each command lives in its own file and is registered here by one line.
import { type Command, printHelp } from "./command.ts";
import { glossaryCommand } from "./glossary.ts";
import { lintCommand } from "./lint.ts";
import { policyCommand } from "./policy.ts";
import { template } from "./template.ts";

const commands: Record<string, Command> = { lint: lintCommand, policy: policyCommand, glossary: glossaryCommand, template };

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    printHelp(commands);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`skaidri: unknown command "${name}". Run "skaidri --help".\n`);
    return 2;
  }
  return command.run(rest);
}
