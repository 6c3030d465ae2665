/**
 * Commands on a launch's regional rollout plan. A wave is a launch item of kind rollout whose
 * parent is the launch, carrying `wave` (number, ramp, status, gate criteria); its regions,
 * go-live day (launchDate) and regional owner (ownerId) are ordinary item fields, edited with
 * items.update. Here: laying out waves from a template (with each wave's own regional
 * readiness) and moving a wave up or down the plan. Each is one Change, so one undo.
 */
import { addDays, type Day } from '../../dates/days';
import { applyChange, ChangeBuilder, type Change } from '../change';
import type { CommandContext } from '../context';
import { CommandError, ValidationError } from '../errors';
import { createItem, getItem, updateItem } from '../items/commands';
import { waveOf, type LaunchItem, type Wave } from '../items/schema';
import { addReadinessItem } from '../readiness/commands';
import { countOf } from '../text';
import { rankAfterAll } from '../ranks';
import { recordOf, settingsOf, type TableRecords, type Workspace } from '../workspace';
import { childrenByParent, NONE } from '../../views/indexes';
import { regionsText, wavesInOrder } from './order';
import { LAUNCH_REGIONS, WAVE_READINESS, waveTemplateOf, type WaveReadinessLine } from './templates';

export interface WavePreview {
  number: number;
  title: string;
  /** The region codes the wave will cover (only those the workspace has). */
  regions: string[];
  /** Their names, for reading ("North America"). */
  regionNames: string[];
  /** Days after the launch's T-0. */
  offsetDays: number;
  goLive: Day;
  rampPercent: number;
  gateCriteria: string;
}

export interface ReadinessPlacement {
  line: WaveReadinessLine;
  functionId: string;
  functionName: string;
}

export interface WavesPreview {
  /** Why nothing can be created (not a launch, no launch day, …); null when the waves can be. */
  problem: string | null;
  waves: WavePreview[];
  /** What will be left out, in words (regions the workspace lacks, readiness without a function). */
  warnings: string[];
  /** The readiness lines each wave gets, on the function that will hold each. */
  readiness: ReadinessPlacement[];
}

/** The launch's rollout items in plan order (numbered waves first), archived ones left out. */
export function wavesOfLaunch(ws: Pick<Workspace, 'items'>, launchId: string): LaunchItem[] {
  return wavesInOrder(childrenByParent(ws).get(launchId) ?? NONE);
}

/**
 * The number the next wave of the launch gets: one after the highest so far, archived waves
 * included (restoring one must not give two waves one number).
 */
export function nextWaveNumber(ws: Pick<Workspace, 'items'>, launchId: string): number {
  const children = childrenByParent(ws).get(launchId) ?? NONE;
  return children.reduce((n, item) => Math.max(n, waveOf(item)?.number ?? 0), 0) + 1;
}

/** Where each regional readiness line goes: the function matched by id, then by name. */
export function readinessPlacements(ws: Pick<Workspace, 'settings'>): {
  placed: ReadinessPlacement[];
  missing: WaveReadinessLine[];
} {
  const functions = settingsOf(ws).functions;
  const placed: ReadinessPlacement[] = [];
  const missing: WaveReadinessLine[] = [];
  for (const line of WAVE_READINESS) {
    const names = line.functionNames.map((n) => n.toLocaleLowerCase());
    const match =
      functions.find((f) => line.functionIds.includes(f.id)) ??
      names.map((n) => functions.find((f) => f.name.trim().toLocaleLowerCase() === n)).find(Boolean);
    if (match) placed.push({ line, functionId: match.id, functionName: match.name });
    else missing.push(line);
  }
  return { placed, missing };
}

const MAX_TITLE = 200;
function waveTitle(launchTitle: string, suffix: string): string {
  const room = MAX_TITLE - suffix.length - 3;
  const head = launchTitle.length > room ? `${launchTitle.slice(0, room - 1)}…` : launchTitle;
  return `${head} — ${suffix}`;
}

/**
 * What creating the template's waves on the launch would do: the waves with their regions,
 * go-live days and ramps, what will be skipped and why, or the problem that stops it. Pure:
 * the dialog shows it as the person picks a template, and the command creates exactly this.
 */
export function previewWaves(ws: Workspace, launchId: string, templateId: string): WavesPreview {
  const empty = (problem: string): WavesPreview => ({ problem, waves: [], warnings: [], readiness: [] });
  const launch = recordOf(ws.items, launchId);
  if (!launch) return empty('That launch no longer exists (it may have been deleted in another window).');
  if (launch.kind !== 'launch')
    return empty(`“${launch.title}” is a ${launch.kind}, not a launch: waves belong to a launch.`);
  if (!launch.launchDate)
    return empty(
      `“${launch.title}” has no launch day (T-0) yet: set it first, and the waves follow from it.`,
    );
  const template = waveTemplateOf(templateId);
  if (!template) return empty('That rollout template does not exist.');

  const settings = settingsOf(ws);
  const regionName = new Map(settings.regions.map((r) => [r.code, r.name]));
  const warnings: string[] = [];
  const launchRegions = launch.regions.length ? launch.regions : settings.regions.map((r) => r.code);
  const steps = template.waves.map((step) => {
    const wanted = step.regions === LAUNCH_REGIONS ? launchRegions : step.regions;
    return {
      step,
      known: wanted.filter((c) => regionName.has(c)),
      unknown: wanted.filter((c) => !regionName.has(c)),
    };
  });
  const texts = steps.map((s) => regionsText(s.known));
  const waves: WavePreview[] = [];
  let number = nextWaveNumber(ws, launchId);
  steps.forEach(({ step, known, unknown }, index) => {
    if (unknown.length)
      warnings.push(
        `${regionsText(unknown)} ${unknown.length === 1 ? 'is not a region' : 'are not regions'} of this workspace: ` +
          (known.length
            ? `left out of the ${regionsText(known)} wave.`
            : `the wave for ${regionsText(unknown)} is skipped.`) +
          ' Add the region in Settings to include it.',
      );
    if (known.length === 0) return;
    const text = texts[index]!;
    // Waves over the same regions (a percentage ramp) are told apart by their ramp.
    const sameRegions = texts.filter((t) => t === text).length > 1;
    waves.push({
      number: number++,
      title: waveTitle(launch.title, sameRegions ? `${text} ${step.rampPercent} % wave` : `${text} wave`),
      regions: known,
      regionNames: known.map((c) => regionName.get(c)!),
      offsetDays: step.offsetDays,
      goLive: addDays(launch.launchDate!, step.offsetDays),
      rampPercent: step.rampPercent,
      gateCriteria: step.gateCriteria,
    });
  });
  const { placed, missing } = readinessPlacements(ws);
  for (const line of missing)
    warnings.push(
      `No readiness function for ${line.topic}: that line is left out of each wave. Add a function in Settings to include it.`,
    );
  if (waves.length === 0)
    return {
      problem: 'None of the template’s regions is a region of this workspace.',
      waves,
      warnings,
      readiness: placed,
    };
  return { problem: null, waves, warnings, readiness: placed };
}

/**
 * Folds what a command on `ws` writes into `builder` (one Change against `ws`). The steps of a
 * wave command are independent of each other once their ranks are worked out here, so each runs
 * on one workspace instead of a copy that moves on with each step: applying every step would
 * copy and regroup the whole readiness table per line (O(steps × records) at 10,000 items).
 */
function fold<T extends Change['ops'][number]['table']>(
  builder: ChangeBuilder,
  change: Change,
  table: T,
  adjust: (record: TableRecords[T]) => TableRecords[T] = (record) => record,
): void {
  for (const op of change.ops)
    if (op.table === table && op.after !== null)
      builder.put(table, adjust(op.after as TableRecords[T]) as TableRecords[T] & { id: string });
}

/** A wave's field refused by the item rules, said with the wave it is about. */
function aboutWave(wave: WavePreview, error: unknown): never {
  if (error instanceof ValidationError)
    throw new CommandError(`Wave ${wave.number} (${regionsText(wave.regions)}): ${error.message}`);
  throw error;
}

/**
 * Creates the template's waves under the launch, numbered after its existing waves, each going
 * live at T-0 plus its offset, in the first stage, with the launch's tier and product area —
 * and each with its regional readiness lines, due as T-offsets from the wave's own go-live.
 * One Change: one undo removes all of it.
 */
export function createWavesFromTemplate(
  ws: Workspace,
  launchId: string,
  templateId: string,
  ctx: CommandContext,
): Change {
  const preview = previewWaves(ws, launchId, templateId);
  if (preview.problem) throw new CommandError(preview.problem);
  const launch = getItem(ws, launchId);
  const firstStage = settingsOf(ws).stages[0]!.id;
  const builder = new ChangeBuilder(ws);
  // Each wave is checked against the workspace as it is; the waves go to the end of the first
  // stage one after another (createItem alone would give each the same last place).
  let rank: string | null = null;
  const created: { wave: WavePreview; id: string }[] = [];
  for (const wave of preview.waves) {
    try {
      const made = createItem(
        ws,
        {
          kind: 'rollout',
          title: wave.title,
          parentId: launch.id,
          tier: launch.tier,
          productArea: launch.productArea,
          stageId: firstStage,
          regions: wave.regions,
          launchDate: wave.goLive,
          wave: {
            number: wave.number,
            rampPercent: wave.rampPercent,
            status: 'planned',
            gateCriteria: wave.gateCriteria,
          },
        },
        ctx,
      );
      fold(builder, made.change, 'items', (item) => {
        rank = rank === null ? item.rank : rankAfterAll([rank]);
        return { ...item, rank };
      });
      created.push({ wave, id: made.id });
    } catch (error) {
      aboutWave(wave, error);
    }
  }
  // The readiness lines are checked against the workspace holding the new waves (applied once);
  // each new wave has no lines yet, so each function's lines are ranked one after another here.
  const withWaves = applyChange(ws, builder.build(''));
  for (const { wave, id } of created) {
    const lastRank = new Map<string, string>();
    try {
      for (const { line, functionId } of preview.readiness)
        fold(
          builder,
          addReadinessItem(
            withWaves,
            id,
            {
              functionId,
              title: line.title(regionsText(wave.regions)),
              due: { type: 'offset', days: line.offsetDays },
              requiredSignOff: line.requiredSignOff,
            },
            ctx,
          ).change,
          'readiness',
          (r) => {
            const previous = lastRank.get(functionId);
            const placed = { ...r, rank: previous === undefined ? r.rank : rankAfterAll([previous]) };
            lastRank.set(functionId, placed.rank);
            return placed;
          },
        );
    } catch (error) {
      aboutWave(wave, error);
    }
  }
  const template = waveTemplateOf(templateId)!;
  return builder.build(
    `Add ${countOf(preview.waves.length, 'rollout wave')} (“${template.name}”) to “${launch.title}”`,
  );
}

export type WaveDirection = 'up' | 'down';

const unnumbered = (number: number): Wave => ({
  number,
  rampPercent: null,
  status: 'planned',
  gateCriteria: '',
});

/**
 * Moves a wave one place up or down its launch's plan and numbers the plan 1, 2, 3… in its new
 * order (a rollout that had no number gets one, planned, with no ramp yet). Dates stay: a wave
 * moved ahead of an earlier one shows as a wave-order collision until its day is changed.
 */
export function moveWave(
  ws: Workspace,
  waveId: string,
  direction: WaveDirection,
  ctx: CommandContext,
): Change {
  const item = getItem(ws, waveId);
  if (item.kind !== 'rollout' || item.parentId === null)
    throw new CommandError(`“${item.title}” is not a rollout wave of a launch.`);
  const plan = wavesOfLaunch(ws, item.parentId);
  const from = plan.findIndex((w) => w.id === waveId);
  if (from === -1) throw new CommandError(`“${item.title}” is archived: restore it to place it in the plan.`);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (to < 0) throw new CommandError(`“${item.title}” is already the first wave.`);
  if (to >= plan.length) throw new CommandError(`“${item.title}” is already the last wave.`);
  plan.splice(to, 0, ...plan.splice(from, 1));
  // Renumbering one wave never changes what another's checks read: each runs on `ws`.
  const builder = new ChangeBuilder(ws);
  plan.forEach((wave, index) => {
    const current = waveOf(wave);
    if (current?.number === index + 1) return;
    fold(
      builder,
      updateItem(
        ws,
        wave.id,
        { wave: current ? { ...current, number: index + 1 } : unnumbered(index + 1) },
        ctx,
      ),
      'items',
    );
  });
  return builder.build(`Move “${item.title}” ${direction} to wave ${to + 1}`);
}
