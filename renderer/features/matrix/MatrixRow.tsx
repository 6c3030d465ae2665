/**
 * One launch item in the readiness matrix: the item (title, tier, stage, launch day with
 * T-minus), its overall progress, then a cell per readiness function. Memoised: moving the
 * focus re-renders only the row it leaves and the row it enters.
 */
import { memo, useCallback, type CSSProperties } from 'react';
import { formatDay, formatShortDay, tMinusLabel, type Day } from '../../../shared/dates/days';
import { countOf } from '../../../shared/domain/text';
import type { ReadinessDayMatrix, ReadinessDayRow } from '../../../shared/views/readiness';
import { TierBadge } from '../../ui/badges';
import { MatrixCell } from './MatrixCell';

/** Columns before the functions: the launch item, then overall. */
export const LEAD_COLUMNS = 2;

interface MatrixRowProps {
  row: ReadinessDayRow;
  /** 0-based among the rows; the grid's aria-rowindex is this + 2 (the header is row 1). */
  index: number;
  /** Pixels from the top of the rows. */
  top: number;
  /** The matrix's columns, as the read model gives them (the same array while they stay the same). */
  functions: ReadinessDayMatrix['functions'];
  stageName: string;
  today: Day;
  /** The column reached with Tab when this row holds it, else -1. */
  activeCol: number;
  onOpen: (itemId: string, functionId: string | null) => void;
  onOpenOverview: (itemId: string) => void;
}

export const MatrixRow = memo(function MatrixRow({
  row,
  index,
  top,
  functions,
  stageName,
  today,
  activeCol,
  onOpen,
  onOpenOverview,
}: MatrixRowProps) {
  const { item, progress } = row;
  const openFunction = useCallback((functionId: string) => onOpen(item.id, functionId), [item.id, onOpen]);
  const overall = overallLabel(row);
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-row={index}
      className="matrix-row"
      style={{ transform: `translateY(${top}px)` }}
    >
      <div
        role="rowheader"
        aria-colindex={1}
        tabIndex={activeCol === 0 ? 0 : -1}
        data-col={1}
        className="matrix-row__item"
      >
        <button
          type="button"
          tabIndex={-1}
          className="link-button matrix-row__title"
          title={item.title}
          onClick={() => onOpenOverview(item.id)}
        >
          {item.title}
        </button>
        <span className="matrix-row__meta">
          <TierBadge tier={item.tier} />
          <span className="matrix-row__stage">{stageName}</span>
          {item.launchDate ? (
            <span className="nowrap" title={formatDay(item.launchDate)}>
              {formatShortDay(item.launchDate)}{' '}
              <span className="tminus">{tMinusLabel(item.launchDate, today)}</span>
            </span>
          ) : (
            <span className="muted">No launch date</span>
          )}
        </span>
      </div>
      <div
        role="gridcell"
        aria-colindex={2}
        title={overall}
        tabIndex={activeCol === 1 ? 0 : -1}
        data-col={2}
        className="matrix-row__overall"
        // The bar under the count is drawn by matrix.css from this share.
        style={{ '--matrix-done-share': progress.done / progress.total } as CSSProperties}
        onClick={() => onOpen(item.id, null)}
      >
        <span className="visually-hidden">{overall}</span>
        <span aria-hidden="true">{`${progress.done}/${progress.total}`}</span>
      </div>
      {row.cells.map((cell, i) => (
        <MatrixCell
          key={cell.functionId}
          cell={cell}
          functionName={functions[i]!.name}
          colIndex={i + LEAD_COLUMNS + 1}
          tabbable={activeCol === i + LEAD_COLUMNS}
          onOpen={openFunction}
        />
      ))}
    </div>
  );
});

/** "Overall: 12 of 30 done, 2 overdue, 3 required sign-offs open". */
function overallLabel(row: ReadinessDayRow): string {
  const parts = [`${row.progress.done} of ${row.progress.total} done`];
  if (row.overdue > 0) parts.push(`${row.overdue} overdue`);
  if (row.openSignOffs > 0)
    parts.push(countOf(row.openSignOffs, 'required sign-off open', 'required sign-offs open'));
  return `Overall: ${parts.join(', ')}`;
}
