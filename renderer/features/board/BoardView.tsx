/** The board view: filters and grouping on top, the board below. */
import { useDeferredValue, useMemo, type ComponentProps } from 'react';
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
import { openBrief, openEditor } from '../../state/window';
import { useDocument } from '../../state/document';
import { openPictureExport } from '../../state/picture-export';
import { peopleByName } from '../../../shared/views/indexes';
import { GROUPINGS, GROUPING_LABELS, type Grouping } from '../../../shared/views/lanes';
import { buildRows } from '../../../shared/views/launch-rows';
import { optionsFrom, Select } from '../../ui/Select';
import { countSummary, ViewHeader } from '../../ui/ViewHeader';
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
      <ViewHeader
        id="board-title"
        title="Board"
        action={{ label: 'New launch item', onClick: () => openEditor({ mode: 'create' }) }}
        summary={countSummary(model.visible, model.total, filtering)}
      >
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
          empty="All kinds"
          value={filter.kind}
          options={optionsFrom(KINDS, KIND_LABELS)}
          onChange={(kind) => setFilter({ kind: kind as Kind | '' })}
        />
        <FilterSelect
          label="Tier"
          empty="All tiers"
          value={filter.tier ? String(filter.tier) : ''}
          options={settings.tiers.map((t) => ({ value: String(t.tier), label: t.name }))}
          onChange={(tier) => setFilter({ tier: Number(tier) as Tier | 0 })}
        />
        <FilterSelect
          label="Region"
          empty="All regions"
          value={filter.region}
          options={settings.regions.map((r) => ({ value: r.code, label: r.code }))}
          onChange={(region) => setFilter({ region })}
        />
        <FilterSelect
          label="Owner"
          empty="All owners"
          value={filter.ownerId}
          options={people.map((p) => ({ value: p.id, label: p.name }))}
          onChange={(ownerId) => setFilter({ ownerId })}
        />
        <FilterSelect
          label="Health"
          empty="Any health"
          value={filter.health}
          options={optionsFrom(HEALTHS, HEALTH_LABELS)}
          onChange={(health) => setFilter({ health: health as Health | '' })}
        />
        <label className="toolbar__label">
          Swimlanes
          <Select
            className="input input--auto"
            value={grouping}
            options={optionsFrom(GROUPINGS, GROUPING_LABELS)}
            onChange={(g) => setGrouping(g as Grouping)}
          />
        </label>
        {filtering && (
          <button type="button" className="button" onClick={clearFilter}>
            Clear filters
          </button>
        )}
        <button
          type="button"
          className="button"
          title="A brief of the launches in the next weeks, with the board's region, tier and kind filters"
          onClick={() =>
            openBrief({
              kind: 'portfolio',
              region: filter.region || null,
              tier: filter.tier || null,
              itemKind: filter.kind || null,
            })
          }
        >
          Portfolio brief…
        </button>
        <button type="button" className="button" onClick={() => openPictureExport('board')}>
          Export picture…
        </button>
      </ViewHeader>
      <Board model={model} settings={settings} grouping={grouping} rows={rows} today={today} />
    </section>
  );
}

/** One filter: "All …" (the empty value) or one of the options. */
function FilterSelect({ label, ...select }: { label: string } & ComponentProps<typeof Select>) {
  return <Select className="input input--auto" aria-label={label} {...select} />;
}
