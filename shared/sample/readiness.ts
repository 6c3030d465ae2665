/** The sample's readiness checklists: from the default playbooks, with statuses that look like real progress. */
import { addDays, type Day } from '../dates/days';
import { rankBetween } from '../domain/ranks';
import type { ReadinessItem } from '../domain/readiness/schema';
import type { Workspace } from '../domain/workspace';

/** Adds a checklist to every dated launch item of `ws` whose kind and tier have a playbook. */
export function addReadiness(ws: Workspace, today: Day, now: string): void {
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
