/**
 * One milestone on the timeline: a diamond on its day, with its title on hover and focus.
 * Drag it to another day (snapping to days, as bars do; Escape cancels). By keyboard it follows
 * the bars' model (timeline-keys.ts): ←/→ go on to the next marker of its row, Space starts
 * moving its day (←/→ a day, Shift a week; Enter or Space saves, Escape puts it back), Enter or
 * a double-click edits it (title, day, delete) and Delete removes it (undo brings it back) and
 * hands the focus to its row's bar.
 */
import { useState } from 'react';
import { addDays, formatDay, formatShortDay, tMinusLabel, type Day } from '../../../shared/dates/days';
import { deleteMilestone, updateMilestone } from '../../../shared/domain/milestones/commands';
import type { Milestone } from '../../../shared/domain/milestones/schema';
import { recordOf } from '../../../shared/domain/workspace';
import { run, undo } from '../../state/changes';
import { openMilestoneDialog } from '../../state/milestone-dialog';
import { showToast } from '../../state/window';
import { dayToX, snapDays, type Scale } from './scale';
import { pointerDays } from './pointer-days';

interface Props {
  milestone: Milestone;
  scale: Scale;
  today: Day;
  /** The launch item it marks, for its tooltip. */
  itemTitle: string;
  /** -1 unless it holds the chart's Tab stop (a roving tabindex: its row's bar usually does). */
  tabIndex: number;
}

interface Drag {
  pointerId: number;
  /** Where the pointer was when the drag began, in days (pointer-days.ts). */
  from: number;
  days: number;
}

/** Saves the milestone on another day; a refusal (outside 2000–2100) is said in a toast. */
function moveTo(milestoneId: string, days: number): void {
  void run((ws) => {
    // From the stored milestone: another window may have moved it meanwhile.
    const current = recordOf(ws.milestones, milestoneId);
    return updateMilestone(ws, milestoneId, { date: current ? addDays(current.date, days) : '' });
  }).then((result) => {
    if (!result.ok && result.issues[0]?.path) showToast({ tone: 'error', message: result.issues[0].message });
  });
}

/** Deletes it with an Undo toast; `onDeleted` runs once it is gone (to place the focus). */
export function deleteMilestoneWithUndo(milestoneId: string, onDeleted?: () => void): void {
  void run((ws) => deleteMilestone(ws, milestoneId)).then((result) => {
    if (!result.ok) return;
    onDeleted?.();
    showToast({ tone: 'info', message: result.value.label, action: { label: 'Undo', run: undo } }, 8000);
  });
}

/** The row's focus target (its bar, or its title when the bar is not drawn): where focus goes after Delete. */
function rowFocusTarget(marker: HTMLElement): HTMLElement | null {
  const row = marker.closest<HTMLElement>('.tl-row');
  const key = row?.dataset.rowKey;
  // The title is in the chart's title column, beside the lanes.
  const title =
    key === undefined
      ? null
      : marker
          .closest('.tl-scroll')
          ?.querySelector<HTMLElement>(`.tl-title[data-row-key="${CSS.escape(key)}"] .tl-title__text`);
  return row?.querySelector<HTMLElement>('.tl-bar') ?? title ?? null;
}

export function TimelineMilestone({ milestone, scale, today, itemTitle, tabIndex }: Props) {
  const [drag, setDrag] = useState<Drag | null>(null);
  // Moving by keyboard: the days shown until Enter or Space saves them (null: not moving).
  const [keyMove, setKeyMove] = useState<number | null>(null);
  const offset = drag ? drag.days : (keyMove ?? 0);
  const day = addDays(milestone.date, offset);
  const previewing = drag !== null || keyMove !== null;
  const x = dayToX(scale, day) + scale.pxPerDay / 2 - 6;

  const onPointerDown = (event: React.PointerEvent<HTMLSpanElement>) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    event.preventDefault();
    event.currentTarget.focus();
    event.currentTarget.setPointerCapture(event.pointerId);
    setKeyMove(null);
    setDrag({
      pointerId: event.pointerId,
      from: pointerDays(scale, event.currentTarget, event.clientX),
      days: 0,
    });
  };
  const onPointerMove = (event: React.PointerEvent) => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    const days = snapDays(drag.from, pointerDays(scale, event.currentTarget, event.clientX));
    if (days !== drag.days) setDrag({ ...drag, days });
  };
  const onPointerUp = (event: React.PointerEvent) => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    setDrag(null);
    if (drag.days !== 0) moveTo(milestone.id, drag.days);
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLSpanElement>) => {
    if (event.key === 'Escape' && drag) {
      event.stopPropagation();
      return setDrag(null);
    }
    if (keyMove !== null) return onMoveKey(event, keyMove);
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    // The diamond's own keys: the timeline's bar and row keys do not see them. ←/→ are left to
    // the chart, which goes on to the row's next marker.
    if (event.key === 'Enter') {
      event.preventDefault();
      event.stopPropagation();
      return openMilestoneDialog({ mode: 'edit', milestoneId: milestone.id });
    }
    if (event.key === ' ') {
      event.preventDefault();
      event.stopPropagation();
      return setKeyMove(0);
    }
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      event.stopPropagation();
      const target = rowFocusTarget(event.currentTarget);
      return deleteMilestoneWithUndo(milestone.id, () => target?.focus({ preventScroll: true }));
    }
  };
  // Move mode: arrows change the day shown, Enter or Space saves it (one undo step), Escape puts
  // it back; the keys that would leave the diamond do nothing until then.
  const onMoveKey = (event: React.KeyboardEvent, days: number) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    event.stopPropagation();
    if (event.key === 'Tab') return setKeyMove(null);
    event.preventDefault();
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight')
      setKeyMove(days + (event.key === 'ArrowLeft' ? -1 : 1) * (event.shiftKey ? 7 : 1));
    else if (event.key === 'Enter' || event.key === ' ') {
      setKeyMove(null);
      if (days !== 0) moveTo(milestone.id, days);
    } else if (event.key === 'Escape') setKeyMove(null);
  };

  return (
    <span
      className={`tl-milestone${previewing ? ' tl-milestone--dragging' : ''}`}
      tabIndex={tabIndex}
      role="button"
      aria-roledescription="milestone"
      aria-label={`Milestone: ${milestone.title}, ${formatDay(milestone.date)}`}
      aria-keyshortcuts="Enter Space Delete ArrowLeft ArrowRight"
      title={MILESTONE_KEYS}
      data-milestone-id={milestone.id}
      style={{ transform: `translateX(${x}px) rotate(45deg)` }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => setDrag(null)}
      onDoubleClick={() => openMilestoneDialog({ mode: 'edit', milestoneId: milestone.id })}
      onKeyDown={onKeyDown}
      // Leaving the diamond while moving its day puts it back, as Escape does.
      onBlur={() => setKeyMove(null)}
    >
      <span className="tl-milestone__label" role={keyMove !== null ? 'status' : undefined}>
        {keyMove !== null ? 'Moving: ' : ''}
        {milestone.title} · {previewing ? formatShortDay(day) : formatDay(day)}
        {previewing ? ` (${tMinusLabel(day, today)})` : ''} · {itemTitle}
        {keyMove !== null ? ' · Enter saves, Escape puts back' : ''}
      </span>
    </span>
  );
}

/** The diamond's keys, in its title (as the bars name theirs). */
export const MILESTONE_KEYS =
  'Enter: edit · Space: move its day (arrows a day, Shift a week; Enter saves, Escape puts back) · Delete: delete · ← →: the bar and the other milestones of its row · Escape: back to the bar';
