/**
 * How a brief words days, people, stages and functions. Days come from shared/dates (date-fns
 * with fixed patterns, English), never the machine's locale, and the "data as of" instant is
 * read from the clock the caller passes in: the same workspace and clock give the same words in
 * the app and on the command line.
 */
import { formatDay, isDay, tMinusLabel, type Day } from '../../dates/days';
import type { LaunchItem } from '../../domain/items/schema';
import { KIND_LABELS } from '../../domain/primitives';
import { recordOf, settingsOf, type Workspace } from '../../domain/workspace';

/** A brief that cannot be built; its message is for the person who asked for it. */
export class BriefError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BriefError';
  }
}

/** "Tue 1 Dec 2026". */
export const dayWords = formatDay;

/** "Tue 1 Dec 2026, 14:05 UTC" for an ISO instant such as 2026-12-01T14:05:09.000Z. */
export function instantWords(iso: string): string {
  const day = iso.slice(0, 10);
  const time = /^T(\d{2}:\d{2})/.exec(iso.slice(10));
  if (!isDay(day) || !time || !iso.endsWith('Z'))
    throw new BriefError(`“${iso}” is not an instant in UTC (such as 2026-12-01T14:05:00.000Z)`);
  return `${formatDay(day)}, ${time[1]} UTC`;
}

/** "30 Nov – 10 Dec 2026", or "30 Nov 2026 – 10 Jan 2027" across a year. */
export function rangeWords(from: Day, to: Day): string {
  // "Mon 30 Nov 2026" without its weekday: a range reads better as bare dates.
  const fromRest = formatDay(from).split(' ').slice(1);
  const toRest = formatDay(to).split(' ').slice(1);
  const start = from.slice(0, 4) === to.slice(0, 4) ? fromRest.slice(0, 2).join(' ') : fromRest.join(' ');
  return `${start} – ${toRest.join(' ')}`;
}

/** T-minus labels by launch day and today: a portfolio asks for the same few hundred days. */
const tMinusLabels = new Map<string, string>();

/** "T-21", "T-0", "T+3": where `today` stands relative to the launch day. */
export function tMinus(launchDate: Day, today: Day): string {
  const key = `${launchDate}|${today}`;
  let label = tMinusLabels.get(key);
  if (label === undefined) {
    if (tMinusLabels.size >= 10_000) tMinusLabels.clear();
    label = tMinusLabel(launchDate, today);
    tMinusLabels.set(key, label);
  }
  return label;
}

/** A person's name, "no owner" when none, "someone removed" for a dangling id. */
export function personName(ws: Pick<Workspace, 'people'>, id: string | null, none = 'no owner'): string {
  if (!id) return none;
  return recordOf(ws.people, id)?.name ?? 'someone no longer in People';
}

/** "Maya Chen and Tomás Alvarez", "A, B and C". */
export function listWords(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function stageName(ws: Pick<Workspace, 'settings'>, stageId: string): string {
  return settingsOf(ws).stages.find((s) => s.id === stageId)?.name ?? 'an unknown stage';
}

export function functionNames(ws: Pick<Workspace, 'settings'>): Map<string, string> {
  return new Map(settingsOf(ws).functions.map((f) => [f.id, f.name]));
}

export function regionWords(ws: Pick<Workspace, 'settings'>, code: string): string {
  const region = settingsOf(ws).regions.find((r) => r.code === code);
  return region ? `${region.name} (${code})` : code;
}

/** "Launch · Tier 1". */
export function kindAndTier(item: LaunchItem): string {
  return `${KIND_LABELS[item.kind]} · Tier ${item.tier}`;
}

/** "Thu 17 Dec 2026 (T-21)", or "no launch date". */
export function launchDayWords(item: LaunchItem, today: Day): string {
  return item.launchDate
    ? `${dayWords(item.launchDate)} (${tMinus(item.launchDate, today)})`
    : 'no launch date';
}

/** A file name part from a title: "Payment Links v2" → "payment-links-v2". */
export function slug(value: string): string {
  const words = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return words || 'untitled';
}
