/**
 * One cell of the board: a stage's cards within one lane. A drop target itself (for empty
 * columns and "drop at the end"), with only the visible cards rendered.
 */
import { useDroppable } from '@dnd-kit/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { Day } from '../../../shared/dates/days';
import type { LaunchItemFields } from '../../../shared/domain/items/schema';
import type { LaunchRow } from '../../../shared/views/launch-rows';
import { useDropTarget } from '../../state/drop-target';
import { LaunchCard } from './LaunchCard';
import { QuickAdd } from './QuickAdd';
import type { CellData } from './useBoardDnd';

const CARD_ESTIMATE = 124;
const GAP = 8;
/** Space around the cards inside the drop zone (the slots are offset by it in CSS). */
const PAD = 8;

interface Props {
  stageId: string;
  stageName: string;
  laneKey: string;
  laneLabel: string | null;
  cellKey: string;
  rows: LaunchRow[];
  today: Day;
  defaults: Partial<LaunchItemFields>;
}

export function BoardCell({ stageId, stageName, laneKey, laneLabel, cellKey, rows, today, defaults }: Props) {
  const data: CellData = { type: 'cell', laneKey, stageId, cellKey };
  const { setNodeRef } = useDroppable({ id: `cell|${cellKey}`, data });
  const target = useDropTarget((s) => (s.target?.cellKey === cellKey ? s.target : null));
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_ESTIMATE,
    gap: GAP,
    overscan: 4,
    getItemKey: (index) => rows[index]!.item.id,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const indicatorTop =
    target === null
      ? null
      : target.index < rows.length
        ? (virtualizer.measurementsCache[target.index]?.start ?? 0) - GAP / 2
        : virtualizer.getTotalSize() + GAP / 2;
  const name = `${stageName} column${laneLabel ? `, ${laneLabel} lane` : ''}, ${rows.length} ${rows.length === 1 ? 'item' : 'items'}`;

  return (
    <div className={`cell ${target?.refusal ? 'cell--refused' : target ? 'cell--over' : ''}`}>
      <div ref={scrollRef} className="cell__scroll" role="list" aria-label={name}>
        {/* The drop zone sits inside the scrolling list, like the cards: dnd-kit pairs scroll
            containers with their rectangles by position, so both must have the same ones. */}
        <div
          ref={setNodeRef}
          className="cell__inner"
          style={{ height: virtualizer.getTotalSize() + 2 * PAD }}
        >
          {virtualItems.map((virtual) => {
            const row = rows[virtual.index]!;
            return (
              <div
                key={virtual.key}
                role="listitem"
                data-index={virtual.index}
                ref={virtualizer.measureElement}
                className="cell__slot"
                style={{ transform: `translateY(${virtual.start}px)` }}
              >
                <LaunchCard row={row} laneKey={laneKey} cellKey={cellKey} today={today} />
              </div>
            );
          })}
          {indicatorTop !== null && !target?.refusal && (
            <div
              className="drop-indicator"
              style={{ transform: `translateY(${indicatorTop}px)` }}
              aria-hidden="true"
            />
          )}
          {rows.length === 0 && <p className="cell__empty">No items</p>}
        </div>
      </div>
      {target?.refusal && (
        <p className="cell__refusal" role="status" title={target.refusal}>
          Held by the go/no-go gate
        </p>
      )}
      <QuickAdd stageName={stageName} defaults={{ ...defaults, stageId }} />
    </div>
  );
}
