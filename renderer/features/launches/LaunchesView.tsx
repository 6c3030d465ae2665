/** The Launches list: every launch item in a sortable, searchable table. */
import { useDeferredValue, useMemo, useState } from 'react';
import { useToday } from '../../state/useToday';
import { openEditor } from '../../state/window';
import { useDocument } from '../../state/document';
import { LaunchTable } from './LaunchTable';
import { buildRows, filterRows, sortRows, type Sort } from '../../../shared/views/launch-rows';

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

  return (
    <section className="view" aria-labelledby="launches-title">
      <header className="view__header">
        <h1 id="launches-title">Launches</h1>
        <div className="toolbar">
          <input
            type="search"
            className="input toolbar__search"
            placeholder="Search title, area, owner, region…"
            aria-label="Search launch items"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={showArchived}
              onChange={(e) => setShowArchived(e.target.checked)}
            />
            Show archived ({archivedCount})
          </label>
          <button
            type="button"
            className="button button--primary"
            onClick={() => openEditor({ mode: 'create' })}
          >
            New launch item
          </button>
        </div>
      </header>
      <p className="view__summary" role="status">
        {rows.length === allRows.length
          ? `${rows.length.toLocaleString('en-US')} launch items`
          : `Showing ${rows.length.toLocaleString('en-US')} of ${allRows.length.toLocaleString('en-US')} launch items`}
      </p>
      {allRows.length === 0 ? (
        <div className="empty">
          <h2>No launch items yet</h2>
          <p>Add a beta, launch or rollout to start planning. Press N at any time to add one.</p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => openEditor({ mode: 'create' })}
          >
            New launch item
          </button>
        </div>
      ) : rows.length === 0 ? (
        <div className="empty">
          <h2>Nothing matches</h2>
          <p>
            No launch item matches “{deferredQuery}”{showArchived ? '' : ' (archived items are hidden)'}.
          </p>
          <button type="button" className="button" onClick={() => setQuery('')}>
            Clear search
          </button>
        </div>
      ) : (
        <LaunchTable rows={rows} sort={sort} onSort={setSort} today={today} />
      )}
    </section>
  );
}
