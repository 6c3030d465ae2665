/** Commands on blackout windows. */
import { ChangeBuilder, type Change } from '../change';
import type { CommandContext } from '../context';
import { CommandError, ValidationError, parseOrThrow } from '../errors';
import { blackoutSchema, type BlackoutWindow } from './schema';
import { blackoutIssues } from '../integrity';
import { recordOf, type Workspace } from '../workspace';

export type BlackoutFields = Omit<BlackoutWindow, 'id'>;

/** The integrity rules an import runs too (integrity.ts): known regions, each listed once. */
function checkRegions(ws: Workspace, window: BlackoutWindow): void {
  const issues = blackoutIssues(ws, window);
  if (issues.length) throw new ValidationError(issues.map(({ path, message }) => ({ path, message })));
}

export function createBlackout(
  ws: Workspace,
  fields: BlackoutFields,
  ctx: CommandContext,
): { change: Change; id: string } {
  const id = ctx.newId();
  const window = parseOrThrow(blackoutSchema, { ...fields, id });
  checkRegions(ws, window);
  return {
    change: new ChangeBuilder(ws).put('blackouts', window).build(`Add blackout “${window.title}”`),
    id,
  };
}

export function updateBlackout(ws: Workspace, id: string, fields: Partial<BlackoutFields>): Change {
  const current = recordOf(ws.blackouts, id);
  if (!current) throw new CommandError('That blackout window no longer exists.');
  const window = parseOrThrow(blackoutSchema, { ...current, ...fields, id });
  checkRegions(ws, window);
  return new ChangeBuilder(ws).put('blackouts', window).build(`Edit blackout “${window.title}”`);
}

export function deleteBlackout(ws: Workspace, id: string): Change {
  const current = recordOf(ws.blackouts, id);
  if (!current) throw new CommandError('That blackout window no longer exists.');
  return new ChangeBuilder(ws).delete('blackouts', id).build(`Delete blackout “${current.title}”`);
}
