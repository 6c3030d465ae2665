/**
 * The toolbar's Collisions button with the number of open collisions. Counting needs the whole
 * radar (a few hundred milliseconds at 10,000 items), which the first screen does not show: the
 * button says "Collisions" until the count is known — never a wrong "(0)" — and counts after
 * the first paint. After an edit the count follows as a deferred render (useDeferredValue), so
 * the edit itself is drawn first; every other render reads the memoised report.
 */
import { useDeferredValue } from 'react';
import type { TableName, Workspace } from '../../../shared/domain/workspace';
import { collisionReport } from '../../../shared/views/collisions';
import { useDocument } from '../../state/document';
import { usePainted } from './usePainted';

/** What the collision report reads: until startup has read these, there is nothing to count. */
export const REPORT_TABLES: readonly TableName[] = ['items', 'blackouts', 'settings', 'acknowledgements'];

interface Props {
  pressed: boolean;
  onClick: () => void;
}

export function CollisionsButton({ pressed, onClick }: Props) {
  const workspace = useDocument((s) => s.workspace);
  const readable = useDocument((s) => !REPORT_TABLES.some((t) => s.loading.has(t)));
  const painted = usePainted();
  const counted = useDeferredValue<Workspace | null>(painted && readable ? workspace : null, null);
  const open = counted ? collisionReport(counted).open.length : null;
  return (
    <button
      type="button"
      className={`button ${open ? 'button--warn' : ''}`}
      aria-pressed={pressed}
      aria-busy={open === null}
      onClick={onClick}
    >
      {open === null ? 'Collisions' : `Collisions (${open})`}
    </button>
  );
}
