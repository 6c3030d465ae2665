/**
 * The launch-control command line: finds the command, shows help, parses its arguments and
 * runs it, and turns what went wrong into an exit code — 2 with one line on stderr for a
 * wrong command line, 1 with the reasons for a failure. stdout only ever carries the output.
 */
import { version } from '../package.json';
import { parseCommandArgs } from './args';
import { CliFailure, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, TOOL, UsageError, type CliCommand } from './command';
import { backupsCommand } from './commands/backups';
import { briefCommand } from './commands/brief';
import { exportCommand } from './commands/export';
import { sampleCommand } from './commands/sample';
import { validateCommand } from './commands/validate';
import type { CliIo } from './io';

export const COMMANDS: CliCommand[] = [
  sampleCommand,
  validateCommand,
  briefCommand,
  exportCommand,
  backupsCommand,
];

export function toolHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length)) + 3;
  const list = COMMANDS.map((command) => `  ${command.name.padEnd(width)}${command.summary}`).join('\n');
  return `Usage: launch-control <command> [options]

Launch Control from the command line: readiness briefs and exports rendered from a
workspace JSON file (an export from the app, or one of its backups), byte for byte
what the app produces.

Commands:
${list}

Options:
  -h, --help      Show this help; launch-control <command> --help shows a command's
                  own help, with its options and examples
  -V, --version   Show the version

FILE is a path, or - for standard input. Results go to standard output, unless
--out PATH is given. Exit codes: 0 done, 1 failed (an unreadable or invalid file),
2 wrong arguments.
`;
}

/** --help or -h anywhere before a "--" asks for help, whatever else is on the line. */
function wantsHelp(argv: string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

function findCommand(name: string): CliCommand {
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command)
    throw new UsageError(
      `unknown command '${name}' (commands: ${COMMANDS.map((known) => known.name).join(', ')})`,
    );
  return command;
}

/** Runs one command line; resolves to the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let command: CliCommand | null = null;
  try {
    const [first, ...rest] = argv;
    if (first === undefined) throw new UsageError('missing command');
    if (first === '--help' || first === '-h') return (io.stdout(toolHelp()), EXIT_OK);
    if (first === '--version' || first === '-V') return (io.stdout(`${version}\n`), EXIT_OK);
    if (first === 'help') {
      if (rest.length > 1) throw new UsageError(`help takes one command name`);
      io.stdout(rest[0] === undefined ? toolHelp() : findCommand(rest[0]).help);
      return EXIT_OK;
    }
    if (first.startsWith('-')) throw new UsageError(`unknown option '${first}' (a command comes first)`);
    command = findCommand(first);
    if (wantsHelp(rest)) return (io.stdout(command.help), EXIT_OK);
    await command.run(parseCommandArgs(command, rest), io);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) {
      const helpFor = command ? `${TOOL} ${command.name} --help` : `${TOOL} --help`;
      io.stderr(`${TOOL}: ${error.message}. Try '${helpFor}'.`);
      return EXIT_USAGE;
    }
    if (error instanceof CliFailure) {
      for (const line of error.lines) io.stderr(line);
      return EXIT_FAILURE;
    }
    // A bug, not a mistake of the person's: say so, with the stack to report it.
    io.stderr(`${TOOL}: unexpected error: ${(error as Error)?.stack ?? String(error)}`);
    return EXIT_FAILURE;
  }
}
