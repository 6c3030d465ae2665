/**
 * The board: stages as columns, optionally split into swimlanes, with drag and drop. Column
 * headers stay on top; with lanes, each lane is a row of cells that scroll on their own.
 */
import { DndContext, DragOverlay } from '@dnd-kit/core';
import { useState } from 'react';
import type { Day } from '../../../shared/dates/days';
import { addStage } from '../../../shared/domain/settings/commands';
import type { Settings } from '../../../shared/domain/settings/schema';
import { run } from '../../state/changes';
import { useDocument } from '../../state/document';
import { AddInput } from '../../ui/AddInput';
import { laneDefaults, type Grouping } from '../../../shared/views/lanes';
import type { LaunchRow } from '../../../shared/views/launch-rows';
import { cellKey, type BoardModel } from './board-model';
import { BoardCell } from './BoardCell';
import { BoardColumnHeader } from './BoardColumnHeader';
import { CardBody } from './LaunchCard';
import { useBoardDnd } from './useBoardDnd';

interface Props {
  model: BoardModel;
  settings: Settings;
  grouping: Grouping;
  rows: readonly LaunchRow[];
  today: Day;
}

export function Board({ model, settings, grouping, rows, today }: Props) {
  const dnd = useBoardDnd(model, grouping);
  const activeRow = dnd.activeId ? rows.find((r) => r.item.id === dnd.activeId) : undefined;
  const columns = settings.stages.length;
  const laned = grouping !== 'none';
  return (
    <DndContext
      sensors={dnd.sensors}
      collisionDetection={dnd.collisionDetection}
      onDragStart={dnd.onDragStart}
      onDragMove={dnd.onDragMove}
      onDragOver={dnd.onDragOver}
      onDragEnd={dnd.onDragEnd}
      onDragCancel={dnd.onDragCancel}
      autoScroll={dnd.autoScroll}
      accessibility={{
        announcements: dnd.announcements,
        screenReaderInstructions: {
          draggable:
            'To move a card, press Space to pick it up. Use the arrow keys to move it between cards and columns, then Space or Enter to drop it, or Escape to cancel. Press Enter to open it.',
        },
      }}
    >
      <div
        className={`board ${laned ? 'board--laned' : ''}`}
        role="group"
        aria-label="Launch board"
        style={{ gridTemplateColumns: `repeat(${columns}, var(--column-width)) var(--add-column-width)` }}
      >
        <div className="board__headers" role="presentation">
          {settings.stages.map((stage, index) => (
            <BoardColumnHeader
              key={stage.id}
              stage={stage}
              index={index}
              stageCount={columns}
              count={model.columnCounts.get(stage.id) ?? 0}
              gated={settings.launchedStageId === stage.id}
            />
          ))}
          <AddStage />
        </div>
        {model.lanes.map((lane) => (
          <section
            key={lane.key}
            className="lane"
            aria-label={laned ? `${lane.label} lane, ${lane.count} items` : undefined}
          >
            {laned && (
              <h3 className="lane__title">
                {lane.label} <span className="muted">{lane.count}</span>
              </h3>
            )}
            <div className="lane__cells">
              {settings.stages.map((stage) => (
                <BoardCell
                  key={stage.id}
                  stageId={stage.id}
                  stageName={stage.name}
                  laneKey={lane.key}
                  laneLabel={laned ? lane.label : null}
                  cellKey={cellKey(stage.id, lane.key)}
                  rows={lane.cells.get(stage.id) ?? []}
                  today={today}
                  defaults={laneDefaults(grouping, lane.key)}
                />
              ))}
            </div>
          </section>
        ))}
      </div>
      <DragOverlay dropAnimation={null}>
        {activeRow ? (
          <div className="card card--overlay">
            <CardBody row={activeRow} today={today} />
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}

function AddStage() {
  const [adding, setAdding] = useState(false);
  const stageCount = useDocument((s) => s.workspace.settings.workspace?.stages.length ?? 0);
  if (!adding)
    return (
      <button type="button" className="button add-stage" onClick={() => setAdding(true)}>
        + Add stage
      </button>
    );
  return (
    <AddInput
      className="add-stage"
      autoFocus
      label={`Name of stage ${stageCount + 1}`}
      placeholder="Stage name, then Enter"
      onClose={() => setAdding(false)}
      onAdd={async (name) => {
        const result = await run((ws, ctx) => addStage(ws, name, ctx));
        if (result.ok) setAdding(false);
        return result.ok ? null : (result.issues[0]?.message ?? 'Not saved');
      }}
    />
  );
}
