/**
 * Settings rebuilt for a workspace that has records but lost its settings record (deleted, or
 * set aside as unreadable). Starting over would throw the records away; instead the defaults
 * are used, plus every stage, readiness function and region the records still refer to, so
 * that nothing points at a list entry that does not exist. The person can rename them after.
 */
import type { Workspace } from '../workspace';
import { defaultSettings } from './defaults';
import type { Settings } from './schema';

/** A readable name for an id kept from the records ("rolling-out-2" → "Rolling out 2"). */
function nameFor(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : id;
}

/** Names must be unique (case-insensitively) in each list: a clash gets the id appended. */
function uniqueName(name: string, taken: Set<string>, id: string): string {
  const chosen = taken.has(name.toLowerCase()) ? `${name} (${id})` : name;
  taken.add(chosen.toLowerCase());
  return chosen;
}

export function rebuildSettings(ws: Workspace): Settings {
  const settings = defaultSettings('Recovered workspace');
  const stageIds = new Set(settings.stages.map((s) => s.id));
  const stageNames = new Set(settings.stages.map((s) => s.name.toLowerCase()));
  const functionIds = new Set(settings.functions.map((f) => f.id));
  const functionNames = new Set(settings.functions.map((f) => f.name.toLowerCase()));
  const regionCodes = new Set(settings.regions.map((r) => r.code));
  const regionNames = new Set(settings.regions.map((r) => r.name.toLowerCase()));
  const addRegion = (code: string) => {
    if (regionCodes.has(code)) return;
    regionCodes.add(code);
    settings.regions.push({ code, name: uniqueName(code, regionNames, code) });
  };
  for (const item of Object.values(ws.items)) {
    if (!stageIds.has(item.stageId)) {
      stageIds.add(item.stageId);
      settings.stages.push({
        id: item.stageId,
        name: uniqueName(nameFor(item.stageId), stageNames, item.stageId),
      });
    }
    item.regions.forEach(addRegion);
  }
  for (const blackout of Object.values(ws.blackouts)) blackout.regions.forEach(addRegion);
  for (const r of Object.values(ws.readiness))
    if (!functionIds.has(r.functionId)) {
      functionIds.add(r.functionId);
      settings.functions.push({
        id: r.functionId,
        name: uniqueName(nameFor(r.functionId), functionNames, r.functionId),
      });
    }
  return settings;
}
