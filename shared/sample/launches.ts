/**
 * The sample's launch items: four launches, each with its beta and regional rollouts. Items
 * start from the same defaults as a new item in the app (defaultItemFields); a beta or a
 * rollout takes its launch's product area, tier and parent link.
 */
import { addDays, type Day } from '../dates/days';
import { defaultItemFields } from '../domain/items/commands';
import type { LaunchItem, LaunchItemFields } from '../domain/items/schema';
import type { Kind } from '../domain/primitives';
import { rankBetween } from '../domain/ranks';
import type { Workspace } from '../domain/workspace';

/** What a sample item sets; the rest is a new item's defaults (tier 2, no owner…). */
type Seed = Partial<LaunchItemFields> & { id: string; title: string; kind: Kind; stageId: string };
/** Start, launch and (for betas and rollouts) end, in days from today. */
type Span = [start: number, launch: number, end?: number];

const person = (id: string) => `sample-${id}`;

/** Adds the sample's launch items to `ws` (which has its settings and people). */
export function addLaunches(ws: Workspace, today: Day, now: string): void {
  const lastRank = new Map<string, string>();
  const add = (seed: Seed, [start, launch, end]: Span) => {
    const rank = rankBetween(lastRank.get(seed.stageId) ?? null, null);
    lastRank.set(seed.stageId, rank);
    const item: LaunchItem = {
      ...defaultItemFields(ws),
      // A wave's facts sit where the schema has them (after the fields, before the id), so the
      // sample exports in the same key order as it reads back.
      ...(seed.wave ? { wave: seed.wave } : {}),
      ...seed,
      startDate: addDays(today, start),
      launchDate: addDays(today, launch),
      endDate: end === undefined ? null : addDays(today, end),
      rank,
      createdAt: now,
      updatedAt: now,
    };
    ws.items[item.id] = item;
    return item;
  };
  /** A beta or rollout beneath `parent`. */
  const child = (parent: LaunchItem, seed: Seed, span: Span) =>
    add({ productArea: parent.productArea, tier: parent.tier, parentId: parent.id, ...seed }, span);

  // 1. A Tier-1 launch three weeks out, in readiness, with a finished beta and two waves.
  const links = add(
    {
      id: 'sample-payment-links',
      title: 'Payment Links v2',
      kind: 'launch',
      tier: 1,
      stageId: 'readiness',
      productArea: 'Payments',
      summary: 'Reusable, branded payment links with subscriptions and tax. Replaces v1 links.',
      ownerId: person('maya'),
      approverIds: [person('tomas'), person('aisha')],
      regions: ['NA', 'EU', 'UK'],
      tags: ['payments', 'flagship'],
      links: [{ label: 'Launch brief', url: 'https://wiki.example.com/launches/payment-links-v2' }],
    },
    [-70, 21],
  );
  child(
    links,
    {
      id: 'sample-payment-links-beta',
      title: 'Payment Links v2 — public preview',
      kind: 'beta',
      stageId: 'beta',
      summary: 'Public preview with 40 design partners; exit when checkout conversion ≥ v1.',
      ownerId: person('tomas'),
      regions: ['NA', 'UK'],
    },
    [-56, -42, 7],
  );
  child(
    links,
    {
      id: 'sample-payment-links-na',
      title: 'Payment Links v2 — NA wave',
      kind: 'rollout',
      stageId: 'planning',
      summary: 'Ramp 1 → 5 → 25 → 100 % over two weeks.',
      ownerId: person('sam'),
      regions: ['NA'],
      wave: {
        number: 1,
        rampPercent: 25,
        status: 'planned',
        gateCriteria:
          'Checkout conversion at or above v1 for 7 days; no open Sev-1; refund rate within forecast',
      },
    },
    [14, 21, 35],
  );
  child(
    links,
    {
      id: 'sample-payment-links-eu',
      title: 'Payment Links v2 — EU & UK wave',
      kind: 'rollout',
      stageId: 'planning',
      summary: 'Follows NA once tax handling is verified for EU VAT.',
      ownerId: person('jonas'),
      regions: ['EU', 'UK'],
      dependsOn: ['sample-payment-links-na'],
      wave: { number: 2, rampPercent: 100, status: 'planned', gateCriteria: '' },
    },
    [35, 42, 56],
  );

  // 2. A Tier-1 launch still in planning, two months out, beta running now.
  const billing = add(
    {
      id: 'sample-usage-billing',
      title: 'Usage-based billing',
      kind: 'launch',
      tier: 1,
      stageId: 'planning',
      productArea: 'Billing',
      summary: 'Metered pricing with usage alerts and invoice previews.',
      ownerId: person('tomas'),
      approverIds: [person('maya'), person('priya')],
      regions: ['NA', 'APAC', 'JP'],
      tags: ['billing', 'pricing'],
    },
    [-30, 60],
  );
  child(
    billing,
    {
      id: 'sample-usage-billing-beta',
      title: 'Usage-based billing — private preview',
      kind: 'beta',
      stageId: 'beta',
      summary: 'Private preview with 12 accounts on metered plans.',
      ownerId: person('priya'),
      regions: ['NA'],
    },
    [-20, -5, 30],
  );
  child(
    billing,
    {
      id: 'sample-usage-billing-na',
      title: 'Usage-based billing — NA wave',
      kind: 'rollout',
      stageId: 'planning',
      ownerId: person('sam'),
      regions: ['NA'],
      wave: {
        number: 1,
        rampPercent: 10,
        status: 'planned',
        gateCriteria: 'Invoices reconcile with metered usage for one full billing cycle',
      },
    },
    [55, 60, 74],
  );
  child(
    billing,
    {
      id: 'sample-usage-billing-apac',
      title: 'Usage-based billing — APAC & Japan wave',
      kind: 'rollout',
      stageId: 'planning',
      summary: 'Japan needs localised invoices; planned to land in the offsite week (see collisions).',
      ownerId: person('kenji'),
      regions: ['APAC', 'JP'],
      dependsOn: ['sample-usage-billing-na'],
      wave: { number: 2, rampPercent: 100, status: 'planned', gateCriteria: '' },
    },
    [70, 75, 90],
  );

  // 3. A Tier-2 launch that went out ten days ago and is rolling out region by region.
  const teams = add(
    {
      id: 'sample-team-workspaces',
      title: 'Team workspaces',
      kind: 'launch',
      stageId: 'launched',
      productArea: 'Collaboration',
      summary: 'Shared workspaces with roles and audit log.',
      ownerId: person('elena'),
      approverIds: [person('maya')],
      regions: ['NA', 'EU', 'LATAM'],
      tags: ['collaboration'],
    },
    [-45, -10],
  );
  child(
    teams,
    {
      id: 'sample-team-workspaces-beta',
      title: 'Team workspaces — beta',
      kind: 'beta',
      stageId: 'retrospective',
      ownerId: person('elena'),
      regions: ['NA'],
    },
    [-40, -35, -14],
  );
  child(
    teams,
    {
      id: 'sample-team-workspaces-eu',
      title: 'Team workspaces — EU wave',
      kind: 'rollout',
      stageId: 'rolling-out',
      ownerId: person('jonas'),
      regions: ['EU'],
      wave: {
        number: 1,
        rampPercent: 50,
        status: 'live',
        gateCriteria: 'EU data stays in the Frankfurt region; support backlog under 20 tickets',
      },
    },
    [-10, -3, 11],
  );
  child(
    teams,
    {
      id: 'sample-team-workspaces-latam',
      title: 'Team workspaces — LATAM wave',
      kind: 'rollout',
      stageId: 'readiness',
      summary: 'Portuguese and Spanish localisation in review.',
      ownerId: person('tomas'),
      regions: ['LATAM'],
      wave: { number: 2, rampPercent: 100, status: 'planned', gateCriteria: '' },
    },
    [4, 9, 23],
  );

  // 4. A small Tier-3 enhancement, next week.
  add(
    {
      id: 'sample-dark-mode',
      title: 'Dashboard dark mode',
      kind: 'launch',
      tier: 3,
      stageId: 'readiness',
      productArea: 'Dashboard',
      ownerId: person('priya'),
      regions: ['NA', 'EU', 'UK', 'APAC', 'LATAM', 'JP'],
    },
    [-14, 6],
  );
}
