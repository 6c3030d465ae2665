/**
 * Commands on launch items. Each is pure: (workspace, arguments, context) → Change, or a
 * ValidationError / CommandError with nothing changed.
 */
import { ChangeBuilder, type Change } from '../change';
import { todayOf, type CommandContext } from '../context';
import { deepEqual } from '../equal';
import { GateError, gateFor } from './gate';
import { CommandError, ValidationError, parseOrThrow } from '../errors';
import { itemIssues, itemLoopIssues } from '../integrity';
import { launchItemSchema, type LaunchItem, type LaunchItemFields } from './schema';
import { rankAfterAll } from '../ranks';
import { recordOf, settingsOf, type Workspace } from '../workspace';
import { childrenByParent, decisionsByItem, dependantsByItem, milestonesByItem } from '../../views/indexes';
import { exitCriteriaByBeta, participantsByBeta } from '../../views/betas';
import { readinessOf } from '../../views/readiness';

export function defaultItemFields(ws: Workspace): LaunchItemFields {
  const settings = settingsOf(ws);
  return {
    kind: 'launch',
    title: '',
    summary: '',
    productArea: '',
    tier: 2,
    stageId: settings.stages[0]!.id,
    ownerId: null,
    approverIds: [],
    startDate: null,
    launchDate: null,
    endDate: null,
    regions: [],
    parentId: null,
    dependsOn: [],
    healthOverride: null,
    tags: [],
    links: [],
    archived: false,
  };
}

export function getItem(ws: Workspace, id: string): LaunchItem {
  const item = recordOf(ws.items, id);
  if (!item)
    throw new CommandError('That launch item no longer exists (it may have been deleted in another window).');
  return item;
}

function rankAtEndOf(ws: Workspace, stageId: string): string {
  return rankAfterAll(
    Object.values(ws.items)
      .filter((i) => i.stageId === stageId)
      .map((i) => i.rank),
  );
}

/**
 * Refuses an item whose references the workspace's integrity rules refuse (integrity.ts, the
 * same rules an import runs): unknown stage, owner, approvers or regions, a missing parent or
 * dependency, a parent or dependency loop.
 */
function checkReferences(ws: Workspace, item: LaunchItem): void {
  const issues = [...itemIssues(ws, item), ...itemLoopIssues(ws, item)];
  if (issues.length) throw new ValidationError(issues.map(({ path, message }) => ({ path, message })));
}

export function createItem(
  ws: Workspace,
  fields: Partial<LaunchItemFields>,
  ctx: CommandContext,
): { change: Change; id: string } {
  const merged = { ...defaultItemFields(ws), ...fields };
  const id = ctx.newId();
  const item = parseOrThrow(launchItemSchema, {
    ...merged,
    id,
    rank: rankAtEndOf(ws, merged.stageId),
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  checkReferences(ws, item);
  // Quick add into a column at or after the gate: a new item has no decision and no checklist,
  // so the gate judges it by its tier alone.
  const gate = gateFor(ws, item, null, item.stageId, todayOf(ctx));
  if (!gate.allowed) throw new GateError(gate.reason!);
  const change = new ChangeBuilder(ws).put('items', item).build(`Create “${item.title}”`);
  return { change, id };
}

export function updateItem(
  ws: Workspace,
  id: string,
  patch: Partial<LaunchItemFields>,
  ctx: CommandContext,
  label?: string,
): Change {
  const current = getItem(ws, id);
  const candidate: LaunchItem = { ...current, ...patch, id, updatedAt: ctx.now };
  // Moving to another stage appends to it, so the item lands at the foot of its new column.
  if (patch.stageId && patch.stageId !== current.stageId) candidate.rank = rankAtEndOf(ws, patch.stageId);
  const item = parseOrThrow(launchItemSchema, candidate);
  checkReferences(ws, item);
  // The go/no-go gate holds whichever way an item heads past it (the Stage field too), judged
  // on the edited item: a tier changed in the same edit counts.
  const gate = gateFor(ws, item, current.stageId, item.stageId, todayOf(ctx));
  if (!gate.allowed) throw new GateError(gate.reason!);
  const { updatedAt: _a, ...before } = current;
  const { updatedAt: _b, ...after } = item;
  // An edit that changes nothing is no change (and no undo step).
  if (deepEqual(before, after)) return { label: 'No change', ops: [] };
  return new ChangeBuilder(ws).put('items', item).build(label ?? `Edit “${item.title}”`);
}

export function setArchived(ws: Workspace, id: string, archived: boolean, ctx: CommandContext): Change {
  const item = getItem(ws, id);
  return updateItem(ws, id, { archived }, ctx, `${archived ? 'Archive' : 'Restore'} “${item.title}”`);
}

/**
 * The waves deleted with item `id`: the rollouts beneath it, and theirs. A wave exists only
 * for its launch; left behind without it, it would become a stand-alone Tier-1 rollout that
 * keeps its wave number and counts as a launch of its own against capacity.
 */
export function wavesDeletedWith(ws: Workspace, id: string): LaunchItem[] {
  const children = childrenByParent(ws);
  const seen = new Set([id]);
  const waves: LaunchItem[] = [];
  for (let queue = [id]; queue.length;) {
    const next: string[] = [];
    for (const parentId of queue)
      for (const child of children.get(parentId) ?? [])
        if (child.kind === 'rollout' && !seen.has(child.id)) {
          seen.add(child.id);
          waves.push(child);
          next.push(child.id);
        }
    queue = next;
  }
  return waves;
}

/**
 * Deletes an item and its waves (wavesDeletedWith) with everything that only exists for them
 * (readiness items, milestones, decisions, a beta's participants and exit criteria) and
 * unhooks everything that merely points at them (other children such as betas, dependants,
 * feedback), so no reference is left dangling. Undo brings all of it back.
 */
export function deleteItem(ws: Workspace, id: string, ctx: CommandContext): Change {
  const item = getItem(ws, id);
  const deleted = [item, ...wavesDeletedWith(ws, id)];
  const gone = new Set(deleted.map((d) => d.id));
  const builder = new ChangeBuilder(ws);
  const linked = new Map<string, LaunchItem>();
  for (const { id: deletedId } of deleted) {
    builder.delete('items', deletedId);
    for (const r of readinessOf(ws, deletedId)) builder.delete('readiness', r.id);
    for (const m of milestonesByItem(ws).get(deletedId) ?? []) builder.delete('milestones', m.id);
    for (const d of decisionsByItem(ws).get(deletedId) ?? []) builder.delete('decisions', d.id);
    for (const p of participantsByBeta(ws).get(deletedId) ?? []) builder.delete('participants', p.id);
    for (const c of exitCriteriaByBeta(ws).get(deletedId) ?? []) builder.delete('exitCriteria', c.id);
    for (const other of [
      ...(childrenByParent(ws).get(deletedId) ?? []),
      ...(dependantsByItem(ws).get(deletedId) ?? []),
    ])
      if (!gone.has(other.id)) linked.set(other.id, other);
  }
  for (const f of Object.values(ws.feedback))
    if (f.itemId !== null && gone.has(f.itemId)) builder.put('feedback', { ...f, itemId: null });
  for (const other of linked.values())
    builder.put('items', {
      ...other,
      parentId: other.parentId !== null && gone.has(other.parentId) ? null : other.parentId,
      dependsOn: other.dependsOn.filter((dep) => !gone.has(dep)),
      updatedAt: ctx.now,
    });
  return builder.build(`Delete “${item.title}”`);
}
