/** Options several commands share, so their spelling and help lines agree everywhere. */
import { toDay, type Day } from '../shared/dates/days';
import { planningDayOption } from './args';
import type { OptionsConfig, ParsedArgs } from './command';
import type { CliIo } from './io';

export const HELP_OPTION: OptionsConfig = { help: { type: 'boolean', short: 'h' } };
export const OUT_OPTION: OptionsConfig = { out: { type: 'string', short: 'o' } };
export const TODAY_OPTION: OptionsConfig = { today: { type: 'string' } };

export const HELP_LINE = '  -h, --help           Show this help';
export const OUT_LINE =
  '  -o, --out PATH       Write to PATH (atomically: the old file stays whole if it fails)\n' +
  '                       instead of standard output';
export const TODAY_LINE =
  "  --today YYYY-MM-DD   The day to judge dates against (default: today's local date)";

/** --today (2000–2100), or the local calendar day of the machine's clock. */
export function todayOf(args: ParsedArgs, io: CliIo): Day {
  return planningDayOption(args, 'today') ?? toDay(io.now());
}
