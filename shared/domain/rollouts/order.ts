/**
 * The order of a launch's rollout plan: numbered waves by number, then rollouts not yet given
 * a number by go-live day (undated last), then by title and id so the order never depends on
 * how the records happen to be stored.
 */
import { waveOf, type LaunchItem } from '../items/schema';

const byTitle = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function compareWaves(a: LaunchItem, b: LaunchItem): number {
  const na = waveOf(a)?.number ?? Infinity;
  const nb = waveOf(b)?.number ?? Infinity;
  if (na !== nb) return na < nb ? -1 : 1;
  const da = a.launchDate ?? a.startDate ?? '\uffff';
  const db = b.launchDate ?? b.startDate ?? '\uffff';
  if (da !== db) return da < db ? -1 : 1;
  return byTitle.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The rollout items of a plan (kind rollout, not archived) among `children`, in plan order. */
export function wavesInOrder(children: readonly LaunchItem[]): LaunchItem[] {
  return children.filter((c) => c.kind === 'rollout' && !c.archived).sort(compareWaves);
}

/** "NA", "EU & UK", "NA, EU & UK". */
export function regionsText(codes: readonly string[]): string {
  if (codes.length <= 1) return codes[0] ?? 'no region';
  return `${codes.slice(0, -1).join(', ')} & ${codes.at(-1)}`;
}
