/**
 * The edits the rollout plan table makes in place, each one undoable change through run():
 * a wave's ramp, status, gate criteria, regional owner and go-live day, and moving it up or
 * down the plan. The wave facts go through items.update with `{ wave }`; the go-live day goes
 * through saveItemDates, the one way a view saves an item's dates.
 */
import {
  addDays,
  daysBetween,
  formatDay,
  isDay,
  isPlanningDay,
  PLANNING_RANGE_MESSAGE,
  type Day,
} from '../../../shared/dates/days';
import { updateItem } from '../../../shared/domain/items/commands';
import { WAVE_STATUS_LABELS, waveOf, type LaunchItem, type Wave } from '../../../shared/domain/items/schema';
import { moveWave, nextWaveNumber, type WaveDirection } from '../../../shared/domain/rollouts/commands';
import { recordOf } from '../../../shared/domain/workspace';
import { run, type RunResult } from '../../state/changes';
import { saveItemDates } from '../../state/item-dates';

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * What a save came to: saved (true), refused with the reason to show at the field (its text),
 * or given up by the person (null: the question about moving what belongs to it cancelled).
 */
export type SaveOutcome = true | string | null;

export const outcomeOf = (result: RunResult<unknown>): SaveOutcome =>
  result.ok ? true : (result.issues[0]?.message ?? null);

/** A ramp as typed: a whole or decimal percentage 0–100, "%" allowed; empty for "not set". */
export function parseRamp(text: string): Checked<number | null> {
  const trimmed = text.trim().replace(/\s*%$/, '');
  if (trimmed === '') return { ok: true, value: null };
  const value = Number(trimmed.replace(',', '.'));
  if (!Number.isFinite(value) || !/^\d+([.,]\d+)?$/.test(trimmed))
    return { ok: false, message: 'Enter the ramp as a percentage from 0 to 100, such as 25' };
  if (value > 100) return { ok: false, message: 'The ramp cannot be more than 100 %' };
  return { ok: true, value };
}

/**
 * The wave's new dates when its go-live day moves: start and end move by as many days, so its
 * window keeps its length and its order (start ≤ go-live ≤ end) always holds.
 */
export function datesForGoLive(
  item: LaunchItem,
  text: string,
): Checked<Pick<LaunchItem, 'startDate' | 'launchDate' | 'endDate'>> {
  if (text.trim() === '') return { ok: false, message: 'A wave needs a go-live day' };
  if (!isDay(text)) return { ok: false, message: 'Enter the go-live day as a date' };
  const day: Day = text;
  if (!isPlanningDay(day)) return { ok: false, message: PLANNING_RANGE_MESSAGE };
  const shift = item.launchDate && isDay(item.launchDate) ? daysBetween(item.launchDate, day) : null;
  const moved = (other: Day | null) => (other && shift !== null ? addDays(other, shift) : other);
  const dates = { startDate: moved(item.startDate), launchDate: day, endDate: moved(item.endDate) };
  if (dates.startDate && dates.startDate > day)
    return {
      ok: false,
      message: `The go-live day must be on or after the wave’s start, ${formatDay(dates.startDate)}`,
    };
  if (dates.endDate && dates.endDate < day)
    return {
      ok: false,
      message: `The go-live day must be on or before the wave’s end, ${formatDay(dates.endDate)}`,
    };
  for (const d of [dates.startDate, dates.endDate])
    if (d && !isPlanningDay(d))
      return {
        ok: false,
        message: `Moving the wave’s start and end with it would take them outside 2000–2100`,
      };
  return { ok: true, value: dates };
}

/**
 * Saves part of a wave's facts. A rollout not yet numbered gets the next number of its launch's
 * plan with the change: editing its ramp or status places it in the plan.
 */
export async function saveWave(
  itemId: string,
  patch: Partial<Wave>,
  label: (title: string) => string,
): Promise<SaveOutcome> {
  const result = await run((ws, ctx) => {
    const item = recordOf(ws.items, itemId);
    const current: Wave = (item && waveOf(item)) ?? {
      number: item?.parentId ? nextWaveNumber(ws, item.parentId) : 1,
      rampPercent: null,
      status: 'planned',
      gateCriteria: '',
    };
    return updateItem(ws, itemId, { wave: { ...current, ...patch } }, ctx, label(item?.title ?? 'wave'));
  });
  return outcomeOf(result);
}

export const saveRamp = (itemId: string, rampPercent: number | null) =>
  saveWave(itemId, { rampPercent }, (title) =>
    rampPercent === null ? `Clear the ramp of “${title}”` : `Set the ramp of “${title}” to ${rampPercent} %`,
  );

export const saveStatus = (itemId: string, status: Wave['status']) =>
  saveWave(itemId, { status }, (title) => `Mark “${title}” ${WAVE_STATUS_LABELS[status].toLowerCase()}`);

export const saveGateCriteria = (itemId: string, gateCriteria: string) =>
  saveWave(itemId, { gateCriteria }, (title) => `Edit the gate criteria after “${title}”`);

export async function saveOwner(itemId: string, ownerId: string | null, ownerName: string): Promise<boolean> {
  const result = await run((ws, ctx) => {
    const title = recordOf(ws.items, itemId)?.title ?? 'wave';
    return updateItem(
      ws,
      itemId,
      { ownerId },
      ctx,
      ownerId
        ? `Make ${ownerName} the regional owner of “${title}”`
        : `Clear the regional owner of “${title}”`,
    );
  });
  return result.ok;
}

/** Saves the wave's new dates (with what belongs to it, if the person chooses so). */
export async function saveGoLive(
  item: LaunchItem,
  dates: Pick<LaunchItem, 'startDate' | 'launchDate' | 'endDate'>,
): Promise<SaveOutcome> {
  return outcomeOf(
    await saveItemDates(item.id, dates, `Move “${item.title}” to go live on ${formatDay(dates.launchDate!)}`),
  );
}

export async function moveWaveInPlan(itemId: string, direction: WaveDirection): Promise<boolean> {
  const result = await run((ws, ctx) => moveWave(ws, itemId, direction, ctx));
  return result.ok;
}
