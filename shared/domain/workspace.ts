/**
 * The workspace: every record, normalised by id, one map per table. The same table names are
 * the Dexie stores, the keys of a Change's ops and the sections of a JSON export.
 */
import { z } from 'zod';
import { launchItemSchema, type LaunchItem } from './items/schema';
import { acknowledgementSchema, type Acknowledgement } from './acknowledgements/schema';
import { exitCriterionSchema, participantSchema, type ExitCriterion, type Participant } from './betas/schema';
import { blackoutSchema, type BlackoutWindow } from './blackouts/schema';
import { briefRecordSchema, type BriefRecord } from './briefs/schema';
import { decisionSchema, type Decision } from './decisions/schema';
import { feedbackSchema, type Feedback } from './feedback/schema';
import { milestoneSchema, type Milestone } from './milestones/schema';
import { personSchema, type Person } from './people/schema';
import { playbookSchema, type Playbook } from './playbooks/schema';
import { readinessItemSchema, type ReadinessItem } from './readiness/schema';
import { SETTINGS_ID, settingsSchema, type Settings } from './settings/schema';

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
  'briefs',
  'participants',
  'exitCriteria',
  'acknowledgements',
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
  briefs: BriefRecord;
  participants: Participant;
  exitCriteria: ExitCriterion;
  acknowledgements: Acknowledgement;
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
  briefs: briefRecordSchema,
  participants: participantSchema,
  exitCriteria: exitCriterionSchema,
  acknowledgements: acknowledgementSchema,
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
  briefs: ['brief record', 'brief records'],
  participants: ['beta participant', 'beta participants'],
  exitCriteria: ['exit criterion', 'exit criteria'],
  acknowledgements: ['collision acknowledgement', 'collision acknowledgements'],
};

export type Workspace = { [T in TableName]: Record<string, TableRecords[T]> };

/**
 * A table with no prototype: a record id such as "constructor", "toString" or "__proto__" is
 * then an ordinary key, and a lookup of a missing id never finds an Object.prototype member.
 */
export function emptyTable<R>(): Record<string, R> {
  return Object.create(null) as Record<string, R>;
}

/** A prototype-free copy of a table (applyChange copies a table before writing to it). */
export function copyTable<R>(table: Readonly<Record<string, R>>): Record<string, R> {
  return Object.assign(emptyTable<R>(), table);
}

export function emptyTables(): Workspace {
  return {
    settings: emptyTable(),
    items: emptyTable(),
    readiness: emptyTable(),
    milestones: emptyTable(),
    people: emptyTable(),
    blackouts: emptyTable(),
    decisions: emptyTable(),
    feedback: emptyTable(),
    playbooks: emptyTable(),
    briefs: emptyTable(),
    participants: emptyTable(),
    exitCriteria: emptyTable(),
    acknowledgements: emptyTable(),
  };
}

/**
 * The record stored under `id`, or undefined: an own-property lookup, so it holds even for a
 * table that came from elsewhere with a prototype (a structured clone, a test's object).
 */
export function recordOf<R>(table: Readonly<Record<string, R>>, id: string): R | undefined {
  return Object.hasOwn(table, id) ? table[id] : undefined;
}

export function hasRecord(table: Readonly<Record<string, unknown>>, id: string): boolean {
  return Object.hasOwn(table, id);
}

/** The settings record; a loaded workspace always has one (first run creates it). */
export function settingsOf(ws: Pick<Workspace, 'settings'>): Settings {
  const settings = recordOf(ws.settings, SETTINGS_ID);
  if (!settings) throw new Error('The workspace has no settings record');
  return settings;
}

export function isInitialised(ws: Workspace): boolean {
  return hasRecord(ws.settings, SETTINGS_ID);
}

export function countRecords(ws: Workspace): number {
  return TABLES.reduce((sum, table) => sum + Object.keys(ws[table]).length, 0);
}
