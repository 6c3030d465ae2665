/**
 * The workspace's integrity rules: which records a record may point at, and the shapes its
 * references may not form (loops of parents or dependencies). A command checks the record it
 * writes with these rules (itemIssues, blackoutIssues…); an import checks every record with
 * integrityProblems, built from the same rules, so a file cannot bring in what the app's own
 * commands would refuse. Lookups are own-property lookups (recordOf), so an id such as
 * "toString" or "__proto__" never resolves to something on Object.prototype.
 */
import type { BlackoutWindow } from './blackouts/schema';
import { mergedIntoOf, type Feedback } from './feedback/schema';
import { reevaluateIssue } from './decisions/schema';
import type { LaunchItem } from './items/schema';
import { planningDayIssues } from './planning-range';
import { SETTINGS_ID } from './settings/schema';
import {
  TABLES,
  TABLE_LABELS,
  hasRecord,
  recordOf,
  type TableName,
  type TableRecords,
  type Workspace,
} from './workspace';

/** One broken rule of one record, worded for a form and for a list of problems. */
export interface RuleIssue {
  /** The field at fault ('ownerId', 'dependsOn'). */
  path: string;
  /** Beside the field in a form: "The owner must be someone in People". */
  message: string;
  /** After the record's name in a list: "has an owner who is not in People (toString)". */
  problem: string;
}

/** A broken rule of a record in a workspace, in a sentence that names the record. */
export interface Problem {
  table: TableName;
  id: string;
  /** The record's title or name, '' when it has none. */
  title: string;
  path: string;
  /** 'Launch item “Checkout v2” has an owner who is not in People (toString).' */
  message: string;
}

// Naming records ---------------------------------------------------------------------------

const NAME_LENGTH = 60;

function shorten(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > NAME_LENGTH ? `${trimmed.slice(0, NAME_LENGTH - 1)}…` : trimmed;
}

/** The title or name a record is known by, read from anything (a record that failed its schema too). */
export function titleOf(record: unknown): string {
  if (typeof record !== 'object' || record === null) return '';
  const { title, name } = record as { title?: unknown; name?: unknown };
  const text = typeof title === 'string' ? title : typeof name === 'string' ? name : '';
  return shorten(text);
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * How a message names a record: 'Launch item “Checkout v2”', 'The go/no-go decision of
 * 2026-11-20'; by its place in the file ('Launch item #3') when it has no usable title.
 */
export function recordName(table: TableName, record: unknown, position?: number): string {
  const singular = capitalised(TABLE_LABELS[table][0]);
  if (table === 'settings') return 'The workspace settings';
  if (table === 'decisions') {
    const day = (record as { decidedOn?: unknown } | null)?.decidedOn;
    if (typeof day === 'string' && day.length <= 20) return `The go/no-go decision of ${day}`;
  }
  const title = titleOf(record);
  if (title) return `${singular} “${title}”`;
  return position === undefined ? `A ${TABLE_LABELS[table][0]}` : `${singular} #${position}`;
}

// Loops ----------------------------------------------------------------------------------

/**
 * The loops a depth-first walk from `roots` meets, following `next`: each as a list of ids
 * whose first and last are the same. Every loop reachable from a root is met at least once
 * (a back edge), so none means there are none; ids `next` does not know end the walk there.
 */
export function findLoops(roots: Iterable<string>, next: (id: string) => readonly string[]): string[][] {
  const DONE = 2;
  const ON_PATH = 1;
  const state = new Map<string, number>();
  const loops: string[][] = [];
  for (const root of roots) {
    if (state.has(root)) continue;
    // An explicit stack: a chain of 10,000 items must not overflow the call stack.
    const path: { id: string; edges: readonly string[]; at: number }[] = [];
    const enter = (id: string) => {
      state.set(id, ON_PATH);
      path.push({ id, edges: next(id), at: 0 });
    };
    enter(root);
    while (path.length) {
      const top = path[path.length - 1]!;
      if (top.at === top.edges.length) {
        state.set(top.id, DONE);
        path.pop();
        continue;
      }
      const to = top.edges[top.at++]!;
      const seen = state.get(to);
      if (seen === undefined) enter(to);
      else if (seen === ON_PATH) {
        const from = path.findIndex((step) => step.id === to);
        loops.push([...path.slice(from).map((step) => step.id), to]);
      }
    }
  }
  return loops;
}

type ItemLookup = (id: string) => LaunchItem | undefined;

const parentsOf = (itemOf: ItemLookup) => (id: string) => {
  const parentId = itemOf(id)?.parentId;
  return parentId ? [parentId] : [];
};
const dependenciesOf = (itemOf: ItemLookup) => (id: string) => itemOf(id)?.dependsOn ?? [];

/** "“A” → “B” → “A”", the first few steps of a long loop. */
function describeLoop(loop: readonly string[], itemOf: ItemLookup): string {
  const names = loop.map((id) => `“${shorten(itemOf(id)?.title ?? id)}”`);
  return names.length > 8 ? `${names.slice(0, 7).join(' → ')} → … → ${names.at(-1)}` : names.join(' → ');
}

/** Lookups of the workspace's items with `item` as it is about to be written. */
function lookupWith(ws: Pick<Workspace, 'items'>, item?: LaunchItem): ItemLookup {
  return (id) => (item && id === item.id ? item : recordOf(ws.items, id));
}

/** The loops `item`, as it is about to be written, would close: through parents, through dependencies. */
export function itemLoopIssues(ws: Pick<Workspace, 'items'>, item: LaunchItem): RuleIssue[] {
  const itemOf = lookupWith(ws, item);
  const issues: RuleIssue[] = [];
  const through = (next: (id: string) => readonly string[]) =>
    findLoops([item.id], next).find((loop) => loop[0] === item.id);
  const parentLoop = item.parentId ? through(parentsOf(itemOf)) : undefined;
  if (parentLoop)
    issues.push({
      path: 'parentId',
      message: 'An item cannot sit beneath itself or its own betas and rollouts',
      problem: `sits beneath itself: ${describeLoop(parentLoop, itemOf)}`,
    });
  const dependencyLoop = through(dependenciesOf(itemOf));
  if (dependencyLoop)
    issues.push({
      path: 'dependsOn',
      message: `“${itemOf(dependencyLoop[1]!)?.title}” already depends on this item; that would be a loop`,
      problem: `is in a dependency loop: ${describeLoop(dependencyLoop, itemOf)}`,
    });
  return issues;
}

/** Every parent loop and dependency loop in the workspace, each named once, by its first item. */
function loopProblems(ws: Pick<Workspace, 'items'>, lookups: Pick<Workspace, 'items'>): Problem[] {
  const itemOf = lookupWith(lookups);
  const ids = Object.keys(ws.items).sort();
  const found = [
    { next: parentsOf(itemOf), path: 'parentId', problem: 'sits beneath itself' },
    { next: dependenciesOf(itemOf), path: 'dependsOn', problem: 'is in a dependency loop' },
  ];
  return found.flatMap(({ next, path, problem }) =>
    findLoops(ids, next).map((loop) => {
      const item = itemOf(loop[0]!)!;
      return problemOf('items', item, {
        path,
        message: '',
        problem: `${problem}: ${describeLoop(loop, itemOf)}`,
      });
    }),
  );
}

// What records refer to ------------------------------------------------------------------

/**
 * The region codes each table's records hold: the one list that the integrity check and the
 * removal of a region (settings/commands.ts) read.
 */
export const REGION_REFERENCES = {
  items: (item: LaunchItem) => item.regions,
  blackouts: (b: BlackoutWindow) => b.regions,
  people: (p: TableRecords['people']) => (p.region ? [p.region] : []),
  feedback: (f: TableRecords['feedback']) => (f.region ? [f.region] : []),
  participants: (p: TableRecords['participants']) => (p.region ? [p.region] : []),
} as const;

function duplicatesIn(values: readonly string[]): string[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

/**
 * The stages, readiness functions and regions of the settings, as sets: built once for a whole
 * workspace check. Null when there are no settings to check against.
 */
interface Known {
  stages: ReadonlySet<string>;
  functions: ReadonlySet<string>;
  regions: ReadonlySet<string>;
}

function knownIn(ws: Pick<Workspace, 'settings'>): Known | null {
  const settings = recordOf(ws.settings, SETTINGS_ID);
  if (!settings) return null;
  return {
    stages: new Set(settings.stages.map((s) => s.id)),
    functions: new Set(settings.functions.map((f) => f.id)),
    regions: new Set(settings.regions.map((r) => r.code)),
  };
}

/** Unknown and repeated region codes in a list of them. */
function regionIssues(known: Known | null, codes: readonly string[], where = 'is in'): RuleIssue[] {
  if (codes.length === 0) return [];
  const issues: RuleIssue[] = [];
  const unknown = known ? [...new Set(codes.filter((code) => !known.regions.has(code)))] : [];
  if (unknown.length)
    issues.push({
      path: 'regions',
      message: `Unknown region: ${unknown.join(', ')}`,
      problem: `${where} ${unknown.length === 1 ? 'an unknown region' : 'unknown regions'} (${unknown.join(', ')})`,
    });
  const twice = duplicatesIn(codes);
  if (twice.length)
    issues.push({
      path: 'regions',
      message: 'A region is listed twice',
      problem: `lists a region twice (${twice.join(', ')})`,
    });
  return issues;
}

type Lookups = Pick<Workspace, 'items' | 'people' | 'settings'>;

const missingFrom = (table: Readonly<Record<string, unknown>>, ids: readonly string[]) =>
  ids.length === 0 ? ids : [...new Set(ids.filter((id) => !hasRecord(table, id)))];

function itemRules(ws: Lookups, known: Known | null, item: LaunchItem): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (known && !known.stages.has(item.stageId))
    issues.push({
      path: 'stageId',
      message: 'Choose one of the workspace stages',
      problem: `is in a stage that does not exist (${item.stageId})`,
    });
  if (item.ownerId && !hasRecord(ws.people, item.ownerId))
    issues.push({
      path: 'ownerId',
      message: 'The owner must be someone in People',
      problem: `has an owner who is not in People (${item.ownerId})`,
    });
  const approvers = missingFrom(ws.people, item.approverIds);
  if (approvers.length)
    issues.push({
      path: 'approverIds',
      message: 'Every approver must be someone in People',
      problem: `has an approver who is not in People (${approvers.join(', ')})`,
    });
  issues.push(...regionIssues(known, item.regions));
  if (item.parentId && item.parentId !== item.id && !hasRecord(ws.items, item.parentId))
    issues.push({
      path: 'parentId',
      message: 'The parent launch item does not exist',
      problem: `has a parent that does not exist (${item.parentId})`,
    });
  const dependencies = missingFrom(ws.items, item.dependsOn).filter((id) => id !== item.id);
  if (dependencies.length)
    issues.push({
      path: 'dependsOn',
      message: 'A dependency does not exist',
      problem: `depends on a missing item (${dependencies.join(', ')})`,
    });
  return issues;
}

/**
 * A launch item's references (stage, owner, approvers, regions, parent, dependencies) and the
 * days it changes to outside the planning range (planning-range.ts).
 */
export function itemIssues(ws: Lookups, item: LaunchItem): RuleIssue[] {
  return [
    ...itemRules(ws, knownIn(ws), item),
    ...planningDayIssues('items', item, recordOf(ws.items, item.id)),
  ];
}

const NONE: RuleIssue[] = [];

/** A milestone's launch item and day. */
export function milestoneIssues(
  ws: Pick<Workspace, 'items' | 'milestones'>,
  m: TableRecords['milestones'],
): RuleIssue[] {
  return [...belongsTo(ws, m.itemId), ...planningDayIssues('milestones', m, recordOf(ws.milestones, m.id))];
}

function belongsTo(ws: Pick<Workspace, 'items'>, itemId: string, verb = 'belongs to'): RuleIssue[] {
  if (hasRecord(ws.items, itemId)) return NONE;
  return [
    {
      path: 'itemId',
      message: 'That launch item no longer exists',
      problem: `${verb} a missing launch item (${itemId})`,
    },
  ];
}

function readinessRules(ws: Lookups, known: Known | null, r: TableRecords['readiness']): RuleIssue[] {
  const functionKnown = !known || known.functions.has(r.functionId);
  const ownerKnown = !r.ownerId || hasRecord(ws.people, r.ownerId);
  const item = belongsTo(ws, r.itemId);
  if (functionKnown && ownerKnown) return item;
  const issues = [...item];
  if (!functionKnown)
    issues.push({
      path: 'functionId',
      message: 'Choose one of the readiness functions',
      problem: `has an unknown function (${r.functionId})`,
    });
  if (!ownerKnown)
    issues.push({
      path: 'ownerId',
      message: 'The owner must be someone in People',
      problem: `has an owner who is not in People (${r.ownerId})`,
    });
  return issues;
}

/** A readiness item's launch item, readiness function and owner. */
export function readinessIssues(
  ws: Lookups & Pick<Workspace, 'readiness'>,
  r: TableRecords['readiness'],
): RuleIssue[] {
  return [
    ...readinessRules(ws, knownIn(ws), r),
    ...planningDayIssues('readiness', r, recordOf(ws.readiness, r.id)),
  ];
}

/** A blackout window's regions: known, each once (none means every region). */
export function blackoutIssues(
  ws: Pick<Workspace, 'settings' | 'blackouts'>,
  b: BlackoutWindow,
): RuleIssue[] {
  return [
    ...regionIssues(knownIn(ws), b.regions),
    ...planningDayIssues('blackouts', b, recordOf(ws.blackouts, b.id)),
  ];
}

/**
 * A merged duplicate is hidden from the inbox and counted in the record it names, and deleted
 * with it: so it must name another feedback record that exists and is not merged itself (the
 * merge keeps chains one step long), or it would be hidden and counted nowhere.
 */
function mergedIntoIssues(ws: Pick<Workspace, 'feedback'>, f: Feedback): RuleIssue[] {
  const into = mergedIntoOf(f);
  if (into === null) return NONE;
  const target = recordOf(ws.feedback, into);
  const problem =
    into === f.id
      ? 'is merged into itself'
      : !target
        ? `is merged into a missing feedback record (${into})`
        : mergedIntoOf(target) !== null
          ? `is merged into a record that is itself merged (${into})`
          : null;
  if (!problem) return NONE;
  return [
    { path: 'mergedIntoId', message: 'A duplicate must be merged into a record that is kept', problem },
  ];
}

type Rule<T extends TableName> = (ws: Workspace, known: Known | null, record: TableRecords[T]) => RuleIssue[];

const RULES: { [T in TableName]: Rule<T> } = {
  settings: () => NONE,
  items: itemRules,
  readiness: readinessRules,
  milestones: (ws, _known, m) => belongsTo(ws, m.itemId),
  people: (_ws, known, p) => regionIssues(known, REGION_REFERENCES.people(p)),
  blackouts: (_ws, known, b) => regionIssues(known, b.regions),
  decisions: (ws, _known, d) => {
    const reevaluate = reevaluateIssue(d);
    return reevaluate
      ? [
          ...belongsTo(ws, d.itemId),
          {
            path: 'reevaluateOn',
            message: reevaluate,
            problem: `re-evaluates on ${d.reevaluateOn}, not after the decision of ${d.decidedOn}`,
          },
        ]
      : belongsTo(ws, d.itemId);
  },
  feedback: (ws, known, f) => [
    ...(f.itemId ? belongsTo(ws, f.itemId, 'links to') : NONE),
    ...regionIssues(known, REGION_REFERENCES.feedback(f), 'is from'),
    ...mergedIntoIssues(ws, f),
  ],
  playbooks: (_ws, known, p) => {
    const unknown = known
      ? [...new Set(p.entries.map((e) => e.functionId).filter((id) => !known.functions.has(id)))]
      : [];
    if (!unknown.length) return NONE;
    return [
      {
        path: 'entries',
        message: 'Every entry needs one of the readiness functions',
        problem: `has entries for an unknown function (${unknown.join(', ')})`,
      },
    ];
  },
  // A brief record is a note of what was sent: it may name a launch deleted since.
  briefs: () => NONE,
  participants: (ws, known, p) => [
    ...belongsTo(ws, p.itemId),
    ...regionIssues(known, REGION_REFERENCES.participants(p), 'is from'),
  ],
  exitCriteria: (ws, _known, c) => belongsTo(ws, c.itemId),
  // An acknowledgement is a note about a collision: it may outlive the items it named.
  acknowledgements: () => NONE,
};

/** A beta participant's launch item, region and a joined day it changes (what its commands check). */
export function participantIssues(ws: Workspace, p: TableRecords['participants']): RuleIssue[] {
  return [
    ...RULES.participants(ws, knownIn(ws), p),
    ...planningDayIssues('participants', p, recordOf(ws.participants, p.id)),
  ];
}

function problemOf<T extends TableName>(table: T, record: TableRecords[T], issue: RuleIssue): Problem {
  const id = (record as { id: string }).id;
  return {
    table,
    id,
    title: titleOf(record),
    path: issue.path,
    message: `${recordName(table, record)} ${issue.problem}.`,
  };
}

/**
 * Every integrity problem of a workspace whose records each passed their schema: references
 * to records that do not exist, unknown stages, regions and functions, and loops. Empty when
 * the workspace is sound. Not the planning range: that judges a record against what is stored
 * (planning-range.ts), so an import applies it to its Change. References resolve in `lookups` (an import adds the records that
 * failed their schema, already reported, so what refers to them is not reported again).
 */
export function integrityProblems(ws: Workspace, lookups: Workspace = ws): Problem[] {
  const problems: Problem[] = [];
  const known = knownIn(ws);
  for (const table of TABLES) {
    const rule = RULES[table] as Rule<TableName>;
    for (const record of Object.values(ws[table]) as TableRecords[TableName][])
      for (const issue of rule(lookups, known, record)) problems.push(problemOf(table, record, issue));
    if (table === 'items') problems.push(...loopProblems(ws, lookups));
  }
  return problems;
}
