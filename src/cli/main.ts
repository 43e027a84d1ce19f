// `skaidri <command> …`: each command lives in its own file and is registered here by one line.
import { localeOf, notASubcommand } from "./args.ts";
import { type Command, printHelp } from "./command.ts";
import { glossaryCommand } from "./glossary.ts";
import { lintCommand } from "./lint.ts";
import { cliText } from "./messages.ts";
import { policyCommand } from "./policy.ts";
import { template } from "./template.ts";

const commands: Record<string, Command> = { lint: lintCommand, policy: policyCommand, glossary: glossaryCommand, template };

export async function main(argv: string[]): Promise<number> {
  const locale = localeOf(argv);
  // `skaidri --locale en --help` as well as `skaidri --help`.
  const rest = argv[0]?.startsWith("--locale") ? argv.slice(argv[0].includes("=") ? 1 : 2) : argv;
  const [name, ...args] = rest;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    printHelp(commands, locale);
    return name ? 0 : 2;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    const why = name.startsWith("-") ? `${notASubcommand(name, locale)}. ${cliText(locale).args.seeHelp("")}` : cliText(locale).main.unknownCommand(name);
    process.stderr.write(`skaidri: ${why}\n`);
    return 2;
  }
  return command.run(rest === argv ? args : [...args, ...argv.slice(0, argv.length - rest.length)]);
}
