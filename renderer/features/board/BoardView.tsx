/** The board view: filters and grouping on top, the board below. */
import { useDeferredValue, useMemo } from 'react';
import { isFiltering } from '../../../shared/domain/items/board';
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
import { useToday } from '../../state/useToday';
import { openEditor } from '../../state/window';
import { useDocument } from '../../state/document';
import { peopleByName } from '../../../shared/views/indexes';
import { GROUPINGS, GROUPING_LABELS, type Grouping } from '../../../shared/views/lanes';
import { buildRows } from '../../../shared/views/launch-rows';
import { Board } from './Board';
import { buildBoard } from './board-model';
import { clearFilter, setFilter, setGrouping, useBoardView } from '../../state/board-view';
import './board.css';

export function BoardView() {
  const workspace = useDocument((s) => s.workspace);
  const settings = settingsOf(workspace);
  const today = useToday();
  const { grouping, filter } = useBoardView();
  const deferredText = useDeferredValue(filter.text);
  const rows = buildRows(workspace, today);
  const effectiveFilter = useMemo(() => ({ ...filter, text: deferredText }), [filter, deferredText]);
  const model = useMemo(
    () => buildBoard(workspace, settings, rows, grouping, effectiveFilter),
    [workspace, settings, rows, grouping, effectiveFilter],
  );
  const people = peopleByName(workspace);
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
          <FilterSelect
            label="Kind"
            all="All kinds"
            value={filter.kind}
            options={KINDS.map((k) => [k, KIND_LABELS[k]])}
            onChange={(kind) => setFilter({ kind: kind as Kind | '' })}
          />
          <FilterSelect
            label="Tier"
            all="All tiers"
            value={filter.tier ? String(filter.tier) : ''}
            options={settings.tiers.map((t) => [String(t.tier), t.name])}
            onChange={(tier) => setFilter({ tier: Number(tier) as Tier | 0 })}
          />
          <FilterSelect
            label="Region"
            all="All regions"
            value={filter.region}
            options={settings.regions.map((r) => [r.code, r.code])}
            onChange={(region) => setFilter({ region })}
          />
          <FilterSelect
            label="Owner"
            all="All owners"
            value={filter.ownerId}
            options={people.map((p) => [p.id, p.name])}
            onChange={(ownerId) => setFilter({ ownerId })}
          />
          <FilterSelect
            label="Health"
            all="Any health"
            value={filter.health}
            options={HEALTHS.map((h) => [h, HEALTH_LABELS[h]])}
            onChange={(health) => setFilter({ health: health as Health | '' })}
          />
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

/** One filter: "All …" (the empty value) or one of the options. */
function FilterSelect({
  label,
  all,
  value,
  options,
  onChange,
}: {
  label: string;
  all: string;
  value: string;
  options: [value: string, label: string][];
  onChange: (value: string) => void;
}) {
  return (
    <select
      className="input input--auto"
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">{all}</option>
      {options.map(([optionValue, optionLabel]) => (
        <option key={optionValue} value={optionValue}>
          {optionLabel}
        </option>
      ))}
    </select>
  );
}
