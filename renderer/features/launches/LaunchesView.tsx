/** The Launches list: every launch item in a sortable, searchable table. */
import { useDeferredValue, useMemo, useState } from 'react';
import { useToday } from '../../state/useToday';
import { openEditor } from '../../state/window';
import { useDocument } from '../../state/document';
import { EmptyState } from '../../ui/EmptyState';
import { countSummary, ViewHeader } from '../../ui/ViewHeader';
import { LaunchTable } from './LaunchTable';
import { buildRows, filterRows, sortRows, type Sort } from '../../../shared/views/launch-rows';
import './launches.css';

export function LaunchesView() {
  const workspace = useDocument((s) => s.workspace);
  const today = useToday();
  const [query, setQuery] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const [sort, setSort] = useState<Sort>({ key: 'launchDate', direction: 'ascending' });
  const deferredQuery = useDeferredValue(query);

  const allRows = useMemo(() => buildRows(workspace, today), [workspace, today]);
  const rows = useMemo(
    () => sortRows(filterRows(allRows, deferredQuery, showArchived), sort),
    [allRows, deferredQuery, showArchived, sort],
  );
  const archivedCount = useMemo(() => allRows.filter((r) => r.item.archived).length, [allRows]);

  const newItem = { label: 'New launch item', onClick: () => openEditor({ mode: 'create' }) };
  return (
    <section className="view" aria-labelledby="launches-title">
      <ViewHeader
        id="launches-title"
        title="Launches"
        action={newItem}
        summary={countSummary(rows.length, allRows.length, rows.length !== allRows.length)}
      >
        <input
          type="search"
          className="input toolbar__search"
          placeholder="Search title, area, owner, region…"
          aria-label="Search launch items"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <label className="checkbox">
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
          Show archived ({archivedCount})
        </label>
      </ViewHeader>
      {allRows.length === 0 ? (
        <EmptyState title="No launch items yet" action={{ ...newItem, primary: true }}>
          Add a beta, launch or rollout to start planning. Press N at any time to add one.
        </EmptyState>
      ) : rows.length === 0 ? (
        <EmptyState title="Nothing matches" action={{ label: 'Clear search', onClick: () => setQuery('') }}>
          No launch item matches “{deferredQuery}”{showArchived ? '' : ' (archived items are hidden)'}.
        </EmptyState>
      ) : (
        <LaunchTable rows={rows} sort={sort} onSort={setSort} today={today} />
      )}
    </section>
  );
}
