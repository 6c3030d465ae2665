/**
 * A launch's regional rollout plan, as the launch page's Rollout tab shows it: its waves in
 * plan order (numbered waves by number, then rollouts without a number by go-live day), each
 * with its day as T+offset from the launch, its readiness progress per function (the regional
 * functions a wave's own lines sit on), health from the launch rows, and the wave before it.
 * Memoised per version of the tables it reads (memo.ts).
 */
import { daysBetween, isDay, type Day } from '../dates/days';
import { waveOf, type LaunchItem, type Wave } from '../domain/items/schema';
import { wavesInOrder } from '../domain/rollouts/order';
import { isClosed, type Progress } from '../domain/readiness/rules';
import { settingsOf } from '../domain/workspace';
import { childrenByParent, NONE } from './indexes';
import { rowsById, type LaunchRow } from './launch-rows';
import { memoByTables } from './memo';
import { readinessByItem } from './readiness';

export interface FunctionProgress extends Progress {
  functionId: string;
  functionName: string;
}

export interface PlanWave {
  row: LaunchRow;
  item: LaunchItem;
  /** The wave facts, or null for a rollout not yet given a number. */
  wave: Wave | null;
  /** Days from the launch's T-0 to the wave's go-live; null when either day is missing. */
  offsetDays: number | null;
  /** Readiness per function the wave has lines on, in the workspace's function order. */
  readinessByFunction: readonly FunctionProgress[];
  /** The wave before this one in the plan; null for the first. */
  previous: LaunchItem | null;
}

export interface RolloutPlan {
  waves: readonly PlanWave[];
  /** Regions of the launch that no wave covers yet. */
  uncoveredRegions: readonly string[];
}

const PLAN_TABLES = [
  'items',
  'readiness',
  'settings',
  'people',
  'decisions',
  'blackouts',
  'acknowledgements',
] as const;

export const rolloutPlanOf = memoByTables(PLAN_TABLES, (ws, launchId: string, today: Day): RolloutPlan => {
  const rows = rowsById(ws, today);
  const readiness = readinessByItem(ws);
  const functions = settingsOf(ws).functions;
  const launch = rows.get(launchId)?.item;
  const t0 = launch?.launchDate && isDay(launch.launchDate) ? launch.launchDate : null;
  const items = wavesInOrder(childrenByParent(ws).get(launchId) ?? NONE);
  const waves = items.map((item, index): PlanWave => {
    const lines = readiness.get(item.id) ?? NONE;
    const byFunction = functions
      .map((f) => {
        const own = lines.filter((r) => r.functionId === f.id);
        return {
          functionId: f.id,
          functionName: f.name,
          done: own.filter(isClosed).length,
          total: own.length,
        };
      })
      .filter((p) => p.total > 0);
    const day = item.launchDate && isDay(item.launchDate) ? item.launchDate : null;
    return {
      row: rows.get(item.id)!,
      item,
      wave: waveOf(item),
      offsetDays: t0 && day ? daysBetween(t0, day) : null,
      readinessByFunction: byFunction,
      previous: items[index - 1] ?? null,
    };
  });
  const covered = new Set(items.flatMap((i) => i.regions));
  return { waves, uncoveredRegions: (launch?.regions ?? NONE).filter((r) => !covered.has(r)) };
});
