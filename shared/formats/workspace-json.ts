/**
 * The JSON workspace file: every table as an array of records, versioned. Export is stable
 * (records sorted by id) so two exports of the same workspace are byte-identical; import
 * validates everything first and reports all problems it finds, so a bad file changes nothing.
 */
import type { Day } from '../dates/days';
import { ChangeBuilder, type Change } from '../domain/change';
import { decisionsFor, isAtOrAfterGate, standingDecision } from '../domain/items/gate';
import type { z } from 'zod';
import { integrityProblems, recordName } from '../domain/integrity';
import { planningRangeProblemsOf } from '../domain/planning-range';
import { SETTINGS_ID } from '../domain/settings/schema';
import {
  TABLES,
  TABLE_LABELS,
  TABLE_SCHEMAS,
  emptyTables,
  hasRecord,
  settingsOf,
  type TableName,
  type TableRecords,
  type Workspace,
} from '../domain/workspace';
import { countOf } from '../domain/text';

export const WORKSPACE_FORMAT = 'launch-control.workspace';
export const WORKSPACE_FORMAT_VERSION = 1;

export interface WorkspaceFile {
  format: typeof WORKSPACE_FORMAT;
  version: number;
  exportedAt: string;
  tables: { [T in TableName]: TableRecords[T][] };
}

export function exportWorkspaceJson(ws: Workspace, exportedAt: string): string {
  const tables = {} as WorkspaceFile['tables'];
  for (const table of TABLES) {
    const records = Object.entries(ws[table])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, record]) => record);
    (tables as Record<TableName, unknown[]>)[table] = records;
  }
  const file: WorkspaceFile = {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_FORMAT_VERSION,
    exportedAt,
    tables,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ParseResult = { ok: true; workspace: Workspace } | { ok: false; errors: string[] };

/** Problems shown at most; the rest are counted ("…and 12 more problems."). */
const MAX_ERRORS = 25;

/** The file's header: a refusal that stops before any record is read, or its tables. */
function readHeader(text: string): { error: string } | { tables: Record<string, unknown> } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { error: `This is not a JSON file: ${(error as Error).message}` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { error: 'This JSON file is not a Launch Control workspace.' };
  const file = data as Record<string, unknown>;
  if (file.format !== WORKSPACE_FORMAT)
    return {
      error: 'This JSON file is not a Launch Control workspace (its "format" field is missing or different).',
    };
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1)
    return { error: 'The workspace file has no valid "version".' };
  if (file.version > WORKSPACE_FORMAT_VERSION)
    return {
      error: `This workspace was exported by a newer version of Launch Control (file version ${file.version}; this app reads up to ${WORKSPACE_FORMAT_VERSION}). Update the app to import it.`,
    };
  const tables = file.tables;
  if (typeof tables !== 'object' || tables === null || Array.isArray(tables))
    return { error: 'The workspace file has no "tables".' };
  return { tables: tables as Record<string, unknown> };
}

/** Every issue of a record that fails its schema, each naming the record and the field. */
function schemaProblems(
  table: TableName,
  record: unknown,
  position: number,
  issues: readonly z.core.$ZodIssue[],
) {
  const name = recordName(table, record, position);
  return issues.map((issue) => {
    const where = issue.path.length ? ` (${issue.path.join('.')})` : '';
    return `${name}${where}: ${issue.message}`;
  });
}

/** A record that failed its schema still exists for references to it: they are not reported again as missing. */
const PLACEHOLDER = Object.freeze({}) as never;

/** A record that failed its schema, and where its problems end in the list of errors. */
interface FailedRecord {
  table: TableName;
  record: Record<string, unknown>;
  /** The fields its schema problems name: their references are not judged again. */
  badFields: Set<string>;
  after: number;
}

/**
 * The broken references of a record that failed its schema, judged on the fields that passed,
 * so a file with a bad date and an unknown owner on one record says both at once instead of
 * the second only after the first is fixed. The rules expect a valid record; a field of the
 * wrong shape they would trip on is already reported, so such a record's check is skipped.
 */
function referenceProblemsOf(failed: FailedRecord, known: Workspace, lookups: Workspace): string[] {
  const alone = emptyTables();
  Object.assign(alone.settings, known.settings);
  (alone[failed.table] as Record<string, unknown>)[String(failed.record.id)] = failed.record;
  try {
    return integrityProblems(alone, lookups)
      .filter((problem) => problem.table === failed.table && !failed.badFields.has(problem.path))
      .map((problem) => problem.message);
  } catch {
    return [];
  }
}

/**
 * Reads a workspace file: every record against its schema, then the workspace against the
 * integrity rules the commands use (shared/domain/integrity.ts), all problems in one pass, so
 * a bad file changes nothing and says everything that is wrong with it at once.
 * The planning range (2000–2100) is not judged here: a day outside it is refused only when an
 * import adds or changes it relative to the workspace it is applied to (planningRangeProblemsOf
 * on the import's Change, domain/planning-range.ts), so a workspace holding a launch stored in
 * 1999 re-imports its own export and restores its own backups.
 */
export function parseWorkspaceJson(text: string): ParseResult {
  const header = readHeader(text);
  if ('error' in header) return { ok: false, errors: [header.error] };

  const errors: string[] = [];
  const workspace = emptyTables();
  const lookups = emptyTables();
  const failed: FailedRecord[] = [];
  for (const table of TABLES) {
    const records = Object.hasOwn(header.tables, table) ? header.tables[table] : [];
    if (!Array.isArray(records)) {
      errors.push(`"${table}" should be a list.`);
      continue;
    }
    const schema = TABLE_SCHEMAS[table];
    const stored = workspace[table] as Record<string, unknown>;
    records.forEach((record: unknown, index) => {
      const result = schema.safeParse(record);
      const id = result.success ? (result.data as { id: string }).id : (record as { id?: unknown })?.id;
      if (typeof id === 'string' && hasRecord(stored, id))
        errors.push(
          `${recordName(table, record, index + 1)}: the id "${id}" appears twice in ${TABLE_LABELS[table][1]}.`,
        );
      if (!result.success) {
        errors.push(...schemaProblems(table, record, index + 1, result.error.issues));
        if (typeof id === 'string' && table !== 'settings') {
          (lookups[table] as Record<string, unknown>)[id] ??= PLACEHOLDER;
          const badFields = new Set(result.error.issues.map((issue) => String(issue.path[0] ?? '')));
          failed.push({ table, record: record as Record<string, unknown>, badFields, after: errors.length });
        }
        return;
      }
      if (typeof id === 'string') stored[id] = result.data;
    });
  }
  // Placeholders only exist when a record failed its schema; a sound file (the usual case, and
  // 110,000 records for a large workspace) is its own lookup, without copying every table.
  if (failed.length) for (const table of TABLES) Object.assign(lookups[table], workspace[table]);
  const references = failed.length ? lookups : workspace;
  const settingsRecords = header.tables.settings;
  if (
    !hasRecord(workspace.settings, SETTINGS_ID) &&
    (!Array.isArray(settingsRecords) || !settingsRecords.length)
  )
    errors.push('The workspace file has no workspace settings.');
  errors.push(...integrityProblems(workspace, references).map((problem) => problem.message));
  // Each broken record's references follow its own schema problems (last first: positions hold).
  for (const record of failed.reverse())
    errors.splice(record.after, 0, ...referenceProblemsOf(record, workspace, references));
  if (errors.length) return { ok: false, errors: shortened(errors) };
  return { ok: true, workspace };
}

/** At most MAX_ERRORS problems, the rest counted. */
function shortened(errors: string[]): string[] {
  if (errors.length <= MAX_ERRORS) return errors;
  return [...errors.slice(0, MAX_ERRORS), `…and ${countOf(errors.length - MAX_ERRORS, 'more problem')}.`];
}

/**
 * Why replacing the workspace with a file (an import or a backup's restore, worked out by
 * replaceWorkspace) is refused: the records it adds or changes to a day outside the planning
 * range, by title. Empty when it may go ahead; records it writes back as stored always pass.
 */
export function replaceProblems(change: Change): string[] {
  return shortened(planningRangeProblemsOf(change).map((problem) => problem.message));
}

export interface TableDiff {
  table: TableName;
  added: number;
  changed: number;
  removed: number;
}

/** The Change that turns `current` into `incoming` exactly: one undoable step. */
export function replaceWorkspace(
  current: Workspace,
  incoming: Workspace,
  label = 'Import workspace',
): Change {
  const builder = new ChangeBuilder(current);
  for (const table of TABLES) {
    for (const record of Object.values(incoming[table]))
      builder.put(table, record as TableRecords[typeof table]);
    for (const id of Object.keys(current[table]))
      if (!hasRecord(incoming[table], id)) builder.delete(table, id);
  }
  return builder.build(label);
}

/** What an import would do, per table, for the confirmation step. */
export function summariseChange(change: Change): TableDiff[] {
  const diffs = new Map<TableName, TableDiff>();
  for (const op of change.ops) {
    const diff = diffs.get(op.table) ?? { table: op.table, added: 0, changed: 0, removed: 0 };
    if (op.before === null) diff.added += 1;
    else if (op.after === null) diff.removed += 1;
    else diff.changed += 1;
    diffs.set(op.table, diff);
  }
  return TABLES.filter((t) => diffs.has(t)).map((t) => diffs.get(t)!);
}

/** An item an import would bring in at or after the gate stage without a Go or Conditional go. */
export interface UngatedItem {
  id: string;
  title: string;
  stageName: string;
}

/**
 * Items at or after the gate stage with no Go or Conditional go standing (none, or a No-go).
 * An import is exempt from the gate — it restores a workspace as it was — but the preview
 * lists these, so launches that skipped the gate do not arrive unnoticed. By stage, then title.
 */
export function itemsPastGateWithoutGo(ws: Workspace, today: Day): UngatedItem[] {
  const settings = settingsOf(ws);
  const order = new Map(settings.stages.map((stage, index) => [stage.id, index]));
  return Object.values(ws.items)
    .filter((item) => isAtOrAfterGate(settings, item.stageId))
    .filter((item) => {
      const decision = standingDecision(decisionsFor(ws, item.id), today);
      return !decision || decision.outcome === 'no-go';
    })
    .sort(
      (a, b) =>
        (order.get(a.stageId) ?? 0) - (order.get(b.stageId) ?? 0) ||
        a.title.localeCompare(b.title) ||
        (a.id < b.id ? -1 : 1),
    )
    .map((item) => ({
      id: item.id,
      title: item.title,
      stageName: settings.stages.find((stage) => stage.id === item.stageId)?.name ?? 'Launched',
    }));
}
