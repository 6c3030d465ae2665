/**
 * Reading a command's arguments with util.parseArgs (strict) and turning each mistake into one
 * short UsageError sentence, plus the checks for values parseArgs cannot judge (a day, a choice
 * from a list, a tier). Each message is one short sentence, as the tool prints it on one
 * line: "launch-control: <sentence>. Try 'launch-control <command> --help'."
 */
import { parseArgs } from 'node:util';
import { isPlanningDay, isSupportedDay, type Day } from '../shared/dates/days';
import { UsageError, type CliCommand, type ParsedArgs } from './command';

/** A parseArgs error as one short sentence: "unknown option '--x'", "--out needs a value". */
function parseArgsMessage(error: Error): string {
  const option = /'(?:-\w, )?(--?[\w-]+)(?: <value>)?'/.exec(error.message)?.[1];
  if (option && /argument missing/.test(error.message)) return `${option} needs a value`;
  if (option && /argument is ambiguous/.test(error.message))
    return `${option} needs a value (for one starting with '-', write ${option}=VALUE)`;
  if (option && /does not take an argument/.test(error.message)) return `${option} takes no value`;
  // Node's other messages go on to suggest "--" tricks: keep their first sentence.
  const first = error.message.split(/\.\s/)[0]!.replace(/\.$/, '');
  return first.charAt(0).toLowerCase() + first.slice(1);
}

export function parseCommandArgs(command: CliCommand, argv: string[]): ParsedArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options: command.options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('ERR_PARSE_ARGS')) throw new UsageError(parseArgsMessage(error as Error));
    throw error;
  }
  const { names, optional } = command.positionals;
  const positionals = parsed.positionals;
  if (positionals.length > names.length) {
    const extra = positionals[names.length]!;
    throw new UsageError(
      names.length
        ? `unexpected argument '${extra}' (${command.name} takes ${names.join(' ')})`
        : `unexpected argument '${extra}' (${command.name} takes no file)`,
    );
  }
  if (!optional && positionals.length < names.length)
    throw new UsageError(`missing ${names[positionals.length]}`);
  return { values: parsed.values as ParsedArgs['values'], positionals };
}

/** A string option's value, or undefined when it was not given. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A day option (YYYY-MM-DD, a real day between 1970 and 2200), or undefined. */
export function dayOption(args: ParsedArgs, name: string): Day | undefined {
  const value = stringOption(args, name);
  if (value === undefined) return undefined;
  if (!isSupportedDay(value))
    throw new UsageError(`--${name} '${value}' is not a date: use YYYY-MM-DD between 1970 and 2200`);
  return value;
}

/**
 * A day option that is the day plans are made from (--today): within the planning range
 * (2000–2100), as the app keeps them, so a sample written for it is one the app imports.
 */
export function planningDayOption(args: ParsedArgs, name: string): Day | undefined {
  const day = dayOption(args, name);
  if (day !== undefined && !isPlanningDay(day))
    throw new UsageError(
      `--${name} '${day}' is outside the planning range: use a date between 2000 and 2100`,
    );
  return day;
}

/** A value from a fixed list, or undefined; anything else names the list. */
export function choiceOption<T extends string>(
  args: ParsedArgs,
  name: string,
  choices: readonly T[],
): T | undefined {
  const value = stringOption(args, name);
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value))
    throw new UsageError(`--${name} '${value}' is not one of ${choices.join(', ')}`);
  return value as T;
}

/** Refuses options that make no sense without another one ("--from needs --portfolio"). */
export function requireWith(args: ParsedArgs, names: string[], needed: string, what: string): void {
  for (const name of names)
    if (args.values[name] !== undefined)
      throw new UsageError(`--${name} applies only to ${what} (${needed})`);
}
