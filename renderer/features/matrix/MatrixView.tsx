/**
 * The readiness matrix, for the launch review meeting: launch items × readiness functions,
 * each cell coloured (and marked) by its worst line. Filters for the launch dates (next six
 * weeks by default), tier, region and stage sit in the toolbar and in the address
 * (state/matrix-view.ts); the rows come from the read model (shared/views/readiness.ts).
 */
import { formatShortDay, type Day } from '../../../shared/dates/days';
import type { Tier } from '../../../shared/domain/primitives';
import { settingsOf } from '../../../shared/domain/workspace';
import { filteredReadinessMatrix } from '../../../shared/views/readiness';
import { useDocument } from '../../state/document';
import {
  clearMatrixFilters,
  isMatrixFiltered,
  MATRIX_RANGE_LABELS,
  MATRIX_RANGES,
  matrixFilterOf,
  setMatrixView,
  useMatrixView,
  type MatrixRange,
} from '../../state/matrix-view';
import { useToday } from '../../state/useToday';
import { openEditor } from '../../state/window';
import { EmptyState } from '../../ui/EmptyState';
import { optionsFrom, Select } from '../../ui/Select';
import { countSummary, ViewHeader } from '../../ui/ViewHeader';
import { CELL_STATE_GLYPHS, CELL_STATE_LABELS } from './MatrixCell';
import { MatrixGrid } from './MatrixGrid';
import './matrix.css';

const TITLE_ID = 'matrix-title';

export function MatrixView() {
  const workspace = useDocument((s) => s.workspace);
  const settings = settingsOf(workspace);
  const today = useToday();
  const view = useMatrixView();
  const filter = matrixFilterOf(view, today);
  const matrix = filteredReadinessMatrix(workspace, today, filter);
  const filtering = isMatrixFiltered(view);

  return (
    <section className="view view--matrix" aria-labelledby={TITLE_ID}>
      <ViewHeader
        id={TITLE_ID}
        title="Readiness matrix"
        summary={matrix.total > 0 ? summaryOf(matrix.rows.length, matrix.total, filter) : undefined}
      >
        <Select
          className="input input--auto"
          aria-label="Launch dates"
          value={view.range}
          options={optionsFrom(MATRIX_RANGES, MATRIX_RANGE_LABELS)}
          onChange={(range) => setMatrixView(rangeChange(range as MatrixRange, filter))}
        />
        {view.range === 'custom' && (
          <>
            <DayInput label="From" value={view.from} onChange={(from) => setMatrixView({ from })} />
            <DayInput label="To" value={view.to} onChange={(to) => setMatrixView({ to })} />
          </>
        )}
        <Select
          className="input input--auto"
          aria-label="Tier"
          empty="All tiers"
          value={view.tier ? String(view.tier) : ''}
          options={settings.tiers.map((t) => ({ value: String(t.tier), label: t.name }))}
          onChange={(tier) => setMatrixView({ tier: Number(tier) as Tier | 0 })}
        />
        <Select
          className="input input--auto"
          aria-label="Region"
          empty="All regions"
          value={view.region}
          options={settings.regions.map((r) => ({ value: r.code, label: r.code, title: r.name }))}
          onChange={(region) => setMatrixView({ region })}
        />
        <Select
          className="input input--auto"
          aria-label="Stage"
          empty="All stages"
          value={view.stageId}
          options={settings.stages.map((s) => ({ value: s.id, label: s.name }))}
          onChange={(stageId) => setMatrixView({ stageId })}
        />
        {filtering && (
          <button type="button" className="button" onClick={clearMatrixFilters}>
            Clear filters
          </button>
        )}
      </ViewHeader>
      {matrix.total === 0 ? (
        <EmptyState
          title="No readiness checklists yet"
          action={{ label: 'New launch item', onClick: () => openEditor({ mode: 'create' }), primary: true }}
        >
          The matrix shows every launch item that has a readiness checklist, function by function. Add a
          launch item with a playbook, or add readiness items on a launch page.
        </EmptyState>
      ) : matrix.rows.length === 0 ? (
        <EmptyState
          title="No launch items match"
          action={{
            label: 'Show all launch items',
            onClick: () => {
              clearMatrixFilters();
              setMatrixView({ range: 'all' });
            },
          }}
        >
          None of the {countSummary(matrix.total, matrix.total, false, 'launch items with a checklist')}{' '}
          {[rangePhrase(filter.from, filter.to), filtering && 'matches the tier, region and stage chosen']
            .filter(Boolean)
            .join(' and ')}
          .
        </EmptyState>
      ) : (
        <>
          <Legend />
          <MatrixGrid matrix={matrix} stages={settings.stages} today={today} labelledBy={TITLE_ID} />
        </>
      )}
    </section>
  );
}

/** Choosing "Custom dates" starts from the days the range showed, so the rows stay put. */
function rangeChange(range: MatrixRange, shown: { from: Day | null; to: Day | null }) {
  return range === 'custom' ? { range, from: shown.from, to: shown.to } : { range };
}

function rangePhrase(from: Day | null, to: Day | null): string | null {
  if (from && to) return `launches between ${formatShortDay(from)} and ${formatShortDay(to)}`;
  if (from) return `launches on or after ${formatShortDay(from)}`;
  if (to) return `launches on or before ${formatShortDay(to)}`;
  return null;
}

function summaryOf(shown: number, total: number, filter: { from: Day | null; to: Day | null }) {
  const count = countSummary(shown, total, shown !== total, 'launch items with a checklist');
  const { from, to } = filter;
  if (!from && !to) return count;
  return `${count} · launching ${from ? formatShortDay(from) : '…'} – ${to ? formatShortDay(to) : '…'}`;
}

/** A date input for one end of the custom range; empty leaves that end open. */
function DayInput({
  label,
  value,
  onChange,
}: {
  label: string;
  value: Day | null;
  onChange: (day: Day | null) => void;
}) {
  return (
    <label className="toolbar__label">
      {label}
      <input
        type="date"
        className="input input--auto"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value || null)}
      />
    </label>
  );
}

const LEGEND = ['blocked', 'overdue', 'in-progress', 'not-started', 'done'] as const;

/** What the colours and marks mean, in words. */
function Legend() {
  return (
    <ul className="matrix-legend" aria-label="Legend">
      {LEGEND.map((state) => (
        <li key={state} className={`matrix-legend__item matrix-cell--${state}`}>
          <span aria-hidden="true" className="matrix-cell__glyph">
            {CELL_STATE_GLYPHS[state]}
          </span>
          {CELL_STATE_LABELS[state]}
        </li>
      ))}
      <li className="matrix-legend__item">
        <span aria-hidden="true">✎</span> Required sign-offs open
      </li>
      <li className="matrix-legend__item">
        <span aria-hidden="true" className="matrix-cell__empty">
          –
        </span>
        Nothing on the checklist
      </li>
    </ul>
  );
}
