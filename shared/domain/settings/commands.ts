/**
 * Commands on workspace settings: stages, regions and readiness functions. Removing a list
 * entry that records still use either moves those records (stages) or explains what uses it.
 */
import { ChangeBuilder, type Change } from '../change';
import { todayOf, type CommandContext } from '../context';
import { CommandError, ValidationError, parseOrThrow } from '../errors';
import { settingsSchema, type Region, type Settings } from './schema';
import { rankAfterAll } from '../ranks';
import { countOf } from '../text';
import { launchGate } from '../items/gate';
import { REGION_REFERENCES } from '../integrity';
import { settingsOf, type Workspace } from '../workspace';

type SettingsFields = Pick<
  Settings,
  | 'name'
  | 'tier1CapacityPerRegionWeek'
  | 'weekStartsOn'
  | 'fiscalYearStartMonth'
  | 'launchedStageId'
  | 'decisionRequiredTiers'
  | 'tier1CapacityByRegion'
  | 'feedbackWeights'
  | 'betaExitCriteriaGate'
>;

function putSettings(ws: Workspace, next: Settings, label: string): Change {
  const settings = parseOrThrow(settingsSchema, next);
  return new ChangeBuilder(ws).put('settings', settings).build(label);
}

export function updateSettings(ws: Workspace, patch: Partial<SettingsFields>): Change {
  const next = { ...settingsOf(ws), ...patch };
  // Tiers are kept in order, so ticking 3 then 1 stores what ticking 1 then 3 does.
  if (Array.isArray(patch.decisionRequiredTiers))
    next.decisionRequiredTiers = patch.decisionRequiredTiers.slice().sort((a, b) => a - b);
  return putSettings(ws, next, 'Edit workspace settings');
}

// Stages ---------------------------------------------------------------------------------

export function addStage(ws: Workspace, name: string, ctx: CommandContext): Change {
  const settings = settingsOf(ws);
  const stage = { id: ctx.newId(), name: name.trim() };
  return putSettings(ws, { ...settings, stages: [...settings.stages, stage] }, `Add stage “${stage.name}”`);
}

export function renameStage(ws: Workspace, stageId: string, name: string): Change {
  const settings = settingsOf(ws);
  if (!settings.stages.some((s) => s.id === stageId)) throw new CommandError('That stage no longer exists.');
  const stages = settings.stages.map((s) => (s.id === stageId ? { ...s, name: name.trim() } : s));
  return putSettings(ws, { ...settings, stages }, `Rename stage to “${name.trim()}”`);
}

/** Moves a stage to position `toIndex` (0-based) in the board's column order. */
export function reorderStage(ws: Workspace, stageId: string, toIndex: number): Change {
  const settings = settingsOf(ws);
  const from = settings.stages.findIndex((s) => s.id === stageId);
  if (from < 0) throw new CommandError('That stage no longer exists.');
  const stages = settings.stages.slice();
  const [stage] = stages.splice(from, 1);
  stages.splice(Math.max(0, Math.min(toIndex, stages.length)), 0, stage!);
  return putSettings(ws, { ...settings, stages }, `Move stage “${stage!.name}”`);
}

export function itemsInStage(ws: Workspace, stageId: string): number {
  return Object.values(ws.items).filter((i) => i.stageId === stageId).length;
}

/**
 * Removes a stage. Items in it (archived ones too) move to the foot of `moveToStageId`,
 * which is required when there are any.
 */
export function removeStage(
  ws: Workspace,
  stageId: string,
  moveToStageId: string | null,
  ctx: CommandContext,
): Change {
  const settings = settingsOf(ws);
  const stage = settings.stages.find((s) => s.id === stageId);
  if (!stage) throw new CommandError('That stage no longer exists.');
  if (settings.stages.length === 1) throw new CommandError('A workspace keeps at least one stage.');
  const affected = Object.values(ws.items).filter((i) => i.stageId === stageId);
  if (
    affected.length &&
    (!moveToStageId || moveToStageId === stageId || !settings.stages.some((s) => s.id === moveToStageId))
  )
    throw new CommandError(`Choose another stage for the ${affected.length} item(s) in “${stage.name}”.`);
  if (moveToStageId) {
    const held = affected
      .map((item) => launchGate(ws, item.id, moveToStageId, todayOf(ctx)))
      .filter((gate) => !gate.allowed);
    if (held.length)
      throw new CommandError(
        `${held.length === 1 ? held[0]!.reason : `${countOf(held.length, 'item')} cannot move there: the go/no-go gate holds them (${held[0]!.reason})`} Choose another stage.`,
      );
  }
  const builder = new ChangeBuilder(ws);
  const next: Settings = {
    ...settings,
    stages: settings.stages.filter((s) => s.id !== stageId),
    launchedStageId: settings.launchedStageId === stageId ? null : settings.launchedStageId,
  };
  builder.put('settings', parseOrThrow(settingsSchema, next));
  const targetRanks = Object.values(ws.items)
    .filter((i) => i.stageId === moveToStageId)
    .map((i) => i.rank);
  for (const item of affected.sort((a, b) => (a.rank < b.rank ? -1 : 1))) {
    const rank = rankAfterAll(targetRanks);
    targetRanks.push(rank);
    builder.put('items', { ...item, stageId: moveToStageId!, rank, updatedAt: ctx.now });
  }
  return builder.build(`Remove stage “${stage.name}”`);
}

// Regions --------------------------------------------------------------------------------

export function addRegion(ws: Workspace, region: Region): Change {
  const settings = settingsOf(ws);
  const code = region.code.trim().toUpperCase();
  if (settings.regions.some((r) => r.code === code))
    throw new ValidationError([{ path: 'code', message: `Region ${code} already exists` }]);
  return putSettings(
    ws,
    { ...settings, regions: [...settings.regions, { code, name: region.name.trim() }] },
    `Add region ${code}`,
  );
}

export function renameRegion(ws: Workspace, code: string, name: string): Change {
  const settings = settingsOf(ws);
  const regions = settings.regions.map((r) => (r.code === code ? { ...r, name: name.trim() } : r));
  return putSettings(ws, { ...settings, regions }, `Rename region ${code}`);
}

/** What still refers to a region, for the message when it cannot be removed. */
export function regionUsage(ws: Workspace, code: string): string[] {
  // The same list of region references the integrity check reads, so no kind is forgotten.
  const count = <R>(records: Record<string, R>, codesOf: (record: R) => readonly string[]) =>
    Object.values(records).filter((record) => codesOf(record).includes(code)).length;
  const uses = [
    countOf(count(ws.items, REGION_REFERENCES.items), 'launch item'),
    countOf(count(ws.blackouts, REGION_REFERENCES.blackouts), 'blackout window'),
    countOf(count(ws.people, REGION_REFERENCES.people), 'person', 'people'),
    countOf(count(ws.feedback, REGION_REFERENCES.feedback), 'feedback item'),
    countOf(count(ws.participants, REGION_REFERENCES.participants), 'beta participant'),
  ];
  return uses.filter((use) => !use.startsWith('0 '));
}

export function removeRegion(ws: Workspace, code: string): Change {
  const settings = settingsOf(ws);
  const usage = regionUsage(ws, code);
  if (usage.length)
    throw new CommandError(`${code} is still used by ${usage.join(', ')}. Remove it from them first.`);
  const regions = settings.regions.filter((r) => r.code !== code);
  // A removed region's own capacity goes with it: a region added later under that code starts
  // from the default, not from a figure nobody can see.
  const next: Settings = { ...settings, regions };
  if (settings.tier1CapacityByRegion && Object.hasOwn(settings.tier1CapacityByRegion, code)) {
    const { [code]: _dropped, ...rest } = settings.tier1CapacityByRegion;
    next.tier1CapacityByRegion = rest;
  }
  return putSettings(ws, next, `Remove region ${code}`);
}

/**
 * Sets the Tier-1 capacity of one region (go-lives per ISO week), or with null returns it to
 * the workspace's default figure.
 */
export function setRegionCapacity(ws: Workspace, code: string, capacity: number | null): Change {
  const settings = settingsOf(ws);
  if (!settings.regions.some((r) => r.code === code))
    throw new CommandError(`Region ${code} no longer exists.`);
  if (capacity !== null && !(Number.isInteger(capacity) && capacity >= 1 && capacity <= 50))
    throw new ValidationError([
      {
        path: 'capacity',
        message: `${code} capacity is a whole number from 1 to 50 (or empty for the default)`,
      },
    ]);
  const own = { ...settings.tier1CapacityByRegion };
  if (capacity === null) delete own[code];
  else own[code] = capacity;
  const next: Settings = { ...settings, tier1CapacityByRegion: own };
  const label =
    capacity === null
      ? `Use the default Tier-1 capacity for ${code}`
      : `Set ${code} Tier-1 capacity to ${capacity}`;
  return putSettings(ws, next, label);
}

// Readiness functions --------------------------------------------------------------------

export function addFunction(ws: Workspace, name: string, ctx: CommandContext): Change {
  const settings = settingsOf(ws);
  const fn = { id: ctx.newId(), name: name.trim() };
  return putSettings(
    ws,
    { ...settings, functions: [...settings.functions, fn] },
    `Add function “${fn.name}”`,
  );
}

export function renameFunction(ws: Workspace, functionId: string, name: string): Change {
  const settings = settingsOf(ws);
  const functions = settings.functions.map((f) => (f.id === functionId ? { ...f, name: name.trim() } : f));
  return putSettings(ws, { ...settings, functions }, `Rename function to “${name.trim()}”`);
}

export function removeFunction(ws: Workspace, functionId: string): Change {
  const settings = settingsOf(ws);
  const fn = settings.functions.find((f) => f.id === functionId);
  if (!fn) throw new CommandError('That readiness function no longer exists.');
  const readiness = Object.values(ws.readiness).filter((r) => r.functionId === functionId).length;
  const playbooks = Object.values(ws.playbooks).filter((p) =>
    p.entries.some((e) => e.functionId === functionId),
  ).length;
  if (readiness || playbooks) {
    const parts = [countOf(readiness, 'readiness item'), countOf(playbooks, 'playbook')].filter(
      (part) => !part.startsWith('0 '),
    );
    throw new CommandError(
      `“${fn.name}” is still used by ${parts.join(' and ')}. Move or remove them first.`,
    );
  }
  const functions = settings.functions.filter((f) => f.id !== functionId);
  return putSettings(ws, { ...settings, functions }, `Remove function “${fn.name}”`);
}
