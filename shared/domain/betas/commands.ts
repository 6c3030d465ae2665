/**
 * Commands on a beta's own records: its participants (the accounts taking part) and its exit
 * criteria. Each is pure: (workspace, arguments, context) → Change, or a ValidationError /
 * CommandError with nothing changed; each is one undoable step.
 *
 * Participants and criteria are added and edited only on launch items of kind "beta" (a
 * launch or rollout has no participants). Removing them works whatever the item's kind now
 * is, so records left behind by a kind change can still be cleared away.
 */
import { ChangeBuilder, type Change } from '../change';
import { todayOf, type CommandContext } from '../context';
import { deepEqual } from '../equal';
import { CommandError, ValidationError, parseOrThrow } from '../errors';
import { participantIssues } from '../integrity';
import type { LaunchItem } from '../items/schema';
import { rankAfterAll, rankBetween } from '../ranks';
import { recordOf, type Workspace } from '../workspace';
import { exitCriteriaOf } from '../../views/betas';
import {
  EXIT_CRITERION_STATUS_LABELS,
  PARTICIPANT_STATUS_LABELS,
  exitCriterionSchema,
  participantSchema,
  type ExitCriterion,
  type Participant,
} from './schema';

/** What a person sets on a participant; the rest (id, beta, stamps) the commands keep. */
export type ParticipantFields = Pick<
  Participant,
  'account' | 'contact' | 'segment' | 'region' | 'status' | 'joinedOn'
>;
/** What a person sets on an exit criterion. */
export type ExitCriterionFields = Pick<ExitCriterion, 'title' | 'status' | 'evidence'>;

const ITEM_GONE = 'That launch item no longer exists (it may have been deleted in another window).';
const PARTICIPANT_GONE = 'That participant no longer exists (it may have been removed in another window).';
const CRITERION_GONE = 'That exit criterion no longer exists (it may have been removed in another window).';

/** The beta a record is added to or edited on; a launch or rollout is refused by name. */
function betaOf(ws: Workspace, itemId: string, what: string): LaunchItem {
  const item = recordOf(ws.items, itemId);
  if (!item) throw new CommandError(ITEM_GONE);
  if (item.kind !== 'beta')
    throw new CommandError(
      `“${item.title}” is a ${item.kind}, not a beta: only betas have ${what}. Change its kind to Beta first.`,
    );
  return item;
}

/** Parses a participant and refuses what an import would refuse (an unknown region, a day out of range). */
function checkParticipant(ws: Workspace, p: Participant): Participant {
  const parsed = parseOrThrow(participantSchema, p);
  const issues = participantIssues(ws, parsed);
  if (issues.length) throw new ValidationError(issues.map(({ path, message }) => ({ path, message })));
  return parsed;
}

/** Met needs its evidence: said with the criterion's name rather than the schema's generic line. */
function checkCriterion(c: ExitCriterion): ExitCriterion {
  if (c.status === 'met' && c.evidence.trim() === '')
    throw new ValidationError([
      {
        path: 'evidence',
        message: `Add the evidence (a link or a note) before marking “${c.title.trim() || 'this criterion'}” met`,
      },
    ]);
  return parseOrThrow(exitCriterionSchema, c);
}

/** A participant who becomes active without a joined day joined today. */
function withJoinedDay(p: Participant, wasActive: boolean, ctx: CommandContext): Participant {
  return p.status === 'active' && !wasActive && p.joinedOn === null ? { ...p, joinedOn: todayOf(ctx) } : p;
}

// Participants --------------------------------------------------------------------------

export function addParticipant(
  ws: Workspace,
  betaId: string,
  fields: Partial<ParticipantFields> & Pick<ParticipantFields, 'account'>,
  ctx: CommandContext,
): { change: Change; id: string } {
  const beta = betaOf(ws, betaId, 'participants');
  const id = ctx.newId();
  const participant = checkParticipant(
    ws,
    withJoinedDay(
      {
        contact: '',
        segment: '',
        region: null,
        status: 'invited',
        joinedOn: null,
        ...fields,
        id,
        itemId: betaId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      },
      false,
      ctx,
    ),
  );
  const change = new ChangeBuilder(ws)
    .put('participants', participant)
    .build(`Add “${participant.account}” to the beta “${beta.title}”`);
  return { change, id };
}

export function updateParticipant(
  ws: Workspace,
  id: string,
  patch: Partial<ParticipantFields>,
  ctx: CommandContext,
): Change {
  const current = recordOf(ws.participants, id);
  if (!current) throw new CommandError(PARTICIPANT_GONE);
  betaOf(ws, current.itemId, 'participants');
  const participant = checkParticipant(
    ws,
    withJoinedDay({ ...current, ...patch, id, updatedAt: ctx.now }, current.status === 'active', ctx),
  );
  const { updatedAt: _a, ...before } = current;
  const { updatedAt: _b, ...after } = participant;
  if (deepEqual(before, after)) return { label: 'No change', ops: [] };
  const onlyStatus = Object.keys(patch).every((key) => key === 'status' || key === 'joinedOn');
  const label =
    onlyStatus && participant.status !== current.status
      ? `Set “${participant.account}” to ${PARTICIPANT_STATUS_LABELS[participant.status]}`
      : `Edit participant “${participant.account}”`;
  return new ChangeBuilder(ws).put('participants', participant).build(label);
}

export function removeParticipant(ws: Workspace, id: string): Change {
  const current = recordOf(ws.participants, id);
  if (!current) throw new CommandError(PARTICIPANT_GONE);
  return new ChangeBuilder(ws).delete('participants', id).build(`Remove participant “${current.account}”`);
}

// Exit criteria -------------------------------------------------------------------------

export function addExitCriterion(
  ws: Workspace,
  betaId: string,
  fields: Partial<ExitCriterionFields> & Pick<ExitCriterionFields, 'title'>,
  ctx: CommandContext,
): { change: Change; id: string } {
  const beta = betaOf(ws, betaId, 'exit criteria');
  const id = ctx.newId();
  const criterion = checkCriterion({
    status: 'open',
    evidence: '',
    ...fields,
    id,
    itemId: betaId,
    // New criteria go to the foot of the list.
    rank: rankAfterAll(exitCriteriaOf(ws, betaId).map((c) => c.rank)),
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  const change = new ChangeBuilder(ws)
    .put('exitCriteria', criterion)
    .build(`Add exit criterion “${criterion.title}” to “${beta.title}”`);
  return { change, id };
}

export function updateExitCriterion(
  ws: Workspace,
  id: string,
  patch: Partial<ExitCriterionFields>,
  ctx: CommandContext,
): Change {
  const current = recordOf(ws.exitCriteria, id);
  if (!current) throw new CommandError(CRITERION_GONE);
  betaOf(ws, current.itemId, 'exit criteria');
  const criterion = checkCriterion({ ...current, ...patch, id, updatedAt: ctx.now });
  const { updatedAt: _a, ...before } = current;
  const { updatedAt: _b, ...after } = criterion;
  if (deepEqual(before, after)) return { label: 'No change', ops: [] };
  const label =
    criterion.status !== current.status
      ? criterion.status === 'met'
        ? `Mark “${criterion.title}” met`
        : `Set “${criterion.title}” to ${EXIT_CRITERION_STATUS_LABELS[criterion.status]}`
      : `Edit exit criterion “${criterion.title}”`;
  return new ChangeBuilder(ws).put('exitCriteria', criterion).build(label);
}

export function removeExitCriterion(ws: Workspace, id: string): Change {
  const current = recordOf(ws.exitCriteria, id);
  if (!current) throw new CommandError(CRITERION_GONE);
  return new ChangeBuilder(ws).delete('exitCriteria', id).build(`Remove exit criterion “${current.title}”`);
}

/**
 * Moves a criterion one place up or down its beta's list: only it is written, with a rank
 * between its new neighbours. At either end it stays put (no change, no undo step).
 */
export function moveExitCriterion(
  ws: Workspace,
  id: string,
  direction: 'up' | 'down',
  ctx: CommandContext,
): Change {
  const current = recordOf(ws.exitCriteria, id);
  if (!current) throw new CommandError(CRITERION_GONE);
  const list = exitCriteriaOf(ws, current.itemId);
  const at = list.findIndex((c) => c.id === id);
  const to = direction === 'up' ? at - 1 : at + 1;
  if (to < 0 || to >= list.length) return { label: 'No change', ops: [] };
  const others = list.filter((c) => c.id !== id);
  const lower = others[to - 1]?.rank ?? null;
  const upper = others[to]?.rank ?? null;
  // Neighbours sharing a rank (two windows ranked at once) leave no room: go past the tie.
  const rank =
    lower !== null && lower === upper
      ? rankBetween(lower, others.find((c) => c.rank > lower)?.rank ?? null)
      : rankBetween(lower, upper);
  const moved = checkCriterion({ ...current, rank, updatedAt: ctx.now });
  return new ChangeBuilder(ws)
    .put('exitCriteria', moved)
    .build(`Move exit criterion “${current.title}” ${direction}`);
}
