/** The board view: filters and grouping on top, the board below. */
import { useDeferredValue, useMemo } from 'react';
import { GROUPINGS, GROUPING_LABELS, isFiltering, type Grouping } from '../../../shared/domain/board';
import {
  HEALTHS,
  HEALTH_LABELS,
  KINDS,
  KIND_LABELS,
  type Health,
  type Kind,
  type Tier,
} from '../../../shared/domain/primitives';
import { settingsOf } from '../../../shared/domain/workspace';
import { useToday } from '../../app/useToday';
import { openEditor, useAppStore } from '../../state/store';
import { buildRows } from '../launches/launch-rows';
import { Board } from './Board';
import { buildBoard } from './board-model';
import { clearFilter, setFilter, setGrouping, useBoardView } from './board-view';

export function BoardView() {
  const workspace = useAppStore((s) => s.workspace);
  const settings = settingsOf(workspace);
  const today = useToday();
  const { grouping, filter } = useBoardView();
  const deferredText = useDeferredValue(filter.text);
  const rows = useMemo(() => buildRows(workspace, today), [workspace, today]);
  const effectiveFilter = useMemo(() => ({ ...filter, text: deferredText }), [filter, deferredText]);
  const model = useMemo(
    () => buildBoard(workspace, settings, rows, grouping, effectiveFilter),
    [workspace, settings, rows, grouping, effectiveFilter],
  );
  const people = useMemo(
    () => Object.values(workspace.people).sort((a, b) => a.name.localeCompare(b.name)),
    [workspace.people],
  );
  const filtering = isFiltering(filter);

  return (
    <section className="view view--board" aria-labelledby="board-title">
      <header className="view__header">
        <h1 id="board-title">Board</h1>
        <div className="toolbar">
          <input
            type="search"
            className="input toolbar__search"
            placeholder="Search cards…"
            aria-label="Search cards"
            value={filter.text}
            onChange={(e) => setFilter({ text: e.target.value })}
          />
          <select
            className="input input--auto"
            aria-label="Kind"
            value={filter.kind}
            onChange={(e) => setFilter({ kind: e.target.value as Kind | '' })}
          >
            <option value="">All kinds</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
          <select
            className="input input--auto"
            aria-label="Tier"
            value={filter.tier}
            onChange={(e) => setFilter({ tier: Number(e.target.value) as Tier | 0 })}
          >
            <option value={0}>All tiers</option>
            {settings.tiers.map((t) => (
              <option key={t.tier} value={t.tier}>
                {t.name}
              </option>
            ))}
          </select>
          <select
            className="input input--auto"
            aria-label="Region"
            value={filter.region}
            onChange={(e) => setFilter({ region: e.target.value })}
          >
            <option value="">All regions</option>
            {settings.regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.code}
              </option>
            ))}
          </select>
          <select
            className="input input--auto"
            aria-label="Owner"
            value={filter.ownerId}
            onChange={(e) => setFilter({ ownerId: e.target.value })}
          >
            <option value="">All owners</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <select
            className="input input--auto"
            aria-label="Health"
            value={filter.health}
            onChange={(e) => setFilter({ health: e.target.value as Health | '' })}
          >
            <option value="">Any health</option>
            {HEALTHS.map((h) => (
              <option key={h} value={h}>
                {HEALTH_LABELS[h]}
              </option>
            ))}
          </select>
          <label className="toolbar__label">
            Swimlanes
            <select
              className="input input--auto"
              value={grouping}
              onChange={(e) => setGrouping(e.target.value as Grouping)}
            >
              {GROUPINGS.map((g) => (
                <option key={g} value={g}>
                  {GROUPING_LABELS[g]}
                </option>
              ))}
            </select>
          </label>
          {filtering && (
            <button type="button" className="button" onClick={clearFilter}>
              Clear filters
            </button>
          )}
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
        {filtering
          ? `Showing ${model.visible.toLocaleString('en-US')} of ${model.total.toLocaleString('en-US')} launch items`
          : `${model.total.toLocaleString('en-US')} launch items`}
      </p>
      <Board model={model} settings={settings} grouping={grouping} rows={rows} today={today} />
    </section>
  );
}
