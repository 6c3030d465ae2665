/**
 * The facts a brief shows that the next brief of its scope compares against: per launch item
 * its launch day, stage, health, readiness counts and decisions (and, for a launch brief, each
 * readiness line's status), and the collisions shown. Kept compact on purpose: a portfolio of
 * 10,000 launches stores a few short fields per launch, not the launches.
 */
import type { Day } from '../../dates/days';
import type { BriefCollisionKey, BriefFacts, BriefLaunchFacts } from '../../domain/briefs/schema';
import type { Collision } from '../../domain/items/collisions';
import type { LaunchItem } from '../../domain/items/schema';
import type { ReadinessStatus } from '../../domain/readiness/schema';
import { emptyTable, type Workspace } from '../../domain/workspace';
import { collisionReport } from '../../views/collisions';
import { childrenByParent, decisionsByItem, NONE } from '../../views/indexes';
import { rowsById, type LaunchRow } from '../../views/launch-rows';
import { readinessByItem } from '../../views/readiness';
import { compareItems } from '../filters';

/** A collision's identity across edits: its words change with titles and days, this does not. */
export function collisionKey(c: Collision): BriefCollisionKey {
  switch (c.kind) {
    case 'blackout':
      return ['blackout', c.itemIds[0], c.blackoutId];
    case 'capacity':
      return ['capacity', c.region, c.week];
    case 'dependency':
      return ['dependency', c.itemIds[0], c.itemIds[1]];
    case 'wave-order':
      return ['wave-order', c.itemIds[0], c.itemIds[1]];
  }
}

/**
 * “ — acknowledged: <note>” after an acknowledged collision (accepted with a note, its dates
 * unchanged since), nothing after an open one: a brief lists both, and says which is which.
 */
export function acknowledgedText(ws: Workspace, c: Collision): string {
  const entry = collisionReport(ws).byKey.get(c.key);
  return entry?.status === 'acknowledged' ? ` — acknowledged: ${entry.acknowledgement!.note}` : '';
}

/** The key as one string, for maps and sets. */
export const keyText = (key: BriefCollisionKey): string => JSON.stringify(key);

/** The row of a launch item (health, stage, standing decision) on `today`. */
export function rowOf(ws: Workspace, itemId: string, today: Day): LaunchRow {
  const row = rowsById(ws, today).get(itemId);
  if (!row) throw new Error(`No launch row for ${itemId}`);
  return row;
}

function launchFactsOf(ws: Workspace, item: LaunchItem, today: Day, withLines: boolean): BriefLaunchFacts {
  const readiness = readinessByItem(ws).get(item.id) ?? NONE;
  let done = 0;
  let blocked = 0;
  for (const r of readiness) {
    if (r.status === 'done' || r.status === 'not-needed') done += 1;
    else if (r.status === 'blocked') blocked += 1;
  }
  const facts: BriefLaunchFacts = {
    d: item.launchDate,
    s: item.stageId,
    h: rowOf(ws, item.id, today).health.health,
    r: [done, readiness.length, blocked],
  };
  const decisions = decisionsByItem(ws).get(item.id) ?? NONE;
  if (decisions.length) facts.dec = decisions.map((d) => d.id).sort();
  if (withLines && readiness.length) {
    const lines: Record<string, ReadinessStatus> = emptyTable();
    // In id order: the stored record then does not depend on the order lines were loaded in.
    for (const r of [...readiness].sort((a, b) => (a.id < b.id ? -1 : 1))) lines[r.id] = r.status;
    facts.lines = lines;
  }
  return facts;
}

/** The collisions touching any of `items`, by key (keyText), in key order. */
export function collisionsTouching(ws: Workspace, items: readonly LaunchItem[]): Map<string, Collision> {
  // Acknowledged ones too: a brief lists them as such (collisionNote), it does not hide them.
  const byItem = collisionReport(ws).allByItem;
  const found = new Map<string, Collision>();
  const seen = new Set<Collision>();
  for (const item of items)
    for (const c of byItem.get(item.id) ?? NONE) {
      // A capacity collision lists many items: key it once.
      if (seen.has(c)) continue;
      seen.add(c);
      found.set(keyText(collisionKey(c)), c);
    }
  // By kind, then what they are about: the order records are stored in must not show.
  return new Map([...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A launch item and its betas and waves (archived ones left out). */
export function launchFamily(ws: Workspace, item: LaunchItem): LaunchItem[] {
  const children = (childrenByParent(ws).get(item.id) ?? NONE).filter((child) => !child.archived);
  return [item, ...children.sort(compareItems)];
}

function factsOf(
  ws: Workspace,
  items: readonly LaunchItem[],
  today: Day,
  withLinesOf: string | null,
  shown: ReadonlyMap<string, Collision>,
): BriefFacts {
  // Prototype-free, like the tables: an id such as "__proto__" is an ordinary key.
  const launches: BriefFacts['launches'] = emptyTable();
  for (const item of items) launches[item.id] = launchFactsOf(ws, item, today, item.id === withLinesOf);
  return { launches, collisions: [...shown.values()].map(collisionKey) };
}

/**
 * What a launch brief shows: the launch, its betas and waves (`family`, the launch first) with
 * the launch's every line, and the collisions touching them.
 */
export function launchBriefFacts(
  ws: Workspace,
  family: readonly LaunchItem[],
  today: Day,
  shown: ReadonlyMap<string, Collision>,
): BriefFacts {
  return factsOf(ws, family, today, family[0]?.id ?? null, shown);
}

/** What a portfolio brief shows: its launches and the collisions it lists. */
export function portfolioBriefFacts(
  ws: Workspace,
  launches: readonly LaunchItem[],
  today: Day,
  shown: ReadonlyMap<string, Collision>,
): BriefFacts {
  return factsOf(ws, launches, today, null, shown);
}
