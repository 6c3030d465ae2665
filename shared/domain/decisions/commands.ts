/**
 * Commands on go/no-go decisions: recorded against a launch item, and read by the gate. A
 * decision names who took it and is dated today or earlier: a Go typed with a day years ahead
 * would otherwise sit there, waiting to open the gate on its own.
 */
import { formatDay } from '../../dates/days';
import { ChangeBuilder, type Change } from '../change';
import { todayOf, type CommandContext } from '../context';
import { CommandError, ValidationError, issuesFromZod, type FieldIssue } from '../errors';
import { planningDayIssues } from '../planning-range';
import { DECISION_LABELS, decisionSchema, reevaluateIssue, type Decision } from './schema';
import type { Workspace } from '../workspace';

export type DecisionFields = Omit<Decision, 'id' | 'itemId' | 'recordedAt'>;

export { DECISION_LABELS };

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
  const parsed = decisionSchema.safeParse({
    ...fields,
    riskAcceptedBy: fields.outcome === 'conditional-go' ? fields.riskAcceptedBy : '',
    conditions: fields.outcome === 'no-go' ? '' : fields.conditions,
    reevaluateOn: fields.outcome === 'no-go' ? fields.reevaluateOn : null,
    id,
    itemId,
    recordedAt: ctx.now,
  });
  // Every problem at once: a missing name and a day in the future are both shown.
  const issues: FieldIssue[] = parsed.success ? [] : issuesFromZod(parsed.error);
  const today = todayOf(ctx);
  if (
    typeof fields.decidedOn === 'string' &&
    fields.decidedOn > today &&
    !issues.some((i) => i.path === 'decidedOn')
  )
    issues.push({
      path: 'decidedOn',
      message: `A decision cannot be dated after today (${formatDay(today)})`,
    });
  const reevaluate = fields.outcome === 'no-go' ? reevaluateIssue(fields) : null;
  if (reevaluate && !issues.some((i) => i.path === 'reevaluateOn'))
    issues.push({ path: 'reevaluateOn', message: reevaluate });
  // The planning range (2000–2100), as every command that writes a day applies it.
  if (parsed.success)
    for (const { path, message } of planningDayIssues('decisions', parsed.data))
      if (!issues.some((i) => i.path === path)) issues.push({ path, message });
  if (issues.length || !parsed.success) throw new ValidationError(issues);
  const decision = parsed.data;
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
