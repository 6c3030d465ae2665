/** Commands on go/no-go decisions: recorded against a launch item, and read by the gate. */
import { ChangeBuilder, type Change } from '../change';
import type { CommandContext } from '../context';
import { CommandError, parseOrThrow } from '../errors';
import { decisionSchema, type Decision } from './schema';
import type { Workspace } from '../workspace';

export type DecisionFields = Omit<Decision, 'id' | 'itemId' | 'recordedAt'>;

export const DECISION_LABELS: Record<Decision['outcome'], string> = {
  go: 'Go',
  'conditional-go': 'Conditional go',
  'no-go': 'No-go',
};

export function recordDecision(
  ws: Workspace,
  itemId: string,
  fields: DecisionFields,
  ctx: CommandContext,
): { change: Change; id: string } {
  const item = ws.items[itemId];
  if (!item) throw new CommandError('That launch item no longer exists.');
  const id = ctx.newId();
  // Fields that do not apply to the outcome are cleared, so a stale one is never stored.
  const decision = parseOrThrow(decisionSchema, {
    ...fields,
    riskAcceptedBy: fields.outcome === 'conditional-go' ? fields.riskAcceptedBy : '',
    conditions: fields.outcome === 'no-go' ? '' : fields.conditions,
    reevaluateOn: fields.outcome === 'no-go' ? fields.reevaluateOn : null,
    id,
    itemId,
    recordedAt: ctx.now,
  });
  return {
    change: new ChangeBuilder(ws)
      .put('decisions', decision)
      .build(`Record ${DECISION_LABELS[decision.outcome]} for “${item.title}”`),
    id,
  };
}

export function deleteDecision(ws: Workspace, id: string): Change {
  const decision = ws.decisions[id];
  if (!decision) throw new CommandError('That decision no longer exists.');
  const title = ws.items[decision.itemId]?.title ?? 'a deleted item';
  return new ChangeBuilder(ws)
    .delete('decisions', id)
    .build(`Delete the ${DECISION_LABELS[decision.outcome]} decision for “${title}”`);
}
