/**
 * Reordering checklist lines by drag and drop (@dnd-kit/core): pointer, touch and keyboard
 * (Space on a line's handle picks it up, arrows move it, Space drops, Escape cancels), with
 * screen-reader announcements. Nothing is written until the drop, which is one Change through
 * run() (undoable). Alt+ArrowUp/Down on a line is the quicker keyboard path (ReadinessChecklist).
 */
import {
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { useMemo } from 'react';
import { moveReadinessItem } from '../../../shared/domain/readiness/commands';
import type { LineDragData } from './ChecklistLine';
import { dropTarget, type ChecklistGroup, type DropOver } from './checklist-model';
import { write } from './write';

type OverData = LineDragData | { type: 'group'; functionId: string };

function overOf(data: OverData | undefined): DropOver | null {
  if (!data) return null;
  return data.type === 'group'
    ? { type: 'group', functionId: data.functionId }
    : { type: 'line', lineId: data.lineId, functionId: data.functionId };
}

export function useChecklistDnd(groups: readonly ChecklistGroup[]) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 6 } }),
    useSensor(KeyboardSensor),
  );

  const announcements: Announcements = useMemo(() => {
    const nameOf = (functionId: string) =>
      groups.find((g) => g.functionId === functionId)?.name ?? functionId;
    const titleOf = (data: unknown) => `“${(data as LineDragData | undefined)?.title ?? ''}”`;
    const where = (data: unknown) => {
      const over = data as OverData | undefined;
      if (!over) return 'outside the checklist';
      return over.type === 'group' ? `at the end of ${nameOf(over.functionId)}` : `at “${over.title}”`;
    };
    return {
      onDragStart: ({ active }) =>
        `Picked up ${titleOf(active.data.current)}. Arrow keys move it, Space drops it, Escape cancels.`,
      onDragOver: ({ active, over }) => `${titleOf(active.data.current)} is ${where(over?.data.current)}.`,
      onDragEnd: ({ active, over }) =>
        over
          ? `Dropped ${titleOf(active.data.current)} ${where(over.data.current)}.`
          : `${titleOf(active.data.current)} was put back.`,
      onDragCancel: ({ active }) =>
        `Moving ${titleOf(active.data.current)} was cancelled; it is back in its place.`,
    };
  }, [groups]);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const target = overOf(over?.data.current as OverData | undefined);
    const lineId = String(active.id);
    if (!target) return;
    const place = dropTarget(groups, lineId, target);
    if (place) void write((ws, ctx) => moveReadinessItem(ws, lineId, place, ctx));
  };

  return { sensors, announcements, onDragEnd };
}
