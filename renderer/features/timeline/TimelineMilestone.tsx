/**
 * One milestone on the timeline: a diamond on its day, with its title on hover and focus.
 * Drag it to another day (snapping to days, as bars do; Escape cancels); with it focused,
 * arrows move it a day (Shift: a week; a held key is one undo step), Enter or a double-click
 * edits it (title, day, delete) and Delete removes it (undo brings it back).
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

interface Props {
  milestone: Milestone;
  scale: Scale;
  today: Day;
  /** The launch item it marks, for its tooltip. */
  itemTitle: string;
}

interface Drag {
  pointerId: number;
  x0: number;
  days: number;
}

/** Saves the milestone on another day; a refusal (outside 2000–2100) is said in a toast. */
function moveTo(milestoneId: string, days: number, squashKey?: string): void {
  void run(
    (ws) => {
      // From the stored milestone: a held key can outrun rendering.
      const current = recordOf(ws.milestones, milestoneId);
      return updateMilestone(ws, milestoneId, { date: current ? addDays(current.date, days) : '' });
    },
    squashKey ? { squashKey } : {},
  ).then((result) => {
    if (!result.ok && result.issues[0]?.path) showToast({ tone: 'error', message: result.issues[0].message });
  });
}

export function deleteMilestoneWithUndo(milestoneId: string): void {
  void run((ws) => deleteMilestone(ws, milestoneId)).then((result) => {
    if (result.ok)
      showToast({ tone: 'info', message: result.value.label, action: { label: 'Undo', run: undo } }, 8000);
  });
}

export function TimelineMilestone({ milestone, scale, today, itemTitle }: Props) {
  const [drag, setDrag] = useState<Drag | null>(null);
  const day = drag ? addDays(milestone.date, drag.days) : milestone.date;
  const x = dayToX(scale, day) + scale.pxPerDay / 2 - 6;

  const onPointerDown = (event: React.PointerEvent<HTMLSpanElement>) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    event.preventDefault();
    event.currentTarget.focus();
    event.currentTarget.setPointerCapture(event.pointerId);
    setDrag({ pointerId: event.pointerId, x0: event.clientX, days: 0 });
  };
  const onPointerMove = (event: React.PointerEvent) => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    const days = snapDays(scale, event.clientX - drag.x0);
    if (days !== drag.days) setDrag({ ...drag, days });
  };
  const onPointerUp = (event: React.PointerEvent) => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    setDrag(null);
    if (drag.days !== 0) moveTo(milestone.id, drag.days);
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape' && drag) {
      event.stopPropagation();
      return setDrag(null);
    }
    // The diamond's own keys: the timeline's bar and row keys do not see them.
    if (event.key === 'Enter') {
      event.preventDefault();
      event.stopPropagation();
      return openMilestoneDialog({ mode: 'edit', milestoneId: milestone.id });
    }
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      event.stopPropagation();
      return deleteMilestoneWithUndo(milestone.id);
    }
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    event.stopPropagation();
    const days = (event.key === 'ArrowLeft' ? -1 : 1) * (event.shiftKey ? 7 : 1);
    moveTo(milestone.id, days, `timeline-milestone:${milestone.id}`);
  };

  return (
    <span
      className={`tl-milestone${drag ? ' tl-milestone--dragging' : ''}`}
      tabIndex={0}
      role="button"
      aria-roledescription="milestone"
      aria-label={`Milestone: ${milestone.title}, ${formatDay(milestone.date)}`}
      aria-keyshortcuts="Enter Delete ArrowLeft ArrowRight"
      data-milestone-id={milestone.id}
      style={{ transform: `translateX(${x}px) rotate(45deg)` }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => setDrag(null)}
      onDoubleClick={() => openMilestoneDialog({ mode: 'edit', milestoneId: milestone.id })}
      onKeyDown={onKeyDown}
    >
      <span className="tl-milestone__label">
        {milestone.title} · {drag ? formatShortDay(day) : formatDay(day)}
        {drag ? ` (${tMinusLabel(day, today)})` : ''} · {itemTitle}
      </span>
    </span>
  );
}
