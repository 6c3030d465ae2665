/**
 * The workspace: every record, normalised by id, one map per table. The same table names are
 * the Dexie stores, the keys of a Change's ops and the sections of a JSON export.
 */
import { z } from 'zod';
import { launchItemSchema, type LaunchItem } from './items/schema';
import { blackoutSchema, type BlackoutWindow } from './blackouts/schema';
import { decisionSchema, type Decision } from './decisions/schema';
import { feedbackSchema, type Feedback } from './feedback/schema';
import { milestoneSchema, type Milestone } from './milestones/schema';
import { personSchema, type Person } from './people/schema';
import { playbookSchema, type Playbook } from './playbooks/schema';
import { readinessItemSchema, type ReadinessItem } from './readiness/schema';
import { settingsSchema, type Settings } from './settings/schema';

export const TABLES = [
  'settings',
  'items',
  'readiness',
  'milestones',
  'people',
  'blackouts',
  'decisions',
  'feedback',
  'playbooks',
] as const;
export type TableName = (typeof TABLES)[number];

export interface TableRecords {
  settings: Settings;
  items: LaunchItem;
  readiness: ReadinessItem;
  milestones: Milestone;
  people: Person;
  blackouts: BlackoutWindow;
  decisions: Decision;
  feedback: Feedback;
  playbooks: Playbook;
}
export type AnyRecord = TableRecords[TableName];

export const TABLE_SCHEMAS: { [T in TableName]: z.ZodType<TableRecords[T]> } = {
  settings: settingsSchema,
  items: launchItemSchema,
  readiness: readinessItemSchema,
  milestones: milestoneSchema,
  people: personSchema,
  blackouts: blackoutSchema,
  decisions: decisionSchema,
  feedback: feedbackSchema,
  playbooks: playbookSchema,
};

/** Singular names for messages ("a launch item", "3 readiness items"). */
export const TABLE_LABELS: { [T in TableName]: [string, string] } = {
  settings: ['workspace settings', 'workspace settings'],
  items: ['launch item', 'launch items'],
  readiness: ['readiness item', 'readiness items'],
  milestones: ['milestone', 'milestones'],
  people: ['person', 'people'],
  blackouts: ['blackout window', 'blackout windows'],
  decisions: ['go/no-go decision', 'go/no-go decisions'],
  feedback: ['feedback item', 'feedback items'],
  playbooks: ['playbook', 'playbooks'],
};

export type Workspace = { [T in TableName]: Record<string, TableRecords[T]> };

export function emptyTables(): Workspace {
  return {
    settings: {},
    items: {},
    readiness: {},
    milestones: {},
    people: {},
    blackouts: {},
    decisions: {},
    feedback: {},
    playbooks: {},
  };
}

/** The settings record; a loaded workspace always has one (first run creates it). */
export function settingsOf(ws: Pick<Workspace, 'settings'>): Settings {
  const settings = ws.settings.workspace;
  if (!settings) throw new Error('The workspace has no settings record');
  return settings;
}

export function isInitialised(ws: Workspace): boolean {
  return ws.settings.workspace !== undefined;
}

export function countRecords(ws: Workspace): number {
  return TABLES.reduce((sum, table) => sum + Object.keys(ws[table]).length, 0);
}

/** Where a record points at another that does not exist: a human-readable problem list. */
export function findBrokenReferences(ws: Workspace): string[] {
  const problems: string[] = [];
  const settings = ws.settings.workspace;
  const stageIds = new Set(settings?.stages.map((s) => s.id));
  const functionIds = new Set(settings?.functions.map((f) => f.id));
  const label = (item: LaunchItem) => `Launch item "${item.title}"`;
  for (const item of Object.values(ws.items)) {
    if (settings && !stageIds.has(item.stageId))
      problems.push(`${label(item)} is in a stage that does not exist (${item.stageId})`);
    if (item.parentId && !ws.items[item.parentId])
      problems.push(`${label(item)} has a parent that does not exist (${item.parentId})`);
    for (const dep of item.dependsOn)
      if (!ws.items[dep]) problems.push(`${label(item)} depends on a missing item (${dep})`);
    if (item.ownerId && !ws.people[item.ownerId])
      problems.push(`${label(item)} has an owner who is not in People (${item.ownerId})`);
    for (const approver of item.approverIds)
      if (!ws.people[approver])
        problems.push(`${label(item)} has an approver who is not in People (${approver})`);
  }
  for (const r of Object.values(ws.readiness)) {
    if (!ws.items[r.itemId])
      problems.push(`Readiness item "${r.title}" belongs to a missing launch item (${r.itemId})`);
    if (settings && !functionIds.has(r.functionId))
      problems.push(`Readiness item "${r.title}" has an unknown function (${r.functionId})`);
  }
  for (const m of Object.values(ws.milestones))
    if (!ws.items[m.itemId])
      problems.push(`Milestone "${m.title}" belongs to a missing launch item (${m.itemId})`);
  for (const d of Object.values(ws.decisions))
    if (!ws.items[d.itemId])
      problems.push(`A go/no-go decision belongs to a missing launch item (${d.itemId})`);
  for (const f of Object.values(ws.feedback))
    if (f.itemId && !ws.items[f.itemId])
      problems.push(`Feedback "${f.title}" links to a missing launch item (${f.itemId})`);
  return problems;
}
