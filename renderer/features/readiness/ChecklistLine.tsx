/**
 * One checklist line, edited in place: select box, drag handle, title, owner, due, status,
 * evidence, required sign-off and delete. Alt+ArrowUp/Down anywhere on the line moves it (the
 * checklist announces where to).
 *
 * The drag and drop hooks re-render every line whenever the checklist renders (dnd-kit's
 * context changes), so the line itself is only the cheap shell (select box, handle) and its
 * fields are a separate component memoised on the record: a change to one line re-renders the
 * fields of that line only, and a checklist of hundreds stays quick.
 */
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import type { Day } from '../../../shared/dates/days';
import {
  READINESS_STATUS_LABELS,
  setReadinessOwner,
  updateReadinessItem,
} from '../../../shared/domain/readiness/commands';
import {
  READINESS_STATUSES,
  type ReadinessItem,
  type ReadinessStatus,
} from '../../../shared/domain/readiness/schema';
import { InlineInput } from '../../ui/InlineInput';
import { optionsFrom, Select, type Option } from '../../ui/Select';
import { DueField } from './DueField';
import { EvidenceCell } from './EvidenceCell';
import { write } from './write';

export const STATUS_OPTIONS = optionsFrom(READINESS_STATUSES, READINESS_STATUS_LABELS);

/** What a dragged line carries, and what a line or a list is as a drop zone. */
export interface LineDragData {
  type: 'line';
  lineId: string;
  functionId: string;
  index: number;
  title: string;
}

export interface LineActions {
  onSelect: (lineId: string, range: boolean) => void;
  onKeyMove: (lineId: string, direction: -1 | 1) => void;
  onStatus: (ids: readonly string[], status: ReadinessStatus) => void;
  onDelete: (lineId: string) => void;
}

interface ChecklistLineProps {
  line: ReadinessItem;
  index: number;
  launchDate: Day | null;
  today: Day;
  /** The people to choose an owner from (none: the checklist points to People). */
  owners: readonly Option[];
  selected: boolean;
  actions: LineActions;
}

export const ChecklistLine = memo(function ChecklistLine({
  line,
  index,
  launchDate,
  today,
  owners,
  selected,
  actions,
}: ChecklistLineProps) {
  const data: LineDragData = {
    type: 'line',
    lineId: line.id,
    functionId: line.functionId,
    index,
    title: line.title,
  };
  const drag = useDraggable({ id: line.id, data });
  const drop = useDroppable({ id: `line:${line.id}`, data });
  const dragged = drag.active?.data.current as LineDragData | undefined;
  // The mark shows where the dragged line would land: below this one when it comes from above.
  const landsAfter = dragged?.functionId === line.functionId && dragged.index < index;
  const over = drop.isOver && dragged?.lineId !== line.id;
  const quoted = `“${line.title}”`;
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    actions.onKeyMove(line.id, event.key === 'ArrowUp' ? -1 : 1);
  };
  const className = [
    'rl',
    selected && 'rl--selected',
    drag.isDragging && 'rl--dragging',
    over && (landsAfter ? 'rl--drop-after' : 'rl--drop-before'),
    `rl--${line.status}`,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <li
      ref={drop.setNodeRef}
      className={className}
      aria-label={line.title}
      data-line-id={line.id}
      onKeyDown={onKeyDown}
    >
      <input
        type="checkbox"
        className="rl__select"
        aria-label={`Select ${quoted}`}
        checked={selected}
        onChange={() => undefined}
        onClick={(event: MouseEvent) => actions.onSelect(line.id, event.shiftKey)}
      />
      <button
        ref={(node) => {
          drag.setNodeRef(node);
          drag.setActivatorNodeRef(node);
        }}
        type="button"
        className="icon-button rl__handle"
        aria-label={`Move ${quoted}`}
        title="Drag to reorder, or Alt+↑/↓"
        {...drag.attributes}
        {...drag.listeners}
      >
        ⠿
      </button>
      <LineFields line={line} launchDate={launchDate} today={today} owners={owners} actions={actions} />
    </li>
  );
});

interface LineFieldsProps {
  line: ReadinessItem;
  launchDate: Day | null;
  today: Day;
  owners: readonly Option[];
  actions: LineActions;
}

const LineFields = memo(function LineFields({ line, launchDate, today, owners, actions }: LineFieldsProps) {
  const quoted = `“${line.title}”`;
  return (
    <>
      <InlineInput
        label={`Title of ${quoted}`}
        value={line.title}
        className="rl__title"
        onCommit={async (title) =>
          (await write((ws, ctx) => updateReadinessItem(ws, line.id, { title }, ctx))) !== null
        }
      />
      {owners.length > 0 ? (
        <Select
          className="input rl__owner"
          aria-label={`Owner of ${quoted}`}
          value={line.ownerId ?? ''}
          empty="Unassigned"
          options={owners}
          onChange={(ownerId) =>
            void write((ws, ctx) => setReadinessOwner(ws, [line.id], ownerId || null, ctx))
          }
        />
      ) : (
        <span className="rl__owner rl__owner--none muted">No people yet</span>
      )}
      <DueField line={line} launchDate={launchDate} today={today} />
      <Select
        className={`input rl__status rl__status--${line.status}`}
        aria-label={`Status of ${quoted}`}
        value={line.status}
        options={STATUS_OPTIONS}
        onChange={(status) => actions.onStatus([line.id], status as ReadinessStatus)}
      />
      <EvidenceCell line={line} />
      <label className="checkbox rl__signoff" title="A required sign-off must be done before go/no-go">
        <input
          type="checkbox"
          checked={line.requiredSignOff}
          aria-label={`Required sign-off: ${quoted}`}
          onChange={(e) =>
            void write((ws, ctx) =>
              updateReadinessItem(ws, line.id, { requiredSignOff: e.target.checked }, ctx),
            )
          }
        />
      </label>
      <button
        type="button"
        className="icon-button rl__delete"
        aria-label={`Delete ${quoted}`}
        title="Delete"
        onClick={() => actions.onDelete(line.id)}
      >
        ×
      </button>
    </>
  );
});
