/**
 * The readiness matrix as an ARIA grid: launch items down, readiness functions across, with
 * the header row and the launch item column kept in view while scrolling. One cell at a time
 * is reached with Tab (roving tabindex); arrows, Home/End, Ctrl+Home/End and PageUp/PageDown
 * move within the grid (grid-keys.ts), Enter or a click opens the launch page there.
 *
 * Only the rows in view are in the DOM (plus the row holding the focus, so Tab always finds
 * it), positioned absolutely, so a thousand launch items open and scroll like ten.
 */
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import type { Day } from '../../../shared/dates/days';
import type { ReadinessDayMatrix } from '../../../shared/views/readiness';
import { setMatrixFocus, useMatrixFocus } from '../../state/matrix-view';
import { openLaunchPage } from '../../state/window';
import { moveInGrid } from './grid-keys';
import { LEAD_COLUMNS, MatrixRow } from './MatrixRow';

/** Handed to matrix.css as --matrix-row-height and --matrix-header-height (and used by the bench). */
const ROW_HEIGHT = 52;
const HEADER_HEIGHT = 64;

interface MatrixGridProps {
  matrix: ReadinessDayMatrix;
  /** The workspace's stages, to name each row's stage. */
  stages: readonly { id: string; name: string }[];
  today: Day;
  /** The id of the view's title, which names the grid. */
  labelledBy: string;
}

const openFunction = (itemId: string, functionId: string | null) =>
  openLaunchPage(itemId, { tab: 'readiness', functionId });
const openOverview = (itemId: string) => openLaunchPage(itemId, { tab: 'overview' });

export function MatrixGrid({ matrix, stages, today, labelledBy }: MatrixGridProps) {
  const { functions, rows } = matrix;
  const scrollRef = useRef<HTMLDivElement>(null);
  /** Set by a key press: focus the new active cell once it is rendered. */
  const focusPending = useRef(false);
  const focus = useMatrixFocus();
  const cols = functions.length + LEAD_COLUMNS;
  const found = focus.itemId === null ? -1 : rows.findIndex((r) => r.item.id === focus.itemId);
  const activeRow = found === -1 ? 0 : found;
  const activeCol = Math.min(focus.col, cols - 1);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // Few rows beyond the viewport: each row in the DOM is painted on every scrolled frame, and
    // the rows a scroll reveals are rendered in its own frame (bench: 6 gave p95 50 ms, 3 or 2
    // gave 33.4 ms; 14 no better than 6).
    overscan: 3,
    // The sticky header sits above the rows inside the scrolling element.
    scrollMargin: HEADER_HEIGHT,
    rangeExtractor: useCallback(
      (range: Range) => {
        const indexes = defaultRangeExtractor(range);
        if (activeRow < rows.length && !indexes.includes(activeRow)) {
          indexes.push(activeRow);
          indexes.sort((a, b) => a - b);
        }
        return indexes;
      },
      [activeRow, rows.length],
    ),
  });

  useEffect(() => {
    // Back from the launch page a cell opened, the focus (left on nothing when the page went)
    // returns to that cell, so the review goes on from the keyboard where it was.
    if (useMatrixFocus.getState().itemId !== null && document.activeElement === document.body)
      focusPending.current = true;
  }, []);

  // After every render: the cell a key moved to may only now be in the DOM (the virtualiser
  // renders rows once it knows the size of the scrolling element).
  useEffect(() => {
    if (!focusPending.current) return;
    const cell = scrollRef.current?.querySelector<HTMLElement>(
      `[data-row="${activeRow}"] [data-col="${activeCol + 1}"]`,
    );
    if (!cell) return;
    focusPending.current = false;
    cell.focus();
  });

  const moveTo = (row: number, col: number) => {
    focusPending.current = true;
    setMatrixFocus({ itemId: rows[row]?.item.id ?? null, col });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (rows.length === 0) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const itemId = rows[activeRow]!.item.id;
      if (activeCol === 0) openOverview(itemId);
      else openFunction(itemId, activeCol === 1 ? null : functions[activeCol - LEAD_COLUMNS]!.id);
      return;
    }
    const scroller = scrollRef.current;
    const pageRows = scroller ? Math.floor((scroller.clientHeight - HEADER_HEIGHT) / ROW_HEIGHT) : 1;
    const next = moveInGrid(
      event.key,
      event.ctrlKey || event.metaKey,
      { row: activeRow, col: activeCol },
      { rows: rows.length, cols, pageRows },
    );
    if (!next) return;
    event.preventDefault();
    moveTo(next.row, next.col);
  };

  // A click or Tab into a cell makes it the one Tab returns to.
  const onFocus = (event: { target: EventTarget }) => {
    if (!(event.target instanceof HTMLElement)) return;
    const cell = event.target.closest<HTMLElement>('[data-col]');
    const row = cell?.closest<HTMLElement>('[data-row]');
    if (!cell || !row) return;
    const index = Number(row.dataset.row);
    setMatrixFocus({ itemId: rows[index]?.item.id ?? null, col: Number(cell.dataset.col) - 1 });
  };

  const style = {
    '--matrix-functions': functions.length,
    '--matrix-row-height': `${ROW_HEIGHT}px`,
    '--matrix-header-height': `${HEADER_HEIGHT}px`,
  } as CSSProperties;
  const virtualRows = virtualizer.getVirtualItems();
  return (
    <div className="matrix-scroll" ref={scrollRef} style={style}>
      <div
        role="grid"
        aria-labelledby={labelledBy}
        aria-rowcount={rows.length + 1}
        aria-colcount={cols}
        className="matrix"
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      >
        <div role="rowgroup" className="matrix__head">
          <div role="row" aria-rowindex={1} className="matrix-row matrix-row--header">
            <div role="columnheader" aria-colindex={1} className="matrix-row__item">
              Launch item
            </div>
            <div role="columnheader" aria-colindex={2} className="matrix__column">
              Overall
            </div>
            {functions.map((f, i) => (
              <div
                key={f.id}
                role="columnheader"
                aria-colindex={i + LEAD_COLUMNS + 1}
                className="matrix__column"
                title={f.name}
              >
                <span className="matrix__column-name">{f.name}</span>
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" className="matrix__body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualRows.map((virtualRow) => {
            const row = rows[virtualRow.index]!;
            return (
              <MatrixRow
                key={row.item.id}
                row={row}
                index={virtualRow.index}
                top={virtualRow.start - HEADER_HEIGHT}
                functions={functions}
                stageName={stages.find((s) => s.id === row.item.stageId)?.name ?? row.item.stageId}
                today={today}
                activeCol={virtualRow.index === activeRow ? activeCol : -1}
                onOpen={openFunction}
                onOpenOverview={openOverview}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
