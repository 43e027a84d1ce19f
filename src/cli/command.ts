export interface Command {
  /** One line for --help: usage and what it does. */
  summary: string;
  run(args: string[]): Promise<number>;
}

export function printHelp(commands: Record<string, Command>): void {
  const lines = [
    "Skaidri — checks public-service e-mail replies against the customer-service handbook.",
    "",
    "Usage: skaidri <command> [options]",
    "",
    "Commands:",
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`),
    "",
    "Run `skaidri <command> --help` for a command's options.",
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}
