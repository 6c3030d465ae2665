/** What the feedback screens share: the launch items feedback can link to, and amounts in words. */
import { KIND_LABELS } from '../../../shared/domain/primitives';
import type { Workspace } from '../../../shared/domain/workspace';
import type { Option } from '../../ui/Select';

/** Launches, betas and waves that are not archived, by title, each with its kind. */
export function itemOptions(ws: Workspace, keep: string | null = null): Option[] {
  return Object.values(ws.items)
    .filter((item) => !item.archived || item.id === keep)
    .sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id))
    .map((item) => ({ value: item.id, label: `${item.title} (${KIND_LABELS[item.kind]})` }));
}

/** "$120,000": one formatter for every screen. */
export { moneyText } from '../../../shared/domain/text';

export function numberText(n: number): string {
  return n.toLocaleString('en-US');
}
