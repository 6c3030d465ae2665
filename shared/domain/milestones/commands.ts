/**
 * Commands on milestones: dated markers on a launch item (a code freeze, a press day). Each is
 * one undoable Change; the record is judged by its schema and by the integrity rules an import
 * runs too (its launch item exists, its day lies in the planning range). Deleting an item
 * deletes its milestones (items/commands.ts).
 */
import { ChangeBuilder, type Change } from '../change';
import type { CommandContext } from '../context';
import { formatDay } from '../../dates/days';
import { CommandError, ValidationError, parseOrThrow } from '../errors';
import { milestoneIssues } from '../integrity';
import { recordOf, type Workspace } from '../workspace';
import { milestoneSchema, type Milestone } from './schema';

export type MilestoneFields = Omit<Milestone, 'id'>;

function getMilestone(ws: Workspace, id: string): Milestone {
  const milestone = recordOf(ws.milestones, id);
  if (!milestone)
    throw new CommandError('That milestone no longer exists (it may have been deleted in another window).');
  return milestone;
}

function checked(ws: Workspace, candidate: unknown): Milestone {
  const milestone = parseOrThrow(milestoneSchema, candidate);
  const issues = milestoneIssues(ws, milestone);
  if (issues.length) throw new ValidationError(issues.map(({ path, message }) => ({ path, message })));
  return milestone;
}

export function createMilestone(
  ws: Workspace,
  fields: MilestoneFields,
  ctx: CommandContext,
): { change: Change; id: string } {
  const id = ctx.newId();
  const milestone = checked(ws, { ...fields, id });
  const change = new ChangeBuilder(ws)
    .put('milestones', milestone)
    .build(`Add milestone “${milestone.title}” on ${formatDay(milestone.date)}`);
  return { change, id };
}

export function updateMilestone(
  ws: Workspace,
  id: string,
  fields: Partial<MilestoneFields>,
  label?: string,
): Change {
  const current = getMilestone(ws, id);
  const milestone = checked(ws, { ...current, ...fields, id });
  const moved = milestone.date !== current.date && milestone.title === current.title;
  return new ChangeBuilder(ws)
    .put('milestones', milestone)
    .build(
      label ??
        (moved
          ? `Move milestone “${milestone.title}” to ${formatDay(milestone.date)}`
          : `Edit milestone “${milestone.title}”`),
    );
}

export function deleteMilestone(ws: Workspace, id: string): Change {
  const current = getMilestone(ws, id);
  return new ChangeBuilder(ws).delete('milestones', id).build(`Delete milestone “${current.title}”`);
}
