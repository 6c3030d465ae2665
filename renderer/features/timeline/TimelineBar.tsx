/**
 * One bar: from start to launch (to end, for rollouts), with a launch marker; a rollout wave
 * shows its number, ramp and status. Drag the body to move it, an edge to resize it, the dot at
 * its end to another bar to add a dependency. Dates snap to days; a tooltip shows the new dates
 * while dragging (kept inside the chart); Escape cancels; each edit is one undo step. By
 * keyboard (timeline-keys.ts has the whole model): Space starts moving its dates, arrows move
 * them, Enter saves and Escape puts them back; Enter opens the launch page, E or F2 edits.
 */
import { memo, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { addDays, formatShortDay, tMinusLabel, type Day } from '../../../shared/dates/days';
import { barEnd, barStart, type Collision } from '../../../shared/domain/items/collisions';
import { updateItem } from '../../../shared/domain/items/commands';
import { CommandError } from '../../../shared/domain/errors';
import {
  waveOf,
  WAVE_STATUS_LABELS,
  type LaunchItem,
  type LaunchItemFields,
} from '../../../shared/domain/items/schema';
import { HEALTH_LABELS, KIND_LABELS, type Health } from '../../../shared/domain/primitives';
import { recordOf } from '../../../shared/domain/workspace';
import { DECISION_LABELS } from '../../../shared/domain/decisions/schema';
import { rowsById, type LaunchRow } from '../../../shared/views/launch-rows';
import { run } from '../../state/changes';
import { useDocument } from '../../state/document';
import { saveItemDates, type ItemDates } from '../../state/item-dates';
import { DecisionBadge } from '../../ui/badges';
import { openEditor, openLaunchPage, showToast } from '../../state/window';
import { dayToX, snapDays, spanX, totalWidth, type Scale } from './scale';
import { pointerDays } from './pointer-days';
import { dateKeyShift } from './timeline-keys';
import { placeTooltip } from './tooltip-place';
import { BarWords } from './BarWords';

type Mode = 'move' | 'start' | 'end' | 'link';

interface Drag {
  mode: Mode;
  pointerId: number;
  /** Where the pointer was when the drag began, in days (pointer-days.ts). */
  from: number;
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
  /** Null while the workspace's readiness is still being read: drawn without a health colour. */
  health: Health | null;
  collisions: Collision[] | undefined;
  /** The bar's row (the chart's roving focus names rows by key). */
  rowKey: string;
  /** The chart's one Tab stop (a roving tabindex). */
  tabbable: boolean;
}

/** Moving dates by keyboard: the dates shown until Enter saves them or Escape puts them back. */
interface KeyMove {
  dates: ItemDates;
  moved: boolean;
  resized: boolean;
}

const pickDates = (item: ItemDates): ItemDates => ({
  startDate: item.startDate,
  launchDate: item.launchDate,
  endDate: item.endDate,
});

/** What a bar's name says while its health is not known yet. */
export const HEALTH_NOT_KNOWN = 'health not known yet';

/**
 * Memoised: a scroll or a redrawn row leaves a bar alone unless its own props change (the chart
 * passes stable ones); the scroll position reaches only the bars starting left of the view.
 */
export const TimelineBar = memo(function TimelineBar({
  item,
  scale,
  today,
  health,
  collisions,
  rowKey,
  tabbable,
}: Props) {
  const [drag, setDrag] = useState<Drag | null>(null);
  const [keyMove, setKeyMove] = useState<KeyMove | null>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const tooltipRef = useRef<HTMLSpanElement>(null);
  // The bar's row (cached per item, so this re-renders the bar only when its row changes):
  // health with its reasons and the standing decision, as every view shows them.
  // Not while startup is still reading readiness and decisions (health null): the row worked
  // out from a partial workspace would name reasons and a decision that are not so.
  const row = useDocument((s) => (health === null ? undefined : rowsById(s.workspace, today).get(item.id)));
  const descriptionId = useId();
  const dates: LaunchItem =
    drag && drag.mode !== 'link'
      ? { ...item, ...shiftedDates(item, drag.mode, drag.days) }
      : keyMove
        ? { ...item, ...keyMove.dates }
        : item;
  const start = barStart(dates);
  const end = barEnd(dates);
  const previewing = (drag !== null && drag.mode !== 'link') || keyMove !== null;

  // The tooltip stays inside the chart: measured after each change of the dates it shows.
  useLayoutEffect(() => {
    const bar = barRef.current;
    const tip = tooltipRef.current;
    const scroll = bar?.closest('.tl-scroll');
    if (!bar || !tip || !scroll) return;
    const area = scroll.getBoundingClientRect();
    const titleRight = scroll.querySelector('.tl-corner')?.getBoundingClientRect().right ?? area.left;
    const axisBottom = scroll.querySelector('.tl-header')?.getBoundingClientRect().bottom ?? area.top;
    const barBox = bar.getBoundingClientRect();
    const place = placeTooltip(
      barBox,
      { width: tip.offsetWidth, height: tip.offsetHeight },
      { left: titleRight, top: axisBottom, right: area.left + scroll.clientWidth, bottom: area.bottom },
    );
    tip.style.left = `${place.left - barBox.left}px`;
    tip.style.top = `${place.top - barBox.top}px`;
  });

  const { x, width: spanWidth } = start && end ? spanX(scale, start, end) : { x: 0, width: 0 };
  const width = Math.max(spanWidth, 6);
  // At least a few pixels, inside the axis even for a day stored beyond its end.
  const left = Math.max(0, Math.min(x, totalWidth(scale) - width));
  // A zoom redraws every bar in view: what it says is worked out again only when that changes.
  const words = useMemo(
    () => (start && end ? barWords({ item, start, end, today, health, collisions, row }) : null),
    [item, start, end, today, health, collisions, row],
  );
  if (!start || !end || !words) return null;
  const launchX = dates.launchDate ? dayToX(scale, dates.launchDate) - left + scale.pxPerDay / 2 : null;
  const launchShown = launchX !== null && launchX >= 0 && launchX <= width;

  const begin = (mode: Mode) => (event: React.PointerEvent) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    event.preventDefault();
    const bar = (event.currentTarget as HTMLElement).closest<HTMLElement>('.tl-bar');
    bar?.focus({ preventScroll: true });
    (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
    const rect = bar?.getBoundingClientRect();
    const linkFrom = mode === 'link' && rect ? { x: rect.right, y: rect.top + rect.height / 2 } : null;
    setKeyMove(null);
    const from = pointerDays(scale, event.currentTarget, event.clientX);
    setDrag({ mode, pointerId: event.pointerId, from, days: 0, linkFrom, linkTo: null });
  };
  const onPointerMove = (event: React.PointerEvent) => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    if (drag.mode === 'link') setDrag({ ...drag, linkTo: { x: event.clientX, y: event.clientY } });
    else {
      const days = snapDays(drag.from, pointerDays(scale, event.currentTarget, event.clientX));
      if (days !== drag.days) setDrag({ ...drag, days });
    }
  };
  const onPointerUp = (event: React.PointerEvent) => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    setDrag(null);
    if (drag.mode === 'link') return linkTo(event.clientX, event.clientY);
    if (drag.days === 0) return;
    const verb = drag.mode === 'move' ? 'Move' : 'Resize';
    // Cancelled (the question about what belongs to the launch): the bar shows the stored dates.
    saveDates(item.id, shiftedDates(item, drag.mode, drag.days), `${verb} “${item.title}”`);
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

  const saveKeyMove = (move: KeyMove) => {
    setKeyMove(null);
    const next = move.dates;
    if (
      next.startDate === item.startDate &&
      next.launchDate === item.launchDate &&
      next.endDate === item.endDate
    )
      return;
    const verb = move.resized ? (move.moved ? 'Change the dates of' : 'Resize') : 'Move';
    saveDates(item.id, next, `${verb} “${item.title}”`);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape' && drag) {
      event.stopPropagation();
      event.preventDefault();
      setDrag(null);
      return;
    }
    if (keyMove) return onMoveKey(event, keyMove);
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
    // Enter opens the launch page (Shift+Enter too, as it used to); E or F2 edits in the side panel.
    if (event.key === 'Enter') {
      event.preventDefault();
      return openLaunchPage(item.id);
    }
    if (plain && (event.key === 'F2' || event.key === 'e' || event.key === 'E')) {
      event.preventDefault();
      return openEditor({ mode: 'edit', id: item.id });
    }
    if (plain && event.key === ' ') {
      event.preventDefault();
      setKeyMove({ dates: pickDates(item), moved: false, resized: false });
    }
  };
  // Move mode: arrows change the dates shown, Enter or Space saves them, Escape puts them back;
  // the keys that would leave the bar do nothing until then.
  const onMoveKey = (event: React.KeyboardEvent, move: KeyMove) => {
    if (event.ctrlKey || event.metaKey) return;
    const shift = dateKeyShift(event);
    event.stopPropagation();
    if (event.key === 'Tab') return setKeyMove(null);
    event.preventDefault();
    if (shift) {
      const next = shiftedDates({ ...item, ...move.dates }, shift.mode, shift.days);
      setKeyMove({
        dates: next,
        moved: move.moved || shift.mode === 'move',
        resized: move.resized || shift.mode !== 'move',
      });
    } else if (event.key === 'Enter' || event.key === ' ') saveKeyMove(move);
    else if (event.key === 'Escape') setKeyMove(null);
  };

  const { wave, waveText, decision, why, label, title } = words;
  const classes = [
    'tl-bar',
    `tl-bar--${item.kind}`,
    health ? `tl-bar--${health}` : 'tl-bar--health-unknown',
    collisions?.length ? 'tl-bar--collision' : '',
    wave ? `tl-bar--wave-${wave.status}` : '',
    drag ? 'tl-bar--dragging' : '',
    keyMove ? 'tl-bar--moving' : '',
  ];
  return (
    <div
      ref={barRef}
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={label}
      aria-roledescription="timeline bar"
      aria-describedby={why ? descriptionId : undefined}
      data-item-id={item.id}
      data-roving-key={rowKey}
      className={classes.filter(Boolean).join(' ')}
      style={{ left, width }}
      onPointerDown={begin('move')}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => setDrag(null)}
      // Double-click edits; Shift+double-click opens the launch page.
      onDoubleClick={(event) =>
        event.shiftKey ? openLaunchPage(item.id) : openEditor({ mode: 'edit', id: item.id })
      }
      onKeyDown={onKeyDown}
      // Leaving the bar while moving its dates puts them back, as Escape does.
      onBlur={() => setKeyMove(null)}
      aria-keyshortcuts="Enter E F2 Space ArrowUp ArrowDown Home End PageUp PageDown"
      title={title}
    >
      <span
        className="tl-bar__handle tl-bar__handle--start"
        onPointerDown={begin('start')}
        aria-hidden="true"
      />
      {/* Beside the title column: a bar starting left of the view keeps its words in view. */}
      <BarWords left={left} width={width}>
        {/* The bar's name says the decision; the badge shows it. */}
        {decision && <DecisionBadge outcome={decision.outcome} onFill />}
        {/* Drawn by the stylesheet, as the decision badge is: the bar's name says it already. */}
        {wave && <span className="tl-bar__wave" data-label={waveText} aria-hidden="true" />}
        <span className="tl-bar__label">
          {collisions?.length ? '⚠ ' : ''}
          {item.title}
        </span>
      </BarWords>
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
      {previewing && (
        <span ref={tooltipRef} className="tl-tooltip" role="status">
          {keyMove ? 'Moving: ' : ''}
          {formatShortDay(start)} – {formatShortDay(end)}
          {dates.launchDate
            ? ` · launch ${formatShortDay(dates.launchDate)} (${tMinusLabel(dates.launchDate, today)})`
            : ''}
          {keyMove ? ' · Enter saves, Escape puts back' : ''}
        </span>
      )}
      {drag?.linkFrom && drag.linkTo && <LinkLine from={drag.linkFrom} to={drag.linkTo} />}
    </div>
  );
});

interface BarWordsOf {
  item: LaunchItem;
  start: Day;
  end: Day;
  today: Day;
  health: Health | null;
  collisions: Collision[] | undefined;
  row: LaunchRow | undefined;
}

/** What a bar says: its name (with its dates, health and collisions), description and tooltip. */
function barWords({ item, start, end, today, health, collisions, row }: BarWordsOf) {
  const wave = waveOf(item);
  const waveText = wave
    ? `Wave ${wave.number}${wave.rampPercent !== null ? ` · ${wave.rampPercent} %` : ''} · ${WAVE_STATUS_LABELS[wave.status]}`
    : '';
  const problem = collisions?.length ? collisions.map((c) => c.message).join(' ') : '';
  const decision = row?.decision ?? null;
  const reasons = row?.health.reasons ?? [];
  const healthLabel = health ? HEALTH_LABELS[health] : HEALTH_NOT_KNOWN;
  const why = reasons.length
    ? `${healthLabel}${row?.health.overridden ? ' (set by hand)' : ''}: ${reasons.join('; ')}`
    : '';
  const label = `${item.title}: ${KIND_LABELS[item.kind]}${waveText ? ` (${waveText})` : ''}, ${formatShortDay(start)} to ${formatShortDay(end)}${item.launchDate ? `, launch ${tMinusLabel(item.launchDate, today)}` : ''}, ${decision ? `decision ${DECISION_LABELS[decision.outcome]}, ` : ''}${healthLabel}${problem ? `. Collision: ${problem}` : ''}`;
  const title = [problem, why, BAR_KEYS].filter(Boolean).join('\n');
  return { wave, waveText, decision, why, label, title };
}

/**
 * Saves a drag's or a key move's dates. A refusal (a day past 2100 at the axis's end) snaps the
 * bar back with no form to show it in, so its reason is said in a toast, as a refused link's is.
 * A refusal without a field has been said already (run shows it); a cancelled question has no
 * issues and says nothing.
 */
function saveDates(itemId: string, dates: ItemDates, label: string): void {
  void saveItemDates(itemId, dates, label).then((result) => {
    const issue = result.ok ? undefined : result.issues[0];
    if (issue?.path) showToast({ tone: 'error', message: issue.message });
  });
}

/** The bar's keys, in its title (the view's help names them too). */
export const BAR_KEYS =
  'Enter: open its page · E or F2: edit · Space: move its dates (arrows a day, Shift a week, Alt the end, Alt+Shift the start; Enter saves, Escape puts back) · ↑ ↓ Home End Page Up/Down: other rows · ← →: its milestones (Space moves a milestone’s day the same way, Enter edits it, Delete removes it) · double-click: edit';

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
