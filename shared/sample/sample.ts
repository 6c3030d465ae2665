/**
 * The sample workspace offered on first run: a realistic portfolio with betas, regional
 * rollouts, readiness checklists, milestones, blackout windows, people and feedback. Every
 * date is relative to `today`, so the sample never looks stale. Deterministic for a given day.
 */
import { addDays, type Day } from '../dates/days';
import { defaultPlaybooks } from '../domain/playbooks/defaults';
import { defaultSettings } from '../domain/settings/defaults';
import type { LaunchItem, LaunchItemFields } from '../domain/items/schema';
import type { Kind, Tier } from '../domain/primitives';
import { rankBetween } from '../domain/ranks';
import type { ReadinessItem } from '../domain/readiness/schema';
import { emptyTables, type Workspace } from '../domain/workspace';

type ItemSeed = Partial<LaunchItemFields> & {
  id: string;
  title: string;
  kind: Kind;
  tier: Tier;
  stageId: string;
};

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

  const lastRank = new Map<string, string>();
  const add = (seed: ItemSeed) => {
    const rank = rankBetween(lastRank.get(seed.stageId) ?? null, null);
    lastRank.set(seed.stageId, rank);
    const item: LaunchItem = {
      summary: '',
      productArea: '',
      ownerId: null,
      approverIds: [],
      startDate: null,
      launchDate: null,
      endDate: null,
      regions: [],
      parentId: null,
      dependsOn: [],
      healthOverride: null,
      tags: [],
      links: [],
      archived: false,
      ...seed,
      rank,
      createdAt: now,
      updatedAt: now,
    };
    ws.items[item.id] = item;
    return item;
  };
  const person = (id: string) => `sample-${id}`;

  // 1. A Tier-1 launch three weeks out, in readiness, with a finished beta and two waves.
  const links = add({
    id: 'sample-payment-links',
    title: 'Payment Links v2',
    kind: 'launch',
    tier: 1,
    stageId: 'readiness',
    productArea: 'Payments',
    summary: 'Reusable, branded payment links with subscriptions and tax. Replaces v1 links.',
    ownerId: person('maya'),
    approverIds: [person('tomas'), person('aisha')],
    startDate: t(-70),
    launchDate: t(21),
    regions: ['NA', 'EU', 'UK'],
    tags: ['payments', 'flagship'],
    links: [{ label: 'Launch brief', url: 'https://wiki.example.com/launches/payment-links-v2' }],
  });
  add({
    id: 'sample-payment-links-beta',
    title: 'Payment Links v2 — public preview',
    kind: 'beta',
    tier: 1,
    stageId: 'beta',
    productArea: 'Payments',
    summary: 'Public preview with 40 design partners; exit when checkout conversion ≥ v1.',
    ownerId: person('tomas'),
    startDate: t(-56),
    launchDate: t(-42),
    endDate: t(7),
    regions: ['NA', 'UK'],
    parentId: links.id,
  });
  add({
    id: 'sample-payment-links-na',
    title: 'Payment Links v2 — NA wave',
    kind: 'rollout',
    tier: 1,
    stageId: 'planning',
    productArea: 'Payments',
    summary: 'Ramp 1 → 5 → 25 → 100 % over two weeks.',
    ownerId: person('sam'),
    startDate: t(14),
    launchDate: t(21),
    endDate: t(35),
    regions: ['NA'],
    parentId: links.id,
  });
  add({
    id: 'sample-payment-links-eu',
    title: 'Payment Links v2 — EU & UK wave',
    kind: 'rollout',
    tier: 1,
    stageId: 'planning',
    productArea: 'Payments',
    summary: 'Follows NA once tax handling is verified for EU VAT.',
    ownerId: person('jonas'),
    startDate: t(35),
    launchDate: t(42),
    endDate: t(56),
    regions: ['EU', 'UK'],
    parentId: links.id,
    dependsOn: ['sample-payment-links-na'],
  });

  // 2. A Tier-1 launch still in planning, two months out, beta running now.
  const billing = add({
    id: 'sample-usage-billing',
    title: 'Usage-based billing',
    kind: 'launch',
    tier: 1,
    stageId: 'planning',
    productArea: 'Billing',
    summary: 'Metered pricing with usage alerts and invoice previews.',
    ownerId: person('tomas'),
    approverIds: [person('maya'), person('priya')],
    startDate: t(-30),
    launchDate: t(60),
    regions: ['NA', 'APAC', 'JP'],
    tags: ['billing', 'pricing'],
  });
  add({
    id: 'sample-usage-billing-beta',
    title: 'Usage-based billing — private preview',
    kind: 'beta',
    tier: 1,
    stageId: 'beta',
    productArea: 'Billing',
    summary: 'Private preview with 12 accounts on metered plans.',
    ownerId: person('priya'),
    startDate: t(-20),
    launchDate: t(-5),
    endDate: t(30),
    regions: ['NA'],
    parentId: billing.id,
  });
  add({
    id: 'sample-usage-billing-na',
    title: 'Usage-based billing — NA wave',
    kind: 'rollout',
    tier: 1,
    stageId: 'planning',
    productArea: 'Billing',
    ownerId: person('sam'),
    startDate: t(55),
    launchDate: t(60),
    endDate: t(74),
    regions: ['NA'],
    parentId: billing.id,
  });
  add({
    id: 'sample-usage-billing-apac',
    title: 'Usage-based billing — APAC & Japan wave',
    kind: 'rollout',
    tier: 1,
    stageId: 'planning',
    productArea: 'Billing',
    summary: 'Japan needs localised invoices; planned to land in the offsite week (see collisions).',
    ownerId: person('kenji'),
    startDate: t(70),
    launchDate: t(75),
    endDate: t(90),
    regions: ['APAC', 'JP'],
    parentId: billing.id,
    dependsOn: ['sample-usage-billing-na'],
  });

  // 3. A Tier-2 launch that went out ten days ago and is rolling out region by region.
  const teams = add({
    id: 'sample-team-workspaces',
    title: 'Team workspaces',
    kind: 'launch',
    tier: 2,
    stageId: 'launched',
    productArea: 'Collaboration',
    summary: 'Shared workspaces with roles and audit log.',
    ownerId: person('elena'),
    approverIds: [person('maya')],
    startDate: t(-45),
    launchDate: t(-10),
    regions: ['NA', 'EU', 'LATAM'],
    tags: ['collaboration'],
  });
  add({
    id: 'sample-team-workspaces-beta',
    title: 'Team workspaces — beta',
    kind: 'beta',
    tier: 2,
    stageId: 'retrospective',
    productArea: 'Collaboration',
    ownerId: person('elena'),
    startDate: t(-40),
    launchDate: t(-35),
    endDate: t(-14),
    regions: ['NA'],
    parentId: teams.id,
  });
  add({
    id: 'sample-team-workspaces-eu',
    title: 'Team workspaces — EU wave',
    kind: 'rollout',
    tier: 2,
    stageId: 'rolling-out',
    productArea: 'Collaboration',
    ownerId: person('jonas'),
    startDate: t(-10),
    launchDate: t(-3),
    endDate: t(11),
    regions: ['EU'],
    parentId: teams.id,
  });
  add({
    id: 'sample-team-workspaces-latam',
    title: 'Team workspaces — LATAM wave',
    kind: 'rollout',
    tier: 2,
    stageId: 'readiness',
    productArea: 'Collaboration',
    summary: 'Portuguese and Spanish localisation in review.',
    ownerId: person('tomas'),
    startDate: t(4),
    launchDate: t(9),
    endDate: t(23),
    regions: ['LATAM'],
    parentId: teams.id,
  });

  // 4. A small Tier-3 enhancement, next week.
  add({
    id: 'sample-dark-mode',
    title: 'Dashboard dark mode',
    kind: 'launch',
    tier: 3,
    stageId: 'readiness',
    productArea: 'Dashboard',
    ownerId: person('priya'),
    startDate: t(-14),
    launchDate: t(6),
    regions: ['NA', 'EU', 'UK', 'APAC', 'LATAM', 'JP'],
  });

  addReadiness(ws, today, now);

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
  return ws;
}

/** Checklists from the default playbooks, with statuses that look like real progress. */
function addReadiness(ws: Workspace, today: Day, now: string): void {
  const owners = Object.keys(ws.people);
  let n = 0;
  for (const item of Object.values(ws.items)) {
    const playbook = ws.playbooks[`playbook-${item.kind}-t${item.tier}`];
    if (!playbook || !item.launchDate) continue;
    let rank: string | null = null;
    for (const entry of playbook.entries) {
      n += 1;
      rank = rankBetween(rank, null);
      const due = addDays(item.launchDate, entry.offsetDays);
      const daysLeft = due < today ? -1 : due === today ? 0 : 1;
      let status: ReadinessItem['status'] =
        daysLeft < 0 ? 'done' : daysLeft === 0 ? 'in-progress' : 'not-started';
      // A little trouble so health and blockers have something to show.
      if (item.id === 'sample-payment-links' && entry.functionId === 'legal') status = 'blocked';
      if (item.id === 'sample-team-workspaces-latam' && entry.functionId === 'localisation')
        status = 'in-progress';
      if (item.id === 'sample-usage-billing-beta' && entry.functionId === 'legal') status = 'in-progress';
      const id = `sample-r${n}`;
      ws.readiness[id] = {
        id,
        itemId: item.id,
        functionId: entry.functionId,
        title: entry.title,
        ownerId: owners[n % owners.length]!,
        due: { type: 'offset', days: entry.offsetDays },
        status,
        evidence: status === 'done' ? `https://wiki.example.com/readiness/${id}` : '',
        requiredSignOff: entry.requiredSignOff,
        rank,
        updatedAt: now,
      };
    }
  }
}
