/**
 * The sample's betas at work: the accounts taking part in each and the exit criteria that say
 * when it is done, with the critical feedback the running preview produced, so the Beta tab
 * shows a health summary worth reading (participants, criteria met, feedback and revenue).
 * The finished preview has its criteria met with evidence; the running one has some open.
 */
import { addDays, type Day } from '../dates/days';
import type { ExitCriterion, ParticipantStatus } from '../domain/betas/schema';
import { rankBetween } from '../domain/ranks';
import type { Workspace } from '../domain/workspace';

type ParticipantSeed = [
  account: string,
  contact: string,
  segment: string,
  region: string,
  status: ParticipantStatus,
  /** Joined this many days from today (null: not joined yet). */
  joined: number | null,
];
type CriterionSeed = [title: string, status: ExitCriterion['status'], evidence: string];

const BETAS: Record<string, { participants: ParticipantSeed[]; criteria: CriterionSeed[] }> = {
  'sample-payment-links-beta': {
    participants: [
      ['Northwind Traders', 'Ana Lima, Head of Payments', 'Mid-market', 'NA', 'graduated', -55],
      ['Contoso GmbH', 'Lukas Meyer', 'Enterprise', 'UK', 'active', -50],
      ['Fourth Coffee', 'Jo Bennett', 'SMB', 'NA', 'active', -48],
      ['Adventure Works', 'Sam Ortiz', 'Mid-market', 'NA', 'dropped', -52],
    ],
    criteria: [
      ['Checkout conversion at or above v1', 'met', 'Conversion dashboard: 4.1 % vs 3.9 % on v1, 30 days'],
      ['Refunds verified with 10 design partners', 'met', 'Refund test log: 10 of 10 partners, no failures'],
      ['Support runbook published', 'met', 'https://wiki.example.com/support/payment-links-v2'],
    ],
  },
  'sample-usage-billing-beta': {
    participants: [
      ['Fabrikam', 'Priya Nair, Billing lead', 'Enterprise', 'NA', 'active', -18],
      ['Wide World Importers', 'Chris Doe', 'Mid-market', 'NA', 'active', -15],
      ['Tailspin Toys', 'Mia Wong', 'SMB', 'NA', 'active', -3],
      ['Proseware', 'Dan Park', 'Mid-market', 'NA', 'invited', null],
    ],
    criteria: [
      ['Invoice totals match metered usage for 30 days', 'open', ''],
      ['Usage alerts arrive within 1 hour', 'missed', ''],
      ['10 accounts active on metered plans', 'open', ''],
    ],
  },
  'sample-team-workspaces-beta': {
    participants: [
      ['Litware', 'Eva Novak', 'Enterprise', 'NA', 'graduated', -40],
      ['Lucerne Publishing', 'Tom Hill', 'Mid-market', 'NA', 'graduated', -38],
    ],
    criteria: [['Audit log covers every role change', 'met', 'Security review sign-off, ticket SEC-412']],
  },
};

/** Adds the betas' participants and exit criteria, and the running preview's critical feedback. */
export function addBetaRecords(ws: Workspace, today: Day, now: string): void {
  for (const [itemId, { participants, criteria }] of Object.entries(BETAS)) {
    if (!ws.items[itemId]) continue;
    participants.forEach(([account, contact, segment, region, status, joined], index) => {
      const id = `${itemId}-participant-${index + 1}`;
      ws.participants[id] = {
        id,
        itemId,
        account,
        contact,
        segment,
        region,
        status,
        joinedOn: joined === null ? null : addDays(today, joined),
        createdAt: now,
        updatedAt: now,
      };
    });
    let rank: string | null = null;
    criteria.forEach(([title, status, evidence], index) => {
      const id = `${itemId}-criterion-${index + 1}`;
      rank = rankBetween(rank, null);
      ws.exitCriteria[id] = { id, itemId, title, status, evidence, rank, createdAt: now, updatedAt: now };
    });
  }
  // What the running preview produced beside the feedback in sample.ts: one critical problem
  // still open, so its health shows what holds it back.
  ws.feedback['sample-f-beta-proration'] = {
    id: 'sample-f-beta-proration',
    title: 'Mid-cycle plan changes are prorated twice',
    detail: 'Upgrading mid-cycle charges the prorated difference on two invoices.',
    source: 'beta',
    account: 'Wide World Importers',
    region: 'NA',
    severity: 4,
    accountCount: 4,
    revenueAtStake: 210000,
    status: 'triaged',
    itemId: 'sample-usage-billing-beta',
    createdAt: now,
  };
}
