/**
 * What every launch-control command is: its name, its help, the options util.parseArgs reads
 * for it, and what it does with them. The tool's exit codes live here too, with the two errors
 * that choose them: a UsageError (the command line was wrong: exit 2, one line on stderr) and a
 * CliFailure (the command could not do its work: exit 1, its messages on stderr).
 */
import type { ParseArgsConfig } from 'node:util';
import type { CliIo } from './io';

export const TOOL = 'launch-control';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** The command line asked for something the tool does not understand. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The command was understood but could not be done (an unreadable file, an invalid workspace). */
export class CliFailure extends Error {
  override name = 'CliFailure';
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** The parsed command line: option values by name (strings or true), then positionals. */
export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export interface CliCommand {
  name: string;
  /** One line for the tool's command list. */
  summary: string;
  /** The full `<command> --help` text. */
  help: string;
  options: OptionsConfig;
  /** How many positionals it takes, and what to call a missing one in the error ("FILE"). */
  positionals: { names: string[]; optional?: boolean };
  run(args: ParsedArgs, io: CliIo): Promise<void>;
}
