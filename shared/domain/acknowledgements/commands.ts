/**
 * Acknowledging a collision: a lead looks at it, accepts it with a note, and it stops counting
 * against health and the open count until its dates change. Stored under the collision's key
 * with the fingerprint it has now (views/collisions.ts compares them); reopening deletes it.
 */
import { ChangeBuilder, type Change } from '../change';
import type { CommandContext } from '../context';
import { CommandError, parseOrThrow } from '../errors';
import { COLLISION_KIND_LABELS } from '../items/collisions';
import { hasRecord, recordOf, type Workspace } from '../workspace';
import { collisionReport } from '../../views/collisions';
import { acknowledgementSchema } from './schema';

function collisionNamed(ws: Workspace, key: string) {
  const entry = collisionReport(ws).byKey.get(key);
  if (!entry)
    throw new CommandError('That collision is no longer there (its dates changed or it was resolved).');
  return entry.collision;
}

/**
 * Accepts the collision `key` as it is now, with a note saying why. Acknowledging one that was
 * reopened (its dates changed) accepts the new dates.
 */
export function acknowledgeCollision(
  ws: Workspace,
  args: { key: string; note: string; by: string | null },
  ctx: CommandContext,
): Change {
  const collision = collisionNamed(ws, args.key);
  const ack = parseOrThrow(acknowledgementSchema, {
    id: args.key,
    note: args.note,
    fingerprint: collision.fingerprint,
    // "Me" may have been removed from People since this machine remembered them.
    acknowledgedBy: args.by && hasRecord(ws.people, args.by) ? args.by : null,
    acknowledgedAt: ctx.now,
  });
  return new ChangeBuilder(ws)
    .put('acknowledgements', ack)
    .build(`Acknowledge ${COLLISION_KIND_LABELS[collision.kind].toLowerCase()} collision`);
}

/** Changes the note of an acknowledgement; who and when it was accepted stay. */
export function editAcknowledgementNote(ws: Workspace, key: string, note: string): Change {
  const current = recordOf(ws.acknowledgements, key);
  if (!current) throw new CommandError('That collision is not acknowledged (any more).');
  const ack = parseOrThrow(acknowledgementSchema, { ...current, note });
  return new ChangeBuilder(ws).put('acknowledgements', ack).build('Edit acknowledgement note');
}

/** Takes an acknowledgement back: the collision is open again. */
export function reopenCollision(ws: Workspace, key: string): Change {
  if (!recordOf(ws.acknowledgements, key))
    throw new CommandError('That collision is not acknowledged (any more).');
  return new ChangeBuilder(ws).delete('acknowledgements', key).build('Reopen collision');
}
