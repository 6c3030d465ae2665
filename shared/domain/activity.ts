/**
 * An item's activity: what each saved Change did to a launch item, in words, kept beside the
 * workspace (not in it) so that undoing a change adds a line instead of erasing one. A Change
 * is described once, as it is saved; the entry names the items it touched and, for each, what
 * changed ("Launch date (T-0): Tue 1 Dec 2026 → Tue 8 Dec 2026", "Readiness “Docs published”:
 * Not started → Done"). Pure: the data layer stores entries, the launch page lists them.
 */
import type { Change, Op } from './change';
import { EXIT_CRITERION_STATUS_LABELS, PARTICIPANT_STATUS_LABELS } from './betas/schema';
import { DECISION_LABELS } from './decisions/schema';
import { READINESS_STATUS_LABELS } from './readiness/commands';
import { describeValue, FIELD_LABELS } from './items/describe';
import { launchItemFieldsSchema, type LaunchItemFields } from './items/schema';
import { formatDay } from '../dates/days';
import { deepEqual } from './equal';
import type { ReadinessItem } from './readiness/schema';
import { recordOf, type Workspace } from './workspace';

/** More items than this in one change (an import, a stage removal): the entry is "wide". */
export const ACTIVITY_ITEM_LIMIT = 50;
/** Lines kept per item; a change that does more says how many more. */
const NOTES_PER_ITEM = 12;
const TEXT_LIMIT = 240;

export interface ActivityNote {
  itemId: string;
  text: string;
}

/** One saved change as the activity history keeps it. */
export interface ActivityEntry {
  /** Assigned by storage, in the order changes were saved (across windows). */
  seq?: number;
  /** ISO timestamp of the save. */
  at: string;
  /** Who made it, as named on this machine ("" when nobody said who they are). */
  by: string;
  /** The change's own label ("Move “Checkout v2” to Beta", "Undo …"). */
  label: string;
  /** The launch items it touched (empty for a wide change). */
  items: string[];
  /** Set on changes that touched more items than ACTIVITY_ITEM_LIMIT: shown on every item. */
  wide?: 1;
  /** What changed, per item, in words. */
  notes: ActivityNote[];
}

const clip = (text: string) => (text.length > TEXT_LIMIT ? `${text.slice(0, TEXT_LIMIT - 1)}…` : text);

// Read from the schema on first use: reading it as the module runs would build every schema
// for the first screen, which needs none (lazy-schema.ts).
let itemFields: (keyof LaunchItemFields)[] | null = null;
const itemFieldsOf = () =>
  (itemFields ??= Object.keys(launchItemFieldsSchema.shape) as (keyof LaunchItemFields)[]);

/** The launch item an op belongs to, if any. */
function itemOf(op: Op): string | null {
  if (op.table === 'items') return op.id;
  const record = (op.after ?? op.before) as { itemId?: unknown } | null;
  if (
    op.table === 'settings' ||
    op.table === 'people' ||
    op.table === 'blackouts' ||
    op.table === 'playbooks'
  )
    return null;
  return record && typeof record.itemId === 'string' ? record.itemId : null;
}

function itemNotes(ws: Workspace, op: Extract<Op, { table: 'items' }>): string[] {
  const { before, after } = op;
  if (!before && after) return [`Created “${after.title}”`];
  if (before && !after) return [`Deleted “${before.title}”`];
  if (!before || !after) return [];
  const notes: string[] = [];
  for (const field of itemFieldsOf()) {
    if (deepEqual(before[field], after[field])) continue;
    // Long text is named, not quoted: the summary's old and new paragraphs help nobody here.
    if (field === 'summary') notes.push('Summary edited');
    else
      notes.push(
        `${FIELD_LABELS[field]}: ${describeValue(ws, field, before[field])} → ${describeValue(ws, field, after[field])}`,
      );
  }
  // Only the rank changed: a reorder within its column.
  if (notes.length === 0 && before.rank !== after.rank) notes.push('Reordered in its column');
  return notes;
}

function readinessNotes(ws: Workspace, op: Extract<Op, { table: 'readiness' }>): string[] {
  const { before, after } = op;
  const name = `Readiness “${(after ?? before)!.title}”`;
  if (!before && after) return [`${name} added`];
  if (before && !after) return [`${name} removed`];
  if (!before || !after) return [];
  const notes: string[] = [];
  if (before.status !== after.status)
    notes.push(
      `${name}: ${READINESS_STATUS_LABELS[before.status]} → ${READINESS_STATUS_LABELS[after.status]}`,
    );
  if (before.title !== after.title) notes.push(`Readiness “${before.title}” renamed “${after.title}”`);
  if (before.ownerId !== after.ownerId) {
    const person = (id: string | null) => (id ? (recordOf(ws.people, id)?.name ?? 'someone') : 'nobody');
    notes.push(`${name}: owner ${person(before.ownerId)} → ${person(after.ownerId)}`);
  }
  if (!deepEqual(before.due, after.due)) notes.push(`${name}: due date changed`);
  if (before.evidence !== after.evidence)
    notes.push(`${name}: evidence ${after.evidence ? 'updated' : 'removed'}`);
  if (before.requiredSignOff !== after.requiredSignOff)
    notes.push(`${name}: ${after.requiredSignOff ? 'now' : 'no longer'} a required sign-off`);
  if (before.functionId !== after.functionId) notes.push(`${name}: moved to another function`);
  if (notes.length === 0 && before.rank !== after.rank) notes.push(`${name}: reordered`);
  return notes;
}

/** A beta's participant: joined, left, a status change, edited details — in words. */
function participantNotes(op: Extract<Op, { table: 'participants' }>): string[] {
  const { before, after } = op;
  const name = `Participant “${(after ?? before)!.account}”`;
  if (!before && after) return [`${name} added (${PARTICIPANT_STATUS_LABELS[after.status]})`];
  if (before && !after) return [`${name} removed`];
  if (!before || !after) return [];
  const notes: string[] = [];
  if (before.account !== after.account)
    notes.push(`Participant “${before.account}” renamed “${after.account}”`);
  if (before.status !== after.status)
    notes.push(
      `${name}: ${PARTICIPANT_STATUS_LABELS[before.status]} → ${PARTICIPANT_STATUS_LABELS[after.status]}`,
    );
  if (before.joinedOn !== after.joinedOn)
    notes.push(`${name}: joined ${after.joinedOn ? formatDay(after.joinedOn) : 'day cleared'}`);
  if (before.region !== after.region) notes.push(`${name}: region ${after.region ?? 'none'}`);
  if (before.contact !== after.contact || before.segment !== after.segment)
    notes.push(`${name}: contact or segment edited`);
  return notes;
}

/** A beta's exit criterion: added, removed, met (with evidence), renamed, reordered. */
function criterionNotes(op: Extract<Op, { table: 'exitCriteria' }>): string[] {
  const { before, after } = op;
  const name = `Exit criterion “${(after ?? before)!.title}”`;
  if (!before && after) return [`${name} added`];
  if (before && !after) return [`${name} removed`];
  if (!before || !after) return [];
  const notes: string[] = [];
  if (before.status !== after.status)
    notes.push(
      `${name}: ${EXIT_CRITERION_STATUS_LABELS[before.status]} → ${EXIT_CRITERION_STATUS_LABELS[after.status]}`,
    );
  if (before.title !== after.title) notes.push(`Exit criterion “${before.title}” renamed “${after.title}”`);
  if (before.evidence !== after.evidence)
    notes.push(`${name}: evidence ${after.evidence ? 'updated' : 'removed'}`);
  if (notes.length === 0 && before.rank !== after.rank) notes.push(`${name}: reordered`);
  return notes;
}

function otherNotes(op: Op): string[] {
  const gone = op.after === null;
  const added = op.before === null;
  switch (op.table) {
    case 'decisions': {
      const d = (op.after ?? op.before)!;
      const what = `${DECISION_LABELS[d.outcome]} of ${formatDay(d.decidedOn)} by ${d.decidedBy}`;
      return [
        gone
          ? `Decision deleted: ${what}`
          : added
            ? `Decision recorded: ${what}`
            : `Decision edited: ${what}`,
      ];
    }
    case 'milestones': {
      const m = (op.after ?? op.before)!;
      return [
        `Milestone “${m.title}” ${gone ? 'removed' : added ? `added on ${formatDay(m.date)}` : 'changed'}`,
      ];
    }
    case 'feedback': {
      const f = (op.after ?? op.before)!;
      return [`Feedback “${f.title}” ${gone ? 'removed' : added ? 'linked' : 'updated'}`];
    }
    case 'participants':
      return participantNotes(op);
    case 'exitCriteria':
      return criterionNotes(op);
    case 'briefs':
      // Pruning older brief records is housekeeping, not news.
      return op.after && added ? [`Brief #${op.after.number} generated`] : [];
    default:
      return [];
  }
}

/** Up to this many readiness lines added by one change are listed one by one. */
const ADDED_LINES_LISTED = 3;

function addedSummary(added: readonly Op[]): string {
  const titles = added.map((op) => `“${(op.after as ReadinessItem).title}”`);
  return `${added.length} readiness lines added: ${titles.slice(0, ADDED_LINES_LISTED).join(', ')}…`;
}

/**
 * The activity entry of a change, or null when it touched no launch item (a settings edit, a
 * new person). `ws` resolves names (stages, people) and is the workspace the change was made in.
 */
export function activityOf(change: Change, ws: Workspace, at: string, by: string): ActivityEntry | null {
  const touched = new Map<string, Op[]>();
  for (const op of change.ops) {
    const itemId = itemOf(op);
    if (itemId === null) continue;
    const ops = touched.get(itemId);
    if (ops) ops.push(op);
    else touched.set(itemId, [op]);
  }
  if (touched.size === 0) return null;
  const base = { at, by, label: clip(change.label) };
  if (touched.size > ACTIVITY_ITEM_LIMIT) return { ...base, items: [], wide: 1, notes: [] };
  const notes: ActivityNote[] = [];
  for (const [itemId, ops] of touched) {
    const added = ops.filter((op) => op.table === 'readiness' && op.before === null && op.after !== null);
    // A checklist arriving whole (a new item's playbook, "Apply playbook") is one line, not dozens.
    const summarise = added.length > ADDED_LINES_LISTED;
    const lines = ops.flatMap((op) =>
      op.table === 'items'
        ? itemNotes(ws, op)
        : op.table === 'readiness'
          ? summarise && added.includes(op)
            ? []
            : readinessNotes(ws, op)
          : otherNotes(op),
    );
    if (summarise) lines.push(addedSummary(added));
    const kept = lines.slice(0, NOTES_PER_ITEM);
    if (lines.length > kept.length) kept.push(`…and ${lines.length - kept.length} more`);
    for (const text of kept) notes.push({ itemId, text: clip(text) });
  }
  return { ...base, items: [...touched.keys()], notes };
}
