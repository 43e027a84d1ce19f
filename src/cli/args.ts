// One argument parser for every command: `--name value` and `--name=value`, `-h`/`--help`,
// `--` ends the options, `-` is a file (standard input). Every command takes `--locale lv|en`
// and speaks it throughout, the usage errors included; an unknown option is a usage error
// (exit 2) — a typo must never be read as a file name or silently ignored.
import type { Language } from "../core/types.ts";
import { cliText } from "./messages.ts";

/** A usage error: the command prints it with its usage line and exits 2. */
export class UsageError extends Error {}

export interface OptionSpec {
  /** A string option takes a value; a flag does not. */
  type: "string" | "flag";
  /** The option may be given more than once (its values are collected). */
  multiple?: boolean;
  /** The values it accepts, when it is a choice. */
  choices?: readonly string[];
}

export interface ParsedArgs {
  /** The last value of each string option given. */
  values: Record<string, string | undefined>;
  /** Every value of a `multiple` option, in order. */
  lists: Record<string, string[]>;
  flags: Set<string>;
  positionals: string[];
  locale: Language;
  help: boolean;
}

const LOCALES: readonly Language[] = ["lv", "en"];

/** The `--locale` the arguments ask for, read before anything else so even usage errors speak it. */
export function localeOf(args: readonly string[]): Language {
  let locale: Language = "lv";
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--") break;
    const value = arg === "--locale" ? args[i + 1] : arg.startsWith("--locale=") ? arg.slice("--locale=".length) : undefined;
    if (value !== undefined && (LOCALES as readonly string[]).includes(value)) locale = value as Language;
  }
  return locale;
}

export function parseArgs(args: readonly string[], spec: Record<string, OptionSpec>): ParsedArgs {
  const locale = localeOf(args);
  const text = cliText(locale).args;
  const options: Record<string, OptionSpec> = { locale: { type: "string", choices: LOCALES }, ...spec };
  const out: ParsedArgs = { values: {}, lists: {}, flags: new Set(), positionals: [], locale, help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--help" || arg === "-h") {
      out.help = true;
      continue;
    }
    if (arg === "--") {
      out.positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      out.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") ? (eq >= 0 ? arg.slice(2, eq) : arg.slice(2)) : "";
    const option = Object.hasOwn(options, name) ? options[name] : undefined;
    if (!option) throw new UsageError(text.unknownOption(eq >= 0 ? arg.slice(0, eq) : arg));
    if (option.type === "flag") {
      if (eq >= 0) throw new UsageError(text.flagTakesNoValue(name));
      out.flags.add(name);
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === "") throw new UsageError(text.needsValue(name));
    if (option.choices && !option.choices.includes(value)) throw new UsageError(text.badChoice(name, option.choices, value));
    out.values[name] = value;
    if (option.multiple) out.lists[name] = [...(out.lists[name] ?? []), value];
  }
  return out;
}

/** What a command group says of its first argument when it is no subcommand: an option it does not take, or an unknown name. */
export function notASubcommand(sub: string, locale: Language): string {
  const text = cliText(locale);
  return sub.startsWith("-") ? text.args.unknownOption(sub.split("=")[0]!) : text.main.unknownSubcommand(sub);
}
