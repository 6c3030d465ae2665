/**
 * Drag and drop on the board with @dnd-kit/core: pointer, touch and keyboard sensors, a
 * collision rule that prefers the card under the pointer, keyboard moves card-to-card and
 * column-to-column, screen-reader announcements, and the drop itself (one Change, or a
 * refusal from the go/no-go gate). Nothing is written until the drop; Escape cancels.
 */
import {
  AutoScrollActivator,
  closestCenter,
  KeyboardCode,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { useEffect, useRef, useState } from 'react';
import { moveItem } from '../../../shared/domain/items/board';
import type { Grouping } from '../../../shared/views/lanes';
import { toDay } from '../../../shared/dates/days';
import { launchGate } from '../../../shared/domain/items/gate';
import { run } from '../../state/changes';
import { useDocument } from '../../state/document';
import type { BoardModel } from './board-model';
import { setDropTarget, type DropTarget } from '../../state/drop-target';

export interface CardData {
  type: 'card';
  itemId: string;
  laneKey: string;
  stageId: string;
  cellKey: string;
}
export interface CellData {
  type: 'cell';
  laneKey: string;
  stageId: string;
  cellKey: string;
}
type DropData = CardData | CellData;

/**
 * Cards under the pointer win over the cell around them; the keyboard uses centres. The
 * dragged card's own drop zone never counts (it would always be "over itself").
 */
const collisionDetection: CollisionDetection = (input) => {
  const args = {
    ...input,
    droppableContainers: input.droppableContainers.filter((c) => c.id !== input.active.id),
  };
  const hits = pointerWithin(args);
  if (hits.length) {
    const card = hits.find(
      (h) => (h.data?.droppableContainer.data.current as DropData | undefined)?.type === 'card',
    );
    return card ? [card] : hits;
  }
  // A pointer outside every drop zone is over nothing, and such a drop changes nothing. The
  // keyboard has no pointer: it uses centres.
  return args.pointerCoordinates ? [] : closestCenter(args);
};

/**
 * The insertion index in a cell for a card whose centre is at `y`: before the first rendered
 * card (other than the dragged one) whose centre is below it. Used when the pointer is over the
 * cell itself: the gaps between cards, the padding, or the dragged card's own empty slot.
 */
function indexAt(cellKey: string, ids: string[], y: number, activeId: string): number {
  const cards = [...document.querySelectorAll<HTMLElement>(`[data-cell-key="${CSS.escape(cellKey)}"]`)]
    .filter((card) => card.dataset.itemId !== activeId)
    .map((card) => {
      const rect = card.getBoundingClientRect();
      return { id: card.dataset.itemId!, centre: rect.top + rect.height / 2 };
    })
    .sort((a, b) => a.centre - b.centre);
  if (cards.length === 0) return ids.length;
  const below = cards.find((card) => card.centre > y);
  return below ? ids.indexOf(below.id) : ids.indexOf(cards[cards.length - 1]!.id) + 1;
}

/** How close to a scroll container's edge (share of its size) the pointer starts scrolling it. */
const EDGE = { x: 0.08, y: 0.12 };

const DIRECTIONS = new Set<string>([
  KeyboardCode.Up,
  KeyboardCode.Down,
  KeyboardCode.Left,
  KeyboardCode.Right,
]);

/**
 * Arrow keys move the dragged card to the next card up or down in its column, or into the
 * neighbouring column (to the card nearest its height, or the column itself when empty).
 */
const keyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  if (!DIRECTIONS.has(event.code)) return undefined;
  event.preventDefault();
  const { active, collisionRect, droppableRects, droppableContainers } = context;
  if (!active || !collisionRect) return undefined;
  const cx = collisionRect.left + collisionRect.width / 2;
  const cy = collisionRect.top + collisionRect.height / 2;
  let best: { x: number; y: number; score: number } | null = null;
  for (const container of droppableContainers.getEnabled()) {
    if (container.id === active.id) continue;
    const rect = droppableRects.get(container.id);
    const data = container.data.current as DropData | undefined;
    if (!rect || !data) continue;
    const isCell = data.type === 'cell';
    const x = rect.left + rect.width / 2;
    // A cell is aimed at the point in it nearest the card, so an empty cell in the same lane wins.
    // Down into a cell means its end (below its last card).
    const y = !isCell
      ? rect.top + rect.height / 2
      : event.code === KeyboardCode.Down
        ? rect.bottom - 24
        : Math.max(rect.top + 24, Math.min(cy, rect.bottom - 24));
    const dx = x - cx;
    const dy = y - cy;
    const inColumn = Math.abs(dx) < rect.width / 2;
    // Cards first; a cell only when no card is in that direction (the end of a column, an empty cell).
    const cellPenalty = isCell ? 2000 : 0;
    let score: number;
    if (event.code === KeyboardCode.Down) score = dy > 1 && inColumn ? dy + cellPenalty : Infinity;
    else if (event.code === KeyboardCode.Up) score = dy < -1 && inColumn && !isCell ? -dy : Infinity;
    else if (event.code === KeyboardCode.Right)
      score = dx > 1 ? dx * 10 + Math.abs(dy) + (isCell ? 30 : 0) : Infinity;
    else score = dx < -1 ? -dx * 10 + Math.abs(dy) + (isCell ? 30 : 0) : Infinity;
    if (score < (best?.score ?? Infinity)) best = { x, y, score };
  }
  if (!best) return undefined;
  return { x: best.x - collisionRect.width / 2, y: best.y - collisionRect.height / 2 };
};

export function useBoardDnd(model: BoardModel, grouping: Grouping) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 6 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: keyboardCoordinates,
      // Scroll the board at once when a move leaves the view. A smooth scroll is still running
      // when a quick next press reads the card's position, and that press lands where the card
      // already is (the card seemed to ignore it).
      scrollBehavior: 'instant',
      keyboardCodes: {
        start: [KeyboardCode.Space],
        cancel: [KeyboardCode.Esc],
        end: [KeyboardCode.Space, KeyboardCode.Enter],
      },
    }),
  );
  const [activeId, setActiveId] = useState<string | null>(null);
  const origin = useRef<CardData | null>(null);
  // Handlers read the latest board layout without re-creating the sensors on every render.
  const modelRef = useRef(model);
  useEffect(() => {
    modelRef.current = model;
  }, [model]);

  const cellIds = (stageId: string, laneKey: string): string[] => {
    const lane = modelRef.current.lanes.find((l) => l.key === laneKey);
    return (lane?.cells.get(stageId) ?? []).map((r) => r.item.id);
  };

  /** Where the active card would land, from what it is over. */
  const targetOf = (event: DragMoveEvent | DragEndEvent): DropTarget | null => {
    const { over, active } = event;
    const data = over?.data.current as DropData | undefined;
    const from = origin.current;
    if (!over || !data || !from) return null;
    const ids = cellIds(data.stageId, data.laneKey);
    const activeRect = active.rect.current.translated;
    const activeCentre = activeRect ? activeRect.top + activeRect.height / 2 : 0;
    let index = data.type === 'cell' ? indexAt(data.cellKey, ids, activeCentre, from.itemId) : ids.length;
    if (data.type === 'card') {
      index = ids.indexOf(data.itemId);
      const overCentre = over.rect.top + over.rect.height / 2;
      const delta = activeCentre - overCentre;
      // Keyboard moves land exactly on a card's centre: moving down means "after it".
      const below =
        Math.abs(delta) < 2 ? data.cellKey === from.cellKey && ids.indexOf(from.itemId) < index : delta > 0;
      if (below) index += 1;
    }
    const item = useDocument.getState().workspace.items[from.itemId];
    const gate = item
      ? launchGate(useDocument.getState().workspace, item.id, data.stageId, toDay(new Date()))
      : null;
    return {
      cellKey: data.cellKey,
      stageId: data.stageId,
      laneKey: data.laneKey,
      index,
      refusal: gate && !gate.allowed ? gate.reason : null,
    };
  };

  const onDragStart = (event: DragStartEvent) => {
    origin.current = event.active.data.current as CardData;
    setActiveId(origin.current.itemId);
  };

  const onDragMove = (event: DragMoveEvent) => setDropTarget(targetOf(event));

  const finish = () => {
    origin.current = null;
    setActiveId(null);
    setDropTarget(null);
  };

  const onDragEnd = (event: DragEndEvent) => {
    const from = origin.current;
    const target = targetOf(event);
    finish();
    if (!from || !target) return;
    const { stageId, laneKey } = target;
    const ids = cellIds(stageId, laneKey);
    const without = ids.filter((id) => id !== from.itemId);
    const activeIndex = ids.indexOf(from.itemId);
    const position = activeIndex >= 0 && activeIndex < target.index ? target.index - 1 : target.index;
    // Dropped where it was picked up: nothing to do, and no undo step.
    if (target.cellKey === from.cellKey && position === activeIndex) return;
    void run((ws, ctx) =>
      moveItem(
        ws,
        from.itemId,
        {
          stageId,
          afterId: without[position - 1] ?? null,
          beforeId: without[position] ?? null,
          lane: grouping === 'none' ? undefined : { grouping, from: from.laneKey, to: laneKey },
        },
        ctx,
      ),
    );
    // A refusal (the gate, a deleted card) is shown by run() as a message; nothing is written.
  };

  return {
    sensors,
    collisionDetection,
    activeId,
    onDragStart,
    onDragMove,
    onDragOver: onDragMove,
    onDragEnd,
    onDragCancel: finish,
    announcements: ANNOUNCEMENTS,
    // Scroll only when the pointer nears an edge, so dropping on the last visible column stays put.
    autoScroll: { threshold: EDGE, activator: AutoScrollActivator.Pointer },
  };
}

function titleOf(id: string | number | undefined | null, from: DropData | undefined): string {
  const itemId = from?.type === 'card' ? from.itemId : String(id ?? '');
  return useDocument.getState().workspace.items[itemId]?.title ?? 'The card';
}

function placeOf(data: DropData | undefined): string {
  if (!data) return 'no column';
  const settings = useDocument.getState().workspace.settings.workspace;
  const stage = settings?.stages.find((s) => s.id === data.stageId)?.name ?? 'a column';
  if (data.type === 'cell') return `the end of the ${stage} column`;
  const over = useDocument.getState().workspace.items[data.itemId]?.title ?? 'a card';
  return `${over} in the ${stage} column`;
}

const ANNOUNCEMENTS: Announcements = {
  onDragStart: ({ active }) =>
    `Picked up ${titleOf(active.id, active.data.current as DropData)}. Use the arrow keys to move it between cards and columns, Space or Enter to drop it, Escape to cancel.`,
  onDragOver: ({ active, over }) => {
    const from = active.data.current as DropData;
    const to = over?.data.current as DropData | undefined;
    // Still over its own column where it was picked up: let "Picked up…" stand.
    if (to?.type === 'cell' && to.cellKey === from.cellKey) return undefined;
    return to
      ? `${titleOf(active.id, from)} is over ${placeOf(to)}.`
      : `${titleOf(active.id, from)} is not over a column.`;
  },
  onDragEnd: ({ active, over }) => {
    const title = titleOf(active.id, active.data.current as DropData);
    const data = over?.data.current as DropData | undefined;
    if (!data) return `${title} was dropped outside the board. Nothing changed.`;
    const gate = launchGate(
      useDocument.getState().workspace,
      (active.data.current as CardData).itemId,
      data.stageId,
      toDay(new Date()),
    );
    if (!gate.allowed) return `${gate.reason} The card stayed where it was.`;
    return `${title} was dropped at ${placeOf(data)}.`;
  },
  onDragCancel: ({ active }) =>
    `Moving ${titleOf(active.id, active.data.current as DropData)} was cancelled. It is back where it was.`,
};
