/**
 * Commands on readiness items (the checklist lines of a launch item). Each is pure:
 * (workspace, arguments, context) → Change, or a ValidationError / CommandError with nothing
 * changed. The bulk commands (status, owner, delete) take many lines and make one Change, so
 * one Ctrl+Z undoes the whole edit.
 *
 * Every line written is checked against its schema ("no green without evidence": a done line
 * needs an evidence link or note) and against the workspace's integrity rules (its launch
 * item, a function in the settings, an owner in People), the same rules an import runs.
 */
import { ChangeBuilder, type Change } from '../change';
import type { CommandContext } from '../context';
import { deepEqual } from '../equal';
import { CommandError, ValidationError, parseOrThrow } from '../errors';
import { readinessIssues } from '../integrity';
import { byRank, rankAfterAll, rankBetween } from '../ranks';
import { recordOf, settingsOf, type Workspace } from '../workspace';
import { readinessOf } from '../../views/readiness';
import { readinessItemSchema, type ReadinessItem, type ReadinessStatus } from './schema';

/** What a person sets on a line; the rest (id, launch item, rank, stamp) the commands keep. */
export type ReadinessFields = Pick<
  ReadinessItem,
  'functionId' | 'title' | 'ownerId' | 'due' | 'status' | 'evidence' | 'requiredSignOff'
>;

export const READINESS_STATUS_LABELS: Record<ReadinessStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  blocked: 'Blocked',
  'not-needed': 'Not needed',
};

const GONE = 'That readiness item no longer exists (it may have been deleted in another window).';

export function getReadinessItem(ws: Workspace, id: string): ReadinessItem {
  const r = recordOf(ws.readiness, id);
  if (!r) throw new CommandError(GONE);
  return r;
}

/** The lines asked for, each once, in the order given; refused when one is gone. */
function linesOf(ws: Workspace, ids: readonly string[]): ReadinessItem[] {
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw new CommandError('Select at least one readiness item.');
  const lines = unique.map((id) => recordOf(ws.readiness, id));
  const missing = lines.filter((r) => !r).length;
  if (missing)
    throw new CommandError(
      missing === unique.length
        ? unique.length === 1
          ? GONE
          : 'Those readiness items no longer exist (they may have been deleted in another window).'
        : `${missing} of the selected readiness items no longer exist (deleted in another window?); nothing was changed.`,
    );
  return lines as ReadinessItem[];
}

/** Parses a line and refuses references the integrity rules refuse, with their messages. */
function validLine(ws: Workspace, candidate: ReadinessItem): ReadinessItem {
  const line = parseOrThrow(readinessItemSchema, candidate);
  const issues = readinessIssues(ws, line);
  if (issues.length) throw new ValidationError(issues.map(({ path, message }) => ({ path, message })));
  return line;
}

/** The lines of one function of one item, in rank order (the line `except` left out). */
function functionLines(ws: Workspace, itemId: string, functionId: string, except?: string): ReadinessItem[] {
  return readinessOf(ws, itemId)
    .filter((r) => r.functionId === functionId && r.id !== except)
    .sort(byRank);
}

const quoted = (r: ReadinessItem) => `“${r.title}”`;
/** "“Docs published”" for one line, "3 readiness items" for more. */
const nameOf = (lines: readonly ReadinessItem[]) =>
  lines.length === 1 ? quoted(lines[0]!) : `${lines.length} readiness items`;

export function addReadinessItem(
  ws: Workspace,
  itemId: string,
  fields: Partial<ReadinessFields> & Pick<ReadinessFields, 'functionId' | 'title'>,
  ctx: CommandContext,
): { change: Change; id: string } {
  const item = recordOf(ws.items, itemId);
  if (!item)
    throw new CommandError('That launch item no longer exists (it may have been deleted in another window).');
  const id = ctx.newId();
  const line = validLine(ws, {
    ownerId: null,
    due: null,
    status: 'not-started',
    evidence: '',
    requiredSignOff: false,
    ...fields,
    id,
    itemId,
    // New lines go to the foot of their function.
    rank: rankAfterAll(functionLines(ws, itemId, fields.functionId).map((r) => r.rank)),
    updatedAt: ctx.now,
  });
  const change = new ChangeBuilder(ws)
    .put('readiness', line)
    .build(`Add ${quoted(line)} to the checklist of “${item.title}”`);
  return { change, id };
}

export function updateReadinessItem(
  ws: Workspace,
  id: string,
  patch: Partial<ReadinessFields>,
  ctx: CommandContext,
): Change {
  const current = getReadinessItem(ws, id);
  const candidate: ReadinessItem = { ...current, ...patch, id, updatedAt: ctx.now };
  // Moving to another function appends to it.
  if (patch.functionId !== undefined && patch.functionId !== current.functionId)
    candidate.rank = rankAfterAll(functionLines(ws, current.itemId, patch.functionId).map((r) => r.rank));
  const line = validLine(ws, candidate);
  const { updatedAt: _a, ...before } = current;
  const { updatedAt: _b, ...after } = line;
  if (deepEqual(before, after)) return { label: 'No change', ops: [] };
  return new ChangeBuilder(ws).put('readiness', line).build(`Edit ${quoted(line)}`);
}

/**
 * Sets the status of many lines. Done needs evidence: `evidence` (a link or a note) is written
 * to the lines that have none, and lines that already have theirs keep it. Without it, a line
 * with no evidence is refused (ValidationError on 'evidence'), nothing changed: the UI asks.
 */
export function setReadinessStatus(
  ws: Workspace,
  ids: readonly string[],
  status: ReadinessStatus,
  ctx: CommandContext,
  evidence?: string,
): Change {
  const lines = linesOf(ws, ids);
  const proof = evidence?.trim() ?? '';
  const builder = new ChangeBuilder(ws);
  const lacking: ReadinessItem[] = [];
  for (const r of lines) {
    const needsProof = status === 'done' && r.evidence.trim() === '';
    if (r.status === status && !(needsProof && proof)) continue;
    if (needsProof && !proof) {
      lacking.push(r);
      continue;
    }
    const line = { ...r, status, evidence: needsProof ? proof : r.evidence, updatedAt: ctx.now };
    builder.put('readiness', validLine(ws, line));
  }
  if (lacking.length)
    throw new ValidationError([
      {
        path: 'evidence',
        message: `Add an evidence link or note before marking ${nameOf(lacking)} done`,
      },
    ]);
  const label =
    status === 'done'
      ? `Mark ${nameOf(lines)} done`
      : `Set ${nameOf(lines)} to ${READINESS_STATUS_LABELS[status]}`;
  return builder.build(label);
}

/** Gives many lines one owner (someone in People), or none. */
export function setReadinessOwner(
  ws: Workspace,
  ids: readonly string[],
  ownerId: string | null,
  ctx: CommandContext,
): Change {
  const lines = linesOf(ws, ids);
  const owner = ownerId === null ? null : recordOf(ws.people, ownerId);
  if (ownerId !== null && !owner)
    throw new CommandError(
      'That person is no longer in People (they may have been removed in another window).',
    );
  const builder = new ChangeBuilder(ws);
  for (const r of lines)
    if (r.ownerId !== ownerId) builder.put('readiness', validLine(ws, { ...r, ownerId, updatedAt: ctx.now }));
  return builder.build(owner ? `Assign ${nameOf(lines)} to ${owner.name}` : `Unassign ${nameOf(lines)}`);
}

export function deleteReadinessItems(ws: Workspace, ids: readonly string[]): Change {
  const lines = linesOf(ws, ids);
  const builder = new ChangeBuilder(ws);
  for (const r of lines) builder.delete('readiness', r.id);
  return builder.build(`Delete ${nameOf(lines)}`);
}

/** Where a line goes: a function of its launch item, between two of that function's lines. */
export interface ReadinessMoveTarget {
  functionId: string;
  /** The line it goes after (null: no line given on that side). */
  afterId: string | null;
  /** The line it goes before. */
  beforeId: string | null;
}

/**
 * Moves a line within its function or into another one (of the same launch item). Only the
 * moved line is written: it gets a rank between its new neighbours (fractional ranks). With
 * `ctx` its stamp is updated too. Returns an empty change when it would stay where it is.
 */
export function moveReadinessItem(
  ws: Workspace,
  id: string,
  target: ReadinessMoveTarget,
  ctx?: CommandContext,
): Change {
  const line = getReadinessItem(ws, id);
  const fn = settingsOf(ws).functions.find((f) => f.id === target.functionId);
  if (!fn) throw new CommandError('That readiness function no longer exists.');
  const others = functionLines(ws, line.itemId, target.functionId, id);
  const neighbour = (nid: string | null) => (nid ? others.find((r) => r.id === nid) : undefined);
  const after = neighbour(target.afterId);
  const before = neighbour(target.beforeId);
  let at = others.length;
  if (after) at = others.indexOf(after) + 1;
  else if (before) at = others.indexOf(before);
  const lower = others[at - 1]?.rank ?? null;
  const upper = others[at]?.rank ?? null;
  const sameFunction = target.functionId === line.functionId;
  // Already between those neighbours: nothing to write.
  const inPlace =
    sameFunction &&
    (lower === null || lower < line.rank || (lower === line.rank && others[at - 1]!.id < line.id)) &&
    (upper === null || line.rank < upper || (upper === line.rank && line.id < others[at]!.id));
  if (inPlace) return { label: 'No change', ops: [] };
  // Neighbours that share a rank (two windows ranked at once) leave no room between them: the
  // line then goes after the tied lines, before the next rank above them.
  const rank =
    lower !== null && lower === upper
      ? rankBetween(lower, others.find((r) => r.rank > lower)?.rank ?? null)
      : rankBetween(lower, upper);
  const moved = validLine(ws, {
    ...line,
    functionId: target.functionId,
    rank,
    updatedAt: ctx?.now ?? line.updatedAt,
  });
  const label = sameFunction ? `Reorder ${quoted(line)}` : `Move ${quoted(line)} to ${fn.name}`;
  return new ChangeBuilder(ws).put('readiness', moved).build(label);
}
