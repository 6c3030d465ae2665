/**
 * One card on the board. The draggable shell re-renders as a drag moves; the body is
 * memoised on its row, which is cached per item, so only cards that changed repaint.
 */
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { memo, useId } from 'react';
import { formatDay, formatShortDay, tMinusLabel, type Day } from '../../../shared/dates/days';
import { openEditor, openLaunchPage } from '../../state/window';
import { DECISION_LABELS } from '../../../shared/domain/decisions/schema';
import { HEALTH_LABELS, KIND_LABELS } from '../../../shared/domain/primitives';
import { DecisionBadge, HealthBadge, KindBadge, TierBadge } from '../../ui/badges';
import type { LaunchRow } from '../../../shared/views/launch-rows';
import type { CardData } from './useBoardDnd';

interface Props {
  row: LaunchRow;
  laneKey: string;
  cellKey: string;
  today: Day;
}

export function LaunchCard({ row, laneKey, cellKey, today }: Props) {
  const { item } = row;
  const id = `card|${laneKey}|${item.id}`;
  const data: CardData = { type: 'card', itemId: item.id, laneKey, stageId: item.stageId, cellKey };
  // A group, not a button: its name is the title alone, the details are its description.
  const drag = useDraggable({ id, data, attributes: { role: 'group', roleDescription: 'draggable card' } });
  const drop = useDroppable({ id, data });
  const { onKeyDown, ...listeners } = drag.listeners ?? {};
  const detailsId = useId();
  return (
    <div
      ref={(node) => {
        drag.setNodeRef(node);
        drop.setNodeRef(node);
      }}
      {...drag.attributes}
      {...listeners}
      aria-label={item.title}
      // The name is the title; the rest is read as the description (with how to move it).
      aria-describedby={`${detailsId} ${drag.attributes['aria-describedby']}`}
      className={`card ${drag.isDragging ? 'card--placeholder' : ''}`}
      data-cell-key={cellKey}
      data-item-id={item.id}
      onClick={() => openEditor({ mode: 'edit', id: item.id })}
      // Click edits in the side panel; Shift+Enter or the ↗ button opens the launch page.
      title="Click to edit · Shift+Enter or ↗ to open its page"
      aria-keyshortcuts="Enter Shift+Enter"
      onKeyDown={(event) => {
        // Enter opens the card; Space picks it up (the keyboard sensor).
        if (event.key === 'Enter' && !drag.isDragging) {
          event.preventDefault();
          if (event.shiftKey) openLaunchPage(item.id);
          else openEditor({ mode: 'edit', id: item.id });
          return;
        }
        onKeyDown?.(event);
      }}
    >
      <div aria-hidden="true">
        <CardBody row={row} today={today} />
      </div>
      <OpenPageButton itemId={item.id} title={item.title} />
      <span id={detailsId} hidden>
        {describeCard(row, today)}
      </span>
    </div>
  );
}

/**
 * Opens the launch page; shown while the card is hovered or focused. Out of the Tab order (the
 * card's Shift+Enter does the same), and it never starts a drag or opens the side panel.
 */
function OpenPageButton({ itemId, title }: { itemId: string; title: string }) {
  return (
    <button
      type="button"
      className="card__open"
      tabIndex={-1}
      aria-label={`Open page of ${title}`}
      title="Open its launch page (Shift+Enter)"
      onPointerDown={(event) => event.stopPropagation()}
      onKeyDown={(event) => event.stopPropagation()}
      onClick={(event) => {
        event.stopPropagation();
        openLaunchPage(itemId);
      }}
    >
      Open ↗
    </button>
  );
}

function describeCard({ item, ownerName, progress, health, decision }: LaunchRow, today: Day): string {
  return [
    `${KIND_LABELS[item.kind]}, Tier ${item.tier}`,
    item.launchDate
      ? `launch ${formatDay(item.launchDate)}, ${tMinusLabel(item.launchDate, today)}`
      : 'no launch date',
    item.regions.length ? `regions ${item.regions.join(', ')}` : '',
    ownerName ? `owner ${ownerName}` : 'unassigned',
    progress.total ? `readiness ${progress.done} of ${progress.total} done` : '',
    decision ? `decision ${DECISION_LABELS[decision.outcome]}` : '',
    // Health with its reasons: the colour on the card says nothing to a screen reader.
    `${HEALTH_LABELS[health.health]}${health.overridden ? ' (set by hand)' : ''}${health.reasons.length ? `: ${health.reasons.join('; ')}` : ''}`,
  ]
    .filter(Boolean)
    .join('; ');
}

export const CardBody = memo(function CardBody({ row, today }: { row: LaunchRow; today: Day }) {
  const { item, progress, health, ownerName, decision } = row;
  return (
    <>
      <div className="card__badges">
        <KindBadge kind={item.kind} />
        <TierBadge tier={item.tier} />
        {decision && <DecisionBadge outcome={decision.outcome} />}
        <span className="card__health">
          <HealthBadge health={health.health} reasons={health.reasons} overridden={health.overridden} />
        </span>
      </div>
      <p className="card__title">{item.title}</p>
      <div className="card__meta">
        {item.launchDate ? (
          <span title={formatDay(item.launchDate)}>
            {formatShortDay(item.launchDate)}{' '}
            <span className="tminus">{tMinusLabel(item.launchDate, today)}</span>
          </span>
        ) : (
          <span className="muted">No launch date</span>
        )}
        {item.regions.length > 0 && <span className="card__regions">{item.regions.join(' · ')}</span>}
      </div>
      <div className="card__foot">
        <span className={ownerName ? '' : 'muted'}>{ownerName || 'Unassigned'}</span>
        {progress.total > 0 && (
          <span
            className="progress progress--small"
            aria-label={`Readiness ${progress.done} of ${progress.total} done`}
          >
            <span className="progress__bar" style={{ width: `${(progress.done / progress.total) * 100}%` }} />
            <span className="progress__text">
              {progress.done}/{progress.total}
            </span>
          </span>
        )}
      </div>
    </>
  );
});
