/** `launch-control validate FILE`: the checks an import runs, with every problem listed. */
import { planningRangeProblems } from '../../shared/domain/planning-range';
import { TABLES, TABLE_LABELS, type Workspace } from '../../shared/domain/workspace';
import { countOf } from '../../shared/domain/text';
import { TOOL, type CliCommand } from '../command';
import { inputLabel, loadWorkspace } from '../io';
import { HELP_LINE, HELP_OPTION } from '../options';

/** "12 launch items, 80 readiness items, …": launch items always, other tables when not empty. */
export function describeContents(ws: Workspace): string {
  return TABLES.filter((table) => table !== 'settings')
    .filter((table) => table === 'items' || Object.keys(ws[table]).length > 0)
    .map((table) => countOf(Object.keys(ws[table]).length, ...TABLE_LABELS[table]))
    .join(', ');
}

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'Check a workspace file as an import would, listing every problem',
  help: `Usage: launch-control validate FILE

Checks FILE — an export from the app or one of its backups; - reads standard input — the
way the app checks a file before importing it: every record against its schema, then the
references between records (stages, people, regions, parents, dependencies). Each problem
is listed with the record's title and the field. A day outside 2000–2100 (a record stored
before the app kept plans within that range) is listed as a warning on standard error: the
file is still valid, but the app refuses to import such a day into a workspace that does not
already hold it.

Exits 0 and prints a summary when the file is valid, 1 when it is not.

Options:
${HELP_LINE}

Example:
  launch-control validate launch-control-2026-11-30.json
`,
  options: { ...HELP_OPTION },
  positionals: { names: ['FILE'] },
  async run(args, io) {
    const file = args.positionals[0]!;
    const { workspace } = await loadWorkspace(file, io);
    const outside = planningRangeProblems(workspace);
    if (outside.length) {
      io.stderr(
        `${TOOL}: warning: ${countOf(outside.length, 'day')} outside 2000–2100 (the app imports such a day only into a workspace already holding it):`,
      );
      for (const problem of outside) io.stderr(`  - ${problem.message}`);
    }
    io.stdout(`${inputLabel(file)} is a valid Launch Control workspace: ${describeContents(workspace)}.\n`);
  },
};
