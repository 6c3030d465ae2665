/**
 * Moving a launch moves what belongs to it. When an item's anchor day moves (its launch day,
 * or its start when it has no launch day), its milestones, its child waves (kind rollout) and
 * child betas — with their own milestones and children, all the way down — can move by the
 * same number of days, in the one Change of the edit (one undo step). A resize that leaves the
 * anchor where it was moves nothing. Readiness lines due at a T-offset follow the launch day
 * by themselves (readiness/rules.ts); lines due on a fixed day stay.
 *
 * Every shifted record goes through its own command (updateItem, updateMilestone), so it meets
 * the same rules as an edit: references, the planning range. Stored parent loops are walked
 * once (each item is visited at most once), so a damaged workspace never hangs the move.
 */
import { addDays, daysBetween, type Day } from '../../dates/days';
import { applyChange, squash, type Change } from '../change';
import type { CommandContext } from '../context';
import { CommandError, ValidationError } from '../errors';
import { updateMilestone } from '../milestones/commands';
import type { Milestone } from '../milestones/schema';
import type { Workspace } from '../workspace';
import { childrenByParent, milestonesByItem } from '../../views/indexes';
import { getItem, updateItem } from './commands';
import type { LaunchItem, LaunchItemFields } from './schema';

type Dated = Pick<LaunchItemFields, 'startDate' | 'launchDate' | 'endDate'>;

/** The day a move is measured by: the launch day, or the start when there is none. */
export function anchorOf(item: Dated): Day | null {
  return item.launchDate ?? item.startDate;
}

/**
 * How many days the anchor moved from `before` to `after`: 0 when it did not, or when there
 * was no anchor on either side (a first date set, or one cleared, is not a move).
 */
export function anchorShift(before: Dated, after: Dated): number {
  if (before.launchDate && after.launchDate) return daysBetween(before.launchDate, after.launchDate);
  if (before.launchDate || after.launchDate) return 0;
  return before.startDate && after.startDate ? daysBetween(before.startDate, after.startDate) : 0;
}

/** What belongs to an item and moves with it. */
export interface Dependants {
  /** Child waves and betas, and theirs, in the order met (nearest first). */
  items: LaunchItem[];
  /** The milestones of the item and of every item above. */
  milestones: Milestone[];
  counts: { milestones: number; waves: number; betas: number };
}

/** Kinds that belong to their parent and move with it. */
const FOLLOWS_PARENT: ReadonlySet<LaunchItem['kind']> = new Set(['rollout', 'beta']);

/** What would move with item `itemId`: milestones, child waves and betas (not archived ones), recursively. */
export function dependantsToShift(ws: Workspace, itemId: string): Dependants {
  const children = childrenByParent(ws);
  const milestones = milestonesByItem(ws);
  const seen = new Set<string>([itemId]);
  const items: LaunchItem[] = [];
  const marks: Milestone[] = [...(milestones.get(itemId) ?? [])];
  // Breadth first over the parent links; `seen` stops a stored loop.
  for (let queue = [itemId]; queue.length;) {
    const next: string[] = [];
    for (const parentId of queue)
      for (const child of children.get(parentId) ?? []) {
        // An archived wave or beta is out of the plan: moving it would rewrite a record nobody
        // sees (and "with 3 waves" would count it). It keeps its last days; restored, it is
        // moved like any other. Its own waves and betas stay with it.
        if (seen.has(child.id) || !FOLLOWS_PARENT.has(child.kind) || child.archived) continue;
        seen.add(child.id);
        items.push(child);
        marks.push(...(milestones.get(child.id) ?? []));
        next.push(child.id);
      }
    queue = next;
  }
  // An item without dates does not move (its milestones still do): it is not counted.
  const dated = items.filter((i) => i.startDate || i.launchDate || i.endDate);
  return {
    items,
    milestones: marks,
    counts: {
      milestones: marks.length,
      waves: dated.filter((i) => i.kind === 'rollout').length,
      betas: dated.filter((i) => i.kind === 'beta').length,
    },
  };
}

export function hasDependants(d: Dependants): boolean {
  return d.counts.milestones + d.counts.waves + d.counts.betas > 0;
}

const counted = (n: number, one: string, many: string) => (n === 1 ? `a ${one}` : `${n} ${many}`);

/** "3 milestones, 2 waves and a beta" (empty when nothing moves). */
export function describeDependants({ counts }: Pick<Dependants, 'counts'>): string {
  const parts = [
    counts.milestones ? counted(counts.milestones, 'milestone', 'milestones') : '',
    counts.waves ? counted(counts.waves, 'wave', 'waves') : '',
    counts.betas ? counted(counts.betas, 'beta', 'betas') : '',
  ].filter(Boolean);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
}

const shifted = (day: Day | null, days: number) => (day ? addDays(day, days) : null);

/** Runs one dependant's command; a refusal names the record it is about. */
function shiftOne(name: string, command: () => Change): Change {
  try {
    return command();
  } catch (error) {
    if (error instanceof ValidationError)
      throw new CommandError(`“${name}” cannot move with it: ${error.issues[0]?.message ?? 'refused'}.`);
    throw error;
  }
}

/**
 * Edits item `itemId` with `patch` and, with `withDependants`, moves what belongs to it by as
 * many days as its anchor moved — one Change. `label` names the edit ("Move “Checkout v2”");
 * when dependants move it gains " with 3 milestones and a wave".
 */
export function updateItemWithDependants(
  ws: Workspace,
  itemId: string,
  patch: Partial<LaunchItemFields>,
  ctx: CommandContext,
  options: { withDependants: boolean; label?: string },
): Change {
  const current = getItem(ws, itemId);
  const edit = updateItem(ws, itemId, patch, ctx, options.label);
  const days = anchorShift(current, { ...current, ...patch });
  if (!options.withDependants || days === 0) return edit;
  const dependants = dependantsToShift(ws, itemId);
  if (!hasDependants(dependants)) return edit;
  const after = applyChange(ws, edit);
  let change = edit;
  for (const item of dependants.items) {
    const dates = {
      startDate: shifted(item.startDate, days),
      launchDate: shifted(item.launchDate, days),
      endDate: shifted(item.endDate, days),
    };
    change = squash(
      change,
      shiftOne(item.title, () => updateItem(after, item.id, dates, ctx)),
    );
  }
  for (const m of dependants.milestones)
    change = squash(
      change,
      shiftOne(m.title, () => updateMilestone(after, m.id, { date: addDays(m.date, days) })),
    );
  const base = options.label ?? `Move “${current.title}”`;
  return { ...change, label: `${base} with ${describeDependants(dependants)}` };
}

/** Sets an item's dates, moving what belongs to it when asked (see updateItemWithDependants). */
export function shiftItemWithDependants(
  ws: Workspace,
  itemId: string,
  dates: Dated,
  ctx: CommandContext,
  options: { withDependants: boolean; label?: string },
): Change {
  return updateItemWithDependants(ws, itemId, dates, ctx, options);
}
