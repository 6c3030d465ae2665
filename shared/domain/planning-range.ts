/**
 * The planning range (2000–2100, dates/days.ts): the days a plan may be made on. Nothing NEW
 * lands outside it, while what is already stored outside it stays usable: the stored records'
 * schema (daySchema) keeps a wider range, so a launch saved in 1999 before this rule still
 * loads, can be archived or renamed, and the workspace holding it still exports, re-imports
 * and restores its own backups. Hence every check here compares a record with what is stored
 * under its id and judges only the days that change:
 *  - a command refuses a day it changes to outside the range (planningDayIssues, through the
 *    integrity rules each command runs: itemIssues, milestoneIssues…);
 *  - an import refuses the records it adds or changes with such a day, judged against the
 *    workspace it is applied to (planningRangeProblemsOf, on the import's Change, replace or
 *    merge alike); reading a file (parseWorkspaceJson) does not judge the range at all;
 *  - the command line writes into no app's store: it reads such files and `validate` lists
 *    their out-of-range days as warnings (planningRangeProblems against no workspace).
 */
import { PLANNING_RANGE_MESSAGE, isPlanningDay } from '../dates/days';
import type { Change } from './change';
import { recordName, titleOf, type Problem, type RuleIssue } from './integrity';
import { recordOf, TABLES, type TableName, type TableRecords, type Workspace } from './workspace';

type DayFields<T extends TableName> = (
  record: TableRecords[T],
) => readonly (readonly [string, string | null])[];

/** The days each table's records plan on, by field. */
const PLANNING_DAYS: { [T in TableName]?: DayFields<T> } = {
  items: (i) => [
    ['startDate', i.startDate],
    ['launchDate', i.launchDate],
    ['endDate', i.endDate],
  ],
  milestones: (m) => [['date', m.date]],
  blackouts: (b) => [
    ['start', b.start],
    ['end', b.end],
  ],
  decisions: (d) => [
    ['decidedOn', d.decidedOn],
    ['reevaluateOn', d.reevaluateOn],
  ],
  readiness: (r) => [['due', r.due?.type === 'date' ? r.due.date : null]],
  participants: (p) => [['joinedOn', p.joinedOn]],
};

const NONE: RuleIssue[] = [];

function daysOf<T extends TableName>(table: T, record: TableRecords[T]) {
  return (PLANNING_DAYS[table] as DayFields<T> | undefined)?.(record);
}

/**
 * The days of a record outside the planning range that differ from `stored` (the record as it
 * is stored now under the same id; none for a new one), one issue per field. A day the record
 * already had is never refused: archiving or renaming an old record must keep working.
 */
export function planningDayIssues<T extends TableName>(
  table: T,
  record: TableRecords[T],
  stored?: TableRecords[T] | null,
): RuleIssue[] {
  const fields = daysOf(table, record);
  if (!fields) return NONE;
  const before = stored ? new Map(daysOf(table, stored)) : null;
  const issues: RuleIssue[] = [];
  for (const [path, day] of fields)
    if (day !== null && !isPlanningDay(day) && before?.get(path) !== day)
      issues.push({ path, message: PLANNING_RANGE_MESSAGE, problem: `is dated ${day}, outside 2000–2100` });
  return issues;
}

/** The record stored under `record`'s id in `table`, if `ws` holds that table. */
export function storedVersion<T extends TableName>(
  ws: Partial<Workspace>,
  table: T,
  record: TableRecords[T],
): TableRecords[T] | undefined {
  const records = ws[table] as Readonly<Record<string, TableRecords[T]>> | undefined;
  return records ? recordOf(records, (record as { id: string }).id) : undefined;
}

function problemsOf<T extends TableName>(
  table: T,
  record: TableRecords[T],
  stored: TableRecords[T] | null | undefined,
): Problem[] {
  return planningDayIssues(table, record, stored).map((issue) => ({
    table,
    id: (record as { id: string }).id,
    title: titleOf(record),
    path: issue.path,
    message: `${recordName(table, record)} ${issue.problem}.`,
  }));
}

/**
 * What an import's Change (replace or merge) would newly bring outside the planning range:
 * each record it adds, or changes to a day outside the range, named by its title. A record it
 * leaves as stored, or writes back with the day it already had, passes.
 */
export function planningRangeProblemsOf(change: Change): Problem[] {
  const problems: Problem[] = [];
  for (const op of change.ops)
    if (op.after !== null) problems.push(...problemsOf(op.table, op.after as never, op.before as never));
  return problems;
}

/**
 * The days of `ws` outside the planning range that `stored` does not already hold (every one
 * when `stored` is empty, as for the command line's warnings).
 */
export function planningRangeProblems(ws: Workspace, stored: Partial<Workspace> = {}): Problem[] {
  const problems: Problem[] = [];
  for (const table of TABLES)
    for (const record of Object.values(ws[table]) as TableRecords[TableName][])
      problems.push(...problemsOf(table, record, storedVersion(stored, table, record)));
  return problems;
}
