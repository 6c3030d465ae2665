/**
 * One bar: from start to launch (to end, for rollouts), with a launch marker. Drag the body
 * to move it, an edge to resize it, the dot at its end to another bar to add a dependency.
 * Dates snap to days; a tooltip shows the new dates while dragging; Escape cancels; each
 * edit is one undo step. With the bar focused: arrows move it a day (Shift: a week), Alt+arrows
 * move its end and Alt+Shift+arrows its start.
 */
import { useId, useState } from 'react';
import { createPortal } from 'react-dom';
import { addDays, formatShortDay, tMinusLabel, type Day } from '../../../shared/dates/days';
import { barEnd, barStart, type Collision } from '../../../shared/domain/items/collisions';
import { getItem, updateItem } from '../../../shared/domain/items/commands';
import { CommandError } from '../../../shared/domain/errors';
import type { LaunchItem, LaunchItemFields } from '../../../shared/domain/items/schema';
import { HEALTH_LABELS, KIND_LABELS, type Health } from '../../../shared/domain/primitives';
import { recordOf } from '../../../shared/domain/workspace';
import { DECISION_LABELS } from '../../../shared/domain/decisions/schema';
import { rowsById } from '../../../shared/views/launch-rows';
import { run } from '../../state/changes';
import { useDocument } from '../../state/document';
import { DecisionBadge } from '../../ui/badges';
import { openEditor, openLaunchPage, showToast } from '../../state/window';
import { dayToX, snapDays, spanX, type Scale } from './scale';

type Mode = 'move' | 'start' | 'end' | 'link';

interface Drag {
  mode: Mode;
  pointerId: number;
  x0: number;
  days: number;
  /** Link mode: where the line starts (the bar's end) and where the pointer is. */
  linkFrom: { x: number; y: number } | null;
  linkTo: { x: number; y: number } | null;
}

/** The item's dates after moving or resizing by `days` (never leaves start after launch, or end before it). */
export function shiftedDates(
  item: LaunchItem,
  mode: Mode,
  days: number,
): Pick<LaunchItemFields, 'startDate' | 'launchDate' | 'endDate'> {
  const shift = (d: Day | null) => (d ? addDays(d, days) : null);
  const { startDate, launchDate, endDate } = item;
  if (mode === 'move')
    return { startDate: shift(startDate), launchDate: shift(launchDate), endDate: shift(endDate) };
  if (mode === 'start') {
    const from = barStart(item)!;
    const limit = launchDate ?? endDate ?? from;
    const next = addDays(from, days);
    return { startDate: next > limit ? limit : next, launchDate, endDate };
  }
  if (mode === 'end') {
    const lower = item.kind === 'rollout' && endDate ? (launchDate ?? startDate) : startDate;
    const next = addDays(barEnd(item)!, days);
    const clamped = lower && next < lower ? lower : next;
    return item.kind === 'rollout' && endDate
      ? { startDate, launchDate, endDate: clamped }
      : { startDate, launchDate: clamped, endDate: endDate && endDate < clamped ? clamped : endDate };
  }
  return { startDate, launchDate, endDate };
}

interface Props {
  item: LaunchItem;
  scale: Scale;
  today: Day;
  health: Health;
  collisions: Collision[] | undefined;
}

export function TimelineBar({ item, scale, today, health, collisions }: Props) {
  const [drag, setDrag] = useState<Drag | null>(null);
  // The bar's row (cached per item, so this re-renders the bar only when its row changes):
  // health with its reasons and the standing decision, as every view shows them.
  const row = useDocument((s) => rowsById(s.workspace, today).get(item.id));
  const descriptionId = useId();
  const dates =
    drag && drag.mode !== 'link' ? { ...item, ...shiftedDates(item, drag.mode, drag.days) } : item;
  const start = barStart(dates);
  const end = barEnd(dates);
  if (!start || !end) return null;
  const { x: left, width: spanWidth } = spanX(scale, start, end);
  const width = Math.max(spanWidth, 6);
  const launchX = dates.launchDate ? dayToX(scale, dates.launchDate) - left + scale.pxPerDay / 2 : null;
  const launchShown = launchX !== null && launchX >= 0 && launchX <= width;

  const save = (fields: Pick<LaunchItemFields, 'startDate' | 'launchDate' | 'endDate'>, label: string) =>
    void run((ws, ctx) => updateItem(ws, item.id, fields, ctx, label));

  const begin = (mode: Mode) => (event: React.PointerEvent) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    event.preventDefault();
    const bar = (event.currentTarget as HTMLElement).closest<HTMLElement>('.tl-bar');
    bar?.focus();
    (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
    const rect = bar?.getBoundingClientRect();
    const linkFrom = mode === 'link' && rect ? { x: rect.right, y: rect.top + rect.height / 2 } : null;
    setDrag({ mode, pointerId: event.pointerId, x0: event.clientX, days: 0, linkFrom, linkTo: null });
  };
  const onPointerMove = (event: React.PointerEvent) => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    if (drag.mode === 'link') setDrag({ ...drag, linkTo: { x: event.clientX, y: event.clientY } });
    else {
      const days = snapDays(scale, event.clientX - drag.x0);
      if (days !== drag.days) setDrag({ ...drag, days });
    }
  };
  const onPointerUp = (event: React.PointerEvent) => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    setDrag(null);
    if (drag.mode === 'link') return linkTo(event.clientX, event.clientY);
    if (drag.days === 0) return;
    const verb = drag.mode === 'move' ? 'Move' : 'Resize';
    save(shiftedDates(item, drag.mode, drag.days), `${verb} “${item.title}”`);
  };
  const linkTo = (x: number, y: number) => {
    const target = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-item-id]')?.dataset.itemId;
    if (!target || target === item.id) return;
    // Dragged from this bar's end to another bar: that item depends on this one.
    void run((ws, ctx) => {
      const dependent = recordOf(ws.items, target);
      if (!dependent) throw new CommandError('That launch item no longer exists.');
      if (dependent.dependsOn.includes(item.id))
        throw new CommandError(`“${dependent.title}” already depends on “${item.title}”.`);
      return updateItem(
        ws,
        target,
        { dependsOn: [...dependent.dependsOn, item.id] },
        ctx,
        `“${dependent.title}” depends on “${item.title}”`,
      );
    }).then((result) => {
      // A loop is a validation problem: say so, since there is no form to show it in.
      if (!result.ok && result.issues[0]?.path === 'dependsOn')
        showToast({ tone: 'error', message: result.issues[0].message });
    });
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape' && drag) {
      event.stopPropagation();
      setDrag(null);
      return;
    }
    // Enter edits in the side panel; Shift+Enter opens the launch page.
    if (event.key === 'Enter')
      return event.shiftKey ? openLaunchPage(item.id) : openEditor({ mode: 'edit', id: item.id });
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    // Alt+arrows move the end; Alt+Shift+arrows move the start; Shift alone moves a week.
    const days = (event.key === 'ArrowLeft' ? -1 : 1) * (event.shiftKey && !event.altKey ? 7 : 1);
    const mode: Mode = event.altKey ? (event.shiftKey ? 'start' : 'end') : 'move';
    // Shifted from the stored item, not this render's copy: a held key can outrun rendering.
    // Presses in a row on one bar are one undo step; each is saved at once.
    void run(
      (ws, ctx) => {
        const current = getItem(ws, item.id);
        const label = `${mode === 'move' ? 'Move' : 'Resize'} “${current.title}”`;
        return updateItem(ws, item.id, shiftedDates(current, mode, days), ctx, label);
      },
      { squashKey: `timeline-keys:${item.id}:${mode}` },
    );
  };

  const problem = collisions?.length ? collisions.map((c) => c.message).join(' ') : '';
  const decision = row?.decision ?? null;
  const reasons = row?.health.reasons ?? [];
  const why = reasons.length
    ? `${HEALTH_LABELS[health]}${row?.health.overridden ? ' (set by hand)' : ''}: ${reasons.join('; ')}`
    : '';
  const label = `${item.title}: ${KIND_LABELS[item.kind]}, ${formatShortDay(start)} to ${formatShortDay(end)}${item.launchDate ? `, launch ${tMinusLabel(item.launchDate, today)}` : ''}, ${decision ? `decision ${DECISION_LABELS[decision.outcome]}, ` : ''}${HEALTH_LABELS[health]}${problem ? `. Collision: ${problem}` : ''}`;
  return (
    <div
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-roledescription="timeline bar"
      aria-describedby={why ? descriptionId : undefined}
      data-item-id={item.id}
      className={`tl-bar tl-bar--${item.kind} tl-bar--${health} ${collisions?.length ? 'tl-bar--collision' : ''} ${drag ? 'tl-bar--dragging' : ''}`}
      style={{ transform: `translateX(${left}px)`, width }}
      onPointerDown={begin('move')}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => setDrag(null)}
      // Double-click edits; Shift+double-click opens the launch page (as Shift+Enter does).
      onDoubleClick={(event) =>
        event.shiftKey ? openLaunchPage(item.id) : openEditor({ mode: 'edit', id: item.id })
      }
      onKeyDown={onKeyDown}
      aria-keyshortcuts="Enter Shift+Enter"
      title={
        [problem, why].filter(Boolean).join('\n') ||
        'Double-click or Enter to edit · Shift+Enter to open its page'
      }
    >
      <span
        className="tl-bar__handle tl-bar__handle--start"
        onPointerDown={begin('start')}
        aria-hidden="true"
      />
      {/* The bar's name says the decision; the badge shows it. */}
      {decision && <DecisionBadge outcome={decision.outcome} onFill />}
      <span className="tl-bar__label">
        {collisions?.length ? '⚠ ' : ''}
        {item.title}
      </span>
      {why && (
        <span id={descriptionId} hidden>
          {why}
        </span>
      )}
      {launchShown && <span className="tl-bar__launch" style={{ left: launchX }} aria-hidden="true" />}
      <span className="tl-bar__handle tl-bar__handle--end" onPointerDown={begin('end')} aria-hidden="true" />
      <span
        className="tl-bar__link"
        onPointerDown={begin('link')}
        title="Drag to another bar: it will depend on this one"
        aria-hidden="true"
      />
      {drag && drag.mode !== 'link' && (
        <span className="tl-tooltip" role="status">
          {formatShortDay(start)} – {formatShortDay(end)}
          {dates.launchDate
            ? ` · launch ${formatShortDay(dates.launchDate)} (${tMinusLabel(dates.launchDate, today)})`
            : ''}
        </span>
      )}
      {drag?.linkFrom && drag.linkTo && <LinkLine from={drag.linkFrom} to={drag.linkTo} />}
    </div>
  );
}

/** The line drawn from a bar's end to the pointer while adding a dependency. */
function LinkLine({ from, to }: { from: { x: number; y: number }; to: { x: number; y: number } }) {
  // In a portal: inside the (transformed) bar, position: fixed would be relative to the bar.
  return createPortal(
    <svg className="tl-linkline" aria-hidden="true">
      <line x1={from.x} y1={from.y} x2={to.x} y2={to.y} />
    </svg>,
    document.body,
  );
}
