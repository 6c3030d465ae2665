/**
 * The JSON workspace file: every table as an array of records, versioned. Export is stable
 * (records sorted by id) so two exports of the same workspace are byte-identical; import
 * validates everything first and reports all problems it finds, so a bad file changes nothing.
 */
import { ChangeBuilder, type Change } from '../domain/change';
import {
  TABLES,
  TABLE_LABELS,
  TABLE_SCHEMAS,
  emptyTables,
  findBrokenReferences,
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

const MAX_ERRORS = 25;

export function parseWorkspaceJson(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`This is not a JSON file: ${(error as Error).message}`] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, errors: ['This JSON file is not a Launch Control workspace.'] };
  const file = data as Record<string, unknown>;
  if (file.format !== WORKSPACE_FORMAT)
    return {
      ok: false,
      errors: [
        'This JSON file is not a Launch Control workspace (its "format" field is missing or different).',
      ],
    };
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1)
    return { ok: false, errors: ['The workspace file has no valid "version".'] };
  if (file.version > WORKSPACE_FORMAT_VERSION)
    return {
      ok: false,
      errors: [
        `This workspace was exported by a newer version of Launch Control (file version ${file.version}; this app reads up to ${WORKSPACE_FORMAT_VERSION}). Update the app to import it.`,
      ],
    };
  const tables = file.tables;
  if (typeof tables !== 'object' || tables === null)
    return { ok: false, errors: ['The workspace file has no "tables".'] };

  const errors: string[] = [];
  const workspace = emptyTables();
  for (const table of TABLES) {
    const records = (tables as Record<string, unknown>)[table] ?? [];
    if (!Array.isArray(records)) {
      errors.push(`"${table}" should be a list.`);
      continue;
    }
    const schema = TABLE_SCHEMAS[table];
    records.forEach((record, index) => {
      const result = schema.safeParse(record);
      if (!result.success) {
        const issue = result.error.issues[0]!;
        const where = issue.path.length ? ` (${issue.path.join('.')})` : '';
        errors.push(`${TABLE_LABELS[table][1]} #${index + 1}${where}: ${issue.message}`);
        return;
      }
      const id = (result.data as { id: string }).id;
      if ((workspace[table] as Record<string, unknown>)[id])
        errors.push(`${TABLE_LABELS[table][1]}: the id "${id}" appears twice.`);
      (workspace[table] as Record<string, unknown>)[id] = result.data;
    });
  }
  if (!workspace.settings.workspace && errors.length === 0)
    errors.push('The workspace file has no workspace settings.');
  if (errors.length === 0) errors.push(...findBrokenReferences(workspace));
  if (errors.length) {
    const shown = errors.slice(0, MAX_ERRORS);
    if (errors.length > MAX_ERRORS)
      shown.push(`…and ${countOf(errors.length - MAX_ERRORS, 'more problem')}.`);
    return { ok: false, errors: shown };
  }
  return { ok: true, workspace };
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
    for (const id of Object.keys(current[table])) if (!(id in incoming[table])) builder.delete(table, id);
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
