/**
 * A deterministic (seeded) workspace of any size for benchmarks: launches with betas and
 * rollouts (numbered waves) beneath them, readiness checklists, milestones, dependencies, blackout windows.
 * The same seed always gives the same workspace.
 */
import { addDays } from '../../shared/dates/days';
import { defaultPlaybooks } from '../../shared/domain/playbooks/defaults';
import { defaultSettings } from '../../shared/domain/settings/defaults';
import { defaultItemFields } from '../../shared/domain/items/commands';
import type { LaunchItem } from '../../shared/domain/items/schema';
import { rankBetween } from '../../shared/domain/ranks';
import type { ReadinessItem } from '../../shared/domain/readiness/schema';
import { emptyTables, type Workspace } from '../../shared/domain/workspace';
import { seededRandom } from '../fixtures/random';

export interface GenerateOptions {
  items: number;
  readinessPerItem: number;
  dependencies: number;
  seed: number;
  today: string;
  /**
   * How many readiness functions the settings list (and the lines are spread over); more than
   * the defaults adds "Function 12"… Leaves the defaults, and so the same workspace, when unset.
   */
  functions?: number;
  /**
   * How many launches (each with its beta and rollouts beneath it) run across today and start
   * before every other item, so they are the timeline's top rows: a timeline opened at today
   * shows bars in every row, the way a planner sees the launches in flight. Their dates are
   * set after everything else is drawn, so 0 (the default) leaves the same workspace as before.
   */
  aroundToday?: number;
}

const AREAS = [
  'Payments',
  'Billing',
  'Identity',
  'Collaboration',
  'Dashboard',
  'Mobile',
  'Search',
  'Analytics',
];
const NOUNS = [
  'links',
  'invoices',
  'workspaces',
  'alerts',
  'exports',
  'roles',
  'reports',
  'checkout',
  'onboarding',
];
const ADJECTIVES = [
  'Smart',
  'Instant',
  'Shared',
  'Usage-based',
  'Regional',
  'Automated',
  'Unified',
  'Self-serve',
];
const NOW = '2026-01-01T00:00:00.000Z';

export function generateWorkspace(options: GenerateOptions): Workspace {
  const rnd = seededRandom(options.seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const ws = emptyTables();
  const settings = defaultSettings(`Benchmark ${options.items}`);
  for (let f = settings.functions.length; f < (options.functions ?? 0); f++)
    settings.functions.push({ id: `function-${f + 1}`, name: `Function ${f + 1}` });
  ws.settings.workspace = settings;
  for (const p of defaultPlaybooks()) ws.playbooks[p.id] = p;
  const people = Array.from({ length: 60 }, (_, i) => `person-${i}`);
  people.forEach((id, i) => {
    ws.people[id] = {
      id,
      name: `Person ${i}`,
      team: pick(AREAS),
      role: 'Owner',
      region: pick(settings.regions).code,
      email: '',
    };
  });

  const lastRank = new Map<string, string>();
  const launches: string[] = [];
  const ids: string[] = [];
  for (let n = 0; n < options.items; n++) {
    const id = `item-${n}`;
    // Every fourth item is a launch; the rest are betas and rollouts of a recent launch.
    const kind = n % 4 === 0 || launches.length === 0 ? 'launch' : n % 4 === 1 ? 'beta' : 'rollout';
    const parentId = kind === 'launch' ? null : launches[launches.length - 1]!;
    const stage = pick(settings.stages).id;
    const rank = rankBetween(lastRank.get(stage) ?? null, null);
    lastRank.set(stage, rank);
    const launchOffset = Math.floor(rnd() * 360) - 120;
    const launchDate = addDays(options.today, launchOffset);
    const regionCount = 1 + Math.floor(rnd() * 3);
    const regions = [...new Set(Array.from({ length: regionCount }, () => pick(settings.regions).code))];
    const item: LaunchItem = {
      ...defaultItemFields(ws),
      // Rollouts are waves 1 and 2 of their launch's plan (drawn with their chip); fixed
      // values, not rnd(), so the rest of the generated data stays what it was. Placed where
      // the schema has it, so an export of a parsed copy lists the fields in the same order.
      wave:
        kind === 'rollout'
          ? {
              number: (n % 4) - 1,
              rampPercent: n % 4 === 2 ? 25 : 100,
              status: n % 7 === 0 ? 'paused' : 'planned',
              gateCriteria: '',
            }
          : null,
      id,
      kind,
      title: `${pick(ADJECTIVES)} ${pick(NOUNS)} ${n}`,
      productArea: pick(AREAS),
      tier: (1 + Math.floor(rnd() * 3)) as 1 | 2 | 3,
      stageId: stage,
      rank,
      ownerId: pick(people),
      startDate: addDays(launchDate, -(7 + Math.floor(rnd() * 60))),
      launchDate,
      endDate: kind === 'rollout' ? addDays(launchDate, 7 + Math.floor(rnd() * 21)) : null,
      regions,
      parentId,
      createdAt: NOW,
      updatedAt: NOW,
    };
    ws.items[id] = item;
    ids.push(id);
    if (kind === 'launch') launches.push(id);
    let readinessRank: string | null = null;
    for (let r = 0; r < options.readinessPerItem; r++) {
      readinessRank = rankBetween(readinessRank, null);
      const status = pick(['not-started', 'in-progress', 'done', 'blocked', 'not-needed'] as const);
      const line: ReadinessItem = {
        id: `${id}-r${r}`,
        itemId: id,
        functionId: pick(settings.functions).id,
        title: `Readiness step ${r + 1}`,
        ownerId: pick(people),
        due: { type: 'offset', days: -Math.floor(rnd() * 30) },
        status,
        evidence: status === 'done' ? 'https://wiki.example.com/evidence' : '',
        requiredSignOff: rnd() < 0.3,
        rank: readinessRank,
        updatedAt: NOW,
      };
      ws.readiness[line.id] = line;
    }
    if (n % 10 === 0)
      ws.milestones[`m-${n}`] = {
        id: `m-${n}`,
        itemId: id,
        title: 'Milestone',
        date: addDays(launchDate, -14),
      };
  }
  // Dependencies always point from a later item to an earlier one, so they never loop.
  for (let d = 0; d < options.dependencies && ids.length > 1; d++) {
    const from = 1 + Math.floor(rnd() * (ids.length - 1));
    const to = Math.floor(rnd() * from);
    const item = ws.items[ids[from]!]!;
    if (!item.dependsOn.includes(ids[to]!)) item.dependsOn.push(ids[to]!);
  }
  placeAroundToday(ws, options.aroundToday ?? 0, options.today);
  for (let b = 0; b < 12; b++) {
    const start = addDays(options.today, Math.floor(rnd() * 300) - 60);
    ws.blackouts[`blackout-${b}`] = {
      id: `blackout-${b}`,
      title: `Blackout ${b}`,
      start,
      end: addDays(start, 3 + Math.floor(rnd() * 10)),
      regions: b % 3 === 0 ? [] : [pick(settings.regions).code],
      reason: '',
    };
  }
  return ws;
}

/**
 * Moves the first `launches` launches and their children (items 4k…4k+3) across today. The
 * launches start 230–200 days ago (before the earliest random start, 187 days ago), so the
 * timeline sorts them to the top, and go live 40–89 days ahead; their betas and rollouts run
 * from 10–44 days ago to 20–60 days ahead, so every zoom level sees them around today. Fixed
 * arithmetic, no random numbers: the rest of the workspace stays as the seed drew it.
 */
function placeAroundToday(ws: Workspace, launches: number, today: string): void {
  for (let n = 0; n < launches * 4; n++) {
    const item = ws.items[`item-${n}`];
    if (!item) return;
    const k = Math.floor(n / 4);
    if (item.kind === 'launch') {
      item.startDate = addDays(today, -230 + k);
      item.launchDate = addDays(today, 40 + ((k * 7) % 50));
    } else {
      item.startDate = addDays(today, -10 - ((n * 5) % 35));
      item.launchDate = addDays(today, 20 + ((n * 3) % 25));
      if (item.endDate) item.endDate = addDays(item.launchDate, 14 + (n % 3) * 7);
    }
    const milestone = ws.milestones[`m-${n}`];
    if (milestone) milestone.date = addDays(item.launchDate, -14);
  }
}
