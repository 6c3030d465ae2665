/**
 * The readiness checklist of one launch item, grouped by readiness function in settings order:
 * every line edited in place, added per function (title + Enter), reordered by drag or by
 * Alt+ArrowUp/Down (announced), selected with checkboxes (Shift-click for a range) for bulk
 * status, owner or delete. Every write is one undoable Change through run(). A function filter
 * (controlled by the launch page's address, or kept here) shows one function's lines.
 *
 * The groups come from the memoised readiness read model; each line is memoised on its
 * record, so editing one line of hundreds re-renders that line.
 */
import { DndContext } from '@dnd-kit/core';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  deleteReadinessItems,
  moveReadinessItem,
  setReadinessOwner,
} from '../../../shared/domain/readiness/commands';
import type { ReadinessStatus } from '../../../shared/domain/readiness/schema';
import { recordOf, settingsOf } from '../../../shared/domain/workspace';
import { peopleByName } from '../../../shared/views/indexes';
import { readinessByItemAndFunction } from '../../../shared/views/readiness';
import { useDocument } from '../../state/document';
import { useToday } from '../../state/useToday';
import { AddLine } from './AddLine';
import { ApplyPlaybook } from './ApplyPlaybook';
import { BulkBar } from './BulkBar';
import { ChecklistGroup } from './ChecklistGroup';
import type { LineActions } from './ChecklistLine';
import { ChecklistToolbar } from './ChecklistToolbar';
import { checklistGroups, keyboardMove, type ChecklistGroup as Group } from './checklist-model';
import { useChecklistDnd } from './useChecklistDnd';
import { useSelection } from './useSelection';
import { useStatusChange } from './useStatusChange';
import { toldUndoable, write } from './write';
import './readiness.css';

/** What a line's handle tells a screen reader (read with its name). */
const MOVE_HELP = {
  draggable:
    'Alt+Arrow Up or Down moves the line. Or press Space to pick it up, the arrow keys to move it, Space again to drop it and Escape to cancel.',
};

export interface ReadinessChecklistProps {
  itemId: string;
  /** Show one function's lines (null or absent: every function with lines). */
  functionId?: string | null;
  onFunctionChange?: (id: string | null) => void;
}

export function ReadinessChecklist({ itemId, functionId, onFunctionChange }: ReadinessChecklistProps) {
  const item = useDocument((s) => recordOf(s.workspace.items, itemId));
  const byFunction = useDocument((s) => readinessByItemAndFunction(s.workspace).get(itemId));
  const functions = useDocument((s) => settingsOf(s.workspace).functions);
  const people = useDocument((s) => peopleByName(s.workspace));
  const today = useToday();
  const owners = useMemo(() => people.map((p) => ({ value: p.id, label: p.name })), [people]);

  const [ownFunction, setOwnFunction] = useState<string | null>(null);
  const shownFunction = functionId !== undefined ? functionId : ownFunction;
  const changeFunction = onFunctionChange ?? setOwnFunction;

  const groups = useMemo(() => checklistGroups(byFunction, functions), [byFunction, functions]);
  const filtered = shownFunction ? groups.find((g) => g.functionId === shownFunction) : undefined;
  const shown = useMemo(
    () => (filtered ? [filtered] : groups.filter((g) => g.lines.length > 0)),
    [filtered, groups],
  );
  const orderedIds = useMemo(() => shown.flatMap((g) => g.lines.map((line) => line.id)), [shown]);
  const selection = useSelection(orderedIds);
  const [announcement, setAnnouncement] = useState('');
  const { changeStatus, dialog } = useStatusChange();
  const dnd = useChecklistDnd(shown);

  // Moving a line moves its element, which loses the focus: it is given back after the render.
  const refocus = useRef<Element | null>(null);
  useLayoutEffect(() => {
    const element = refocus.current;
    if (element instanceof HTMLElement && element.isConnected && document.activeElement !== element) {
      element.focus();
      refocus.current = null;
    }
  });

  const shownRef = useRef<readonly Group[]>(shown);
  useLayoutEffect(() => {
    shownRef.current = shown;
  }, [shown]);
  const actions: LineActions = useMemo(
    () => ({
      onSelect: selection.toggle,
      onStatus: changeStatus,
      onDelete: (lineId) =>
        void write((ws) => deleteReadinessItems(ws, [lineId])).then(
          (change) => change && toldUndoable(change),
        ),
      onKeyMove: (lineId, direction) => {
        const move = keyboardMove(shownRef.current, lineId, direction);
        const title = shownRef.current.flatMap((g) => g.lines).find((line) => line.id === lineId)?.title;
        if (!move) {
          setAnnouncement(`“${title}” is already ${direction < 0 ? 'first' : 'last'}.`);
          return;
        }
        refocus.current = document.activeElement;
        void write((ws, ctx) => moveReadinessItem(ws, lineId, move.target, ctx)).then(
          (change) =>
            change &&
            setAnnouncement(`Moved “${title}” to ${move.position} of ${move.count} in ${move.groupName}.`),
        );
      },
    }),
    [selection.toggle, changeStatus],
  );

  const selectedIds = useCallback(
    () => orderedIds.filter((id) => selection.selected.has(id)),
    [orderedIds, selection.selected],
  );
  const bulkStatus = (status: ReadinessStatus) => changeStatus(selectedIds(), status);
  const bulkOwner = (ownerId: string | null) =>
    void write((ws, ctx) => setReadinessOwner(ws, selectedIds(), ownerId, ctx));
  const bulkDelete = () =>
    void write((ws) => deleteReadinessItems(ws, selectedIds())).then((change) => {
      if (!change) return;
      selection.clear();
      toldUndoable(change);
    });

  if (!item) return <p className="muted">This launch item no longer exists.</p>;
  const total = groups.reduce((sum, g) => sum + g.lines.length, 0);
  return (
    <div className="readiness">
      <ChecklistToolbar
        itemId={itemId}
        groups={groups}
        functionId={shownFunction}
        onFunctionChange={changeFunction}
        orderedIds={orderedIds}
        selection={selection}
        hasPeople={people.length > 0}
      />
      {selection.selected.size > 0 && (
        <BulkBar
          count={selection.selected.size}
          owners={owners}
          onStatus={bulkStatus}
          onOwner={bulkOwner}
          onDelete={bulkDelete}
          onClear={selection.clear}
        />
      )}
      {total === 0 && !filtered ? (
        <ChecklistEmpty itemId={itemId} functions={functions} />
      ) : (
        <DndContext
          sensors={dnd.sensors}
          onDragEnd={dnd.onDragEnd}
          accessibility={{ announcements: dnd.announcements, screenReaderInstructions: MOVE_HELP }}
        >
          <div className="rl-columns" aria-hidden="true">
            <span />
            <span />
            <span>Item</span>
            <span>Owner</span>
            <span>Due</span>
            <span>Status</span>
            <span>Evidence</span>
            <span>Sign-off</span>
            <span />
          </div>
          {shown.map((group) => (
            <ChecklistGroup
              key={group.functionId}
              group={group}
              itemId={itemId}
              launchDate={item.launchDate}
              today={today}
              owners={owners}
              selected={selection.selected}
              actions={actions}
            />
          ))}
          {!filtered && <AddLine itemId={itemId} functions={functions} label="Add a line to any function" />}
        </DndContext>
      )}
      {shownFunction && !filtered && (
        <p className="muted">That readiness function no longer exists; showing every function.</p>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {dialog}
    </div>
  );
}

function ChecklistEmpty({
  itemId,
  functions,
}: {
  itemId: string;
  functions: readonly { id: string; name: string }[];
}) {
  return (
    <div className="rl-empty">
      <h3>No readiness checklist yet</h3>
      <p>
        List what each function must have ready before launch — docs published at T-14, support trained at T-7
        — with an owner, a due date and evidence for each line. Apply a playbook for a ready-made list, or add
        the first line here.
      </p>
      <div className="rl-empty__actions">
        <ApplyPlaybook itemId={itemId} />
      </div>
      <p className="muted">Or add the first line yourself:</p>
      <AddLine itemId={itemId} functions={functions} label="Add the first line" />
    </div>
  );
}
