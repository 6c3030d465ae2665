/**
 * The sample's one real capacity conflict. Usage-based billing and its own NA wave go live on
 * the same day, which is one launch, not two (a launch and its waves count once per region);
 * a second Tier-1 launch landing in NA that week is a real clash for a team that absorbs one
 * Tier-1 go-live per region and week, so the radar has something worth a lead's attention.
 * Two months out, beyond the six weeks the readiness matrix and the portfolio brief show first.
 */
import { addDays, type Day } from '../dates/days';
import { defaultItemFields } from '../domain/items/commands';
import { rankAfterAll } from '../domain/ranks';
import type { Workspace } from '../domain/workspace';

/** Adds the launch that collides with Usage-based billing's NA go-live (after addLaunches). */
export function addCapacityConflict(ws: Workspace, today: Day, now: string): void {
  const planning = Object.values(ws.items)
    .filter((item) => item.stageId === 'planning')
    .map((item) => item.rank);
  const id = 'sample-instant-payouts';
  ws.items[id] = {
    ...defaultItemFields(ws),
    id,
    title: 'Instant payouts',
    kind: 'launch',
    tier: 1,
    stageId: 'planning',
    productArea: 'Payments',
    summary:
      'Same-day payouts to debit cards. Planned for the week usage-based billing goes live in NA (see collisions).',
    ownerId: 'sample-sam',
    approverIds: ['sample-maya'],
    regions: ['NA'],
    tags: ['payments'],
    startDate: addDays(today, -10),
    // The day Usage-based billing's NA wave goes live: the same ISO week whatever day today is.
    launchDate: addDays(today, 60),
    endDate: null,
    rank: rankAfterAll(planning),
    createdAt: now,
    updatedAt: now,
  };
}
