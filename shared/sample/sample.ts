/**
 * The sample workspace offered on first run: a realistic portfolio with betas, regional
 * rollouts, readiness checklists, milestones, blackout windows, people and feedback. Every
 * date is relative to `today`, so the sample never looks stale. Deterministic for a given day.
 * The launch items are in launches.ts, their checklists in readiness.ts.
 */
import { addDays, type Day } from '../dates/days';
import { defaultPlaybooks } from '../domain/playbooks/defaults';
import { defaultSettings } from '../domain/settings/defaults';
import { emptyTables, type Workspace } from '../domain/workspace';
import { addBetaRecords } from './betas';
import { addCapacityConflict } from './collisions';
import { addFeedbackSample } from './feedback';
import { addLaunches } from './launches';
import { addReadiness } from './readiness';

const PEOPLE = [
  ['maya', 'Maya Chen', 'Product Operations', 'Launch lead', 'NA'],
  ['tomas', 'Tomás Alvarez', 'Product', 'Product manager', 'LATAM'],
  ['priya', 'Priya Raman', 'Engineering', 'Engineering manager', 'APAC'],
  ['jonas', 'Jonas Becker', 'Support', 'Support operations', 'EU'],
  ['aisha', 'Aisha Okafor', 'Legal', 'Product counsel', 'UK'],
  ['kenji', 'Kenji Sato', 'Go-to-market', 'Regional GTM lead', 'JP'],
  ['elena', 'Elena Rossi', 'Marketing', 'Product marketing', 'EU'],
  ['sam', 'Sam Patel', 'Sales', 'Sales enablement', 'NA'],
] as const;

export function sampleWorkspace(today: Day, now: string): Workspace {
  const ws = emptyTables();
  const t = (offset: number) => addDays(today, offset);
  ws.settings.workspace = defaultSettings('Sample launches');
  for (const playbook of defaultPlaybooks()) ws.playbooks[playbook.id] = playbook;
  for (const [id, name, team, role, region] of PEOPLE)
    ws.people[`sample-${id}`] = {
      id: `sample-${id}`,
      name,
      team,
      role,
      region,
      email: `${id}@example.com`,
    };
  addLaunches(ws, today, now);
  addCapacityConflict(ws, today, now);
  addReadiness(ws, today, now);
  addBetaRecords(ws, today, now);

  const milestones: [string, string, string, number][] = [
    ['m1', 'sample-payment-links', 'Pricing approved', -7],
    ['m2', 'sample-payment-links', 'Press embargo lifts', 21],
    ['m3', 'sample-usage-billing', 'Beta exit review', 28],
    ['m4', 'sample-usage-billing', 'Invoice templates frozen', 40],
    ['m5', 'sample-team-workspaces', 'Launch webinar', -8],
  ];
  for (const [id, itemId, title, offset] of milestones)
    ws.milestones[`sample-${id}`] = { id: `sample-${id}`, itemId, title, date: t(offset) };

  const blackouts: [string, string, number, number, string[], string][] = [
    ['freeze', 'Company-wide code freeze', 40, 46, [], 'Infrastructure migration; no production launches.'],
    ['offsite', 'APAC team offsite', 73, 77, ['APAC', 'JP'], 'Regional GTM team unavailable.'],
    [
      'peak',
      'Retail peak season',
      100,
      120,
      ['NA', 'EU', 'UK'],
      'Merchants freeze changes during peak trading.',
    ],
  ];
  for (const [id, title, from, to, regions, reason] of blackouts)
    ws.blackouts[`sample-${id}`] = { id: `sample-${id}`, title, start: t(from), end: t(to), regions, reason };

  ws.decisions['sample-decision-teams'] = {
    id: 'sample-decision-teams',
    itemId: 'sample-team-workspaces',
    outcome: 'go',
    decidedBy: 'Maya Chen',
    decidedOn: t(-12),
    conditions: '',
    riskAcceptedBy: '',
    reevaluateOn: null,
    notes: 'All required sign-offs complete; EU wave follows a week later.',
    recordedAt: now,
  };

  const feedback: [
    string,
    string,
    string,
    string,
    'beta' | 'support' | 'sales' | 'account-management',
    number,
    number,
    number,
    string,
  ][] = [
    [
      'f1',
      'Links expire without warning',
      'Northwind Traders',
      'NA',
      'beta',
      3,
      14,
      120000,
      'sample-payment-links-beta',
    ],
    [
      'f2',
      'Need VAT breakdown on receipts',
      'Contoso GmbH',
      'EU',
      'sales',
      4,
      9,
      450000,
      'sample-payment-links',
    ],
    [
      'f3',
      'Usage alerts arrive a day late',
      'Fabrikam',
      'NA',
      'beta',
      3,
      5,
      80000,
      'sample-usage-billing-beta',
    ],
    [
      'f4',
      'Invoices must show yen without decimals',
      'Tanaka Shoji',
      'JP',
      'account-management',
      2,
      3,
      60000,
      'sample-usage-billing',
    ],
    ['f5', 'Audit log export to CSV', 'Litware', 'EU', 'support', 2, 22, 35000, 'sample-team-workspaces'],
  ];
  feedback.forEach(
    ([id, title, account, region, source, severity, accountCount, revenueAtStake, itemId], index) => {
      ws.feedback[`sample-${id}`] = {
        id: `sample-${id}`,
        title,
        detail: '',
        source,
        account,
        region,
        severity,
        accountCount,
        revenueAtStake,
        status: index < 2 ? 'triaged' : 'new',
        itemId,
        createdAt: now,
      };
    },
  );
  addFeedbackSample(ws, now);
  return ws;
}
