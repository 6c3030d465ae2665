/**
 * Where a key moves the focus in the matrix grid, as the ARIA grid pattern has it: arrows by
 * one cell, Home/End to the ends of the row, Ctrl+Home/End to the first and last cell of the
 * grid, PageUp/PageDown by a screenful of rows. Pure, so the rules are tested without a DOM.
 */

export interface GridPosition {
  /** 0-based row among the launch items (the header row is not a stop). */
  row: number;
  /** 0-based column: 0 the launch item, 1 overall, then one per readiness function. */
  col: number;
}

export interface GridSize {
  rows: number;
  cols: number;
  /** Rows in one screenful, for PageUp and PageDown (at least one). */
  pageRows: number;
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(max, n));

/** The position `key` moves to from `at`, or null when the key is not a grid move. */
export function moveInGrid(
  key: string,
  ctrlKey: boolean,
  at: GridPosition,
  size: GridSize,
): GridPosition | null {
  const lastRow = size.rows - 1;
  const lastCol = size.cols - 1;
  const to = (row: number, col: number) => ({ row: clamp(row, lastRow), col: clamp(col, lastCol) });
  switch (key) {
    case 'ArrowUp':
      return to(at.row - 1, at.col);
    case 'ArrowDown':
      return to(at.row + 1, at.col);
    case 'ArrowLeft':
      return to(at.row, at.col - 1);
    case 'ArrowRight':
      return to(at.row, at.col + 1);
    case 'Home':
      return ctrlKey ? to(0, 0) : to(at.row, 0);
    case 'End':
      return ctrlKey ? to(lastRow, lastCol) : to(at.row, lastCol);
    case 'PageUp':
      return to(at.row - Math.max(1, size.pageRows), at.col);
    case 'PageDown':
      return to(at.row + Math.max(1, size.pageRows), at.col);
    default:
      return null;
  }
}
