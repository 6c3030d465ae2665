/**
 * Merging a workspace file into the workspace, beside replacing it (workspace-json.ts). Records
 * are matched by id, table by table:
 * - only in the file: added; only here: kept as they are (a merge never deletes);
 * - in both and equal: nothing to do;
 * - in both and different: a conflict, listed for the person before anything is applied.
 *   Launch items, readiness items, beta participants, exit criteria and feedback carry their
 *   last edit time (updatedAt; feedback stored before it had one reads its creation time,
 *   updatedAtOf): the later edit wins, either way; on the same instant the file's version is
 *   taken. The other tables carry no edit time (a decision's recordedAt says when it was
 *   created, not when it last changed), so the file's version is taken: importing a file is
 *   asking for what it holds.
 * - the settings are not replaced: the workspace keeps its name, tiers, gate and calendar
 *   settings, and gains the file's stages, readiness functions and regions it lacks (each
 *   placed after its neighbour in the file), so every record the file brings has what it
 *   refers to. A stage, function or region named differently in the file keeps its name here.
 *   A stage or function both sides added under the same name (case aside) but different ids
 *   is taken as one: the file's records that refer to it move to the workspace's id.
 * The merged workspace must pass the same integrity rules as any import; a merge that would
 * break one (a dependency loop made of one side's item and the other's) is refused whole,
 * with every problem listed. What is applied is one Change: one undo step.
 */
import { ChangeBuilder, applyChange, type Change } from '../domain/change';
import { deepEqual } from '../domain/equal';
import { updatedAtOf, type Feedback } from '../domain/feedback/schema';
import { integrityProblems, recordName } from '../domain/integrity';
import { planningRangeProblemsOf } from '../domain/planning-range';
import { SETTINGS_ID, type Settings } from '../domain/settings/schema';
import {
  TABLES,
  TABLE_LABELS,
  TABLE_SCHEMAS,
  recordOf,
  type TableName,
  type TableRecords,
  type Workspace,
} from '../domain/workspace';

const updatedAtField = (record: TableRecords[TableName]) => (record as { updatedAt: string }).updatedAt;

/** The tables whose records carry the time of their last edit, and how to read it. */
const EDIT_STAMPS: Partial<Record<TableName, (record: TableRecords[TableName]) => string>> = {
  items: updatedAtField,
  readiness: updatedAtField,
  // A beta's participants and exit criteria carry their edit time too: the later edit wins.
  participants: updatedAtField,
  exitCriteria: updatedAtField,
  // Feedback gained its edit time later: a record stored before then reads its creation time.
  feedback: (record) => updatedAtOf(record as Feedback),
};

/** A record that is in both and differs: which version the merge takes, and why. */
export interface MergeConflict {
  table: TableName;
  id: string;
  /** How messages name it: 'Launch item “Checkout v2”'. */
  name: string;
  winner: 'file' | 'workspace';
  /** Why, in a sentence that follows the name: 'was edited later in the file (…)'. */
  reason: string;
}

/** What a merge does to one table, for the preview. */
export interface TableMerge {
  table: TableName;
  /** Records only in the file. */
  added: number;
  /** Records in both whose file version is taken. */
  changed: number;
  /** Records of the workspace left as they are (only here, equal, or the later edit here). */
  kept: number;
}

export type MergeResult =
  | {
      ok: true;
      change: Change;
      conflicts: MergeConflict[];
      /** What it does to each table that has records on either side, in table order. */
      tables: TableMerge[];
    }
  | { ok: false; problems: string[]; conflicts: MergeConflict[] };

/** "2026-11-27 09:41 UTC": an ISO stamp as people read it (to the second when minutes tie). */
function readableStamp(stamp: string, other: string): string {
  const minutes = stamp.slice(0, 16) === other.slice(0, 16);
  return `${stamp.slice(0, 10)} ${stamp.slice(11, minutes ? 19 : 16)} UTC`;
}

function judge(
  table: TableName,
  here: TableRecords[TableName],
  file: TableRecords[TableName],
): Pick<MergeConflict, 'winner' | 'reason'> {
  const stampOf = EDIT_STAMPS[table];
  if (!stampOf)
    return {
      winner: 'file',
      reason: `differs in the file; ${TABLE_LABELS[table][1]} carry no edit time, so the file’s version is taken`,
    };
  const hereStamp = stampOf(here);
  const fileStamp = stampOf(file);
  const times = `${readableStamp(fileStamp, hereStamp)} in the file, ${readableStamp(hereStamp, fileStamp)} here`;
  const hereTime = Date.parse(hereStamp);
  const fileTime = Date.parse(fileStamp);
  if (hereTime > fileTime) return { winner: 'workspace', reason: `was edited later here (${times})` };
  if (fileTime > hereTime) return { winner: 'file', reason: `was edited later in the file (${times})` };
  return {
    winner: 'file',
    reason: `was edited at the same moment in both (${times}); the file’s version is taken`,
  };
}

type Named = { name: string };

/**
 * `here` with the entries of `file` it lacks (by key), each placed right after the entry that
 * precedes it in the file (at the start when none does), so the file's order is kept around them.
 */
function withMissing<E>(here: readonly E[], file: readonly E[], key: (entry: E) => string): E[] {
  const merged = [...here];
  const keys = new Set(here.map(key));
  file.forEach((entry, index) => {
    if (keys.has(key(entry))) return;
    const before = file
      .slice(0, index)
      .reverse()
      .find((previous) => keys.has(key(previous)));
    const at = before === undefined ? 0 : merged.findIndex((e) => key(e) === key(before)) + 1;
    merged.splice(at, 0, entry);
    keys.add(key(entry));
  });
  return merged;
}

/** Entries known by the same key in both whose names differ: the workspace's name is kept. */
function renamed<E extends Named>(
  what: string,
  here: readonly E[],
  file: readonly E[],
  key: (entry: E) => string,
): MergeConflict[] {
  const byKey = new Map(here.map((entry) => [key(entry), entry]));
  return file.flatMap((entry) => {
    const ours = byKey.get(key(entry));
    if (!ours || ours.name === entry.name) return [];
    return [
      {
        table: 'settings' as const,
        id: SETTINGS_ID,
        name: `The ${what} “${ours.name}”`,
        winner: 'workspace' as const,
        reason: `is called “${entry.name}” in the file; the workspace’s name is kept`,
      },
    ];
  });
}

/**
 * File entries with an id the workspace lacks but a name it has (case aside): both sides added
 * "Pilot" on their own. Each maps the file's id to the workspace's, unless the file itself
 * uses that id for another entry (then nothing is matched and the names clash, named).
 */
function sameNamed<E extends Named & { id: string }>(here: readonly E[], file: readonly E[]) {
  const hereIds = new Set(here.map((entry) => entry.id));
  const fileIds = new Set(file.map((entry) => entry.id));
  const byName = new Map(here.map((entry) => [entry.name.toLowerCase(), entry]));
  const matches = new Map<string, E>();
  for (const entry of file) {
    const ours = byName.get(entry.name.toLowerCase());
    if (!hereIds.has(entry.id) && ours && !fileIds.has(ours.id)) matches.set(entry.id, ours);
  }
  return matches;
}

/**
 * The file with its stages and readiness functions that match the workspace's by name moved
 * to the workspace's ids, in its settings and in every record that refers to them (launch
 * items' stage, readiness lines' and playbook lines' function), and a conflict for each.
 */
function alignByName(
  current: Workspace,
  incoming: Workspace,
): { file: Workspace; conflicts: MergeConflict[] } {
  const ours = recordOf(current.settings, SETTINGS_ID);
  const theirs = recordOf(incoming.settings, SETTINGS_ID);
  if (!ours || !theirs) return { file: incoming, conflicts: [] };
  const stages = sameNamed(ours.stages, theirs.stages);
  const functions = sameNamed(ours.functions, theirs.functions);
  if (stages.size === 0 && functions.size === 0) return { file: incoming, conflicts: [] };
  const stageId = (id: string) => stages.get(id)?.id ?? id;
  const functionId = (id: string) => functions.get(id)?.id ?? id;
  const remap = <R>(table: Record<string, R>, move: (record: R) => R) =>
    Object.fromEntries(Object.entries(table).map(([id, record]) => [id, move(record)]));
  const file: Workspace = {
    ...incoming,
    settings: {
      ...incoming.settings,
      [SETTINGS_ID]: {
        ...theirs,
        stages: theirs.stages.map((s) => ({ ...s, id: stageId(s.id) })),
        functions: theirs.functions.map((f) => ({ ...f, id: functionId(f.id) })),
        launchedStageId: theirs.launchedStageId === null ? null : stageId(theirs.launchedStageId),
      },
    },
    items: remap(incoming.items, (item) =>
      stages.has(item.stageId) ? { ...item, stageId: stageId(item.stageId) } : item,
    ),
    readiness: remap(incoming.readiness, (line) =>
      functions.has(line.functionId) ? { ...line, functionId: functionId(line.functionId) } : line,
    ),
    playbooks: remap(incoming.playbooks, (playbook) =>
      playbook.entries.some((entry) => functions.has(entry.functionId))
        ? {
            ...playbook,
            entries: playbook.entries.map((entry) => ({
              ...entry,
              functionId: functionId(entry.functionId),
            })),
          }
        : playbook,
    ),
  };
  const conflict = (what: string, matches: Map<string, Named & { id: string }>, uses: string) =>
    [...matches.values()].map((entry) => ({
      table: 'settings' as const,
      id: SETTINGS_ID,
      name: `The ${what} “${entry.name}”`,
      winner: 'workspace' as const,
      reason: `in the file is the same as yours (added on both sides, under other ids); the file’s ${uses} are moved to yours`,
    }));
  return {
    file,
    conflicts: [
      ...conflict('stage', stages, 'launch items in it'),
      ...conflict('readiness function', functions, 'readiness and playbook lines for it'),
    ],
  };
}

/** "Two stages have the same name: “Pilot” (id pilot) and “PILOT” (id p-2)", naming every pair. */
function sameNameProblems(what: string, entries: readonly (Named & { id: string })[]): string[] {
  const byName = new Map<string, (Named & { id: string })[]>();
  for (const entry of entries) {
    const key = entry.name.toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), entry]);
  }
  return [...byName.values()]
    .filter((group) => group.length > 1)
    .map(
      (group) =>
        `The merged settings would have two ${what} of one name: ${group.map((e) => `“${e.name}” (id ${e.id})`).join(' and ')}; rename one of them here or in the file`,
    );
}

const LIST_FIELDS = ['stages', 'functions', 'regions'] as const;

/** The workspace's settings with the file's missing stages, functions and regions, and what differed. */
function mergeSettings(here: Settings, file: Settings): { settings: Settings; conflicts: MergeConflict[] } {
  const byId = (entry: { id: string }) => entry.id;
  const byCode = (entry: { code: string }) => entry.code;
  const settings: Settings = {
    ...here,
    stages: withMissing(here.stages, file.stages, byId),
    functions: withMissing(here.functions, file.functions, byId),
    regions: withMissing(here.regions, file.regions, byCode),
  };
  const conflicts = [
    ...renamed('stage', here.stages, file.stages, byId),
    ...renamed('readiness function', here.functions, file.functions, byId),
    ...renamed('region', here.regions, file.regions, byCode),
  ];
  const others = (s: Settings) =>
    Object.fromEntries(Object.entries(s).filter(([k]) => !LIST_FIELDS.includes(k as never)));
  if (!deepEqual(others(here), others(file)))
    conflicts.push({
      table: 'settings',
      id: SETTINGS_ID,
      name: 'The workspace settings',
      winner: 'workspace',
      reason:
        'differ in the file (name, tiers, gate or calendar); the workspace keeps its own and gains the file’s missing stages, readiness functions and regions',
    });
  return { settings, conflicts };
}

function emptyMerge(table: TableName): TableMerge {
  return { table, added: 0, changed: 0, kept: 0 };
}

/**
 * The Change that merges `incoming` (a file already validated by parseWorkspaceJson) into
 * `current`, the conflicts it settles, and its effect per table — or, when the merged
 * workspace would break an integrity rule the workspace does not already break, every such
 * problem and no change.
 */
export function mergeWorkspace(current: Workspace, file: Workspace, label = 'Merge import'): MergeResult {
  const builder = new ChangeBuilder(current);
  const aligned = alignByName(current, file);
  const incoming = aligned.file;
  const conflicts: MergeConflict[] = [...aligned.conflicts];
  const tables: TableMerge[] = [];
  const problems: string[] = [];
  for (const table of TABLES) {
    const counts = emptyMerge(table);
    const here = current[table] as Record<string, TableRecords[TableName]>;
    const file = incoming[table] as Record<string, TableRecords[TableName]>;
    if (table === 'settings') {
      const ours = recordOf(current.settings, SETTINGS_ID);
      const theirs = recordOf(incoming.settings, SETTINGS_ID);
      if (ours && theirs) {
        const merged = mergeSettings(ours, theirs);
        conflicts.push(...merged.conflicts);
        const checked = TABLE_SCHEMAS.settings.safeParse(merged.settings);
        if (!checked.success) {
          // Two entries of one name are named: the schema's message says only that there are.
          const named: Record<string, string[]> = {
            'Two stages have the same name': sameNameProblems('stages', merged.settings.stages),
            'Two readiness functions have the same name': sameNameProblems(
              'readiness functions',
              merged.settings.functions,
            ),
          };
          problems.push(
            ...checked.error.issues.flatMap((issue) =>
              named[issue.message]?.length
                ? named[issue.message]!
                : [`The merged settings (${issue.path.join('.')}): ${issue.message}`],
            ),
          );
        }
        if (deepEqual(merged.settings, ours)) counts.kept += 1;
        else counts.changed += 1;
        builder.put('settings', merged.settings);
      } else if (theirs) {
        counts.added += 1;
        builder.put('settings', theirs);
      }
      tables.push(counts);
      continue;
    }
    for (const [id, record] of Object.entries(file)) {
      const ours = recordOf(here, id);
      if (!ours) {
        counts.added += 1;
        builder.put(table, record as never);
      } else if (deepEqual(ours, record)) counts.kept += 1;
      else {
        const verdict = judge(table, ours, record);
        // Named as it will read after the merge: by the version that wins.
        const name = recordName(table, verdict.winner === 'file' ? record : ours);
        conflicts.push({ table, id, name, ...verdict });
        if (verdict.winner === 'file') {
          counts.changed += 1;
          builder.put(table, record as never);
        } else counts.kept += 1;
      }
    }
    for (const id of Object.keys(here)) if (!Object.hasOwn(file, id)) counts.kept += 1;
    tables.push(counts);
  }
  const change = builder.build(label);
  // Only what the merge would newly break refuses it: a workspace stored before a rule existed
  // may already break it, and merging must not become impossible because of that.
  const already = new Set(integrityProblems(current).map((problem) => problem.message));
  const merged = applyChange(current, change);
  problems.push(
    ...integrityProblems(merged)
      .map((problem) => problem.message)
      .filter((message) => !already.has(message)),
  );
  // The planning range too: only the days the merge adds or changes outside it.
  problems.push(...planningRangeProblemsOf(change).map((problem) => problem.message));
  const order = new Map(TABLES.map((table, index) => [table, index]));
  conflicts.sort(
    (a, b) =>
      order.get(a.table)! - order.get(b.table)! || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1),
  );
  if (problems.length) return { ok: false, problems, conflicts };
  return { ok: true, change, conflicts, tables: tables.filter((t) => t.added + t.changed + t.kept > 0) };
}
