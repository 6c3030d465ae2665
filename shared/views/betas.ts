/**
 * Read models of a beta: its participants, its exit criteria (in their rank order) and its
 * health — who takes part, how many exit criteria are met, and what customer feedback the beta
 * produced (open critical feedback, accounts and revenue at stake). Memoised per version of the
 * tables they read (memo.ts). The gate (domain/items/gate.ts) reads the exit criteria from here.
 */
import { addDays, type Day } from '../dates/days';
import {
  PARTICIPANT_STATUSES,
  type ExitCriterion,
  type Participant,
  type ParticipantStatus,
} from '../domain/betas/schema';
import { mergedIntoOf, type Feedback } from '../domain/feedback/schema';
import { byRank } from '../domain/ranks';
import { groupBy, NONE } from './indexes';
import { memoByTables } from './memo';

/** Beta id → its participants, by account name (any case), then id. */
export const participantsByBeta = memoByTables(
  ['participants'],
  (ws): ReadonlyMap<string, readonly Participant[]> => {
    const groups = groupBy(Object.values(ws.participants), (p) => p.itemId);
    for (const list of groups.values())
      list.sort(
        (a, b) =>
          a.account.localeCompare(b.account, 'en', { sensitivity: 'base' }) ||
          (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
    return groups;
  },
);

/** Beta id → its exit criteria, in rank order. */
export const exitCriteriaByBeta = memoByTables(
  ['exitCriteria'],
  (ws): ReadonlyMap<string, readonly ExitCriterion[]> => {
    const groups = groupBy(Object.values(ws.exitCriteria), (c) => c.itemId);
    for (const list of groups.values()) list.sort(byRank);
    return groups;
  },
);

export function participantsOf(
  ws: Parameters<typeof participantsByBeta>[0],
  betaId: string,
): readonly Participant[] {
  return participantsByBeta(ws).get(betaId) ?? NONE;
}

export function exitCriteriaOf(
  ws: Parameters<typeof exitCriteriaByBeta>[0],
  betaId: string,
): readonly ExitCriterion[] {
  return exitCriteriaByBeta(ws).get(betaId) ?? NONE;
}

/** The criteria that hold a beta back: every one not met (open or missed), in rank order. */
export function unmetExitCriteria(criteria: readonly ExitCriterion[]): readonly ExitCriterion[] {
  return criteria.filter((c) => c.status !== 'met');
}

/**
 * Launch item id → its feedback that stands on its own (merged duplicates left out: the record
 * they were merged into counts their accounts and revenue). Grouped here rather than read from
 * launch-page.ts, which reads launch rows: the gate reads this module, and launch rows read the gate.
 */
const ownFeedbackByItem = memoByTables(['feedback'], (ws): ReadonlyMap<string, readonly Feedback[]> => {
  const groups = groupBy(
    Object.values(ws.feedback).filter((f) => mergedIntoOf(f) === null),
    (f) => f.itemId,
  );
  for (const list of groups.values())
    list.sort((a, b) => b.severity - a.severity || b.createdAt.localeCompare(a.createdAt));
  return groups;
});

/** Feedback still to act on: not done and not declined. */
const isOpenFeedback = (f: Feedback) => f.status !== 'done' && f.status !== 'wont-do';
const CRITICAL = 4;

export interface BetaHealth {
  participants: {
    total: number;
    byStatus: Readonly<Record<ParticipantStatus, number>>;
    /** Participants whose joined day is within the last seven days (today included). */
    joinedLastWeek: number;
  };
  criteria: {
    total: number;
    met: number;
    open: readonly ExitCriterion[];
    missed: readonly ExitCriterion[];
    /** Every criterion met, and there is at least one: the beta can show it is done. */
    allMet: boolean;
  };
  feedback: {
    /** The feedback linked to the beta, merged duplicates left out (their primary counts them). */
    linked: readonly Feedback[];
    /** Critical (severity 4) feedback not done and not declined, the newest first. */
    openCritical: readonly Feedback[];
    /** How many accounts the linked feedback affects (each record's account count, summed). */
    accounts: number;
    revenueAtStake: number;
  };
}

/** A beta's health on `today`: participants by status, exit criteria met, feedback it produced. */
export const betaHealth = memoByTables(
  ['participants', 'exitCriteria', 'feedback'],
  (ws, betaId: string, today: Day): BetaHealth => {
    const participants = participantsOf(ws, betaId);
    const byStatus = Object.fromEntries(PARTICIPANT_STATUSES.map((s) => [s, 0])) as Record<
      ParticipantStatus,
      number
    >;
    for (const p of participants) byStatus[p.status] += 1;
    const weekAgo = addDays(today, -6);
    const joinedLastWeek = participants.filter(
      (p) => p.joinedOn !== null && p.joinedOn >= weekAgo && p.joinedOn <= today,
    ).length;

    const criteria = exitCriteriaOf(ws, betaId);
    const met = criteria.filter((c) => c.status === 'met').length;

    const linked = ownFeedbackByItem(ws).get(betaId) ?? NONE;
    return {
      participants: { total: participants.length, byStatus, joinedLastWeek },
      criteria: {
        total: criteria.length,
        met,
        open: criteria.filter((c) => c.status === 'open'),
        missed: criteria.filter((c) => c.status === 'missed'),
        allMet: criteria.length > 0 && met === criteria.length,
      },
      feedback: {
        linked,
        openCritical: linked.filter((f) => f.severity === CRITICAL && isOpenFeedback(f)),
        accounts: linked.reduce((sum, f) => sum + f.accountCount, 0),
        revenueAtStake: linked.reduce((sum, f) => sum + f.revenueAtStake, 0),
      },
    };
  },
);
