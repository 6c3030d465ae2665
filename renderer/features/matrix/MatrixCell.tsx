/**
 * One cell of the readiness matrix: what one function has done of one launch item's checklist.
 * Its colour follows the worst line (blocked, overdue, in progress, not started, done), and a
 * glyph and the words in its accessible name say the same, so colour is never the only cue.
 * Overdue lines and open required sign-offs are marked in the cell (drawn by matrix.css). Props in, events out: the
 * grid (MatrixGrid) decides which cell is focusable and what opening one does.
 */
import { memo } from 'react';
import { countOf } from '../../../shared/domain/text';
import type { CellState, ReadinessDayCell } from '../../../shared/views/readiness';

export const CELL_STATE_LABELS: Record<CellState, string> = {
  blocked: 'Blocked',
  overdue: 'Overdue',
  'in-progress': 'In progress',
  'not-started': 'Not started',
  done: 'Done',
  empty: 'Nothing on the checklist',
};

/** A shape per state, for people who cannot tell the colours apart. */
export const CELL_STATE_GLYPHS: Record<CellState, string> = {
  blocked: '✕',
  overdue: '!',
  'in-progress': '◐',
  'not-started': '○',
  done: '✓',
  empty: '',
};

/** What a screen reader hears on the cell: "Legal & Compliance: 1 of 3 done, blocked, 2 overdue, …". */
export function cellLabel(cell: ReadinessDayCell, functionName: string): string {
  const { done, total } = cell.progress;
  if (total === 0) return `${functionName}: nothing on the checklist`;
  const parts = [`${done} of ${total} done`];
  // "Overdue" is said once, with its count; a blocked cell can have overdue lines too.
  if (cell.state !== 'done' && cell.state !== 'overdue')
    parts.push(CELL_STATE_LABELS[cell.state].toLowerCase());
  if (cell.overdue > 0) parts.push(`${cell.overdue} overdue`);
  if (cell.openSignOffs > 0)
    parts.push(countOf(cell.openSignOffs, 'required sign-off open', 'required sign-offs open'));
  return `${functionName}: ${parts.join(', ')}`;
}

interface MatrixCellProps {
  cell: ReadinessDayCell;
  functionName: string;
  /** 1-based, as aria-colindex counts. */
  colIndex: number;
  /** The one cell of the grid reached with Tab (roving tabindex). */
  tabbable: boolean;
  onOpen: (functionId: string) => void;
}

export const MatrixCell = memo(function MatrixCell({
  cell,
  functionName,
  colIndex,
  tabbable,
  onOpen,
}: MatrixCellProps) {
  const label = cellLabel(cell, functionName);
  const { done, total } = cell.progress;
  // Few elements per cell, for a thousand rows that scroll in time: the name (the words above,
  // from the text, so what is shown is part of it), what is shown (the glyph and the count), and
  // the marks drawn by matrix.css from data attributes (overdue under the count, open sign-offs
  // in a corner).
  return (
    <div
      role="gridcell"
      aria-colindex={colIndex}
      title={label}
      tabIndex={tabbable ? 0 : -1}
      data-col={colIndex}
      data-overdue={total > 0 && cell.overdue > 0 ? `${cell.overdue} overdue` : undefined}
      data-sign-off={total > 0 && cell.openSignOffs > 0 ? `✎${cell.openSignOffs}` : undefined}
      className={`matrix-cell matrix-cell--${cell.state}`}
      onClick={() => onOpen(cell.functionId)}
    >
      <span className="visually-hidden">{label}</span>
      <span aria-hidden="true">
        {total === 0 ? '–' : `${CELL_STATE_GLYPHS[cell.state]} ${done}/${total}`}
      </span>
    </div>
  );
});
