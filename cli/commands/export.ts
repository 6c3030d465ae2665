/**
 * `launch-control export FILE --format json|md|csv|ics`: the app's exports from a workspace
 * file, each made by the shared function the app calls, so the bytes are the same.
 */
import type { Day } from '../../shared/dates/days';
import { settingsOf, type Workspace } from '../../shared/domain/workspace';
import { launchItemsCsv, readinessCsv } from '../../shared/formats/csv';
import type { ExportFilters } from '../../shared/formats/filters';
import { calendarIcs } from '../../shared/formats/ics';
import { exportWorkspaceJson } from '../../shared/formats/workspace-json';
import { choiceOption, dayOption, stringOption } from '../args';
import { UsageError, type CliCommand, type ParsedArgs } from '../command';
import {
  BRIEF_OPTIONS,
  BRIEF_OPTION_LINES,
  briefClockOf,
  briefRequestOf,
  launchIdOf,
  renderBrief,
} from '../brief-request';
import { dataAsOf, loadWorkspace, writeOutput, type CliIo, type LoadedWorkspace } from '../io';
import { HELP_LINE, HELP_OPTION, OUT_LINE, OUT_OPTION, TODAY_LINE, TODAY_OPTION, todayOf } from '../options';

const FORMATS = ['json', 'md', 'csv', 'ics'] as const;
type Format = (typeof FORMATS)[number];
const CSV_TABLES = ['items', 'readiness'] as const;

/** What an export makes of the loaded file; checked against the command line before FILE is read. */
type Exporter = (file: string, loaded: LoadedWorkspace, io: CliIo) => Promise<string>;

/** The options each format takes besides --format, --out and --help; any other is refused by name. */
const FORMAT_OPTIONS: Record<Format, string[]> = {
  json: [],
  // --portfolio as launch-control brief takes it: the portfolio brief is md's default anyway.
  md: ['launch', 'portfolio', 'audience', 'from', 'to', 'region', 'tier', 'kind', 'today'],
  csv: ['table', 'launch', 'region', 'from', 'to', 'today'],
  ics: ['launch', 'region', 'from', 'to'],
};

function refuseOthers(args: ParsedArgs, format: Format): void {
  const allowed = new Set(['format', 'out', 'help', ...FORMAT_OPTIONS[format]]);
  for (const [name, value] of Object.entries(args.values))
    if (value !== undefined && !allowed.has(name))
      throw new UsageError(`--${name} does not apply to --format ${format}`);
}

/** A region code the workspace knows; any other would silently export nothing. */
function checkRegion(ws: Workspace, region: string | null): void {
  const regions = settingsOf(ws).regions.map((r) => r.code);
  if (region !== null && !regions.includes(region))
    throw new UsageError(
      `--region '${region}' is not a region of this workspace (${regions.join(', ') || 'none'})`,
    );
}

/** The filters of a CSV or calendar export: one launch (and its betas and waves), a region, a range. */
function exportFiltersOf(args: ParsedArgs): (ws: Workspace) => ExportFilters {
  const from: Day | null = dayOption(args, 'from') ?? null;
  const to: Day | null = dayOption(args, 'to') ?? null;
  if (from && to && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  const launch = stringOption(args, 'launch');
  const region = stringOption(args, 'region') ?? null;
  return (ws) => {
    checkRegion(ws, region);
    return { itemIds: launch === undefined ? null : [launchIdOf(ws, launch)], region, from, to };
  };
}

function exporterFor(format: Format, args: ParsedArgs, io: CliIo): Exporter {
  switch (format) {
    case 'json':
      // The file again as the app exports it: validated, records in a stable order, same export time.
      return async (file, loaded) => exportWorkspaceJson(loaded.workspace, await dataAsOf(file, loaded, io));
    case 'md': {
      if (args.values.portfolio && stringOption(args, 'launch') !== undefined)
        throw new UsageError('give either --launch or --portfolio, not both');
      const today = todayOf(args, io);
      const requestFor = briefRequestOf(args, today);
      return async (file, loaded) => {
        const request = requestFor(loaded.workspace);
        return renderBrief(loaded.workspace, request, await briefClockOf(file, loaded, today, io)).markdown;
      };
    }
    case 'csv': {
      const table = choiceOption(args, 'table', CSV_TABLES) ?? 'items';
      const today = todayOf(args, io);
      const filtersFor = exportFiltersOf(args);
      return async (_file, { workspace }) =>
        table === 'items'
          ? launchItemsCsv(workspace, filtersFor(workspace), { today })
          : readinessCsv(workspace, filtersFor(workspace));
    }
    case 'ics': {
      const filtersFor = exportFiltersOf(args);
      return async (file, loaded) =>
        calendarIcs(loaded.workspace, filtersFor(loaded.workspace), {
          now: await dataAsOf(file, loaded, io),
        });
    }
  }
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Export a workspace file as JSON, a Markdown brief, CSV or iCalendar',
  help: `Usage: launch-control export FILE --format json|md|csv|ics [options]

Exports FILE (an export from the app or one of its backups; - reads standard input) the
way the app exports it:

  json   the workspace again, validated, in the app's layout (records sorted by id)
  md     a readiness brief in Markdown: the portfolio brief (--portfolio may be
         given, as to launch-control brief), or a launch brief with --launch
  csv    a table for spreadsheets: launch items (--table items, the default) or
         their readiness items (--table readiness)
  ics    an iCalendar file of launch days, rollout waves, milestones, go/no-go
         meetings and blackout windows

Options:
  --format FORMAT      json, md, csv or ics (required)
  --table TABLE        csv: items (default) or readiness

  md takes the brief's options:
${BRIEF_OPTION_LINES}
${TODAY_LINE}

  csv and ics choose launch items (ics: with their milestones and meetings):
  --launch ID|TITLE    Only this launch item and its betas and rollout waves
  --region CODE        Only launch items planned in this region
  --from YYYY-MM-DD    Only launch items whose days reach this day or later
  --to YYYY-MM-DD      Only launch items whose days start on or before this day
  --today YYYY-MM-DD   csv: the day the Health column is judged on (default: today)

${OUT_LINE}
${HELP_LINE}

A brief's "data as of", a calendar's event stamps and the JSON's exportedAt are all
when FILE was exported (its exportedAt), so the same file always exports to the same
bytes. The command line never changes FILE.

Examples:
  launch-control export plan.json --format csv --table readiness --region EU --out eu.csv
  launch-control export plan.json --format ics --launch "Payment Links v2" > payment-links.ics
`,
  options: {
    ...HELP_OPTION,
    ...OUT_OPTION,
    ...TODAY_OPTION,
    ...BRIEF_OPTIONS,
    format: { type: 'string', short: 'f' },
    portfolio: { type: 'boolean' },
    table: { type: 'string' },
  },
  positionals: { names: ['FILE'] },
  async run(args, io) {
    if (stringOption(args, 'format') === undefined)
      throw new UsageError('missing --format (json, md, csv or ics)');
    const format = choiceOption(args, 'format', FORMATS)!;
    refuseOthers(args, format);
    const exporter = exporterFor(format, args, io);
    const file = args.positionals[0]!;
    const loaded = await loadWorkspace(file, io);
    await writeOutput(await exporter(file, loaded, io), stringOption(args, 'out'), io);
  },
};
