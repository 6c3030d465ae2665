/** `launch-control brief FILE`: a launch or portfolio readiness brief as Markdown, as the app makes it. */
import { stringOption } from '../args';
import { UsageError, type CliCommand } from '../command';
import {
  BRIEF_OPTIONS,
  BRIEF_OPTION_LINES,
  DATA_AS_OF_NOTE,
  briefClockOf,
  briefRequestOf,
  renderBrief,
} from '../brief-request';
import { loadWorkspace, writeOutput } from '../io';
import { HELP_LINE, HELP_OPTION, OUT_LINE, OUT_OPTION, TODAY_LINE, TODAY_OPTION, todayOf } from '../options';

export const briefCommand: CliCommand = {
  name: 'brief',
  summary: 'Write a launch or portfolio readiness brief as Markdown',
  help: `Usage: launch-control brief FILE --launch ID|TITLE [--audience exec|team] [options]
       launch-control brief FILE --portfolio [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                            [--region CODE] [--tier 1|2|3] [--kind KIND] [options]

Writes a readiness brief from FILE (an export from the app or one of its backups; - reads
standard input) as Markdown — CommonMark with GitHub tables — byte for byte the brief the
app's brief screen makes from the same data, clock and choices:

  --launch     one launch: status, recommendation and the decision needed, key dates
               and waves, readiness by function, changes since the last brief, risks
  --portfolio  the launches in a date range, by week: at risk and why, collisions,
               readiness, decisions needed this week

${DATA_AS_OF_NOTE}

Options:
  --portfolio          A portfolio brief (give either --launch or --portfolio)
${BRIEF_OPTION_LINES}
${TODAY_LINE}
${OUT_LINE}
${HELP_LINE}

Examples:
  launch-control brief plan.json --launch "Payment Links v2" --audience team
  launch-control brief plan.json --portfolio --region EU --out eu-brief.md
`,
  options: {
    ...HELP_OPTION,
    ...OUT_OPTION,
    ...TODAY_OPTION,
    ...BRIEF_OPTIONS,
    portfolio: { type: 'boolean' },
  },
  positionals: { names: ['FILE'] },
  async run(args, io) {
    const isLaunch = stringOption(args, 'launch') !== undefined;
    if (isLaunch && args.values.portfolio)
      throw new UsageError('give either --launch or --portfolio, not both');
    if (!isLaunch && !args.values.portfolio)
      throw new UsageError('choose a brief: --launch ID|TITLE or --portfolio');
    const today = todayOf(args, io);
    const requestFor = briefRequestOf(args, today);
    const file = args.positionals[0]!;
    const loaded = await loadWorkspace(file, io);
    const request = requestFor(loaded.workspace);
    const brief = renderBrief(loaded.workspace, request, await briefClockOf(file, loaded, today, io));
    await writeOutput(brief.markdown, stringOption(args, 'out'), io);
  },
};
