/** `launch-control sample`: the app's sample workspace as a workspace JSON file. */
import { exportWorkspaceJson } from '../../shared/formats/workspace-json';
import { sampleWorkspace } from '../../shared/sample/sample';
import { stringOption } from '../args';
import type { CliCommand } from '../command';
import { writeOutput } from '../io';
import { HELP_LINE, HELP_OPTION, OUT_LINE, OUT_OPTION, TODAY_OPTION, todayOf } from '../options';

export const sampleCommand: CliCommand = {
  name: 'sample',
  summary: 'Print the sample workspace (the one the app offers on first run) as JSON',
  help: `Usage: launch-control sample [--today YYYY-MM-DD] [--out PATH]

Prints the sample workspace the app offers on first run — launches, betas, regional
rollouts, readiness checklists, blackout windows, people and feedback — as a workspace
JSON file, the same format as the app's export. Its dates are placed around the day.

With --today the output is the same on every run: it is exported at 09:00 UTC that day.

Options:
  --today YYYY-MM-DD   The day the sample's dates are placed around (default: today's
                       local date)
${OUT_LINE}
${HELP_LINE}

Example:
  launch-control sample --today 2026-11-30 --out sample.json
`,
  options: { ...HELP_OPTION, ...OUT_OPTION, ...TODAY_OPTION },
  positionals: { names: [] },
  async run(args, io) {
    const today = todayOf(args, io);
    // A fixed hour for a given day keeps the file byte-identical from run to run.
    const now = stringOption(args, 'today') ? `${today}T09:00:00.000Z` : io.now().toISOString();
    await writeOutput(exportWorkspaceJson(sampleWorkspace(today, now), now), stringOption(args, 'out'), io);
  },
};
