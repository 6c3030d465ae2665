/** What the feedback screens share: the launch items feedback can link to, and amounts in words. */
import { KIND_LABELS } from '../../../shared/domain/primitives';
import { memoByTables } from '../../../shared/views/memo';
import type { Option } from '../../ui/Select';

const byTitle = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Every item as an option, by title (then id), once per version of the items. */
const allItemOptions = memoByTables(['items'], (ws): { option: Option; archived: boolean; id: string }[] =>
  Object.values(ws.items)
    .sort((a, b) => byTitle.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((item) => ({
      id: item.id,
      archived: item.archived,
      option: { value: item.id, label: `${item.title} (${KIND_LABELS[item.kind]})` },
    })),
);

/**
 * Launches, betas and waves that are not archived (and `keep`, the one chosen, even archived),
 * by title, each with its kind. Kept per version of the items and `keep`: the same array on
 * every keystroke, so a select given it is not rebuilt (LaunchSelectField).
 */
export const itemOptions = memoByTables(['items'], (ws, keep: string | null = null): Option[] =>
  allItemOptions(ws).flatMap((o) => (!o.archived || o.id === keep ? [o.option] : [])),
);

/** "$120,000": one formatter for every screen. */
export { moneyText } from '../../../shared/domain/text';

export function numberText(n: number): string {
  return n.toLocaleString('en-US');
}
